/**
 * A term assembled from yearly reports gives what the single term table gives: every term fixture
 * split into yearly tables (files, or sheets named by their year), lined up again, must give the
 * same figures and the same sentences; names are matched through the dictionary, a name nothing
 * matches is listed and kept, money in another unit is converted.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fixtureGrids } from '../excel/helpers';
import { runReport } from '../../src/core/index';
import type { CellValue, Grid } from '../../src/core/grid';
import type { Report } from '../../src/core/indicator';
import { assembleTerm, type YearlySource } from '../../src/core/term/assemble';
import { canonicalKey, DICTIONARY } from '../../src/core/dictionary';
import { figuresOf, splitTerm, type SplitOptions } from './split';

function reportOfGrids(grids: Grid[]): Report {
  const r = runReport(grids);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

function assembled(sources: YearlySource[]) {
  const a = assembleTerm(sources);
  if (!a.ok) throw new Error(a.reason);
  return a;
}

const TERM_FIXTURES: { name: string; head: CellValue[][]; termHeader: string | null }[] = [
  {
    name: 'duc-giang-2015-2020',
    head: [['ĐẢNG ỦY PHƯỜNG ĐỨC GIANG']],
    termHeader: 'Chỉ tiêu NQ Đại hội nhiệm kỳ 2015-2020',
  },
  {
    name: 'giang-bien-giua-nhiem-ky-2020-2025',
    head: [
      ['ĐẢNG BỘ QUẬN LONG BIÊN', null, null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['ĐẢNG ỦY PHƯỜNG GIANG BIÊN'],
      ['*', null, null, null, null, 'Giang Biên, ngày 15 tháng 7 năm 2024'],
    ],
    termHeader: 'Chỉ tiêu Nghị quyết nhiệm kỳ 2020-2025',
  },
  { name: 'so-lieu-dai-2018-2020', head: [], termHeader: null },
];

describe('a term fixture split into yearly tables and assembled again', () => {
  const shapes: { label: string; split: Pick<SplitOptions, 'termIn' | 'yearIn'>; asSheets: boolean }[] = [
    {
      label: 'one file a year, the term target in the last year',
      split: { termIn: 'last', yearIn: 'header' },
      asSheets: false,
    },
    {
      label: 'one file a year, the term target in the first year',
      split: { termIn: 'first', yearIn: 'header' },
      asSheets: false,
    },
    {
      label: 'one sheet a year named by its year, headers without a year',
      split: { termIn: 'last', yearIn: 'sheet' },
      asSheets: true,
    },
  ];
  for (const f of TERM_FIXTURES)
    for (const shape of shapes)
      test(`${f.name}: ${shape.label} gives the same figures and sentences`, async () => {
        const single = reportOfGrids(await fixtureGrids(f.name));
        expect(single.tables[0].term).toBe(true);
        const years = splitTerm(single, { head: f.head, termHeader: f.termHeader, ...shape.split });
        expect(years.length).toBeGreaterThanOrEqual(3);
        // Each yearly table on its own is no term table: the term exists only once they are lined up.
        if (shape.split.termIn === 'last') expect(reportOfGrids([years[0]]).tables[0].term).toBe(false);
        const sources = shape.asSheets
          ? years.map((g) => ({ name: g.sheet, grids: [g] }))
          : years.map((g, i) => ({ name: `${2000 + i}-bao-cao.xlsx`, grids: [g] }));
        const a = assembled(sources);
        expect(a.notices).toEqual([]);
        const back = reportOfGrids([a.grid]);
        expect(figuresOf(back)).toEqual(figuresOf(single));
        expect(back.counts).toEqual(single.counts);
        expect(back.narrative).toEqual(single.narrative);
      });
});

/** A yearly table: `[name, unit, target, actual]` rows under the unit's line and a title. */
function yearGrid(year: number, rows: [string, string, CellValue, CellValue][], extraHeader: CellValue[] = []): Grid {
  return {
    sheet: `Năm ${year}`,
    values: [
      ['UBND PHƯỜNG PHÚC ĐỒNG'],
      [`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM ${year}`],
      [],
      ['STT', 'Chỉ tiêu', 'ĐVT', `Kế hoạch năm ${year}`, `Thực hiện năm ${year}`, ...extraHeader],
      ...rows.map((r, i) => [i + 1, ...r]),
    ],
  };
}

