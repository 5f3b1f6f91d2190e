import { Button, Field, ProgressBar, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { TableStackRightRegular } from '@fluentui/react-icons';
import { formatPct } from '../../core/narrative/format';
import type { Progress } from '../../excel/runInExcel';
import type { ChosenFile } from '../files';
import { vi } from '../i18n/vi';
import { progressValue, type Busy, type Consolidated } from '../state';
import { FileChooser } from './FileChooser';

export interface ConsolidateSectionProps {
  busy: Busy;
  progress: Progress | null;
  /** The last consolidation written, if any. */
  result: Consolidated | null;
  onConsolidate: () => void;
  /** The wards' files chosen: consolidate them. */
  onConsolidateFiles?: (files: ChosenFile[]) => void;
  onError?: (message: string) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  plainList: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  full: { alignSelf: 'stretch' },
  silent: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

/**
 * "Tổng hợp các phường": one sheet per ward, or the wards' own files chosen at once → the district
 * sheet; after a run, the ranking and the district sentences.
 */
export function ConsolidateSection({
  busy,
  progress,
  result,
  onConsolidate,
  onConsolidateFiles,
  onError,
}: ConsolidateSectionProps) {
  const styles = useStyles();
  const t = vi.district;
  const running = busy === 'consolidate';
  const stepText = running && progress ? vi.progress.step(progress.step, progress.message) : '';
  const d = result?.district;
  return (
    <div className={styles.root} data-testid="district">
      <Text>{t.description}</Text>
      <Button
        appearance="secondary"
        icon={running ? <Spinner size="tiny" aria-hidden /> : <TableStackRightRegular />}
        onClick={onConsolidate}
        disabledFocusable={busy !== null}
        title={t.runHint}
        aria-describedby="chitieu-district-progress"
      >
        {t.run}
      </Button>
      {onConsolidateFiles && (
        <FileChooser
          label={t.filesLabel}
          hint={t.filesHint}
          multiple
          disabled={busy !== null}
          testId="ward-files"
          describedBy="chitieu-district-progress"
          onFiles={onConsolidateFiles}
          onError={onError ?? (() => undefined)}
        />
      )}
      <div className={running ? styles.full : styles.silent}>
        {running && (
          <Field label={vi.progress.label}>
            <ProgressBar
              value={progress ? progressValue(progress) : undefined}
              max={1}
              aria-valuetext={stepText || undefined}
              thickness="large"
            />
          </Field>
        )}
        <div id="chitieu-district-progress" role="status" aria-live="polite" data-testid="district-progress">
          {stepText}
        </div>
      </div>
      {result && d && (
        <>
          <Text weight="semibold" data-testid="district-done">
            {t.done(result.sheetName, d.wards.filter((w) => w.readable).length)}
          </Text>
          <h3 className={styles.subheading}>{t.ranking}</h3>
          <ol className={styles.plainList} data-testid="district-ranking">
            {d.ranking.map((e) => (
              <li key={e.ward}>
                <Text>{t.rankLine(e.rank, e.ward, e.met, e.total, e.tied)}</Text>
                {e.meanPct !== null && (
                  <Text size={200} className={styles.muted}>
                    {` — ${t.meanPct(formatPct(e.meanPct))}`}
                  </Text>
                )}
              </li>
            ))}
          </ol>
          <h3 className={styles.subheading}>{t.sentences}</h3>
          <ul className={styles.list} data-testid="district-sentences">
            {d.sentences.map((s, i) => (
              <li key={i}>
                <Text>{s}</Text>
              </li>
            ))}
          </ul>
          <Text size={200} className={styles.muted}>
            {t.findings(d.findings.length)}
          </Text>
        </>
      )}
    </div>
  );
}
