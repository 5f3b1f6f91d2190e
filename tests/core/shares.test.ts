/**
 * A rate computed from two count rows of its table (`Tỷ lệ điều tra khám phá án 93,8%` = 121/129
 * vụ): the pairing looks only at the rate's neighbours and sub-indicators and searches the counts
 * by value, so a 100,000-row table costs what 1,000 rows cost per row. The property compares it with
 * the rule written the plain way (every pair of every count row of the table) on small random tables
 * where names, units and counts collide often.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorResult, PeriodFigures, ShareOf } from '../../src/core/indicator';
import { excelRound } from '../../src/core/narrative/format';
import { withShares } from '../../src/core/shares';
import { foldText } from '../../src/core/text';

/** What the pairing reads of an indicator. */
interface Row {
  name: string;
  unit: string;
  parent: string | null;
  valueKind: 'count' | 'rate' | 'amount';
  periods: { period: string; actual: number | string | null; source?: PeriodFigures['source'] }[];
}

const asIndicators = (rows: Row[]) => structuredClone(rows) as unknown as IndicatorResult[];

/** The rule as the domain states it, every count pair of the table tried (quadratic on purpose). */
function referenceShares(table: IndicatorResult[]): IndicatorResult[] {
  const pairsOf = (name: string) => {
    const w = foldText(name)
      .replace(/^(?:ty le|so luong|so)\s+/, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    return w.slice(1).map((x, i) => `${w[i]} ${x}`);
  };
  const count = (ind: IndicatorResult, period: string) => {
    const a = ind.periods.find((x) => x.period === period)?.actual;
    return typeof a === 'number' && Number.isInteger(a) && a >= 0 ? a : null;
  };
  table.forEach((rate, i) => {
    const isRate = rate.valueKind === 'rate' && (rate.unit.trim() === '%' || /^ty le\b/.test(foldText(rate.name)));
    if (!isRate) return;
    const named = pairsOf(rate.name);
    const counts = table.filter(
      (c, k) =>
        c.valueKind === 'count' &&
        (Math.abs(k - i) <= 3 || c.parent === rate.name) &&
        pairsOf(c.name).some((p) => named.includes(p)),
    );
    for (const p of rate.periods) {
      if (p.source?.shareOf || typeof p.actual !== 'number' || counts.length < 2) continue;
      const decimals = Math.min(p.source?.decimals ?? 2, 2);
      const fitting: ShareOf[] = [];
      for (const n of counts)
        for (const d of counts) {
          const [a, b] = [count(n, p.period), count(d, p.period)];
          if (n === d || a === null || b === null || b === 0 || a > b) continue;
          if (foldText(n.unit) !== foldText(d.unit)) continue;
          if (excelRound((a / b) * 100, decimals) === excelRound(p.actual, decimals))
            fitting.push({ numerator: a, denominator: b, unit: n.unit });
        }
      if (fitting.length === 1) p.source = { ...p.source, shareOf: fitting[0] };
    }
  });
  return table;
}

const shares = (table: IndicatorResult[]) => table.map((ind) => ind.periods.map((p) => p.source?.shareOf ?? null));

const NAMES = [
  'Tỷ lệ hộ nghèo',
  'Tỷ lệ hộ nghèo đa chiều',
  'Số hộ nghèo',
  'Tổng số hộ nghèo',
  'Số hộ nghèo đa chiều',
  'Hộ nghèo mới',
  'Tỷ lệ án được khám phá',
  'Số án được khám phá',
  'Số lượng án được khám phá trong năm',
  'Số vụ án xảy ra',
];
const PERIODS = ['2020', '2021'];

const often = <T>(arbitrary: fc.Arbitrary<T>, weight = 6) => ({ arbitrary, weight });
const now = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 1 });

const period = (rate: boolean): fc.Arbitrary<Row['periods'][number]> =>
  fc.record({
    period: fc.constantFrom(PERIODS[0], ...PERIODS),
    actual: rate
      ? fc.oneof(
          often(
            fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 60 })).map(([a, b]) => (a / b) * 100),
          ),
          now(fc.double({ min: 0, max: 100, noNaN: true })),
          now(fc.constant(null)),
        )
      : fc.oneof(
          often(fc.integer({ min: 0, max: 60 }), 12),
          now(fc.constant(2.5)),
          now(fc.constant('—')),
          now(fc.constant(null)),
        ),
    source: fc.oneof(
      often(fc.constant(undefined)),
      now(fc.record({ decimals: fc.integer({ min: 0, max: 3 }) })),
      now(fc.constant({ decimals: 1, shareOf: { numerator: 1, denominator: 2, unit: '' } })),
    ),
  });

