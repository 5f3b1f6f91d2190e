/**
 * What a cell of the summary sheet shows, as text: a constant as written, a formula as its cached
 * result (the engine's value, rounded as the formula's ROUND rounds it), numbers in the cell's number
 * format with Vietnamese separators. A copy of the sheet elsewhere (the Word appendix) shows these.
 */
import { excelRound, formatNumber } from '../narrative/format';
import type { ModelCell } from './model';
import { memoByText } from '../memo';

/** Decimals a value of the General format is written with (the command line's findings use as many). */
const GENERAL_DECIMALS = 4;

/**
 * @example shownText({ row: 0, col: 0, value: 36015, numberFormat: '#,##0', style: 'number' }) // → '36.015'
 * @example shownText({ row: 0, col: 0, formula: '=ROUND(E8/D8*100,1)', expected: { value: 117.70212, decimals: 1 }, numberFormat: '#,##0.0##', style: 'pct' }) // → '117,7'
 */
export function shownText(cell: ModelCell): string {
  const value = cell.formula ? cellResult(cell) : cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return formatShown(value, cell.numberFormat);
}

function cellResult(cell: ModelCell): number | string | null {
  const e = cell.expected;
  if (!e || e.value === null) return null;
  return typeof e.value === 'number' && e.decimals !== null ? excelRound(e.value, e.decimals) : e.value;
}

/**
 * A number in one of the sheet's formats: `#,##0`, `#,##0.0##` (one to three decimals), or General;
 * with text before or after the number (`+#,##0.0"%"`, `#,##0 "(42/50)"`) and, for a signed change,
 * a section for negatives and one for zero (`+0.0"%";-0.0"%";0"%"`), as Excel shows them.
 */
export function formatShown(value: number, numberFormat: string | undefined): string {
  if (!numberFormat) return formatNumber(value, GENERAL_DECIMALS);
  const sections = sectionsOf(numberFormat);
  if (sections.length === 1) return inSection(value, sections[0]);
  if (value < 0) return inSection(-value, sections[1]);
  return inSection(value, value === 0 && sections[2] ? sections[2] : sections[0]);
}

/**
 * One section of a format, read: the text before and after the number (quotes removed) and the
 * number's decimals (`least` always shown, up to `most`), or null for a section of text only.
 */
interface Section {
  before: string;
  after: string;
  decimals: { least: number; most: number } | null;
  /** The section holds no number: it is shown as its text. */
  textOnly: boolean;
}

/** A format read once: a sheet holds tens of thousands of cells in a handful of formats. */
const sectionsOf: (format: string) => Section[] = memoByText((format) => splitSections(format).map(readSection));

/** The `;`-separated sections of a format (a `;` inside quotes is text). */
function splitSections(format: string): string[] {
  return format.match(/(?:"[^"]*"|[^;"])+/g) ?? [format];
}

function readSection(section: string): Section {
  const number = /[#0][#0,]*(?:\.[#0]*)?/.exec(section.replace(/"[^"]*"/g, (q) => '\u0000'.repeat(q.length)));
  if (!number) return { before: section.replace(/"/g, ''), after: '', decimals: null, textOnly: true };
  const text = (from: number, to: number) => section.slice(from, to).replace(/"/g, '');
  const decimals = /\.(0*)(#*)/.exec(number[0]);
  return {
    before: text(0, number.index),
    after: text(number.index + number[0].length, section.length),
    decimals: decimals ? { least: decimals[1].length, most: decimals[1].length + decimals[2].length } : null,
    textOnly: false,
  };
}

/** A value in one section: its text before and after the number, around the number. */
function inSection(value: number, section: Section): string {
  if (section.textOnly) return section.before;
  return `${section.before}${inPattern(value, section.decimals)}${section.after}`;
}

/** A value in a number pattern: grouped thousands, `0` decimals always shown, `#` ones when not zero. */
function inPattern(value: number, decimals: Section['decimals']): string {
  if (!decimals) return formatNumber(value, 0);
  const { least, most } = decimals;
  const text = formatNumber(value, most);
  const comma = text.indexOf(',');
  const shown = comma < 0 ? 0 : text.length - comma - 1;
  if (shown >= least) return text;
  return `${text}${shown === 0 ? ',' : ''}${'0'.repeat(least - shown)}`;
}
