/**
 * The periods of a table as the summary sheet lays them out: each once, in chronological order
 * (DOMAIN.md §7.1), a period without its year first. They are the periods detection read, carried
 * by the figures (`PeriodFigures.at`): the sheet never reads a label again.
 */
import { periodOrder, type Period } from '../detect/period';
import type { TableResult } from '../indicator';

/** The table's periods, one per label, oldest first. */
export function tablePeriods(t: TableResult): Period[] {
  const byLabel = new Map<string, Period>();
  for (const ind of t.indicators) for (const p of ind.periods) if (!byLabel.has(p.period)) byLabel.set(p.period, p.at);
  const order = (p: Period) => (p.year ? periodOrder(p) : 0);
  return [...byLabel.values()].sort((a, b) => order(a) - order(b));
}
