import { Button, Field, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, DocumentTableRegular } from '@fluentui/react-icons';
import type { Progress } from '../../excel/runInExcel';
import { vi } from '../i18n/vi';
import { progressValue, type Busy } from '../state';

export interface GenerateSectionProps {
  busy: Busy;
  progress: Progress | null;
  /** Whether an analysis has listed the tables (the button then reads "Phân tích lại"). */
  analyzed: boolean;
  onGenerate: () => void;
  onAnalyze: () => void;
}

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  progress: { marginTop: tokens.spacingVerticalM },
  silent: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

/** The primary action, the analysis, and the progress of whichever runs. */
export function GenerateSection({ busy, progress, analyzed, onGenerate, onAnalyze }: GenerateSectionProps) {
  const styles = useStyles();
  const t = vi.actions;
  // The consolidation shows its progress in its own section.
  const mine = busy === 'generate' || busy === 'analyze';
  const stepText =
    mine && progress ? vi.progress.step(progress.step, progress.message) : busy === 'analyze' ? t.analyzing : '';
  return (
    <section aria-label={t.generate}>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          size="large"
          icon={
            busy === 'generate' ? <Spinner size="tiny" appearance="inverted" aria-hidden /> : <DocumentTableRegular />
          }
          onClick={onGenerate}
          disabledFocusable={busy !== null}
          aria-describedby="chitieu-progress-text"
        >
          {t.generate}
        </Button>
        <Button
          appearance="secondary"
          icon={<ArrowSyncRegular />}
          onClick={onAnalyze}
          disabledFocusable={busy !== null}
          title={t.analyzeHint}
        >
          {analyzed ? t.reanalyze : t.analyze}
        </Button>
      </div>
      <div className={mine ? styles.progress : styles.silent}>
        {mine && (
          <Field label={vi.progress.label}>
            <ProgressBar
              value={busy === 'generate' && progress ? progressValue(progress) : undefined}
              max={1}
              aria-valuetext={stepText || undefined}
              thickness="large"
            />
          </Field>
        )}
        <div id="chitieu-progress-text" role="status" aria-live="polite" data-testid="progress-text">
          {mine ? stepText : ''}
        </div>
      </div>
    </section>
  );
}
