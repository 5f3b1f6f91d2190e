/**
 * Vietnamese sentences: golden sentences for the shared fixtures (written and reviewed by hand for
 * grammar), shape tests for each indicator kind, and properties over random tables: every number in
 * a sentence is shown by the sheet with the same rounding, "vượt" never describes a not-met
 * indicator, and lower-is-better indicators never read "tăng … vượt".
 */
import fc from 'fast-check';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import type { IndicatorResult, Report } from '../../src/core/indicator';
import { defaultNarrativeSettings, indicatorSentence, narrate } from '../../src/core/narrative';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { commonTargets, NAMES, UNITS, valueArb } from './arbitraries';
import {
  numbersIn,
  sentenceNumbers,
  sheetNumbers,
  shownFigures,
  shows,
  viNumber,
  writtenDecimals,
} from './sheetNumbers';

const fixtures = resolve(__dirname, '../fixtures');

async function fixtureReport(name: string, unitName: string): Promise<{ report: Report; grids: Grid[] }> {
  const read = await readWorkbook(resolve(fixtures, `${name}.xlsx`));
  if (!read.ok) throw new Error(read.message);
  const run = runReport(read.grids, { unitName });
  if (!run.ok) throw new Error(run.message);
  return { report: run.report, grids: read.grids };
}

