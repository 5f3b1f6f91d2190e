/**
 * A labelled file input of the pane (the wards' files, last year's report): the chosen files read
 * into memory and handed on, the input emptied so the same file can be chosen again.
 */
import { Label, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { ChosenFile } from '../files';
import { vi } from '../i18n/vi';

export interface FileChooserProps {
  label: string;
  hint: string;
  multiple?: boolean;
  disabled: boolean;
  testId: string;
  /** The id of a live region telling the progress, when there is one. */
  describedBy?: string;
  onFiles: (files: ChosenFile[]) => void;
  onError: (message: string) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The workbook files a chooser offers. */
const WORKBOOK_FILES = '.xlsx,.xlsm,.xls,.ods';

/** Each chosen file's name and bytes, or the name of one the browser could not read (moved meanwhile). */
async function readChosen(
  files: ArrayLike<File> | null,
): Promise<{ ok: true; files: ChosenFile[] } | { ok: false; name: string }> {
  const out: ChosenFile[] = [];
  for (const file of Array.from(files ?? [])) {
    try {
      out.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      return { ok: false, name: file.name };
    }
  }
  return { ok: true, files: out };
}

export function FileChooser({
  label,
  hint,
  multiple,
  disabled,
  testId,
  describedBy,
  onFiles,
  onError,
}: FileChooserProps) {
  const styles = useStyles();
  const id = useId();
  const hintId = useId();
  const choose = async (input: HTMLInputElement) => {
    const read = await readChosen(input.files);
    input.value = '';
    if (!read.ok) onError(vi.years.fileUnreadable(read.name));
    else if (read.files.length > 0) onFiles(read.files);
  };
  return (
    <div className={styles.root}>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept={WORKBOOK_FILES}
        data-testid={testId}
        disabled={disabled}
        aria-describedby={describedBy ? `${hintId} ${describedBy}` : hintId}
        onChange={(e) => void choose(e.currentTarget)}
      />
      <Text id={hintId} size={200} className={styles.muted}>
        {hint}
      </Text>
    </div>
  );
}
