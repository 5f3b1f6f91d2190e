/**
 * Sentences of periods as reports mean them (DOMAIN.md §7, REPORT.md "Partial year", "Term in
 * progress"): golden sentences for the two period fixtures (tests/fixtures, copies of the shared
 * ones) and small grids per shape, and properties over random partial-year, previous-year,
 * two-year and mid-term tables: no range stated backwards, no term figure outside a term table,
 * no "chưa đạt" for a figure still in progress, "vượt" never for a figure not met or lower-is-better,
 * and every number one the model holds (and, for a term in progress, one the sheet shows).
 */
import fc from 'fast-check';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import type { IndicatorResult, PeriodFigures, Report } from '../../src/core/indicator';
import { indicatorSentence, narrate } from '../../src/core/narrative';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { commonTargets, NAMES, UNITS, valueArb } from './arbitraries';
import { modelNumbers, sentenceNumbers, sheetNumbers, shows } from './sheetNumbers';

const fixtures = resolve(__dirname, '../fixtures');

async function fixtureNarrative(name: string): Promise<string[]> {
  const read = await readWorkbook(resolve(fixtures, `${name}.xlsx`));
  if (!read.ok) throw new Error(read.message);
  const run = runReport(read.grids, { unitName: 'phường' });
  if (!run.ok) throw new Error(run.message);
  return run.report.narrative;
}

