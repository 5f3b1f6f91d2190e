/**
 * A rate of a table computed from two of its counts ("a ratio keeps its source"):
 * `Tỷ lệ điều tra khám phá án hình sự 93,8%` beside `Số vụ phạm pháp hình sự xảy ra 129` and
 * `Số vụ điều tra khám phá 121` is 121/129 vụ, and the sentence says so.
 *
 * Rules chosen where the spec is silent — never invent a pair:
 * - the counts are rows near the rate (at most `NEAR` rows away, or its own sub-indicators), of one
 *   unit, whole numbers, the numerator not above the denominator, for the same period;
 * - each names what the rate names (a pair of words of the rate's name after `Tỷ lệ`);
 * - their quotient, rounded as the rate is shown, is the rate; exactly one pair may fit.
 */
import type { IndicatorResult, PeriodFigures } from './indicator';
import { excelRound } from './narrative/format';
import { DECIMALS } from './narrative/style';
import { foldText } from './text';

/** How far (in indicators) a count may stand from its rate. */
const NEAR = 3;

/** Pairs of successive words of a name, folded, without the words every indicator name has. */
function wordPairs(name: string): Set<string> {
  const words = foldText(name)
    .replace(/^(?:ty le|so luong|so)\s+/, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

function countIn(ind: IndicatorResult, period: string): number | null {
  const p = ind.periods.find((x) => x.period === period);
  const a = p?.actual;
  return typeof a === 'number' && Number.isInteger(a) && a >= 0 ? a : null;
}

function isRate(ind: IndicatorResult): boolean {
  return ind.valueKind === 'rate' && (ind.unit.trim() === '%' || /^ty le\b/.test(foldText(ind.name)));
}

/** A count row that may stand for a rate: its place in the table and its figure for the period. */
interface Candidate {
  ind: IndicatorResult;
  value: number;
  unit: string;
}

/**
 * The one pair of counts whose quotient is the period's rate, or null. For each denominator the
 * numerators that fit lie in one range of values (the rounded quotient grows with the numerator),
 * found by a binary search on the counts sorted by value: n·log n in the rate's counts, not n².
 */
function pairFor(p: PeriodFigures, counts: IndicatorResult[]): { n: IndicatorResult; d: IndicatorResult } | null {
  if (typeof p.actual !== 'number') return null;
  const decimals = Math.min(p.source?.decimals ?? DECIMALS.rate, DECIMALS.rate);
  const shown = excelRound(p.actual, decimals);
  const fits = (a: number, b: number) => excelRound((a / b) * 100, decimals) === shown;
  const sorted: Candidate[] = [];
  for (const ind of counts) {
    const value = countIn(ind, p.period);
    if (value !== null) sorted.push({ ind, value, unit: foldText(ind.unit) });
  }
  sorted.sort((x, y) => x.value - y.value);
  const half = 0.5 / 10 ** decimals;
  let found: { n: IndicatorResult; d: IndicatorResult } | null = null;
  for (const d of sorted) {
    const b = d.value;
    if (b === 0) continue;
    // The range of numerators whose quotient rounds to the rate, widened past any float error.
    const high = ((shown + half) * b) / 100;
    const margin = 1 + Math.abs(high) * 1e-9;
    const last = Math.min(b, high + margin);
    for (let k = firstAtLeast(sorted, ((shown - half) * b) / 100 - margin); k < sorted.length; k++) {
      const n = sorted[k];
      if (n.value > last) break;
      if (n === d || n.unit !== d.unit || !fits(n.value, b)) continue;
      if (found) return null;
      found = { n: n.ind, d: d.ind };
    }
  }
  return found;
}

/** The index of the first candidate whose value is at least `value`. */
function firstAtLeast(sorted: Candidate[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].value < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The counts a rate may come from, in table order: the count rows at most `NEAR` away and its own
 * sub-indicators (`children`, by the parent's name), naming what the rate names.
 */
function countsNear(
  indicators: IndicatorResult[],
  i: number,
  children: Map<string, number[]>,
  pairsOf: (k: number) => Set<string>,
): IndicatorResult[] {
  const rate = indicators[i];
  const named = pairsOf(i);
  const places = new Set<number>(children.get(rate.name));
  for (let k = Math.max(0, i - NEAR); k <= Math.min(indicators.length - 1, i + NEAR); k++)
    if (indicators[k].valueKind === 'count') places.add(k);
  const out: IndicatorResult[] = [];
  for (const k of [...places].sort((a, b) => a - b)) {
    for (const p of pairsOf(k))
      if (named.has(p)) {
        out.push(indicators[k]);
        break;
      }
  }
  return out;
}

/**
 * The table's indicators, each rate period computed from two counts of the table carrying them
 * (`source.shareOf`); a share typed as such (`42/50`) keeps its own. Linear in the table: a rate
 * looks only at its neighbours and its sub-indicators, each name's word pairs are made once.
 */
export function withShares(indicators: IndicatorResult[]): IndicatorResult[] {
  const children = new Map<string, number[]>();
  indicators.forEach((c, k) => {
    if (c.valueKind !== 'count' || c.parent === null) return;
    const list = children.get(c.parent);
    if (list) list.push(k);
    else children.set(c.parent, [k]);
  });
  const pairs = new Map<number, Set<string>>();
  const pairsOf = (k: number) => {
    let got = pairs.get(k);
    if (!got) pairs.set(k, (got = wordPairs(indicators[k].name)));
    return got;
  };
  indicators.forEach((rate, i) => {
    if (!isRate(rate)) return;
    const counts = countsNear(indicators, i, children, pairsOf);
    if (counts.length < 2) return;
    for (const p of rate.periods) {
      if (p.source?.shareOf) continue;
      const pair = pairFor(p, counts);
      if (!pair) continue;
      const shareOf = {
        numerator: countIn(pair.n, p.period)!,
        denominator: countIn(pair.d, p.period)!,
        unit: pair.n.unit,
      };
      p.source = { ...p.source, shareOf };
    }
  });
  return indicators;
}
