/** The types of the summary sheet's write plan (`./sheetPlan`), shared by the parts that compute it. */
import type { CellRange } from '../../core/grid';
import type { CellLook, TONES } from '../styles';

/** A format applied to one rectangle. */
export interface FormatOp {
  range: CellRange;
  look: Partial<CellLook>;
}

export interface SheetPlan {
  /**
   * Where the model has cells (bands of rows over the columns they use): the font and each
   * attribute's most common value go there, not on the whole block — sentence rows are one column.
   */
  styled: CellRange[];
  /**
   * The cells as bands of rows, each over its own columns (a sentence row needs column A only):
   * row-major formulas, numbers, `'text`, or "" for an empty cell. Rows with nothing are left out.
   */
  cellBlocks: CellBlock[];
  /**
   * Formulas that are the same in R1C1 down a run of rows (and across adjacent columns): written
   * once per rectangle with `formulasR1C1`; their cells are "" in `cellBlocks`. A run may step over
   * empty cells (a section row, a rate's missing total) when that is cheaper: those are `blanks`.
   */
  sharedFormulas: { range: CellRange; r1c1: string }[];
  /** Empty cells inside shared-formula rectangles, emptied again right after them. */
  blanks: CellRange[];
  /**
   * Number formats of every formula and number cell (`General` where the model has none, so a
   * formula never keeps the format Excel copies from the cell it references): single formats on
   * rectangles (`runs`, in order — a later one overrides an earlier) and 2-D `arrays`.
   */
  numberFormats: { runs: NumberFormatRun[]; arrays: { range: CellRange; formats: string[][] }[] };
  formats: FormatOp[];
  merges: { range: CellRange; across: boolean }[];
  widths: { range: CellRange; points: number }[];
  heights: { range: CellRange; points: number }[];
  conditional: { range: CellRange; formula: string; tone: keyof typeof TONES }[];
  notes: { row: number; col: number; text: string }[];
}

export interface NumberFormatRun {
  range: CellRange;
  format: string;
}

/** A rectangle of cells written as one 2-D `formulas` array. */
export interface CellBlock {
  range: CellRange;
  formulas: (string | number)[][];
}
