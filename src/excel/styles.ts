/**
 * The summary sheet's named styles (`CellStyle` of the report model) as office-js formats. Mirrors
 * the CLI renderer's table (`src/cli/renderSheet.ts`) so the add-in and the .xlsx look the same:
 * Times New Roman throughout, thin black borders around table cells, grey header fill.
 */
import type { CellStyle, ConditionalRule } from '../core/report';

export type HAlign = 'General' | 'Left' | 'Center' | 'Right' | 'Justify';
export type VAlign = 'Bottom' | 'Center' | 'Top';

/** Every format attribute the sheet sets, one value each. */
export interface CellLook {
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  h: HAlign;
  v: VAlign;
  wrap: boolean;
  indent: number;
  /** Thin black borders on every edge. */
  border: boolean;
  fill: string | null;
}

export const FONT_NAME = 'Times New Roman';

/** What a cell of a new sheet has before anything is set. */
export const EXCEL_DEFAULT_LOOK: CellLook = {
  size: 11,
  bold: false,
  italic: false,
  underline: false,
  h: 'General',
  v: 'Bottom',
  wrap: false,
  indent: 0,
  border: false,
  fill: null,
};

const HEADER_FILL = '#E7E6E6';

const look = (size: number, extra: Partial<CellLook> = {}): CellLook => ({ ...EXCEL_DEFAULT_LOOK, size, ...extra });
const centered: Partial<CellLook> = { h: 'Center', v: 'Center', wrap: true };
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
  tableCaption: look(12, { bold: true, italic: true, h: 'Left', v: 'Center' }),
  header: look(12, { ...centered, ...boxed, bold: true, fill: HEADER_FILL }),
  section: look(12, { ...boxed, bold: true, v: 'Center', wrap: true }),
  name: look(12, { ...boxed, v: 'Center', wrap: true }),
  subName: look(12, { ...boxed, italic: true, v: 'Center', wrap: true, indent: 1 }),
  text: look(12, { ...centered, ...boxed }),
  number: look(12, { ...boxed, h: 'Right', v: 'Center' }),
  pct: look(12, { ...boxed, h: 'Right', v: 'Center' }),
  status: look(12, { ...centered, ...boxed, bold: true }),
  totals: look(12, { bold: true, h: 'Left', v: 'Center' }),
  remarkTitle: look(13, { bold: true, h: 'Left', v: 'Center' }),
  remark: look(13, { h: 'Justify', v: 'Top', wrap: true }),
  findingHeader: look(12, { ...centered, ...boxed, bold: true }),
  finding: look(12, { ...boxed, v: 'Top', wrap: true }),
};

/** Colours of the status column's conditional formats (Excel's "Good / Bad / Neutral"). */
export const TONES: Record<ConditionalRule['tone'], { font: string; fill: string }> = {
  good: { font: '#006100', fill: '#C6EFCE' },
  bad: { font: '#9C0006', fill: '#FFC7CE' },
  neutral: { font: '#595959', fill: '#E7E6E6' },
};