function reportOf(values: Grid['values'], settings = {}): Report {
  const run = runReport([{ sheet: 'S', values }], settings);
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

function onlySentence(values: Grid['values'], settings = {}): string {
  const report = reportOf(values, settings);
  return indicatorSentence(report.tables[0].indicators[0], { ...defaultNarrativeSettings, ...settings })!;
}

describe('golden sentences of the shared fixtures', () => {
  it('phuc-dong-2020: the annual report reads like the seed report', async () => {
    const { report } = await fixtureReport('phuc-dong-2020', 'phường Phúc Đồng');
    expect(report.narrative).toEqual([
      'Năm 2020 phường Phúc Đồng được quận giao 12 chỉ tiêu, kết quả 12/12 chỉ tiêu đều đạt và vượt (07 vượt, 05 đạt), trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.',
      'Thu ngân sách đạt 36.015 triệu đồng, bằng 343% kế hoạch, tăng 19,6% so với cùng kỳ.',
      'Chi ngân sách đạt 18.200 triệu đồng, hoàn thành 100% chỉ tiêu, tăng 4,9% so với cùng kỳ.',
      'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa là 91,69%, vượt 3,69 điểm phần trăm so với chỉ tiêu (88%), tăng 0,89 điểm phần trăm so với cùng kỳ.',
      'Có 08 tổ dân phố đạt danh hiệu Tổ dân phố văn hóa, hoàn thành 100% chỉ tiêu, tăng 01 tổ dân phố so với cùng kỳ.',
      'Có 08 hộ thoát nghèo, hoàn thành 100% chỉ tiêu, tăng 02 hộ so với cùng kỳ.',
      'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn 4,9%, đạt chỉ tiêu (dưới 5,5%).',
      'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,1%, vượt 2,1 điểm phần trăm so với chỉ tiêu (90%), tăng 0,8 điểm phần trăm so với cùng kỳ.',
      'Giao quân được 12 người, hoàn thành 100% chỉ tiêu, giảm 02 người so với cùng kỳ.',
      'Tỷ lệ điều tra khám phá án hình sự đạt 85,2%, vượt 10,2 điểm phần trăm so với chỉ tiêu (75%), tăng 5,1 điểm phần trăm so với cùng kỳ.',
      'Kết nạp được 11 đảng viên mới, bằng 137,5% kế hoạch, tăng 02 đảng viên so với cùng kỳ.',
      'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên là 91,8%, vượt 9,8 điểm phần trăm so với chỉ tiêu (82%), tăng 1,6 điểm phần trăm so với cùng kỳ.',
      'Không có chi bộ không hoàn thành nhiệm vụ, đạt chỉ tiêu.',
    ]);
  });

  it('duc-giang-2015-2020: term averages, totals, cumulative rate and the year-by-year list', async () => {
    const { report } = await fixtureReport('duc-giang-2015-2020', 'phường Đức Giang');
    const n = report.narrative;
    expect(n[0]).toBe(
      'Nhiệm kỳ 2015 - 2020, phường Đức Giang thực hiện 05 chỉ tiêu Nghị quyết Đại hội đề ra, kết quả hoàn thành vượt mức 05 chỉ tiêu.',
    );
    expect(n.find((x) => x.startsWith('Chi ngân sách'))).toMatch(
      /tăng bình quân [\d,]+%\/năm \(Nghị quyết không đề ra mức cụ thể, chỉ theo dõi kết quả thực hiện\)\. Cụ thể:/,
    );
    expect(n).toContain(
      'Thu ngân sách bình quân hàng năm đạt 27,66 tỷ đồng, vượt 17,7% so với chỉ tiêu Nghị quyết Đại hội đề ra (23,5 tỷ đồng). Cụ thể: năm 2015 thu 25,3 tỷ đồng, đạt 130% kế hoạch; năm 2016 thu 26,9 tỷ đồng, đạt 168% kế hoạch; năm 2017 thu 29,8 tỷ đồng, đạt 137% kế hoạch; năm 2018 thu cao nhất 30,7 tỷ đồng, đạt 100% kế hoạch; năm 2019 thu 25,6 tỷ đồng, đạt 100% kế hoạch.',
    );
    expect(n).toContain(
      'Từ năm 2015 đến năm 2019, có 696/333 hồ sơ cấp giấy chứng nhận quyền sử dụng đất, bằng 209% kế hoạch. Cụ thể: năm 2015 đạt 121/100 hồ sơ, bằng 121% kế hoạch; năm 2016 đạt 125/47 hồ sơ, bằng 266% kế hoạch; năm 2017 đạt 157/26 hồ sơ, bằng 603,8% kế hoạch; năm 2018 đạt 33/20 hồ sơ, bằng 165% kế hoạch; năm 2019 đạt cao nhất 260/140 hồ sơ, bằng 185,7% kế hoạch.',
    );
    expect(n).toContain(
      'Số hộ nghèo giảm từ 60 hộ (năm 2015) xuống còn 14 hộ (năm 2019), bình quân giảm 30,5%/năm; năm 2016 là 56 hộ, cao hơn chỉ tiêu (55 hộ), các năm còn lại đều đạt chỉ tiêu.',
    );
    expect(n).toContain(
      'Chi ngân sách bình quân hàng năm đạt 14,39 tỷ đồng, tổng 5 năm 71 tỷ 952 triệu đồng, tăng bình quân 4,2%/năm (Nghị quyết không đề ra mức cụ thể, chỉ theo dõi kết quả thực hiện). Cụ thể: năm 2015 chi 13,1 tỷ đồng; năm 2016 chi 13,9 tỷ đồng; năm 2017 chi 14,3 tỷ đồng; năm 2018 chi 15,2 tỷ đồng; năm 2019 chi cao nhất 15 tỷ 452 triệu đồng.',
    );
    expect(n.find((s) => s.startsWith('Trong 5 năm'))).toMatch(
      /^Trong 5 năm, kết nạp được 71 đảng viên, bằng 129,1% chỉ tiêu Nghị quyết Đại hội đề ra \(55 đảng viên\)\./,
    );
  });

  it('so-lieu-dai-2018-2020: a long table reads as a run of years', async () => {
    const { report } = await fixtureReport('so-lieu-dai-2018-2020', 'phường Phúc Đồng');
    expect(report.narrative).toContain(
      'Từ năm 2018 đến năm 2020, thu ngân sách đạt 78.635 triệu đồng, bằng 268,4% tổng kế hoạch. Cụ thể: năm 2018 thu 12.500 triệu đồng, đạt 138,9% kế hoạch; năm 2019 thu 30.120 triệu đồng, đạt 307,3% kế hoạch; năm 2020 thu cao nhất 36.015 triệu đồng, đạt 343% kế hoạch.',
    );
    expect(report.narrative).toContain(
      'Số vụ phạm pháp hình sự giảm từ 27 vụ (năm 2018) xuống còn 22 vụ (năm 2020), bình quân giảm 9,7%/năm; năm 2019 là 29 vụ, cao hơn chỉ tiêu (28 vụ), các năm còn lại đều đạt chỉ tiêu.',
    );
  });
});

describe('sentence shapes by indicator kind', () => {
  const H = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Cùng kỳ'];
  it('a not-met count says "chưa đạt" and never "vượt"', () => {
    const s = onlySentence([H, [1, 'Kết nạp đảng viên mới', 'Đồng chí', 20, 12, 15]]);
    expect(s).toBe(
      'Kết nạp đảng viên mới được 12 đồng chí, bằng 60% kế hoạch, giảm 03 đồng chí so với cùng kỳ, chưa đạt kế hoạch.',
    );
  });
  it('a lower-is-better count below its target reads "giảm còn … thấp hơn chỉ tiêu"', () => {
    expect(onlySentence([H, [1, 'Số hộ nghèo', 'Hộ', 20, 14, 27]])).toBe(
      'Số hộ nghèo giảm còn 14 hộ, thấp hơn chỉ tiêu (20 hộ).',
    );
  });
  it('a lower-is-better count above its target is "cao hơn chỉ tiêu", "chưa đạt" after the change, and keeps "tăng" apart from any "vượt"', () => {
    const s = onlySentence([H, [1, 'Số vụ phạm pháp hình sự', 'Vụ', 28, 29, 27]]);
    expect(s).toBe(
      'Số vụ phạm pháp hình sự là 29 vụ, cao hơn chỉ tiêu (28 vụ), tăng 7,4% so với cùng kỳ, chưa đạt chỉ tiêu.',
    );
    expect(s).not.toMatch(/vượt/);
  });
  it('a rate gap in the traditional "%" phrasing when the setting asks for it', () => {
    const s = onlySentence([H, [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 91.69, null]], { rateGap: 'percent' });
    expect(s).toBe('Tỷ lệ hộ gia đình văn hóa đạt 91,69%, vượt 3,69% so với chỉ tiêu (88%).');
  });
  it('growth from 200% up reads "tăng gấp N lần"', () => {
    const s = onlySentence([H, [1, 'Thu phí', 'Triệu đồng', 100, 340, 100]]);
    expect(s).toBe('Thu phí đạt 340 triệu đồng, bằng 340% kế hoạch, tăng gấp 3,4 lần so với cùng kỳ.');
  });
  it('counts below 10 lose their leading zero when the setting is off', () => {
    const s = onlySentence([H, [1, 'Số hộ thoát nghèo', 'Hộ', 8, 8, null]], { leadingZero: false });
    expect(s).toBe('Có 8 hộ thoát nghèo, hoàn thành 100% chỉ tiêu.');
  });
  it('a zero target met reads "Không có …, đạt chỉ tiêu"', () => {
    expect(onlySentence([H, [1, 'Chi bộ không hoàn thành nhiệm vụ', 'Chi bộ', 'Không có', 0, null]])).toBe(
      'Không có chi bộ không hoàn thành nhiệm vụ, đạt chỉ tiêu.',
    );
  });
  it('a rating states the rating and the status against the target rating', () => {
    const s = onlySentence([
      H,
      [1, 'Xếp loại Đảng bộ', '', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ', null],
    ]);
    expect(s).toBe('Đảng bộ được xếp loại hoàn thành xuất sắc nhiệm vụ, vượt chỉ tiêu (hoàn thành tốt nhiệm vụ).');
  });
  it('a range target met reads "đạt chỉ tiêu (từ 1% đến 1,2%)", each end with its unit', () => {
    const s = onlySentence([H, [1, 'Tỷ lệ tăng dân số tự nhiên', '%', '1-1,2', 1.1, null]]);
    expect(s).toBe('Tỷ lệ tăng dân số tự nhiên là 1,1%, đạt chỉ tiêu (từ 1% đến 1,2%).');
  });
  it('the overview lists not-met indicators in Vietnamese list style', () => {
    const report = reportOf([
      H,
      [1, 'Thu ngân sách', 'Triệu đồng', 100, 90, null],
      [2, 'Kết nạp đảng viên', 'Đảng viên', 10, 8, null],
      [3, 'Giao quân', 'Người', 12, 13, null],
    ]);
    expect(narrate(report, { unitName: 'phường A' })[1]).toBe(
      'Còn 02 chỉ tiêu chưa đạt: thu ngân sách và kết nạp đảng viên.',
    );
  });
});

const targetArb = fc.oneof(
  ...commonTargets,
  // Targets relative to cùng kỳ (issue 11 rule 2).
  fc.integer({ min: 1, max: 40 }).map((n) => `Giảm ${n}% so với cùng kỳ`),
  fc.integer({ min: 1, max: 40 }).map((n) => `Tăng ${n}% so với cùng kỳ`),
  fc.integer({ min: 1, max: 500 }).map((n) => `Trên ${n}`),
  fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 50 })).map(([a, d]) => `${a}-${a + d}`),
);
const rowArb = fc.record({
  name: fc.constantFrom(...NAMES),
  unit: fc.constantFrom(...UNITS),
  target: targetArb,
  actual: valueArb,
  prev: valueArb,
});