function reportOf(values: Grid['values'], merges: Grid['merges'] = []): Report {
  const run = runReport([{ sheet: 'S', values, merges }]);
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

const sentenceOf = (values: Grid['values'], k = 0) => indicatorSentence(reportOf(values).tables[0].indicators[k]);

describe('golden sentences of the period fixtures', () => {
  it('thuong-thanh 9 tháng 2024: the 9-month figures against the year, the pace, cùng kỳ, then the estimated year', async () => {
    const n = await fixtureNarrative('thuong-thanh-9-thang-2024-uoc-ca-nam');
    expect(n.slice(2)).toEqual([
      'Chín tháng đầu năm 2024, thu ngân sách nhà nước trên địa bàn đạt 41,85 tỷ đồng, bằng 79,9% kế hoạch năm, vượt tiến độ (75%), tăng 9,6% so với cùng kỳ. Ước cả năm đạt 55,1 tỷ đồng, bằng 105,2% kế hoạch.',
      'Chín tháng đầu năm 2024, chi ngân sách phường đạt 16,9 tỷ đồng, bằng 68,7% kế hoạch năm, chậm so với tiến độ (75%), tăng 7% so với cùng kỳ. Ước cả năm đạt 24,6 tỷ đồng, hoàn thành 100% chỉ tiêu.',
      'Chín tháng đầu năm 2024, có 118 hộ kinh doanh đăng ký mới, bằng 78,7% kế hoạch năm, vượt tiến độ (75%), tăng 13,5% so với cùng kỳ. Ước cả năm có 156 hộ kinh doanh đăng ký mới, bằng 104% kế hoạch.',
      'Chín tháng đầu năm 2024, tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,4%, thấp hơn 0,6 điểm phần trăm so với chỉ tiêu (93%), tăng 0,8 điểm phần trăm so với cùng kỳ nhưng chưa đạt chỉ tiêu. Ước cả năm đạt 93,5%, vượt 0,5 điểm phần trăm so với chỉ tiêu (93%).',
      'Chín tháng đầu năm 2024, số lao động được giải quyết việc làm đạt 285 người, bằng 67,9% kế hoạch năm, chậm so với tiến độ (75%), giảm 5,3% so với cùng kỳ. Ước cả năm đạt 410 người, bằng 97,6% kế hoạch, chưa đạt.',
      'Chín tháng đầu năm 2024, tỷ lệ hộ nghèo giảm còn 0,12%, đạt chỉ tiêu năm (dưới 0,15%). Ước cả năm là 0,1%, đạt chỉ tiêu (dưới 0,15%).',
      'Chín tháng đầu năm 2024, xảy ra 09 vụ phạm pháp hình sự, giảm 02 vụ so với cùng kỳ, bằng 60% mức tối đa cả năm (15 vụ). Ước cả năm là 13 vụ, đạt chỉ tiêu (không quá 15 vụ).',
      'Chín tháng đầu năm 2024, số vụ vi phạm trật tự xây dựng là 07 vụ, cao hơn chỉ tiêu năm (không quá 06 vụ), tăng 02 vụ so với cùng kỳ, chưa đạt chỉ tiêu năm. Ước cả năm là 08 vụ, cao hơn chỉ tiêu (không quá 06 vụ), chưa đạt.',
      'Chín tháng đầu năm 2024, kết nạp được 12 đảng viên mới, hoàn thành 100% chỉ tiêu năm, tăng 04 đảng viên so với cùng kỳ. Ước cả năm kết nạp được 14 đảng viên mới, bằng 116,7% kế hoạch.',
    ]);
  });

  it('giang-bien giữa nhiệm kỳ: the overview after 3,5 years, each basis (total, average, latest), a rating and a zero target', async () => {
    const n = await fixtureNarrative('giang-bien-giua-nhiem-ky-2020-2025');
    expect(n).toEqual([
      'Sau 3,5 năm thực hiện Nghị quyết, có 06/11 chỉ tiêu đã đạt và vượt, 02 chỉ tiêu có khả năng đạt, 03 chỉ tiêu khó đạt.',
      'Từ đầu nhiệm kỳ đến hết 6 tháng đầu năm 2024, ước kết nạp được 45 đảng viên mới, đạt 75% chỉ tiêu Nghị quyết (60 đảng viên), có khả năng hoàn thành.',
      'Từ đầu nhiệm kỳ đến nay, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên bình quân là 88,27%, vượt chỉ tiêu Nghị quyết (85% trở lên).',
      'Từ đầu nhiệm kỳ đến nay, Đảng bộ phường được xếp loại năm 2021 hoàn thành tốt nhiệm vụ, năm 2022 hoàn thành xuất sắc nhiệm vụ, năm 2023 hoàn thành tốt nhiệm vụ, đạt chỉ tiêu Nghị quyết (hoàn thành tốt nhiệm vụ trở lên).',
      'Từ đầu nhiệm kỳ đến hết 6 tháng đầu năm 2024, tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa ước bình quân là 91,95%, vượt chỉ tiêu Nghị quyết (90% trở lên).',
      'Từ đầu nhiệm kỳ đến hết 6 tháng đầu năm 2024, tỷ lệ người dân tham gia bảo hiểm y tế ước bình quân đạt 92,33%, thấp hơn chỉ tiêu Nghị quyết (95%), khó hoàn thành.',
      'Tỷ lệ hộ nghèo giảm từ 1,45% (năm 2021) xuống còn 0,82% (ước 6 tháng đầu năm 2024), đạt chỉ tiêu Nghị quyết (dưới 1%).',
      'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng giảm từ 4,2% (năm 2021) xuống còn 3,2% (ước 6 tháng đầu năm 2024), có khả năng đạt chỉ tiêu Nghị quyết (giảm còn 3%).',
      'Tỷ lệ tổ dân phố đạt chuẩn văn minh đô thị tăng từ 50% (năm 2021) lên 66,7% (ước 6 tháng đầu năm 2024), khó đạt chỉ tiêu Nghị quyết (đến cuối nhiệm kỳ đạt 85%).',
      'Từ đầu nhiệm kỳ đến hết 6 tháng đầu năm 2024, ước giải quyết việc làm cho 1.845 lao động, đạt 123% chỉ tiêu Nghị quyết (1.500 người), đã hoàn thành.',
      'Từ đầu nhiệm kỳ đến hết 6 tháng đầu năm 2024, ước có 27 mô hình “Dân vận khéo” được công nhận, đạt 67,5% chỉ tiêu Nghị quyết (40 mô hình), khó hoàn thành.',
      'Từ đầu nhiệm kỳ đến hết 6 tháng đầu năm 2024, ước không để xảy ra vụ cháy, nổ gây thiệt hại nghiêm trọng, đạt chỉ tiêu Nghị quyết.',
    ]);
  });
});

describe('partial-year shapes (§7.4)', () => {
  const H = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng 2024', 'Cùng kỳ 9 tháng 2023'];
  it('ahead of the time elapsed: "bằng 82% kế hoạch năm, vượt tiến độ (75%)", then cùng kỳ', () => {
    expect(sentenceOf([H, [1, 'Thu ngân sách', 'Triệu đồng', 12500, 10250, 9103]])).toBe(
      'Chín tháng đầu năm 2024, thu ngân sách đạt 10.250 triệu đồng, bằng 82% kế hoạch năm, vượt tiến độ (75%), tăng 12,6% so với cùng kỳ.',
    );
  });
  it('behind the time elapsed: "chậm so với tiến độ", and an amount still in progress never reads "chưa đạt"', () => {
    const s = sentenceOf([H, [1, 'Thu ngân sách', 'Triệu đồng', 12500, 8000, 9103]])!;
    expect(s).toBe(
      'Chín tháng đầu năm 2024, thu ngân sách đạt 8.000 triệu đồng, bằng 64% kế hoạch năm, chậm so với tiến độ (75%), giảm 12,1% so với cùng kỳ.',
    );
    expect(s).not.toMatch(/chưa đạt/);
  });
  it('the period word comes from the label: six months, a quarter, one month', () => {
    const six = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện 6 tháng đầu năm 2024'];
    expect(sentenceOf([six, [1, 'Thu ngân sách', 'Triệu đồng', 1000, 600]])).toMatch(
      /^Sáu tháng đầu năm 2024, thu ngân sách đạt 600 triệu đồng, bằng 60% kế hoạch năm, vượt tiến độ \(50%\)\.$/,
    );
    const quarter = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện Quý III 2024'];
    expect(sentenceOf([quarter, [1, 'Thu ngân sách', 'Triệu đồng', 1000, 200]])).toMatch(
      /^Quý III năm 2024, thu ngân sách đạt 200 triệu đồng/,
    );
    const month = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện tháng 10 năm 2024'];
    expect(sentenceOf([month, [1, 'Thu ngân sách', 'Triệu đồng', 1000, 90]])).toMatch(
      /^Tháng 10 năm 2024, thu ngân sách đạt 90 triệu đồng/,
    );
  });
  it('a rate at nine months is a level, judged against the target as usual', () => {
    expect(sentenceOf([H, [1, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 90, 92.1, 91]])).toBe(
      'Chín tháng đầu năm 2024, tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,1%, vượt 2,1 điểm phần trăm so với chỉ tiêu (90%), tăng 1,1 điểm phần trăm so với cùng kỳ.',
    );
  });
  it('the estimated full year follows in the same line, judged as a full year', () => {
    const h = [...H, 'Ước thực hiện cả năm 2024'];
    expect(sentenceOf([h, [1, 'Thu ngân sách', 'Triệu đồng', 12500, 10250, 9103, 13600]])).toBe(
      'Chín tháng đầu năm 2024, thu ngân sách đạt 10.250 triệu đồng, bằng 82% kế hoạch năm, vượt tiến độ (75%), tăng 12,6% so với cùng kỳ. Ước cả năm đạt 13.600 triệu đồng, bằng 108,8% kế hoạch.',
    );
    expect(sentenceOf([h, [1, 'Kết nạp đảng viên mới', 'Đảng viên', 20, 12, 10, 18]])).toMatch(
      /Ước cả năm kết nạp được 18 đảng viên mới, bằng 90% kế hoạch, chưa đạt\.$/,
    );
  });
});

/** A term table's header up to its second year of results. */
const TERM_HEAD = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu Nghị quyết', 'Thực hiện năm 2021', 'Thực hiện năm 2022'];

describe('term-in-progress shapes (§7.5)', () => {
  const title = ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025'];
  const H = [...TERM_HEAD, 'Thực hiện 6 tháng đầu năm 2023'];
  const rows: Grid['values'] = [
    title,
    H,
    [1, 'Kết nạp đảng viên mới', 'Đảng viên', 20, 5, 4, 3],
    [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 3%', 3.9, 3.2, 2.8],
    [3, 'Tỷ lệ lao động qua đào tạo', '%', 'Đến năm 2025 đạt 60%', 45, 50, 52],
    [4, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', '95%', 90, 91, 92],
    [5, 'Thu ngân sách', 'Tỷ đồng', 100, 30, 30, 12],
  ];
  const report = reportOf(rows);
  const n = report.narrative;
  it('the overview after 2,5 years, with the Vietnamese decimal comma and padded counts', () => {
    expect(report.tables[0].termProgress).toEqual({ elapsedYears: 2.5, termYears: 5, span: expect.any(String) });
    expect(n[0]).toMatch(/^Sau 2,5 năm thực hiện Nghị quyết, có 0\d\/05 chỉ tiêu đã đạt và vượt/);
  });
  it('total basis: the total so far, its share of the target, the outlook in words', () => {
    const ind = report.tables[0].indicators[0];
    expect(ind.term?.outlook).toBe('co_kha_nang_dat');
    expect(n).toContain(
      'Từ đầu nhiệm kỳ đến nay, kết nạp được 12 đảng viên mới, đạt 60% chỉ tiêu Nghị quyết (20 đảng viên), có khả năng hoàn thành.',
    );
  });
  it('latest basis, lower is better: from the first to the latest actual, the target in its own words', () => {
    expect(n).toContain(
      'Tỷ lệ hộ nghèo giảm từ 3,9% (năm 2021) xuống còn 2,8% (6 tháng đầu năm 2023), đạt chỉ tiêu Nghị quyết (dưới 3%).',
    );
  });
  it('latest basis, higher is better: "tăng từ A (năm a) lên B (…)"', () => {
    expect(n.find((x) => x.startsWith('Tỷ lệ lao động qua đào tạo'))).toMatch(
      /^Tỷ lệ lao động qua đào tạo tăng từ 45% \(năm 2021\) lên 52% \(6 tháng đầu năm 2023\), (có khả năng|khó) đạt chỉ tiêu Nghị quyết \(đến năm 2025 đạt 60%\)\.$/,
    );
  });
  it('average basis: "bình quân đạt", a rate never as a share of its target', () => {
    const s = n.find((x) => x.includes('bảo hiểm y tế'))!;
    expect(s).toBe(
      'Từ đầu nhiệm kỳ đến nay, tỷ lệ người dân tham gia bảo hiểm y tế bình quân đạt 91%, thấp hơn chỉ tiêu Nghị quyết (95%), khó hoàn thành.',
    );
  });
  it('a finished term judges the latest basis the same way, without an outlook', () => {
    const done = reportOf([
      ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 - 2023'],
      [...TERM_HEAD, 'Thực hiện năm 2023'],
      [1, 'Tỷ lệ hộ nghèo', '%', 'Dưới 3%', 3.9, 3.2, 3.4],
    ]);
    expect(done.tables[0].termProgress).toBeNull();
    expect(done.narrative).toContain(
      'Tỷ lệ hộ nghèo giảm từ 3,9% (năm 2021) xuống còn 3,4% (năm 2023), chưa đạt chỉ tiêu Nghị quyết Đại hội đề ra (dưới 3%).',
    );
  });
});

describe('tables that are not term tables get no term figures', () => {
  it('an annual report with a previous-year column reads its year against cùng kỳ', () => {
    const s = sentenceOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023', 'TH 2022'],
      [1, 'Thu ngân sách', 'Triệu đồng', 1000, 1100, 1000],
    ]);
    expect(s).toBe('Thu ngân sách đạt 1.100 triệu đồng, bằng 110% kế hoạch, tăng 10% so với cùng kỳ.');
  });
  it('a two-year comparison reads the later year, never "bình quân" or "Từ năm … đến năm …"', () => {
    const report = reportOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2022', 'Thực hiện 2022', 'Kế hoạch 2023', 'Thực hiện 2023'],
      [1, 'Thu ngân sách', 'Triệu đồng', 900, 1000, 1000, 1100],
    ]);
    expect(report.tables[0].term).toBe(false);
    const s = indicatorSentence(report.tables[0].indicators[0])!;
    expect(s).toMatch(/^Thu ngân sách đạt 1\.100 triệu đồng, bằng 110% kế hoạch/);
    expect(s).not.toMatch(/bình quân|cả giai đoạn|Từ năm/);
  });
});

