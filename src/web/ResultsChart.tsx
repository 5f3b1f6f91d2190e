/**
 * The achievement chart on the page, under the results: the one chart definition (`chartOf`) drawn
 * as the accessible SVG of the core (`role="img"`, its title and a description of the counts), and
 * its figures as a table — the alternative for a screen reader, a copy, or a printer without colour —
 * under a disclosure. Nothing when no indicator has an achievement %. Beyond `CHART_BARS` bars a
 * chart is a smear no one reads, and its thousands of SVG elements slowed the page more than the
 * report took: the page then says so, and the Excel copy keeps every figure.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Report } from '../core/indicator';
import { chartOf } from '../core/report/chart';
import { chartSvg, chartTable } from '../core/report/chartSvg';

/** Bars the page draws at most. */
export const CHART_BARS = 1000;

export const CHART_WORDS = {
  title: 'Biểu đồ kết quả',
  table: 'Bảng số liệu của biểu đồ',
  tooMany: (n: number) =>
    `Sổ có ${n.toLocaleString('vi-VN')} chỉ tiêu có tỷ lệ thực hiện: trang chỉ vẽ biểu đồ khi có không quá ${CHART_BARS.toLocaleString('vi-VN')} chỉ tiêu; số liệu đầy đủ có trong tệp Excel tải về.`,
  leftOut: (n: number) => `${n} chỉ tiêu không có tỷ lệ thực hiện (chỉ tiêu định tính, không có kế hoạch) không vẽ.`,
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // The SVG is drawn 760 px wide: narrower windows scale it down, keeping its proportions.
  figure: {
    margin: 0,
    overflowX: 'auto',
    '& svg': { maxWidth: '100%', height: 'auto', display: 'block' },
  },
  table: {
    '& table': { borderCollapse: 'collapse', marginTop: tokens.spacingVerticalS },
    '& caption': { textAlign: 'left', paddingBottom: tokens.spacingVerticalXS },
    '& th, & td': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      textAlign: 'left',
    },
    '& td:nth-child(2)': { textAlign: 'right' },
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function ResultsChart({ report }: { report: Report }) {
  const styles = useStyles();
  const def = useMemo(() => chartOf(report), [report]);
  if (def.bars.length === 0) return null;
  if (def.bars.length > CHART_BARS)
    return (
      <section aria-labelledby="chitieu-chart-heading" className={styles.root} data-testid="results-chart">
        <h2 id="chitieu-chart-heading" className={styles.heading}>
          {CHART_WORDS.title}
        </h2>
        <Text className={styles.muted}>{CHART_WORDS.tooMany(def.bars.length)}</Text>
      </section>
    );
  // Both strings are built by the core with every text escaped (chartSvg's escapeXml).
  return (
    <section aria-labelledby="chitieu-chart-heading" className={styles.root} data-testid="results-chart">
      <h2 id="chitieu-chart-heading" className={styles.heading}>
        {CHART_WORDS.title}
      </h2>
      <figure className={styles.figure} dangerouslySetInnerHTML={{ __html: chartSvg(def, 'chitieu-page-chart') }} />
      {def.leftOut > 0 && (
        <Text size={200} className={styles.muted}>
          {CHART_WORDS.leftOut(def.leftOut)}
        </Text>
      )}
      <details className={styles.table} data-testid="chart-table">
        <summary>{CHART_WORDS.table}</summary>
        <div dangerouslySetInnerHTML={{ __html: chartTable(def) }} />
      </details>
    </section>
  );
}
