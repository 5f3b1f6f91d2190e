/**
 * The results table on the page: the summary sheet's tables (`sheetTables.ts`, read from the one
 * sheet model), with its columns and texts, and each status coloured as the sheet colours it (the
 * sheet's own tones). Printed on its own A4 landscape pages (`index.html`'s print styles).
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { AppendixCell, AppendixTable } from '../core/report';
import { TONES } from '../core/report/look';
import { rangeWords, vi } from '../taskpane/i18n/vi';
import type { SheetTables } from './sheetTables';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // A table below the fold is not laid out until it nears the screen: 1,000 rows of the sheet's
  // columns cost the page's first layout seconds (the accordion measures the page as it opens).
  // Printed, every row is laid out.
  scroll: { overflowX: 'auto', contentVisibility: 'auto', '@media print': { contentVisibility: 'visible' } },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      verticalAlign: 'top',
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  name: { minWidth: '14em' },
  section: { fontWeight: tokens.fontWeightSemibold },
});

/** A row's height on screen, about: the size a table not yet laid out takes meanwhile. */
const ROW_PX = 24;

const NUMBER_STYLES = new Set(['number', 'pct']);
const NAME_STYLES = new Set(['name', 'subName']);

/** The sheet's caption with its range in words: `… (A6:H22)` → `… (dòng 6 đến 22, cột A đến H)`. */
const captionWords = (caption: string) =>
  caption.replace(/\(([A-Z]+\d+:[A-Z]+\d+)\)/, (_, r: string) => `(${rangeWords(r)})`);

/** Drawn again only for other tables (not when the draft báo cáo arrives). */
export const ResultsTable = memo(function ResultsTable({ sheetTables }: { sheetTables: SheetTables }) {
  const styles = useStyles();
  return (
    <section
      className={styles.root}
      aria-labelledby="chitieu-table-heading"
      data-testid="results-table"
      data-print="table"
    >
      <h2 id="chitieu-table-heading" style={{ margin: 0, fontSize: tokens.fontSizeBase500 }}>
        {vi.web.table.title}
      </h2>
      {sheetTables.tables.map((t, k) => (
        <OneTable key={k} table={t} />
      ))}
      {sheetTables.rowsLeft > 0 && <Text>{vi.web.table.rowsLeft(sheetTables.rowsLeft)}</Text>}
    </section>
  );
});

function OneTable({ table }: { table: AppendixTable }) {
  const styles = useStyles();
  const head = table.rows.slice(0, table.headerRows);
  const body = table.rows.slice(table.headerRows);
  return (
    <div className={styles.scroll} style={{ containIntrinsicSize: `auto ${ROW_PX * table.rows.length}px` }}>
      <table className={styles.table}>
        {table.caption && <caption className={styles.caption}>{captionWords(table.caption)}</caption>}
        <thead>
          {head.map((row, r) => (
            <tr key={r}>
              {row.map((c) => (
                <th key={c.col} colSpan={c.colSpan} rowSpan={c.rowSpan} scope="col">
                  {c.text}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>
              {row.map((c) => (
                <BodyCell key={c.col} cell={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BodyCell({ cell }: { cell: AppendixCell }) {
  const styles = useStyles();
  const tone = cell.tone ? TONES[cell.tone] : null;
  const className = NUMBER_STYLES.has(cell.style)
    ? styles.number
    : cell.style === 'section'
      ? styles.section
      : NAME_STYLES.has(cell.style)
        ? styles.name
        : undefined;
  return (
    <td
      colSpan={cell.colSpan}
      rowSpan={cell.rowSpan}
      className={className}
      data-tone={cell.tone ?? undefined}
      style={tone ? { color: `#${tone.font}`, backgroundColor: `#${tone.fill}` } : undefined}
    >
      {cell.text}
    </td>
  );
}