// ---------- properties ----------

const targetArb = fc.oneof(
  ...commonTargets,
  fc.integer({ min: 1, max: 500 }).map((n) => `Không quá ${n}`),
  fc.integer({ min: 1, max: 100 }).map((n) => `Đến cuối nhiệm kỳ đạt ${n}%`),
);
const rowArb = fc.record({
  name: fc.constantFrom(...NAMES),
  unit: fc.constantFrom(...UNITS),
  target: targetArb,
  values: fc.tuple(valueArb, valueArb, valueArb),
});
type Row = { name: string; unit: string; target: unknown; values: [unknown, unknown, unknown] };

const SUBS = [
  { now: '9 tháng 2024', before: '9 tháng 2023' },
  { now: '6 tháng đầu năm 2024', before: '6 tháng đầu năm 2023' },
  { now: 'Quý III 2024', before: 'Quý III 2023' },
  { now: 'tháng 10 năm 2024', before: 'tháng 10 năm 2023' },
];

function grid(header: string[], rows: Row[], title?: string): Grid {
  const values: Grid['values'] = title ? [[title], header] : [header];
  rows.forEach((r, i) =>
    values.push([i + 1, `${r.name} ${i + 1}`, r.unit, r.target as never, ...(r.values as unknown as never[])]),
  );
  return { sheet: 'Chỉ tiêu', values };
}

