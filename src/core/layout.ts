/**
 * Which layout a table gets in the summary sheet — and so which figures its sentences may state.
 */
import type { TableResult } from './indicator';

/**
 * Annual unless a term table (DOMAIN.md §7.3): the sheet then shows the gap and year-over-year
 * columns of each period (a 9-month actual beside its estimated full year, two comparable years);
 * a term table gets the term layout (per-period KH/TH/%, term figures).
 */
export function isAnnual(t: TableResult): boolean {
  return !t.term;
}
