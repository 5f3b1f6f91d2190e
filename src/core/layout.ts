/**
 * Which layout a table gets in the summary sheet — and so which figures its sentences may state.
 */
import type { TableResult } from './indicator';

/**
 * Annual when every indicator has one period and no term target: the sheet then shows the gap and
 * year-over-year columns; otherwise the term layout (per-period KH/TH/%, term figures).
 */
export function isAnnual(t: TableResult): boolean {
  return t.indicators.every((i) => i.periods.length <= 1 && !(i.term && i.term.termTarget !== null));
}