const layouts: [string, (rows: Row[], k: number) => Grid][] = [
  [
    'partial year with cùng kỳ and the estimated year',
    (rows, k) =>
      grid(
        [
          'STT',
          'Chỉ tiêu',
          'ĐVT',
          'Kế hoạch năm 2024',
          `Thực hiện ${SUBS[k].now}`,
          `Cùng kỳ ${SUBS[k].before}`,
          'Ước thực hiện cả năm 2024',
        ],
        rows,
      ),
  ],
  [
    'annual with a previous-year column',
    (rows) => grid(['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2023', 'TH 2023', 'TH 2022', 'Ghi chú'], rows),
  ],
  [
    'two-year comparison',
    (rows) =>
      grid(
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2023', 'Thực hiện 2022', 'Thực hiện 2023', 'Ghi chú'],
        rows.map((r) => ({ ...r, values: [r.values[0], r.values[1], null] })),
      ),
  ],
  [
    'term in progress',
    (rows) =>
      grid(
        [...TERM_HEAD, 'Ước thực hiện 6 tháng năm 2023'],
        rows,
        'KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025',
      ),
  ],
];

/** Sort key of a period as a sentence names it: `năm 2021`, `6 tháng đầu năm 2024`, `quý III năm 2024`. */
function when(text: string): number {
  const year = Number(/(\d{4})/.exec(text)?.[1] ?? 0);
  const months = /(\d{1,2}) tháng đầu năm/.exec(text);
  const month = /tháng (\d{1,2}) năm/.exec(text);
  const quarter = /quý (I|II|III|IV)/i.exec(text);
  const end = months
    ? Number(months[1])
    : month
      ? Number(month[1])
      : quarter
        ? ['I', 'II', 'III', 'IV'].indexOf(quarter[1].toUpperCase()) * 3 + 3
        : 12;
  return year * 100 + end;
}