function annualGrid(rows: { name: string; unit: string; target: unknown; actual: unknown; prev: unknown }[]): Grid {
  const values = [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', 'Cùng kỳ']] as Grid['values'];
  rows.forEach((r, i) =>
    values.push([i + 1, `${r.name} ${i + 1}`, r.unit, r.target as never, r.actual as never, r.prev as never]),
  );
  return { sheet: 'Chỉ tiêu', values };
}

function termGrid(rows: { name: string; unit: string; target: unknown; actual: unknown; prev: unknown }[]): Grid {
  const values = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu nhiệm kỳ', 'Năm 2018', null, 'Năm 2019', null, 'Năm 2020', null],
    [null, null, null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH'],
  ] as Grid['values'];
  rows.forEach((r, i) =>
    values.push([
      i + 1,
      `${r.name} ${i + 1}`,
      r.unit,
      i % 2 ? (r.target as never) : null,
      r.target as never,
      r.actual as never,
      r.target as never,
      r.prev as never,
      r.target as never,
      r.actual as never,
    ]),
  );
  const merges = [0, 1, 2, 3].map((c) => ({ top: 0, left: c, bottom: 1, right: c }));
  merges.push(
    { top: 0, left: 4, bottom: 0, right: 5 },
    { top: 0, left: 6, bottom: 0, right: 7 },
    { top: 0, left: 8, bottom: 0, right: 9 },
  );
  return { sheet: 'Nhiệm kỳ', values, merges };
}

type RowsGrid = (rows: { name: string; unit: string; target: unknown; actual: unknown; prev: unknown }[]) => Grid;

/** Checks every indicator's sentence of 200 random tables of one layout. */
function eachSentence(make: RowsGrid, seed: number, check: (ind: IndicatorResult, s: string) => void) {
  fc.assert(
    fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
      const run = runReport([make(rows)]);
      if (!run.ok) return;
      for (const ind of run.report.tables.flatMap((t) => t.indicators)) {
        const s = indicatorSentence(ind);
        if (s) check(ind, s);
      }
    }),
    { seed, numRuns: 200 },
  );
}

