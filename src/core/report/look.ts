/**
 * How each named style of the summary sheet looks — the one table every renderer (ExcelJS, the
 * injected SpreadsheetML, office-js) maps to its own format objects, so the .xlsx and the add-in
 * look the same: Times New Roman throughout, thin black borders around table cells, grey headers,
 * and Excel's "Good / Bad / Neutral" colours for the statuses (amber for what is still under way:
 * `Đang thực hiện`, `Có khả năng đạt`).
 */
import type { CellStyle, ConditionalRule } from './model';

export interface CellLook {
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  horizontal: 'general' | 'left' | 'center' | 'right' | 'justify';
  vertical: 'bottom' | 'center' | 'top';
  wrap: boolean;
  /** Indent levels; an indent only shows with a left alignment, so indented styles are left-aligned. */
  indent: number;
  /** Thin black borders on every edge. */
  border: boolean;
  /** Background colour `RRGGBB`, or none. */
  fill: string | null;
}

export const FONT_NAME = 'Times New Roman';

/** What a cell of a new sheet has before anything is set. */
export const DEFAULT_LOOK: CellLook = {
  size: 11,
  bold: false,
  italic: false,
  underline: false,
  horizontal: 'general',
  vertical: 'bottom',
  wrap: false,
  indent: 0,
  border: false,
  fill: null,
};

const HEADER_FILL = 'E7E6E6';
const look = (size: number, extra: Partial<CellLook> = {}): CellLook => ({ ...DEFAULT_LOOK, size, ...extra });
const centered: Partial<CellLook> = { horizontal: 'center', vertical: 'center', wrap: true };
const boxed: Partial<CellLook> = { border: true };

export const LOOKS: Record<CellStyle, CellLook> = {
  bodyLeft: look(13, centered),
  bodyLeftBold: look(13, { ...centered, bold: true }),
  motto: look(14, { ...centered, bold: true }),
  mottoSub: look(13, { ...centered, bold: true, underline: true }),
  star: look(13, centered),
  placeDate: look(13, { ...centered, italic: true }),
  title: look(14, { ...centered, bold: true }),
  subtitle: look(13, { ...centered, bold: true }),
  tableCaption: look(12, { bold: true, italic: true, horizontal: 'left', vertical: 'center' }),
  header: look(12, { ...centered, ...boxed, bold: true, fill: HEADER_FILL }),
  section: look(12, { ...boxed, bold: true, vertical: 'center', wrap: true }),
  name: look(12, { ...boxed, vertical: 'center', wrap: true }),
  subName: look(12, { ...boxed, italic: true, horizontal: 'left', vertical: 'center', wrap: true, indent: 1 }),
  text: look(12, { ...centered, ...boxed }),
  number: look(12, { ...boxed, horizontal: 'right', vertical: 'center' }),
  pct: look(12, { ...boxed, horizontal: 'right', vertical: 'center' }),
  status: look(12, { ...centered, ...boxed, bold: true }),
  totals: look(12, { bold: true, horizontal: 'left', vertical: 'center' }),
  remarkTitle: look(13, { bold: true, horizontal: 'left', vertical: 'center' }),
  remark: look(13, { horizontal: 'justify', vertical: 'top', wrap: true }),
  findingHeader: look(12, { ...centered, ...boxed, bold: true }),
  finding: look(12, { ...boxed, vertical: 'top', wrap: true }),
};

/** Colours (`RRGGBB`) of the status, pace and outlook columns' conditional formats. */
export const TONES: Record<ConditionalRule['tone'], { font: string; fill: string }> = {
  good: { font: '006100', fill: 'C6EFCE' },
  bad: { font: '9C0006', fill: 'FFC7CE' },
  neutral: { font: '595959', fill: 'E7E6E6' },
  amber: { font: '9C5700', fill: 'FFEB9C' },
};
