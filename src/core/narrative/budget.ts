/**
 * A budget table's words: a target column headed `Dự toán` is the dự toán (`bằng 110,8% dự toán`,
 * never `kế hoạch`), and spending (`Chi …`) is told against its dự toán without a judgement.
 *
 * Rule chosen where the spec is silent: spending below its dự toán is a saving or a payment still to
 * come, not a failure, and spending above it is not an achievement — a finance officer states the
 * share of the dự toán and never calls it "đạt" or "chưa đạt" (its status is not judged, figures.ts
 * `followsBudget`). The overview therefore does not count spending among the targets met or not
 * met, and says so in one sentence.
 */
import type { IndicatorResult, PeriodFigures } from '../indicator';
import { followsBudget } from '../figures';

/**
 * What an amount is measured against, in the target column's own word: the own target's name beside
 * an assigned one (`dự toán phường đề ra`), `dự toán` under a `Dự toán` header, else `kế hoạch`.
 */
export function planWord(p: PeriodFigures): string {
  return p.targetLabels?.own ?? (p.budget ? 'dự toán' : 'kế hoạch');
}

/** Spending told against its dự toán (`Chi thường xuyên thực hiện 10.062 triệu đồng, bằng 96,3% dự toán`). */
export function isSpending(ind: IndicatorResult, p: PeriodFigures): boolean {
  return followsBudget(ind.name, p.budget);
}

/** Whether the period an indicator is judged on (its latest with a target and an actual) is spending against a dự toán. */
export function spendsBudget(ind: IndicatorResult): boolean {
  for (let i = ind.periods.length - 1; i >= 0; i--) {
    const p = ind.periods[i];
    if (p.target !== null && p.actual !== null) return isSpending(ind, p);
  }
  return false;
}
