/**
 * The periods of a table as the summary sheet lays them out: each once, in chronological order
 * (DOMAIN.md §7.1), a period without its year first. They are the periods detection read, carried
 * by the figures (`PeriodFigures.at`): the sheet never reads a label again.
 */
import { isWholeYear, periodOrder, type Period } from '../detect/period';
import type { TableResult } from '../indicator';

/** A period of the table: the label its figures carry and the period detection read. */
export interface TablePeriod {
  label: string;
  at: Period;
}

/** The table's periods, one per label, oldest first. */
export function tablePeriods(t: TableResult): TablePeriod[] {
  const byLabel = new Map<string, Period>();
  for (const ind of t.indicators) for (const p of ind.periods) if (!byLabel.has(p.period)) byLabel.set(p.period, p.at);
  const order = (p: Period) => (p.year ? periodOrder(p) : 0);
  return [...byLabel].map(([label, at]) => ({ label, at })).sort((a, b) => order(a.at) - order(b.at));
}

/** `năm 2024`, `9 tháng 2024` — as a header names a period. */
export function periodWords(at: Period): string {
  return isWholeYear(at) ? `năm ${at.year}` : at.label;
}