describe('lining up the years', () => {
  test('a dictionary synonym lines up: "Thu ngân sách nhà nước trên địa bàn" one year, "Thu NSNN" the next', () => {
    const a = assembled([
      {
        name: '2021.xlsx',
        grids: [yearGrid(2021, [['Thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', 1000, 1100]])],
      },
      { name: '2022.xlsx', grids: [yearGrid(2022, [['Thu NSNN', 'Triệu đồng', 1200, 1250]])] },
      { name: '2023.xlsx', grids: [yearGrid(2023, [['Thu ngân sách', 'Triệu đồng', 1300, 1400]])] },
    ]);
    expect(a.unmatched).toEqual([]);
    const r = reportOfGrids([a.grid]);
    expect(r.tables[0].term).toBe(true);
    expect(r.tables[0].indicators).toHaveLength(1);
    const i = r.tables[0].indicators[0];
    expect(i.name).toBe('Thu ngân sách');
    expect(i.periods.map((p) => [p.period, p.target, p.actual])).toEqual([
      ['2021', 1000, 1100],
      ['2022', 1200, 1250],
      ['2023', 1300, 1400],
    ]);
    // 3,750 over 3,500 planned in three years, by hand.
    expect(i.term?.total).toBe(3750);
  });

  test('a name no other year has is kept as its own row and listed, never dropped', () => {
    const a = assembled([
      {
        name: '2021.xlsx',
        grids: [
          yearGrid(2021, [
            ['Kết nạp đảng viên', 'Đảng viên', 10, 12],
            ['Số lớp bồi dưỡng chính trị', 'Lớp', 4, 5],
          ]),
        ],
      },
      { name: '2022.xlsx', grids: [yearGrid(2022, [['Kết nạp đảng viên mới', 'Đảng viên', 10, 9]])] },
      { name: '2023.xlsx', grids: [yearGrid(2023, [['Kết nạp đảng viên', 'Đảng viên', 10, 11]])] },
    ]);
    expect(a.unmatched).toEqual([{ name: 'Số lớp bồi dưỡng chính trị', periods: ['2021'] }]);
    expect(a.notices.join(' ')).toContain('"Số lớp bồi dưỡng chính trị" (2021)');
    const r = reportOfGrids([a.grid]);
    const names = r.tables[0].indicators.map((i) => i.name);
    expect(names).toEqual(['Kết nạp đảng viên', 'Số lớp bồi dưỡng chính trị']);
    expect(r.tables[0].indicators[0].term?.total).toBe(32);
  });

  test('money kept in Tỷ đồng one year and Triệu đồng the next is converted to the latest unit', () => {
    const a = assembled([
      { name: '2021.xlsx', grids: [yearGrid(2021, [['Thu ngân sách', 'Tỷ đồng', 20, 25.3]])] },
      { name: '2022.xlsx', grids: [yearGrid(2022, [['Thu ngân sách', 'Triệu đồng', 21000, 26900]])] },
      { name: '2023.xlsx', grids: [yearGrid(2023, [['Thu ngân sách', 'Triệu đồng', 22000, 29800]])] },
    ]);
    const i = reportOfGrids([a.grid]).tables[0].indicators[0];
    expect(i.unit).toBe('Triệu đồng');
    expect(i.periods.map((p) => [p.target, p.actual])).toEqual([
      [20000, 25300],
      [21000, 26900],
      [22000, 29800],
    ]);
  });

  test('the files in any order; a year reported twice takes the later report and says where they differ', () => {
    const y2022 = yearGrid(2022, [['Tỷ lệ hộ nghèo', '%', 2, 1.8]]);
    // The 2023 report repeats 2022's actual as cùng kỳ and corrects it: a column of its own here.
    const y2023: Grid = {
      sheet: 'Năm 2023',
      values: [
        ['UBND PHƯỜNG PHÚC ĐỒNG'],
        [],
        [
          'STT',
          'Chỉ tiêu',
          'ĐVT',
          'Kế hoạch năm 2022',
          'Thực hiện năm 2022',
          'Kế hoạch năm 2023',
          'Thực hiện năm 2023',
        ],
        [1, 'Tỷ lệ hộ nghèo', '%', 2, 1.7, 1.5, 1.4],
      ],
    };
    const y2021 = yearGrid(2021, [['Tỷ lệ hộ nghèo', '%', 2.5, 2.3]]);
    const a = assembled([
      { name: '2023.xlsx', grids: [y2023] },
      { name: '2021.xlsx', grids: [y2021] },
      { name: '2022.xlsx', grids: [y2022] },
    ]);
    expect(a.periods).toEqual(['2021', '2022', '2023']);
    expect(a.notices).toEqual([
      'Số thực hiện 2022 của chỉ tiêu "Tỷ lệ hộ nghèo" khác nhau giữa 2022.xlsx (1,8) và 2023.xlsx (1,7): lấy theo 2023.xlsx.',
    ]);
    const i = reportOfGrids([a.grid]).tables[0].indicators[0];
    expect(i.periods.map((p) => p.actual)).toEqual([2.3, 1.7, 1.4]);
  });

  test('a 9-month report and the full year of the same year: the full year is kept', () => {
    const nine: Grid = {
      sheet: '9 tháng 2023',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2023', 'Thực hiện 9 tháng năm 2023'],
        [1, 'Giải quyết việc làm', 'Người', 500, 380],
      ],
    };
    const a = assembled([
      { name: '2021', grids: [yearGrid(2021, [['Giải quyết việc làm', 'Người', 500, 520]])] },
      { name: '2022', grids: [yearGrid(2022, [['Giải quyết việc làm', 'Người', 500, 480]])] },
      { name: '9 tháng 2023', grids: [nine] },
      { name: '2023', grids: [yearGrid(2023, [['Giải quyết việc làm', 'Người', 500, 545]])] },
    ]);
    expect(a.periods).toEqual(['2021', '2022', '2023']);
    expect(reportOfGrids([a.grid]).tables[0].indicators[0].term?.total).toBe(1545);
  });

  test('one year alone is no term', () => {
    const a = assembleTerm([{ name: '2021', grids: [yearGrid(2021, [['Giải quyết việc làm', 'Người', 500, 520]])] }]);
    expect(a).toEqual({ ok: false, reason: 'one-period' });
    expect(assembleTerm([{ name: 'x', grids: [{ sheet: 'S', values: [['Ghi chú']] }] }])).toEqual({
      ok: false,
      reason: 'no-table',
    });
  });
});