const row: fc.Arbitrary<Row> = fc
  .constantFrom<Row['valueKind']>('count', 'count', 'count', 'rate', 'amount')
  .chain((kind) =>
    fc.record({
      name: fc.constantFrom(...NAMES),
      unit: kind === 'rate' ? fc.constantFrom('%', 'Tỷ lệ') : fc.constantFrom('Hộ', 'hộ', 'Hộ', 'Hộ', 'Vụ'),
      parent: fc.option(fc.constantFrom(...NAMES), { nil: null }),
      valueKind: fc.constant(kind),
      periods: fc.array(period(kind === 'rate'), { minLength: 1, maxLength: 2 }),
    }),
  );

/**
 * A table whose rates mostly are the quotient of two of its counts (picked anywhere in the table,
 * so some are too far away, of another unit or period): the plain rule then has pairs to find.
 */
const table: fc.Arbitrary<Row[]> = fc
  .tuple(fc.array(row, { minLength: 3, maxLength: 24 }), fc.infiniteStream(fc.tuple(fc.nat(), fc.nat(), fc.boolean())))
  .map(([rows, picks]) => {
    rows.forEach((r, i) => {
      if (r.valueKind !== 'rate') return;
      for (const p of r.periods) {
        const [x, y, derive] = picks.next().value as [number, number, boolean];
        // Mostly count rows near the rate, sometimes any count row of the table.
        const counts = rows.filter((c, k) => c.valueKind === 'count' && (x % 5 === 0 || Math.abs(k - i) <= 3));
        const [n, d] = [counts[x % (counts.length || 1)], counts[y % (counts.length || 1)]].map(
          (c) => c?.periods.find((q) => q.period === p.period)?.actual,
        );
        if (derive && typeof n === 'number' && typeof d === 'number' && d > 0)
          p.actual = (Math.min(n, d) / Math.max(n, d)) * 100;
      }
    });
    return rows;
  });

describe('a rate is computed from two count rows of its table', () => {
  it('the pairing chosen is the one the plain rule chooses, on any small table', () => {
    let paired = 0;
    fc.assert(
      fc.property(table, (rows) => {
        const expected = shares(referenceShares(asIndicators(rows)));
        expect(shares(withShares(asIndicators(rows)))).toEqual(expected);
        paired += expected.flat().filter((s) => s !== null && s.denominator !== 2).length;
      }),
      { seed: 20, numRuns: 2000 },
    );
    // The tables are shaped so that many rates do find their counts: the property is not vacuous.
    expect(paired).toBeGreaterThan(30);
  });

  it('121 of 129 cases solved is the rate 93,8%, named by the counts beside it', () => {
    const rows: Row[] = [
      {
        name: 'Số vụ phạm pháp hình sự xảy ra',
        unit: 'Vụ',
        parent: null,
        valueKind: 'count',
        periods: [{ period: '2020', actual: 129 }],
      },
      {
        name: 'Số vụ điều tra khám phá',
        unit: 'Vụ',
        parent: null,
        valueKind: 'count',
        periods: [{ period: '2020', actual: 121 }],
      },
      {
        name: 'Tỷ lệ điều tra khám phá án hình sự',
        unit: '%',
        parent: null,
        valueKind: 'rate',
        periods: [{ period: '2020', actual: 93.8, source: { decimals: 1 } }],
      },
    ];
    const out = withShares(asIndicators(rows));
    expect(out[2].periods[0].source?.shareOf).toEqual({ numerator: 121, denominator: 129, unit: 'Vụ' });
    expect(shares(referenceShares(asIndicators(rows)))).toEqual(shares(out));
  });

  it('a rate far from its counts finds them as its own sub-indicators, and two fitting pairs give none', () => {
    const filler: Row[] = Array.from({ length: 10 }, (_, i) => ({
      name: `Thu ngân sách ${i}`,
      unit: 'Triệu đồng',
      parent: null,
      valueKind: 'amount',
      periods: [{ period: '2020', actual: 100 }],
    }));
    const rate: Row = {
      name: 'Tỷ lệ hộ nghèo',
      unit: '%',
      parent: null,
      valueKind: 'rate',
      periods: [{ period: '2020', actual: 25 }],
    };
    const child = (name: string, actual: number): Row => ({
      name,
      unit: 'Hộ',
      parent: 'Tỷ lệ hộ nghèo',
      valueKind: 'count',
      periods: [{ period: '2020', actual }],
    });
    const found = withShares(asIndicators([rate, ...filler, child('Số hộ nghèo', 10), child('Tổng số hộ nghèo', 40)]));
    expect(found[0].periods[0].source?.shareOf).toEqual({ numerator: 10, denominator: 40, unit: 'Hộ' });
    // 10/40 and 5/20 both give 25%: the rate keeps no source rather than a guessed one.
    const ambiguous = withShares(
      asIndicators([
        rate,
        ...filler,
        child('Số hộ nghèo', 10),
        child('Tổng số hộ nghèo', 40),
        child('Số hộ nghèo mới', 5),
        child('Hộ nghèo cũ', 20),
      ]),
    );
    expect(ambiguous[0].periods[0].source?.shareOf).toBeUndefined();
  });
});
