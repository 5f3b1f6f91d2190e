/**
 * Issue 12, item 1: header detection does not depend on merge information. A period or group label
 * followed by blank cells over `KH | TH | %` sub-headers spans them, merged or not, so a workbook
 * read without its merged areas (the add-in on ExcelApi 1.12, or after Excel refused them) gives
 * the same report as with them: on every shared fixture, on held-out shapes, and on generated 1–3-row
 * headers. Where the values alone cannot settle what a merge would have said, the table is marked
 * (`mergeDependent`) so the add-in can warn instead of giving another report in silence.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { worksheetToGrid } from '../../src/workbookFile/exceljsFallback';
import { detectTables, mergeDependentSheets } from '../../src/core/detect/index';
import type { CellValue, Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { headerShapeGrid, termTableThreeRowHeader, withoutMerges, type HeaderShape } from './headerShapes';
import { grid, ind, reportOf } from './helpers';
import { specOf, WARDS } from '../consolidate/district';
import { wardWorkbook } from '../consolidate/wardWorkbooks';
import { bigTermWorkbook, bigWorkbook } from '../excel/helpers';

const FIXTURES = resolve(__dirname, '../fixtures');
const FIXTURE_NAMES = [
  'phuc-dong-2020',
  'duc-giang-2015-2020',
  'so-lieu-dai-2018-2020',
  'thuong-thanh-9-thang-2024-uoc-ca-nam',
  'giang-bien-giua-nhiem-ky-2020-2025',
];

/**
 * The engine's whole result for these grids, read with and without their merged areas: the report
 * or the refusal (the decoded grids the run hands back still carry their merges, or not).
 */
function bothWays(grids: Grid[]) {
  const result = (g: Grid[]) => {
    const run = runReport(g);
    return run.ok ? { ok: true as const, report: run.report } : run;
  };
  return { withMerges: result(grids), without: result(grids.map(withoutMerges)) };
}

describe('the shared fixtures give the same report without their merged areas', () => {
  for (const name of FIXTURE_NAMES) {
    it(`${name}: the same tables, figures, statuses, counts and checks`, async () => {
      const read = await readWorkbook(resolve(FIXTURES, `${name}.xlsx`));
      if (!read.ok) throw new Error(read.message);
      expect(read.grids.some((g) => (g.merges?.length ?? 0) > 0) || name.startsWith('so-lieu-dai')).toBe(true);
      const { withMerges, without } = bothWays(read.grids);
      if (!withMerges.ok) throw new Error(withMerges.message);
      expect(withMerges.report.counts.total).toBeGreaterThan(3);
      expect(without).toEqual(withMerges);
      // Nothing in them is left for a merge to decide: no warning.
      expect(mergeDependentSheets(read.grids.map(withoutMerges))).toEqual([]);
    });
  }

  it('duc-giang-2015-2020: 7 vượt, 0 đạt, 0 chưa đạt, 1 không đánh giá, every year 2015–2019 read', async () => {
    const read = await readWorkbook(resolve(FIXTURES, 'duc-giang-2015-2020.xlsx'));
    if (!read.ok) throw new Error(read.message);
    const r = reportOf(read.grids.map(withoutMerges));
    expect(r.counts).toMatchObject({ total: 8, vuot: 7, dat: 0, chua_dat: 0, khong_danh_gia: 1 });
    expect(ind(r, 'Thu ngân sách').periods.map((p) => [p.period, p.target, p.actual])).toEqual([
      ['2015', 19.46, 25.3],
      ['2016', 16.01, 26.9],
      ['2017', 21.75, 29.8],
      ['2018', 30.7, 30.7],
      ['2019', 25.6, 25.6],
    ]);
  });
});