describe('properties of the sentences over random tables', () => {
  for (const [layout, make] of [
    ['annual', annualGrid],
    ['term', termGrid],
  ] as const) {
    it(`${layout}: every number in a sentence is shown by the sheet with the same rounding`, () => {
      fc.assert(
        fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, leadingZero) => {
          const grid = make(rows);
          const run = runReport([grid], { leadingZero });
          if (!run.ok) return;
          const model = buildReportModel(run.report, [grid], defaultSheetSettings);
          const shown = sheetNumbers(model, run.report.narrative);
          for (const sentence of run.report.narrative) {
            const { plain, times, excess } = sentenceNumbers(sentence);
            for (const n of plain) expect(shows(shown, n), `${n} in «${sentence}»`).toBe(true);
            for (const n of excess) expect(shows(shown, 100 + n), `vượt ${n}% in «${sentence}»`).toBe(true);
            for (const t of times)
              expect(
                shown.some((y) => Math.abs(1 + y / 100 - t) <= 0.05 + 1e-9),
                `gấp ${t} lần`,
              ).toBe(true);
          }
        }),
        { seed: 7, numRuns: 150 },
      );
    });

    it(`${layout}: "vượt" never for a not-met or a lower-is-better-and-worse indicator; for lower-is-better only a reduction beyond the target's`, () => {
      eachSentence(make, 11, (ind, s) => {
        if (ind.overallStatus === 'chua_dat') expect(s, s).not.toMatch(/vượt/);
        if (ind.direction !== 'decrease' || !/vượt/.test(s)) return;
        // Issue 11 rule 2: `giảm 16,7% so với cùng kỳ, vượt chỉ tiêu (giảm 10%)` — and nothing else.
        expect(s, s).not.toMatch(/tăng[^.]*vượt/);
        // Below a range, lower is better: better than the range, `vượt chỉ tiêu (từ 3% đến 5%)`.
        if (ind.targetKind === 'range') return;
        // A rate changes by points: `giảm 2 điểm phần trăm so với cùng kỳ, vượt chỉ tiêu (giảm 1%)`.
        const m = /giảm ([\d.,]+)(?:%| điểm phần trăm) so với cùng kỳ, vượt chỉ tiêu \(giảm ([\d.,]+)%\)/.exec(s);
        expect(m, s).not.toBeNull();
        expect(viNumber(m![1]), s).toBeGreaterThan(viNumber(m![2]));
      });
    });
  }
});

