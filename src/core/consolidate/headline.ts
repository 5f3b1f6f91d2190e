/**
 * The one figure per ward and indicator the district matrix shows.
 */
import type { IndicatorResult, PeriodFigures, Status, TermBasis, TermFigures } from '../indicator';
import { NO_PERIOD, yearSpan, type Period } from '../detect/period';

export interface Headline {
  /** Term % when the indicator has a term target, else the latest period's achievement %. */
  pct: number | null;
  status: Status;
  /**
   * The status the district ranks on (DOMAIN.md §4): against the target the district assigned
   * when the ward's table has one beside its own, else `status`.
   */
  rankStatus: Status;
  /**
   * The actual and target behind `pct`, in the row's unit (money converted), when numeric; for a
   * growth target, the compound annual growth and the rate, in % (`growth`).
   */
  actual: number | null;
  target: number | null;
  /** `actual` and `target` are a growth and its rate (%), not figures in the row's unit. */
  growth?: true;
  /** Achievement against the target assigned from above, when the ward's table has both. */
  assignedPct: number | null;
  /** The period of the headline figure: `2020`, `2015-2020` (`at.label`). */
  period: string;
  at: Period;
}

/**
 * An indicator's headline figure, judged the way its overall status is (DOMAIN.md §4), so the %
 * and the status of a matrix cell always agree:
 * - with a term target: the term % (`termAchievementPct`), its basis (average, total, latest) as
 *   the actual and the term target as the target, the period `2015-2020`; for a growth target
 *   (`tăng bình quân 8%/năm`) the compound annual growth against the rate, as the term is judged;
 * - otherwise the latest period that has both a target and an actual: its `achievementPct`
 *   (null for ratings, yes/no and zero targets, which still have a status).
 *
 * It differs from the narrative's `headlinePct` on purpose in one case: a term table without a term
 * target, where `headlinePct` gives the cumulative % (Σ TH / Σ KH) while the overall status is the
 * latest period's. A district compares the same period across wards, so the matrix takes the latest
 * period's %. The ward is ranked on `rankStatus`: against the district's target where it has one.
 * @example
 * const r = runReport([{ sheet: 'S', values: [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ['Thu ngân sách', 'Triệu đồng', 10500, 36015]] }]);
 * r.ok && headlineOf(r.report.tables[0].indicators[0]).pct // → 343
 */
export function headlineOf(ind: IndicatorResult): Headline {
  const t = ind.term;
  if (t && t.termTarget !== null) {
    const at = termPeriod(ind.periods[0], ind.periods[ind.periods.length - 1]);
    return {
      pct: t.termAchievementPct,
      status: ind.overallStatus,
      rankStatus: ind.overallStatus,
      actual: TERM_BASIS[t.basis ?? 'latest'](t),
      target: typeof t.termTarget === 'number' ? t.termTarget : null,
      ...(t.basis === 'growth' ? { growth: true as const } : {}),
      assignedPct: null,
      period: at.label,
      at,
    };
  }
  for (let i = ind.periods.length - 1; i >= 0; i--) {
    const p = ind.periods[i];
    if (p.target === null || p.actual === null) continue;
    return {
      pct: p.achievementPct,
      status: p.status,
      rankStatus: p.assignedStatus ?? p.status,
      actual: typeof p.actual === 'number' ? p.actual : null,
      target: typeof p.target === 'number' ? p.target : null,
      assignedPct: p.assignedAchievementPct,
      period: p.period,
      at: p.at,
    };
  }
  const latest = ind.periods[ind.periods.length - 1];
  return {
    pct: null,
    status: ind.overallStatus,
    rankStatus: ind.overallStatus,
    actual: typeof latest?.actual === 'number' ? latest.actual : null,
    target: typeof latest?.target === 'number' ? latest.target : null,
    assignedPct: null,
    period: latest?.period ?? '',
    at: latest?.at ?? NO_PERIOD,
  };
}

/** The term figure each basis compares with the term target. */
const TERM_BASIS: Record<TermBasis, (t: TermFigures) => number | null> = {
  average: (t) => t.average,
  total: (t) => t.total,
  latest: (t) => t.latest,
  growth: (t) => t.cagrPct,
};

/** `2015-2020` from the first and last periods (`2015`, `2020`); the last alone when one year. */
function termPeriod(first: PeriodFigures | undefined, last: PeriodFigures | undefined): Period {
  const from = first?.at.span?.from ?? Number(first?.at.year || NaN);
  const to = Number(last?.at.year || NaN);
  if (Number.isFinite(from) && Number.isFinite(to) && from !== to) return yearSpan(from, to);
  return last?.period ? last.at : (first?.at ?? NO_PERIOD);
}