describe('held-out shapes give the same report without their merged areas', () => {
  const shapes: [string, Grid][] = [
    // The ward workbooks of the consolidation tests that merge cells (the two-row layout).
    ...WARDS.filter((w) => w.layout === 'twoRow').map((w): [string, Grid] => {
      const ws = wardWorkbook(specOf(w)).worksheets[0];
      return [`the ${w.file} ward workbook (Năm Y-1 | Năm Y merged over KH | TH)`, worksheetToGrid(ws)];
    }),
    ['a 5-year term table, per year a merged Năm over KH | TH (the bench)', bigTermWorkbook(120)],
    ['an annual table with a merged title and sections', bigWorkbook(120)],
    [
      'a name merged across 3 columns under a title merged over the header',
      grid(
        [
          ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2020'],
          ['STT', 'Chỉ tiêu', null, null, 'Đơn vị tính', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
          [1, 'Thu ngân sách', null, null, 'Triệu đồng', 10500, 36015],
          [2, 'Kết nạp đảng viên', null, null, 'Đảng viên', 8, 9],
        ],
        {
          merges: [
            { top: 0, left: 0, bottom: 0, right: 6 },
            { top: 1, left: 1, bottom: 1, right: 3 },
            { top: 2, left: 1, bottom: 2, right: 3 },
            { top: 3, left: 1, bottom: 3, right: 3 },
          ],
        },
      ),
    ],
  ];
  for (const [what, g] of shapes) {
    it(`${what}: the same report`, () => {
      expect(g.merges?.length ?? 0).toBeGreaterThan(0);
      const { withMerges, without } = bothWays([g]);
      if (!withMerges.ok) throw new Error(withMerges.message);
      expect(withMerges.report.counts.total).toBeGreaterThan(0);
      expect(without).toEqual(withMerges);
    });
  }
});

describe('a label spans the blank cells over its sub-headers, merged or not', () => {
  const SOURCE: CellValue[][] = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2019', null, null, 'Năm 2020', null, null, 'Ghi chú'],
    [null, null, null, 'KH', 'TH', 'Tỷ lệ %', 'KH', 'TH', 'Tỷ lệ %', null],
    [1, 'Kết nạp đảng viên', 'Đảng viên', 8, 9, 112.5, 8, 11, 137.5, null],
  ];

  it('Năm 2019 over KH | TH | Tỷ lệ % without a merge: all three are 2019; Ghi chú ends Năm 2020', () => {
    const r = reportOf(SOURCE);
    const periods = ind(r, 'Kết nạp đảng viên').periods;
    expect(periods.map((p) => [p.period, p.target, p.actual, p.cells.reportedPct?.col])).toEqual([
      ['2019', 8, 9, 5],
      ['2020', 8, 11, 8],
    ]);
    const [table] = detectTables(grid(SOURCE));
    expect(table.mergeDependent).toBe(false);
  });

  it('the last label, with nothing after it, spans no more than the labels before it', () => {
    // `Tỷ lệ TH/KH cả giai đoạn` on the sub-header row is a column of its own, not a part of 2020.
    const values: CellValue[][] = [
      [null, null, null, 'Năm 2019', null, 'Năm 2020', null, null],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH', 'TH', 'KH', 'TH', 'Tỷ lệ TH/KH cả giai đoạn (%)'],
      [1, 'Kết nạp đảng viên', 'Đảng viên', 8, 9, 8, 11, 125],
    ];
    const merged = grid(values, {
      merges: [
        { top: 0, left: 3, bottom: 0, right: 4 },
        { top: 0, left: 5, bottom: 0, right: 6 },
      ],
    });
    const { withMerges, without } = bothWays([merged]);
    expect(without).toEqual(withMerges);
    // A merge could still have taken `Tỷ lệ` into 2020: the values alone do not settle it; the
    // merges, when read, do.
    expect(mergeDependentSheets([withoutMerges(merged)])).toEqual(['S']);
    expect(mergeDependentSheets([merged])).toEqual([]);
  });

  it('a single period over its sub-headers at the end of the header is in doubt without merges', () => {
    const values: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', null],
      [null, null, null, 'KH', 'TH'],
      [1, 'Thu ngân sách', 'Triệu đồng', 100, 120],
    ];
    expect(ind(reportOf(values), 'Thu ngân sách').periods.map((p) => p.period)).toEqual(['2024']);
    expect(mergeDependentSheets([grid(values)])).toEqual(['S']);
    // With a `Ghi chú` after it, the period's reach is settled.
    const ended = values.map((row, i) => [...row, i === 0 ? 'Ghi chú' : null]);
    expect(mergeDependentSheets([grid(ended)])).toEqual([]);
  });

  it('a blank cell under Chỉ tiêu, STT or ĐVT belongs to the column above; ĐVT does not reach right', () => {
    const values: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', null, null],
      [null, null, null, 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
      [1, 'Thu ngân sách', 'Triệu đồng', 100, 120],
    ];
    const r = reportOf(values);
    expect(ind(r, 'Thu ngân sách')).toMatchObject({ unit: 'Triệu đồng' });
    expect(ind(r, 'Thu ngân sách').periods.map((p) => [p.period, p.target, p.actual])).toEqual([['2020', 100, 120]]);
  });

  it("a sub-indicator's blank unit under its indicator's: in doubt without merges (a unit merged down)", () => {
    const values: CellValue[][] = [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
      [1, 'Số hộ được hỗ trợ', 'Hộ', 100, 120],
      [null, '- Trong đó: hộ nghèo', null, 30, 35],
    ];
    const merged = grid(values, { merges: [{ top: 1, left: 2, bottom: 2, right: 2 }] });
    expect(ind(reportOf(merged), 'hộ nghèo').unit).toBe('Hộ');
    expect(mergeDependentSheets([withoutMerges(merged)])).toEqual(['S']);
    // A top-level indicator without a unit under one with a unit is read as written (giang-bien's
    // `Xếp loại Đảng bộ phường`): no doubt.
    const topLevel = values.map((row, i) => (i === 2 ? [2, 'Xếp loại tổ dân phố', null, 30, 35] : row));
    expect(mergeDependentSheets([grid(topLevel)])).toEqual([]);
  });
});

