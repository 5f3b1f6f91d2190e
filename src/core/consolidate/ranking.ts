/**
 * Ranking the wards of a district.
 */
import { excelRound } from '../narrative/format';
import { DECIMALS } from '../narrative/style';
import type { RankEntry } from './types';

/** What a ward is ranked on. */
export interface RankKeys {
  ward: string;
  met: number;
  vuot: number;
  total: number;
  meanPct: number | null;
}

/** Vietnamese order of names (`phường Bồ Đề` before `phường Cự Khối`), the same on every machine. */
const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two names the Vietnamese way. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The mean as it is shown (one decimal, Excel's rounding): the ranking compares what the reader sees. */
function shownMean(k: RankKeys): number {
  return k.meanPct === null ? -Infinity : excelRound(k.meanPct, DECIMALS.pct);
}

/** Negative when `a` ranks before `b`, 0 when they share a rank. */
function compareKeys(a: RankKeys, b: RankKeys): number {
  return b.met - a.met || b.vuot - a.vuot || shownMean(b) - shownMean(a) || 0;
}

/**
 * Ranks wards. The rule, in order of the keys compared:
 * 1. the number of indicators met — `đạt` + `vượt` (overall status of each top-level indicator,
 *    each counted once), more is better; an indicator a ward does not report counts as not met;
 * 2. then the number `vượt`, more is better;
 * 3. then the mean headline % over the *shared* indicators — those higher-is-better indicators for
 *    which every ranked ward has a %, so every ward is averaged over the same indicators
 *    (lower-is-better ones are left out: a lower % is better there and would cancel) — higher is
 *    better, compared as shown: rounded to one decimal with Excel's ROUND.
 * Wards equal on all three keys share a rank (`đồng hạng`, standard competition ranking: 1, 2, 2, 4),
 * and are listed by name in Vietnamese order. Nothing else breaks a tie: not the input order, not
 * the file name.
 * @example
 * const keys = { met: 5, vuot: 2, total: 6 };
 * const ranked = rankWards([{ ward: 'A', ...keys, meanPct: 101 }, { ward: 'B', ...keys, meanPct: 101.04 }]);
 * ranked.map((e) => [e.ward, e.rank, e.tied]) // → [['A', 1, true], ['B', 1, true]]
 */
export function rankWards(keys: RankKeys[]): RankEntry[] {
  const sorted = [...keys].sort((a, b) => compareKeys(a, b) || compareNames(a.ward, b.ward));
  const out: RankEntry[] = [];
  sorted.forEach((k, i) => {
    const previous = i > 0 ? sorted[i - 1] : null;
    const rank = previous && compareKeys(previous, k) === 0 ? out[i - 1].rank : i + 1;
    out.push({ ward: k.ward, rank, tied: false, met: k.met, vuot: k.vuot, total: k.total, meanPct: k.meanPct });
  });
  for (const e of out) e.tied = out.some((o) => o !== e && o.rank === e.rank);
  return out;
}
