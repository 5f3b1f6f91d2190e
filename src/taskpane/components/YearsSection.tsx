/**
 * "So cùng kỳ và nhiệm kỳ": last year's report file, from which "Sinh báo cáo" takes the cùng kỳ the
 * tables lack (as `chitieu report --cung-ky FILE`), and the term's report from the workbook's yearly
 * sheets (as `chitieu nhiem-ky` on a workbook with a sheet a year).
 */
import { Button, Field, ProgressBar, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtrRegular, DismissRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Progress } from '../../excel/runInExcel';
import type { ChosenFile } from '../files';
import { vi } from '../i18n/vi';
import { progressValue, type Busy } from '../state';
import { readChosen, WORKBOOK_FILES } from './chosenFiles';

export interface YearsSectionProps {
  busy: Busy;
  progress: Progress | null;
  /** The name of last year's file in use, if one is chosen. */
  previousName: string | null;
  /** A file chosen (null: cleared). */
  onPrevious: (file: ChosenFile | null) => void;
  onTerm: () => void;
  onError: (message: string) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  full: { alignSelf: 'stretch' },
});

export function YearsSection({ busy, progress, previousName, onPrevious, onTerm, onError }: YearsSectionProps) {
  const styles = useStyles();
  const t = vi.years;
  const inputId = useId();
  const running = busy === 'term';
  const stepText = running && progress ? vi.progress.step(progress.step, progress.message) : '';
  const choose = async (input: HTMLInputElement) => {
    const read = await readChosen(input.files);
    input.value = '';
    if (!read.ok) onError(t.fileUnreadable(read.name));
    else if (read.files[0]) onPrevious(read.files[0]);
  };
  return (
    <div className={styles.root} data-testid="years">
      <Field label={t.previousLabel} hint={t.previousHint}>
        <input
          id={inputId}
          type="file"
          accept={WORKBOOK_FILES}
          data-testid="previous-year-file"
          disabled={busy !== null}
          onChange={(e) => void choose(e.currentTarget)}
        />
      </Field>
      {previousName !== null && (
        <div className={styles.row}>
          <Text data-testid="previous-year-name">{t.previousChosen(previousName)}</Text>
          <Button
            size="small"
            icon={<DismissRegular />}
            onClick={() => onPrevious(null)}
            disabledFocusable={busy !== null}
          >
            {t.previousClear}
          </Button>
        </div>
      )}
      <Text>{t.termDescription}</Text>
      <Button
        appearance="secondary"
        icon={running ? <Spinner size="tiny" aria-hidden /> : <CalendarLtrRegular />}
        onClick={onTerm}
        disabledFocusable={busy !== null}
        aria-describedby="chitieu-term-progress"
        data-testid="term-run"
      >
        {t.termRun}
      </Button>
      {running && (
        <Field label={vi.progress.label} className={styles.full}>
          <ProgressBar value={progress ? progressValue(progress) : undefined} max={1} thickness="large" />
        </Field>
      )}
      <div id="chitieu-term-progress" role="status" aria-live="polite" className={styles.muted}>
        {stepText}
      </div>
    </div>
  );
}