/** A period or group label's column count per header shape, for the generated tables' periods. */
function periodsPerIndicator(shape: HeaderShape): number {
  return shape.years.length * (shape.rows === 3 && shape.three === 'parts' ? 2 : 1);
}

const shapeArb: fc.Arbitrary<HeaderShape> = fc
  .record({
    rows: fc.constantFrom(1 as const, 2 as const, 3 as const),
    first: fc.integer({ min: 2015, max: 2024 }),
    count: fc.integer({ min: 1, max: 5 }),
    sub: fc.constantFrom<HeaderShape['sub']>(['KH', 'TH'], ['KH', 'TH', '%'], ['TH', 'KH']),
    three: fc.constantFrom<HeaderShape['three']>('parts', 'banner'),
    groupRowAbove: fc.boolean(),
    yearAsNumber: fc.boolean(),
    trailing: fc.constantFrom<HeaderShape['trailing']>([], ['note'], ['pct'], ['pct', 'note']),
    stt: fc.boolean(),
    section: fc.constantFrom<HeaderShape['section']>('none', 'row', 'stt'),
    title: fc.boolean(),
    indicators: fc.integer({ min: 1, max: 7 }),
    seed: fc.integer({ min: 1, max: 100_000 }),
  })
  .map(({ first, count, ...rest }) => ({
    ...rest,
    years: Array.from({ length: count }, (_, i) => first + i),
    // The periods on a row above `Chỉ tiêu` exist in two-row headers only.
    groupRowAbove: rest.groupRowAbove && rest.rows === 2,
  }));

describe('property: generated 1–3-row headers give the same report without their merges', () => {
  it('same tables, figures and periods, merged or not (random periods, KH/TH/% groups, sections)', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const g = headerShapeGrid(shape);
        const { withMerges, without } = bothWays([g]);
        if (!withMerges.ok) throw new Error(`${withMerges.message}\n${JSON.stringify(g.values.slice(0, 6))}`);
        // The generated table is read in full: every indicator with every period.
        const found = withMerges.report.tables.flatMap((t) => t.indicators);
        expect(found.length).toBe(shape.indicators);
        for (const i of found) expect(i.periods.length).toBe(periodsPerIndicator(shape));
        expect(without).toEqual(withMerges);
      }),
      { seed: 12, numRuns: 250 },
    );
  });

  it('a three-row term table (years over 6 tháng | Cả năm over KH | TH | %) reads every period', () => {
    const g = termTableThreeRowHeader();
    const r = reportOf(withoutMerges(g));
    expect(r.tables[0].indicators[0].periods.map((p) => p.period)).toEqual([
      '6 tháng 2021',
      '2021',
      '6 tháng 2022',
      '2022',
      '6 tháng 2023',
      '2023',
    ]);
    expect(mergeDependentSheets([withoutMerges(g)])).toEqual([]);
  });
});
