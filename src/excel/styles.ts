/**
 * The summary sheet's named styles (`CellStyle` of the report model) as office-js formats, derived
 * from the model's one look table (src/core/report/look.ts) so the add-in and the .xlsx look the same.
 */
import {
  DEFAULT_LOOK,
  LOOKS as CORE_LOOKS,
  TONES as CORE_TONES,
  type CellLook as CoreLook,
  type CellStyle,
  type ConditionalRule,
} from '../core/report';

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

export { FONT_NAME } from '../core/report';

const H = { general: 'General', left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;
const V = { bottom: 'Bottom', center: 'Center', top: 'Top' } as const;

/** The report model's look (src/core/report/look.ts) in office-js terms. */
function officeLook(l: CoreLook): CellLook {
  return {
    size: l.size,
    bold: l.bold,
    italic: l.italic,
    underline: l.underline,
    h: H[l.horizontal],
    v: V[l.vertical],
    wrap: l.wrap,
    indent: l.indent,
    border: l.border,
    fill: l.fill === null ? null : `#${l.fill}`,
  };
}

/** What a cell of a new sheet has before anything is set. */
export const EXCEL_DEFAULT_LOOK: CellLook = officeLook(DEFAULT_LOOK);

export const LOOKS = Object.fromEntries(
  Object.entries(CORE_LOOKS).map(([style, l]) => [style, officeLook(l)]),
) as Record<CellStyle, CellLook>;

/** Colours of the status column's conditional formats (Excel's "Good / Bad / Neutral"). */
export const TONES = Object.fromEntries(
  Object.entries(CORE_TONES).map(([tone, c]) => [tone, { font: `#${c.font}`, fill: `#${c.fill}` }]),
) as Record<ConditionalRule['tone'], { font: string; fill: string }>;
