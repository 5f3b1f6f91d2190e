/**
 * Which layout a table gets in the summary sheet — and so which figures its sentences may state.
 */
import type { TableResult } from './indicator';

/**
 * Annual unless the table is a term table (DOMAIN.md §7.3): a non-term table may have several
 * periods (a 9-month actual and an estimated full year, two comparable years), and the sheet then
 * shows the gap and year-over-year columns; a term table gets the term layout (per-period KH/TH/%,
 * term figures).
 */
export function isAnnual(t: TableResult): boolean {
  return !t.term;
}
