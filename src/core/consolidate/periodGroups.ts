/**
 * Wards grouped by the period they report. Since 7/2025 a city collects its wards' reports
 * directly, and a folder of them may mix years (`2024` with an old `2012` file sent by mistake):
 * figures of different periods are never ranked against each other.
 *
 * Rules chosen where the spec is silent:
 * - A ward's period is the one most of its headline figures are for (`wardPeriod`); a ward whose
 *   period is unknown joins the district's period (the one most wards report): nothing says it
 *   differs, and a `period_differs` finding is only written for a known other period.
 * - Each period is ranked on its own (ranks start at 1 in each); the district's period comes
 *   first, the others from the latest. A period only one ward reports is not ranked at all: a
 *   rank of one ward says nothing.
 * - Within a period, a ward is ranked on the share of the indicators assigned to the wards of that
 *   period that it met (`đạt` or `vượt` against what the city assigned, `rankStatus`); the assigned
 *   indicators are those more than half of the period's wards report (the rule that makes a ward
 *   without one `missing_indicator`), so an indicator a ward leaves out counts as not met and one
 *   only it reports does not count. Every ward of a period is measured on the same indicators.
 */
import { periodOrder, type Period } from '../detect/period';
import type { DistrictIndicator, PeriodGroup, WardSummary } from './types';

/**
 * The readable wards by the period they report (`periods[i]`, as detection read it), the district's
 * period first, then the latest first.
 */
export function periodGroups(wards: WardSummary[], periods: Period[], district: Period): PeriodGroup[] {
  const byPeriod = new Map<string, { at: Period; wards: number[] }>();
  wards.forEach((w, i) => {
    if (!w.readable) return;
    const at = periods[i].label ? periods[i] : district;
    const group = byPeriod.get(at.label) ?? { at, wards: [] };
    group.wards.push(i);
    byPeriod.set(at.label, group);
  });
  const order = (at: Period) => (at.year ? periodOrder(at) : -1);
  const first = (at: Period) => Number(at.label === district.label);
  return [...byPeriod.values()]
    .sort((a, b) => first(b.at) - first(a.at) || order(b.at) - order(a.at))
    .map((g) => ({ period: g.at.label, at: g.at, wards: g.wards }));
}

/** The indicators assigned to a period's wards: those more than half of them report. */
export function assignedRows(rows: DistrictIndicator[], group: PeriodGroup): DistrictIndicator[] {
  return rows.filter((row) => group.wards.filter((i) => row.cells[i] !== null).length * 2 > group.wards.length);
}