/** Dictionary entries whose variants all come back to the entry (the synonyms a ward may write). */
const SYNONYMS = DICTIONARY.map((e) => ({
  entry: e,
  names: e.names.filter((n) => canonicalKey(n) === e.key && !/\d/.test(n) && n !== n.toUpperCase()),
})).filter(
  (s) => s.names.length >= 2 && (s.entry.kind === 'count' || s.entry.kind === 'amount' || s.entry.kind === 'rate'),
);

interface GenIndicator {
  synonym: number;
  /** The variant each year's table uses. */
  variant: number[];
  target: number[];
  actual: number[];
  /** The years the indicator is reported in. */
  present: boolean[];
  termTarget: number;
}

const YEARS = [2021, 2022, 2023, 2024, 2025];

const genTerm = fc
  .record({
    years: fc.subarray(YEARS, { minLength: 3 }),
    indicators: fc.uniqueArray(
      fc.record({
        synonym: fc.nat(SYNONYMS.length - 1),
        variant: fc.array(fc.nat(5), { minLength: 5, maxLength: 5 }),
        target: fc.array(fc.integer({ min: 50, max: 95 }), { minLength: 5, maxLength: 5 }),
        actual: fc.array(fc.integer({ min: 40, max: 99 }), { minLength: 5, maxLength: 5 }),
        present: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        termTarget: fc.integer({ min: 60, max: 90 }),
      }),
      { minLength: 2, maxLength: 6, selector: (i) => SYNONYMS[i.synonym].entry.key },
    ),
    shuffle: fc.array(fc.nat(1000), { minLength: 5, maxLength: 5 }),
  })
  .filter((t) => t.indicators.every((i) => t.years.some((_, k) => i.present[k])));