/** A year in progress: the year's target and nine months' result, no estimate. */
function partialGrid(rows: { name: string; unit: string; target: unknown; actual: unknown; prev: unknown }[]): Grid {
  const values = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng 2024', 'Cùng kỳ'],
  ] as Grid['values'];
  rows.forEach((r, i) =>
    values.push([i + 1, `${r.name} ${i + 1}`, r.unit, r.target as never, r.actual as never, r.prev as never]),
  );
  return { sheet: 'Chín tháng', values };
}

/**
 * No figure of a sentence has more decimals than the summary sheet shows it with — and the sheet
 * shows a figure copied from a cell with at most the decimals of that cell's number format.
 */
function expectDecimalsShown(report: Report, grids: Grid[]) {
  const shown = shownFigures(buildReportModel(report, grids, defaultSheetSettings));
  for (const s of report.narrative) {
    const stripped = s.replace(/gấp [\d.,]+ lần|vượt [\d.,]+% so với chỉ tiêu/g, '');
    for (const m of stripped.matchAll(NUMBER_TEXT)) {
      const d = writtenDecimals(m[1]);
      if (d === 0) continue;
      const [n] = numbersIn(m[1]);
      const same = shown.filter((f) => Math.abs(Math.abs(f.value) - n) < 0.5 * 10 ** -d + 1e-9);
      expect(
        same.some((f) => f.decimals >= d),
        `${m[1]} in «${s}»`,
      ).toBe(true);
    }
  }
}

