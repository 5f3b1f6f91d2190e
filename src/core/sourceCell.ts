/**
 * The source cells of an indicator, read once: detection captures each cell it
 * uses — target, actual, previous actual, month's figure, reported %, term target, Chiều — with
 * where it is, what it holds, its number format and what it reads as. The figures, the checks and
 * the summary sheet use the captured cell and never read the worksheet's values again.
 */
import type { CellValue } from './grid';
import type { DirectionCell, SourceCell, TargetCell, ValueCell } from './indicator';
import { directionFromCell } from './type';
import { isBlankCell, parseTarget, parseValue } from './values';

export type { DirectionCell, SourceCell, TargetCell, ValueCell } from './indicator';

/** How each kind of source cell is read. */
const READERS = {
  value: (raw: CellValue, format: string | null) => parseValue(raw, format),
  target: (raw: CellValue, format: string | null) => parseTarget(raw, format),
  direction: (raw: CellValue) => directionFromCell(raw),
};

type CellKind = keyof typeof READERS;
type CellOf<K extends CellKind> = K extends 'value' ? ValueCell : K extends 'target' ? TargetCell : DirectionCell;

/**
 * The source cells of one worksheet row, from the row's values as read once: a cell two periods
 * share (a year's target lent to its 9 months) is read and parsed once and is the same object.
 * @example new RowCells('S', 7, ['Tỷ lệ hộ nghèo', 0.0169], () => '0.00%').value(1).parsed // → { kind: 'number', value: 1.69, percent: true, decimals: 2 }
 */
export class RowCells {
  private readonly taken = new Map<number, ValueCell | TargetCell | DirectionCell>();

  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly values: readonly CellValue[],
    private readonly formatOf: (col: number) => string | null,
  ) {}

  /** The raw value at `col` of the row (null past its end). */
  raw(col: number): CellValue {
    return this.values[col] ?? null;
  }

  value(col: number): ValueCell;
  value(col: number | undefined): ValueCell | undefined;
  value(col: number | undefined): ValueCell | undefined {
    return this.cell(col, 'value');
  }

  target(col: number): TargetCell;
  target(col: number | undefined): TargetCell | undefined;
  target(col: number | undefined): TargetCell | undefined {
    return this.cell(col, 'target');
  }

  direction(col: number | undefined): DirectionCell | undefined {
    return this.cell(col, 'direction');
  }

  private cell<K extends CellKind>(col: number | undefined, kind: K): CellOf<K> | undefined {
    if (col === undefined) return undefined;
    // Three kinds per column at most: the key keeps them apart.
    const key = col * 3 + (kind === 'value' ? 0 : kind === 'target' ? 1 : 2);
    const found = this.taken.get(key);
    if (found) return found as CellOf<K>;
    const raw = this.raw(col);
    const format = this.formatOf(col);
    const cell = { sheet: this.sheet, row: this.row, col, raw, format, parsed: READERS[kind](raw, format) };
    this.taken.set(key, cell as CellOf<K>);
    return cell as CellOf<K>;
  }
}

/**
 * Whether the cell holds anything at all (a figure, a text, an error value), blank text and the
 * marks of "nothing here" (`x`, `-`, `…`) aside: a target cell holding `x` sets no target.
 */
export function isTyped(cell: SourceCell<unknown> | undefined): boolean {
  const v = cell?.raw ?? null;
  return v !== null && !(typeof v === 'string' && isBlankCell(v));
}
