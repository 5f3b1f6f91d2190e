/**
 * A rate of a table computed from two of its counts (issue 11 rule 4, "a ratio keeps its source"):
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

function namesTheSame(rate: Set<string>, count: string): boolean {
  for (const p of wordPairs(count)) if (rate.has(p)) return true;
  return false;
}

function countIn(ind: IndicatorResult, period: string): number | null {
  const p = ind.periods.find((x) => x.period === period);
  const a = p?.actual;
  return typeof a === 'number' && Number.isInteger(a) && a >= 0 ? a : null;
}

function isRate(ind: IndicatorResult): boolean {
  return ind.valueKind === 'rate' && (ind.unit.trim() === '%' || /^ty le\b/.test(foldText(ind.name)));
}

/** The one pair of counts whose quotient is the period's rate, or null. */
function pairFor(p: PeriodFigures, counts: IndicatorResult[]): { n: IndicatorResult; d: IndicatorResult } | null {
  if (typeof p.actual !== 'number') return null;
  const decimals = Math.min(p.source?.decimals ?? DECIMALS.rate, DECIMALS.rate);
  const shown = excelRound(p.actual, decimals);
  let found: { n: IndicatorResult; d: IndicatorResult } | null = null;
  for (const n of counts)
    for (const d of counts) {
      const a = countIn(n, p.period);
      const b = countIn(d, p.period);
      if (n === d || a === null || b === null || b === 0 || a > b || foldText(n.unit) !== foldText(d.unit)) continue;
      if (excelRound((a / b) * 100, decimals) !== shown) continue;
      if (found) return null;
      found = { n, d };
    }
  return found;
}

/**
 * The table's indicators, each rate period computed from two counts of the table carrying them
 * (`source.shareOf`); a share typed as such (`42/50`) keeps its own.
 */
export function withShares(indicators: IndicatorResult[]): IndicatorResult[] {
  indicators.forEach((rate, i) => {
    if (!isRate(rate)) return;
    const named = wordPairs(rate.name);
    const counts = indicators.filter(
      (c, k) =>
        c.valueKind === 'count' && (Math.abs(k - i) <= NEAR || c.parent === rate.name) && namesTheSame(named, c.name),
    );
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