/** Number formats users give their figures: General, whole, one or two decimals, thousands. */
const formatsArb = fc.array(fc.constantFrom(null, '0', '0.0', '#,##0.00', '#,##0'), { minLength: 1, maxLength: 10 });

/** The grid with its data cells formatted, a format per column from `formats` (cycled). */
function withFormats(grid: Grid, formats: (string | null)[]): Grid {
  const numberFormats = grid.values.map((row, r) =>
    row.map((v, c) => (r > 0 && typeof v === 'number' && c > 2 ? formats[c % formats.length] : null)),
  );
  return { ...grid, numberFormats };
}

const NUMBER_TEXT = /(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d])/gu;
const MONEY_UNIT = /(?:nghìn|triệu|tỷ)? ?đồng/;

describe('properties of the sentences (issue 11)', () => {
  for (const [layout, make] of [
    ['annual', annualGrid],
    ['term', termGrid],
    ['nine months', partialGrid],
  ] as const) {
    it(`${layout}: no reversed range, no money a/b, no doubled word`, () => {
      fc.assert(
        fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
          const run = runReport([make(rows)]);
          if (!run.ok) return;
          for (const s of run.report.narrative) {
            for (const m of s.matchAll(/[Tt]ừ năm (\d{4})\)? .*?(?:đến|xuống còn|lên) .*?năm (\d{4})/g))
              expect(Number(m[1]) <= Number(m[2]), `reversed range in «${s}»`).toBe(true);
            expect(s, 'money as a/b').not.toMatch(new RegExp(`\\d/[\\d.,]+ ${MONEY_UNIT.source}`));
            expect(s, 'doubled word').not.toMatch(/(?<!\p{L})(\p{L}+(?: \p{L}+)?) \1(?!\p{L})/iu);
          }
        }),
        { seed: 19, numRuns: 150 },
      );
    });

    it(`${layout}: no figure with more decimals than its sheet cell shows`, () => {
      fc.assert(
        fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), formatsArb, (rows, formats) => {
          const grid = withFormats(make(rows), formats);
          const run = runReport([grid]);
          if (run.ok) expectDecimalsShown(run.report, [grid]);
        }),
        { seed: 23, numRuns: 120 },
      );
    });

    it(`${layout}: "vượt" never for a not-met period or a lower-is-better one not met; no "chưa đạt" while in progress`, () => {
      eachSentence(make, 29, (ind, s) => {
        const statuses = ind.term ? [ind.overallStatus] : ind.periods.map((p) => p.status);
        if (statuses.every((x) => x === 'chua_dat')) expect(s, s).not.toMatch(/vượt/);
        if (ind.direction === 'decrease' && statuses.includes('chua_dat')) expect(s, s).not.toMatch(/vượt/);
        if (statuses.every((x) => x === 'dang_thuc_hien')) expect(s, s).not.toMatch(/chưa đạt/);
      });
    });
  }
});

describe('decimals as the workbooks show them (issue 11 rule 4)', () => {
  it('the sample and every fixture: no figure with more decimals than its sheet cell shows', async () => {
    const { SAMPLE_WORKBOOK } = await import('../../src/cli/main');
    const { readdirSync } = await import('node:fs');
    const books = [
      SAMPLE_WORKBOOK,
      ...readdirSync(fixtures)
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => resolve(fixtures, f)),
    ];
    for (const book of books) {
      const read = await readWorkbook(book);
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      expectDecimalsShown(run.report, read.grids);
    }
  });
});

describe('overview over several tables', () => {
  it('names an indicator found in two tables once among the high achievers', async () => {
    const { SAMPLE_WORKBOOK } = await import('../../src/cli/main');
    const read = await readWorkbook(SAMPLE_WORKBOOK);
    if (!read.ok) throw new Error(read.message);
    const run = runReport(read.grids);
    if (!run.ok) throw new Error(run.message);
    const overview = run.report.narrative[0];
    expect(overview.match(/thu ngân sách đạt/g)?.length).toBe(1);
  });
});
