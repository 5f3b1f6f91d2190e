/** The ranking rule of `rankWards`: met, then vượt, then the mean % as shown; equal keys share a rank. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankWards, type RankKeys } from '../../src/core/consolidate/ranking';

const k = (ward: string, met: number, vuot: number, meanPct: number | null, total = 6): RankKeys => ({
  ward,
  met,
  vuot,
  total,
  meanPct,
});

const ranks = (keys: RankKeys[]) => rankWards(keys).map((e) => `${e.rank}${e.tied ? '=' : ''} ${e.ward}`);

describe('rankWards', () => {
  it('more indicators met (đạt + vượt) ranks first, whatever the other keys', () => {
    expect(ranks([k('phường A', 5, 5, 200), k('phường B', 6, 0, 100)])).toEqual(['1 phường B', '2 phường A']);
  });

  it('on equal met, more vượt ranks first, whatever the mean', () => {
    expect(ranks([k('phường A', 6, 3, 180), k('phường B', 6, 4, 101)])).toEqual(['1 phường B', '2 phường A']);
  });

  it('on equal met and vượt, the higher mean % ranks first', () => {
    expect(ranks([k('phường A', 6, 3, 106.1), k('phường B', 6, 3, 106.3)])).toEqual(['1 phường B', '2 phường A']);
  });

  it('equal keys share a rank (đồng hạng) and the next rank is skipped: 1, 2, 2, 4', () => {
    expect(
      ranks([
        k('phường Thạch Bàn', 6, 3, 106.25),
        k('phường Long Biên', 6, 6, 112),
        k('phường Sài Đồng', 6, 3, 106.25),
        k('phường Giang Biên', 6, 3, 102.75),
      ]),
    ).toEqual(['1 phường Long Biên', '2= phường Sài Đồng', '2= phường Thạch Bàn', '4 phường Giang Biên']);
  });

  it('means are compared as shown (one decimal, Excel rounding): 101,04 and 100,96 tie at 101%', () => {
    expect(ranks([k('phường B', 5, 2, 101.04), k('phường A', 5, 2, 100.96)])).toEqual(['1= phường A', '1= phường B']);
    expect(ranks([k('phường B', 5, 2, 101.05), k('phường A', 5, 2, 101.04)])).toEqual(['1 phường B', '2 phường A']);
  });

  it('tied wards are listed in Vietnamese alphabetical order (Đ after D, before G), not input order', () => {
    expect(
      ranks([
        k('phường Gia Thụy', 4, 2, 100),
        k('phường Đức Giang', 4, 2, 100),
        k('phường Dịch Vọng', 4, 2, 100),
        k('phường Cự Khối', 4, 2, 100),
      ]),
    ).toEqual(['1= phường Cự Khối', '1= phường Dịch Vọng', '1= phường Đức Giang', '1= phường Gia Thụy']);
  });

  it('wards without a mean (no shared indicator) tie on the third key', () => {
    expect(ranks([k('phường B', 3, 1, null), k('phường A', 3, 1, null)])).toEqual(['1= phường A', '1= phường B']);
  });

  const keyArb = fc.record({
    met: fc.integer({ min: 0, max: 4 }),
    vuot: fc.integer({ min: 0, max: 2 }),
    meanPct: fc.option(fc.constantFrom(95, 100, 100.04, 110.5), { nil: null }),
  });
  const wardsArb = fc
    .array(keyArb, { minLength: 1, maxLength: 12 })
    .map((rows) => rows.map((r, i) => k(`phường ${String.fromCharCode(65 + i)}`, r.met, r.vuot, r.meanPct)));

  it('property: a rank is 1 + the number of wards strictly better, whatever the input order', () => {
    fc.assert(
      fc.property(wardsArb, fc.func(fc.integer()), (wards, shuffleKey) => {
        const shuffled = [...wards].sort((a, b) => shuffleKey(a.ward) - shuffleKey(b.ward));
        const a = rankWards(wards);
        const b = rankWards(shuffled);
        expect(b).toEqual(a);
        const better = (x: RankKeys, y: RankKeys) =>
          x.met > y.met ||
          (x.met === y.met && x.vuot > y.vuot) ||
          (x.met === y.met &&
            x.vuot === y.vuot &&
            Math.round((x.meanPct ?? -1e9) * 10) > Math.round((y.meanPct ?? -1e9) * 10));
        for (const e of a) {
          const self = wards.find((w) => w.ward === e.ward)!;
          expect(e.rank).toBe(1 + wards.filter((w) => better(w, self)).length);
          expect(e.tied).toBe(a.some((o) => o.ward !== e.ward && o.rank === e.rank));
        }
      }),
    );
  });
});
