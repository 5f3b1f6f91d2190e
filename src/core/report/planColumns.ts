/**
 * The plan ahead on the sheet (`Kế hoạch năm 2026` beside a finished 2025): one column per later
 * period with a target, after the columns judged, only when some indicator of the table has one.
 * Its cells are the source targets — a formula pointing at a numeric cell, else the words with a
 * note — and nothing judges them (no %, no status): nothing has been done against them yet. The
 * draft báo cáo states these targets in its tasks, so the sheet shows every figure the draft states.
 */
import type { IndicatorResult, TableResult } from '../indicator';
import { periodOrder, type Period } from '../detect/period';
import { sourceValue, type Ctx } from './sheetCells';
import { periodWords } from './periods';

/** A plan column: the period it plans and its header. */
export interface PlanColumn {
  period: string;
  label: string;
}

/** The plan columns of a table, in the order of their periods. */
export function planColumns(t: TableResult): PlanColumn[] {
  const periods = new Map<string, Period>();
  for (const ind of t.indicators)
    for (const p of ind.plans ?? []) if (!periods.has(p.period)) periods.set(p.period, p.at);
  const order = (at: Period) => (at.year ? periodOrder(at) : 0);
  return [...periods]
    .sort((a, b) => order(a[1]) - order(b[1]))
    .map(([period, at]) => {
      const plans = t.indicators.flatMap((i) => (i.plans ?? []).filter((p) => p.period === period));
      const word = plans.every((p) => p.budget) ? 'Dự toán' : 'Kế hoạch';
      return { period, label: `${word} ${periodWords(at)}` };
    });
}

/** An indicator's plan targets in the plan columns starting at `first`. */
export function planCells(ctx: Ctx, ind: IndicatorResult, columns: PlanColumn[], first: number) {
  columns.forEach((c, k) => {
    const plan = ind.plans?.find((p) => p.period === c.period);
    if (plan) ctx.w.put(first + k, sourceValue(ctx.grids, plan.cells.target, plan.target, 'number', plan.targetSpec));
  });
}
