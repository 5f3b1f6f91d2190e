/**
 * An actual no cell holds — the quarters of a running total (../quarters) — written on the summary
 * sheet as the sum of the cells it adds up (`=SUM('S'!E3,'S'!F3,'S'!G3)`), so the sheet's % and
 * status formulas read it like any actual. Quarters typed as texts or in another money unit cannot
 * be summed by a formula: the figure is then written as a constant with a note naming its cells.
 */
import type { PeriodFigures } from '../indicator';
import { sheetRef } from './formulas';
import type { ModelCell } from './model';

/** The actual's cell when the figure adds up other cells; null when it is read from one cell. */
export function actualOfParts(p: PeriodFigures): Omit<ModelCell, 'row' | 'col'> | null {
  const parts = p.cells.actualParts;
  if (!parts?.length || typeof p.actual !== 'number') return null;
  const refs = parts.map((c) => sheetRef(c.sheet, c.row, c.col));
  const numberFormat = Number.isInteger(p.actual) ? '#,##0' : '#,##0.0##';
  const summable = parts.every(
    (c) => typeof c.raw === 'number' && c.parsed?.kind === 'number' && !c.parsed.unit && !c.parsed.percent,
  );
  if (summable)
    return {
      formula: `=SUM(${refs.join(',')})`,
      expected: { value: p.actual, decimals: null },
      style: 'number',
      numberFormat,
    };
  return { value: p.actual, style: 'number', numberFormat, note: `Tổng của ${refs.join(', ')}` };
}