/** Every "from … to …" of a sentence as its two periods. */
function ranges(s: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of s.matchAll(/[Tt]ừ (năm \d{4}) đến (năm \d{4})/g)) out.push([m[1], m[2]]);
  for (const m of s.matchAll(/từ [^()]*\(([^)]*)\)[^()]*?(?:lên|xuống còn|còn) [^()]*\(([^)]*)\)/g))
    out.push([m[1], m[2]]);
  return out;
}

const TERM_WORDS = /bình quân|cả giai đoạn|tổng \d+ năm|\/năm|nhiệm kỳ|Nghị quyết|Cụ thể/;

/** The parts of an indicator's sentence and the figure each part states. */
function parts(ind: IndicatorResult, s: string): { text: string; status: PeriodFigures['status'] }[] {
  const k = s.indexOf(' Ước cả năm');
  if (ind.term || k < 0) return [{ text: s, status: ind.overallStatus }];
  const estimate = [...ind.periods].reverse().find((p) => p.estimated && p.actual !== null)!;
  const partial = [...ind.periods].reverse().find((p) => !p.estimated && p.actual !== null)!;
  return [
    { text: s.slice(0, k), status: partial.status },
    { text: s.slice(k), status: estimate.status },
  ];
}

describe('properties of period sentences over random tables', () => {
  for (const [layout, make] of layouts) {
    it(`${layout}: no range backwards, term words only in term tables, no "chưa đạt" in progress, "vượt" only for a figure met and higher-is-better`, () => {
      fc.assert(
        fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), fc.nat(3), (rows, k) => {
          const run = runReport([make(rows, k)]);
          if (!run.ok) return;
          for (const t of run.report.tables) {
            for (const ind of t.indicators) {
              const s = indicatorSentence(ind);
              if (!s) continue;
              for (const [a, b] of ranges(s)) expect(when(a), `${a} → ${b} in «${s}»`).toBeLessThanOrEqual(when(b));
              // The target's own words in parentheses may say "đến cuối nhiệm kỳ"; the figures may not.
              if (!t.term) expect(s.replace(/\([^)]*\)/g, ''), s).not.toMatch(TERM_WORDS);
              if (ind.overallStatus === 'dang_thuc_hien') expect(s, s).not.toMatch(/chưa đạt/);
              for (const part of parts(ind, s)) {
                if (part.status === 'dang_thuc_hien') expect(part.text, s).not.toMatch(/chưa đạt/);
                // "vượt tiến độ" is the pace of a partial period, not a status (§7.4).
                const exceeds = /vượt(?! tiến độ)/;
                if (part.status === 'chua_dat' || part.status === 'dang_thuc_hien')
                  expect(part.text, s).not.toMatch(exceeds);
                if (ind.direction === 'decrease') expect(part.text, s).not.toMatch(/vượt/);
              }
            }
          }
        }),
        { seed: 23, numRuns: 200 },
      );
    });

    it(`${layout}: every number in a sentence is a figure of the model, rounded as the sheet rounds it`, () => {
      fc.assert(
        fc.property(
          fc.array(rowArb, { minLength: 1, maxLength: 8 }),
          fc.nat(3),
          fc.boolean(),
          (rows, k, leadingZero) => {
            const run = runReport([make(rows, k)], { leadingZero });
            if (!run.ok) return;
            const known = modelNumbers(run.report);
            for (const sentence of run.report.narrative) {
              const { plain, times } = sentenceNumbers(sentence);
              for (const n of plain) expect(shows(known, n), `${n} in «${sentence}»`).toBe(true);
              for (const x of times)
                expect(
                  known.some((y) => Math.abs(1 + y / 100 - x) <= 0.05 + 1e-9),
                  `gấp ${x} lần in «${sentence}»`,
                ).toBe(true);
            }
          },
        ),
        { seed: 29, numRuns: 150 },
      );
    });
  }

  it('term in progress: every number of an indicator sentence is shown by the sheet with the same rounding', () => {
    const make = layouts[3][1];
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const g = make(rows, 0);
        const run = runReport([g]);
        if (!run.ok) return;
        const shown = sheetNumbers(buildReportModel(run.report, [g], defaultSheetSettings), run.report.narrative);
        for (const ind of run.report.tables.flatMap((t) => t.indicators)) {
          const sentence = indicatorSentence(ind);
          if (!sentence) continue;
          for (const n of sentenceNumbers(sentence).plain) expect(shows(shown, n), `${n} in «${sentence}»`).toBe(true);
        }
      }),
      { seed: 31, numRuns: 150 },
    );
  });

  it('narrate and indicatorSentence agree on every indicator of a period table', () => {
    const report = runReport([
      layouts[0][1]([{ name: 'Thu ngân sách', unit: 'Triệu đồng', target: 100, values: [80, 70, 110] }], 0),
    ]);
    if (!report.ok) throw new Error(report.message);
    const ind = report.report.tables[0].indicators[0];
    expect(narrate(report.report)).toContain(indicatorSentence(ind));
  });
});
