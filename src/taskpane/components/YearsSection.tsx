/**
 * "So cùng kỳ và nhiệm kỳ": last year's report file, from which "Sinh báo cáo" takes the cùng kỳ the
 * tables lack (as `chitieu report --cung-ky FILE`), and the term's report from the workbook's yearly
 * sheets (as `chitieu nhiem-ky` on a workbook with a sheet a year).
 */
import { Button, Field, ProgressBar, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtrRegular, DismissRegular } from '@fluentui/react-icons';
import type { Progress } from '../../excel/runInExcel';
import type { ChosenFile } from '../files';
import { vi } from '../i18n/vi';
import { progressValue, type Busy } from '../state';
import { FileChooser } from './FileChooser';

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
  const running = busy === 'term';
  const stepText = running && progress ? vi.progress.step(progress.step, progress.message) : '';
  return (
    <div className={styles.root} data-testid="years">
      <FileChooser
        label={t.previousLabel}
        hint={t.previousHint}
        disabled={busy !== null}
        testId="previous-year-file"
        onFiles={(files) => onPrevious(files[0])}
        onError={onError}
      />
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