function nameIn(i: GenIndicator, k: number): string {
  const names = SYNONYMS[i.synonym].names;
  return names[i.variant[k] % names.length];
}

function unitOf(i: GenIndicator): string {
  const e = SYNONYMS[i.synonym].entry;
  return e.kind === 'rate' ? '%' : e.unit || 'Lượt';
}

/**
 * The reference: the single term table an officer would have typed, rows in the rule's order —
 * the latest year's rows in its order, a row it lacks right after the one it follows in the latest
 * year that has it — each named as the latest year that has it names it.
 */
function referenceGrid(t: { years: number[]; indicators: GenIndicator[] }, orders: number[][]): Grid {
  const last = t.years.length - 1;
  const order: number[] = [];
  for (let k = last; k >= 0; k--) {
    let after = -1;
    for (const i of orders[k].filter((n) => t.indicators[n].present[k])) {
      if (order.includes(i)) after = order.indexOf(i);
      else order.splice(++after, 0, i);
    }
  }
  const header: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu Nghị quyết nhiệm kỳ 2020 - 2025'];
  for (const y of t.years) header.push(`Kế hoạch năm ${y}`, `Thực hiện năm ${y}`);
  const rows = order.map((index, n) => {
    const i = t.indicators[index];
    const named = t.years
      .map((_, k) => k)
      .filter((k) => i.present[k])
      .at(-1)!;
    const row: CellValue[] = [n + 1, nameIn(i, named), unitOf(i), i.present[last] ? i.termTarget : null];
    t.years.forEach((_, k) => row.push(i.present[k] ? i.target[k] : null, i.present[k] ? i.actual[k] : null));
    return row;
  });
  return {
    sheet: 'Nhiệm kỳ',
    values: [['UBND PHƯỜNG PHÚC ĐỒNG'], ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ 2020 - 2025'], [], header, ...rows],
  };
}

function yearlyGrids(t: { years: number[]; indicators: GenIndicator[] }, orders: number[][]): Grid[] {
  return t.years.map((year, k) => {
    const last = k === t.years.length - 1;
    const rows = orders[k]
      .filter((i) => t.indicators[i].present[k])
      .map((index, n) => {
        const i = t.indicators[index];
        const row: CellValue[] = [n + 1, nameIn(i, k), unitOf(i), i.target[k], i.actual[k]];
        if (last) row.push(i.termTarget);
        return row;
      });
    const header: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', `Kế hoạch năm ${year}`, `Thực hiện năm ${year}`];
    if (last) header.push('Chỉ tiêu Nghị quyết nhiệm kỳ 2020 - 2025');
    return { sheet: `Năm ${year}`, values: [['UBND PHƯỜNG PHÚC ĐỒNG'], [`BÁO CÁO NĂM ${year}`], [], header, ...rows] };
  });
}

/** A permutation of 0..n-1 from a seed (Fisher–Yates on a small linear congruential sequence). */
function permutation(n: number, seed: number): number[] {
  const p = [...Array(n).keys()];
  let s = seed + 1;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

test('property: a generated term, its indicators shuffled, renamed by synonyms and missing some years, assembles to the term table', () => {
  fc.assert(
    fc.property(genTerm, (gen) => {
      const t = {
        years: gen.years,
        indicators: gen.indicators.map((i) => ({ ...i, present: gen.years.map((_, k) => i.present[k]) })),
      };
      // Every year has at least one row, and the latest year names the term.
      fc.pre(t.years.every((_, k) => t.indicators.some((i) => i.present[k])));
      const orders = t.years.map((_, k) => permutation(t.indicators.length, gen.shuffle[k]));
      const a = assembled(yearlyGrids(t, orders).map((g) => ({ name: g.sheet, grids: [g] })));
      const expected = reportOfGrids([referenceGrid(t, orders)]);
      const got = reportOfGrids([a.grid]);
      expect(got.tables[0].term).toBe(true);
      expect(figuresOf(got)).toEqual(figuresOf(expected));
      expect(got.narrative).toEqual(expected.narrative);
      // A row only one year has matches nothing: it is listed, never dropped.
      const single = t.indicators.filter((i) => i.present.filter(Boolean).length === 1).length;
      expect(a.unmatched).toHaveLength(single);
    }),
    { seed: 26, numRuns: 60 },
  );
});

test('sections and sub-indicators keep their place: a sub-indicator stays under its parent, a section over its rows', () => {
  const year = (y: number, rows: CellValue[][]): YearlySource => ({
    name: `${y}.xlsx`,
    grids: [
      {
        sheet: `Năm ${y}`,
        values: [['STT', 'Chỉ tiêu', 'ĐVT', `Kế hoạch năm ${y}`, `Thực hiện năm ${y}`], ...rows],
      },
    ],
  });
  const rows = (k: number): CellValue[][] => [
    ['I', 'KINH TẾ - NGÂN SÁCH'],
    [1, 'Thu ngân sách', 'Triệu đồng', 1000, 1100 + k],
    ['-', 'Trong đó: thu thuế', 'Triệu đồng', 600, 650 + k],
    ['II', 'XÂY DỰNG ĐẢNG'],
    [2, 'Kết nạp đảng viên mới', 'Đảng viên', 10, 11 + k],
  ];
  const a = assembled([year(2021, rows(0)), year(2022, rows(1)), year(2023, rows(2))]);
  const r = reportOfGrids([a.grid]);
  expect(r.tables[0].term).toBe(true);
  expect(r.tables[0].indicators.map((i) => [i.name, i.parent, i.section])).toEqual([
    ['Thu ngân sách', null, 'KINH TẾ - NGÂN SÁCH'],
    ['thu thuế', 'Thu ngân sách', 'KINH TẾ - NGÂN SÁCH'],
    ['Kết nạp đảng viên mới', null, 'XÂY DỰNG ĐẢNG'],
  ]);
  // 650 + 651 + 652, by hand.
  expect(r.tables[0].indicators[1].term?.total).toBe(1953);
  expect(r.counts.total).toBe(2);
});

test('the span given when no file names it makes a term in progress (3 of 5 years); a span a file names wins', () => {
  const year = (y: number, title: string): YearlySource => ({
    name: `${y}.xlsx`,
    grids: [
      {
        sheet: 'S',
        values: [
          [title],
          [],
          ['STT', 'Chỉ tiêu', 'ĐVT', `Kế hoạch năm ${y}`, `Thực hiện năm ${y}`],
          [1, 'Giải quyết việc làm', 'Người', 500, 520],
        ],
      },
    ],
  });
  const plain = [2021, 2022, 2023].map((y) => year(y, `BÁO CÁO NĂM ${y}`));
  const given = assembleTerm(plain, { span: { from: 2020, to: 2025, word: 'nhiem ky' } });
  if (!given.ok) throw new Error(given.reason);
  expect(reportOfGrids([given.grid]).tables[0].termProgress).toEqual({
    elapsedYears: 3,
    termYears: 5,
    span: '2020 - 2025',
  });
  // Without a span the three years are the whole term: finished.
  const none = assembled(plain);
  expect(reportOfGrids([none.grid]).tables[0].termProgress).toBeNull();
  // A title naming the term (`giai đoạn 2021 - 2026`, six years) wins over the span given.
  const titled = [...plain.slice(0, 2), year(2023, 'KẾT QUẢ CÁC CHỈ TIÊU GIAI ĐOẠN 2021 - 2026')];
  const t = assembleTerm(titled, { span: { from: 2020, to: 2025, word: 'nhiem ky' } });
  if (!t.ok) throw new Error(t.reason);
  expect(reportOfGrids([t.grid]).tables[0].termProgress).toMatchObject({ elapsedYears: 3, termYears: 6 });
});
