import { Badge, Button, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { CopyRegular, CursorClickRegular } from '@fluentui/react-icons';
import type { Ref } from 'react';
import type { Finding, Outlook, Report, Status } from '../../core/indicator';
import { formatNumber } from '../../core/narrative/format';
import { vi } from '../i18n/vi';

export interface ResultsSectionProps {
  report: Report;
  sheetName: string;
  /** Copies text; `what` tells which announcement to make. */
  onCopy: (text: string, what: 'sentence' | 'all') => void;
  /** Selects a finding's cell; absent where there is no open workbook (the web page): no button. */
  onSelectCell?: (finding: Finding) => void;
  /** The line under the heading; default: the sheet written (`Đã tạo trang "…".`). */
  done?: string;
  /** Focused after a run, so keyboard and screen-reader users land on the results. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const STATUS_ORDER: Status[] = ['vuot', 'dat', 'dang_thuc_hien', 'chua_dat', 'khong_danh_gia'];
const STATUS_COLOR: Record<Status, BadgeProps['color']> = {
  vuot: 'success',
  dat: 'brand',
  chua_dat: 'danger',
  khong_danh_gia: 'informative',
  dang_thuc_hien: 'warning',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  badges: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
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
    gap: tokens.spacingVerticalS,
  },
  sentence: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  finding: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

/** The statuses the counts show: `Đang thực hiện` only when some indicator is in progress. */
function shownStatuses(report: Report): Status[] {
  return STATUS_ORDER.filter((s) => s !== 'dang_thuc_hien' || (report.counts.dang_thuc_hien ?? 0) > 0);
}

const OUTLOOK_ORDER: Outlook[] = ['da_dat', 'co_kha_nang_dat', 'kho_dat'];
const OUTLOOK_COLOR: Record<Outlook, BadgeProps['color']> = {
  da_dat: 'success',
  co_kha_nang_dat: 'warning',
  kho_dat: 'danger',
};

/** A term in progress: targets met now, on course and at risk (DOMAIN.md §7.5). */
function OutlookCounts({ report, outlook }: { report: Report; outlook: Record<Outlook, number> }) {
  const styles = useStyles();
  const t = vi.results;
  const progress = report.tables.find((x) => x.termProgress)?.termProgress;
  const label = progress ? t.outlookTitle(formatNumber(progress.elapsedYears), progress.termYears) : t.counts;
  return (
    <>
      {progress && <Text weight="semibold">{label}</Text>}
      <ul className={styles.badges} aria-label={label} data-testid="outlook">
        {OUTLOOK_ORDER.map((o) => (
          <li key={o}>
            <Badge size="large" appearance="tint" color={OUTLOOK_COLOR[o]} data-outlook={o}>
              {`${t.outlook[o]} ${outlook[o]}`}
            </Badge>
          </li>
        ))}
      </ul>
    </>
  );
}

/** After a run: the counts, the sentences (each copyable) and the findings (each selectable). */
export function ResultsSection({ report, sheetName, onCopy, onSelectCell, headingRef, done }: ResultsSectionProps) {
  const styles = useStyles();
  const t = vi.results;
  return (
    <section className={styles.root} aria-labelledby="chitieu-results-heading" data-testid="results">
      <h2 id="chitieu-results-heading" className={styles.heading} tabIndex={-1} ref={headingRef}>
        {t.title}
      </h2>
      <Text>{done ?? t.done(sheetName)}</Text>

      <div className={styles.row}>
        <Text weight="semibold">{t.total(report.counts.total)}</Text>
      </div>
      <ul className={styles.badges} aria-label={t.counts} data-testid="counts">
        {shownStatuses(report).map((s) => (
          <li key={s}>
            <Badge size="large" appearance="filled" color={STATUS_COLOR[s]} data-status={s}>
              {`${t.statuses[s]} ${report.counts[s] ?? 0}`}
            </Badge>
          </li>
        ))}
      </ul>
      {report.counts.outlook && <OutlookCounts report={report} outlook={report.counts.outlook} />}

      <h3 className={styles.subheading}>{t.narrative}</h3>
      <ol className={styles.list} data-testid="narrative">
        {report.narrative.map((sentence, i) => (
          <li key={i} className={styles.sentence}>
            <Text>{sentence}</Text>
            <Button
              size="small"
              appearance="subtle"
              icon={<CopyRegular />}
              aria-label={t.copySentence(i + 1)}
              onClick={() => onCopy(sentence, 'sentence')}
            >
              {t.copy}
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button icon={<CopyRegular />} onClick={() => onCopy(report.narrative.join('\n'), 'all')}>
          {t.copyAll}
        </Button>
      </div>

      <h3 className={styles.subheading}>{t.checks}</h3>
      {report.checks.length === 0 ? (
        <Text>{t.noChecks}</Text>
      ) : (
        <ul className={styles.plainList} data-testid="checks">
          {report.checks.map((f, i) => (
            <li key={`${f.sheet}!${f.cell}#${i}`} className={styles.finding}>
              <Text>{f.message}</Text>
              <Text size={200} className={styles.muted}>
                {t.where(f.sheet, f.cell)}
              </Text>
              {onSelectCell && (
                <Button
                  size="small"
                  icon={<CursorClickRegular />}
                  aria-label={t.selectLabel(f.sheet, f.cell)}
                  onClick={() => onSelectCell(f)}
                >
                  {t.select(f.cell)}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
