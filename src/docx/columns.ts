/**
 * Column widths of an appendix table on its page: every column at least as wide as its widest
 * word (a figure never wraps), the indicator names first served up to a fifth of the width, the
 * room left shared out towards each column's longest text, the rest to the names. A table too wide for the page at the table size (a five-year term
 * table has twenty-odd figure columns) is set smaller, half a point at a time, down to `MIN_SIZE`.
 */
import { LOOKS, type AppendixTable } from '../core/report';
import { emTwips, measureText } from './measure';
import { maxOf } from '../core/arrays';

export const TABLE_SIZE = 12;
export const MIN_SIZE = 8;
/** Left and right cell margins, twips (1 mm each). */
export const CELL_MARGIN = 57;
const HEADER_LINES = 3;
const NAME_SHARE = 0.2;
const NAME_FLOOR = 0.125;

export interface ColumnLayout {
  /** Font size of the table, points. */
  size: number;
  /** Width of each grid column, twips; they add up to the page's text width. */
  widths: number[];
}

interface Needs {
  least: number[];
  wanted: number[];
}

/**
 * The widest text and widest word of each column, per kind of cell (weight, indent, header or
 * body), in 1/1000 em: measured once, scaled to each size tried. A width at a size only grows with
 * the em it is made from, so the widest of a kind gives the kind's need at every size.
 */
interface Widest {
  col: number;
  bold: boolean;
  pad: number;
  lines: number;
  em: number;
  widest: number;
}

function measure(table: AppendixTable): Widest[] {
  const byKind = new Map<number, Widest>();
  table.rows.forEach((row, i) => {
    for (const cell of row) {
      if (cell.colSpan > 1) continue;
      const look = LOOKS[cell.style];
      const bold = Boolean(look.bold);
      const indented = Boolean(look.indent);
      const pad = 2 * CELL_MARGIN + (indented ? 2 * CELL_MARGIN : 0);
      // A column would like its body texts on one line and its header on at most three.
      const header = i < table.headerRows;
      const lines = header ? HEADER_LINES : 1;
      const key = cell.col * 8 + (bold ? 4 : 0) + (indented ? 2 : 0) + (header ? 1 : 0);
      const { em, widest } = measureText(cell.text);
      const seen = byKind.get(key);
      if (!seen) byKind.set(key, { col: cell.col, bold, pad, lines, em, widest });
      else {
        seen.em = Math.max(seen.em, em);
        seen.widest = Math.max(seen.widest, widest);
      }
    }
  });
  return [...byKind.values()];
}

function needsAt(table: AppendixTable, measures: Widest[], size: number, available: number, name: number): Needs {
  const least = new Array<number>(table.columns).fill(2 * CELL_MARGIN);
  const wanted = [...least];
  for (const { col, bold, pad, lines, em, widest } of measures) {
    least[col] = Math.max(least[col], emTwips(widest, size, bold) + pad);
    wanted[col] = Math.max(wanted[col], emTwips(em, size, bold) / lines + pad);
  }
  // The names never get less than an eighth of the width (or what they need): no word-by-word wrap.
  least[name] = Math.max(least[name], Math.min(wanted[name], Math.round(available * NAME_FLOOR)));
  return { least, wanted: wanted.map((w, c) => Math.max(w, least[c])) };
}

/** The column of indicator names, which takes what the figures leave. */
function nameColumn(table: AppendixTable): number {
  const counts = new Array<number>(table.columns).fill(0);
  for (const row of table.rows) for (const c of row) if (c.style === 'name' || c.style === 'subName') counts[c.col]++;
  const best = counts.indexOf(maxOf(counts));
  return counts[best] > 0 ? best : table.columns - 1;
}

/** Widths for a table `available` twips wide. */
export function columnLayout(table: AppendixTable, available: number): ColumnLayout {
  let size = TABLE_SIZE;
  const measures = measure(table);
  const name = nameColumn(table);
  let needs = needsAt(table, measures, size, available, name);
  const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  while (total(needs.least) > available && size > MIN_SIZE) {
    size -= 0.5;
    needs = needsAt(table, measures, size, available, name);
  }
  const { least, wanted } = needs;
  // The names are served first, up to a fifth of the width; then every column alike.
  const forNames = Math.min(wanted[name], Math.round(available * NAME_SHARE)) - least[name];
  least[name] += Math.max(0, Math.min(forNames, available - total(least)));
  const room = Math.max(0, available - total(least));
  const asked = total(wanted) - total(least);
  const share = asked > 0 ? Math.min(1, room / asked) : 0;
  const widths = least.map((l, c) => Math.floor(l + (wanted[c] - l) * share));
  widths[name] = Math.max(least[name], widths[name] + available - total(widths));
  return { size, widths };
}
