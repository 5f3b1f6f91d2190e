/**
 * The district of `district.ts` (14 wards of quận Long Biên in every fixture shape, a text file
 * renamed .xlsx and a list of names) read the way the command line reads it, then consolidated.
 * Every expected figure and sentence below was worked out by hand from the ward tables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWard } from '../../src/cli/consolidate';
import { consolidate, type DistrictReport, type WardInput } from '../../src/core/consolidate/index';
import { excelRound } from '../../src/core/narrative/format';
import { buildDistrictModel, districtLayout } from '../../src/core/consolidate/model';
import { writeDistrict } from './district';

let dir: string;
let inputs: WardInput[];
let d: DistrictReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-district-'));
  const paths = await writeDistrict(dir);
  inputs = [];
  for (const p of paths) inputs.push(await readWard(p));
  d = consolidate(inputs);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WARD_NAMES = [
  'phường Phúc Đồng',
  'phường Đức Giang',
  'phường Sài Đồng',
  'phường Thạch Bàn',
  'phường Gia Thụy',
  'phường Ngọc Lâm',
  'phường Bồ Đề',
  'phường Long Biên',
  'phường Ngọc Thụy',
  'phường Việt Hưng',
  'phường Thượng Thanh',
  'phường Giang Biên',
  'phường Phúc Lợi',
  'phường Cự Khối',
  'bao-cao-tong-hop',
  'danh-sach-dang-vien',
];

/**
 * The matrix as the sheet shows it: % to one decimal and V(ượt) / Đ(ạt) / C(hưa đạt); `-` not reported.
 * Columns: the wards above, in that order (the two unreadable files last, always `-`).
 * Rows: in order of first appearance — phường Phúc Đồng's annual table comes first.
 */
const MATRIX = `
Thu ngân sách                                     | 343 V   | 115,5 V | 120 V   | 120 V   | 120 V   | 95 C   | 110 V   | 130 V   | 100 Đ | 80 C   | 111 V   | 105 V   | 100 Đ | 125 V   | - | -
Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa  | 104,2 V | 102,5 V | 100 Đ   | 100 Đ   | 101,3 V | 96,6 C | 102,3 V | 104,5 V | 100 Đ | 90,9 C | 102,8 V | 100 Đ   | 100 Đ | 101,1 V | - | -
Số hộ nghèo                                       | 70 V    | 90 V    | 100 Đ   | 100 Đ   | 110 C   | 75 V   | 95 V    | 80 V    | 100 Đ | 125 C  | 0 V     | 100 Đ   | 100 Đ | 90 V    | - | -
Tỷ lệ người dân tham gia bảo hiểm y tế            | 102,3 V | 102 V   | 105 V   | 105 V   | 100 Đ   | 101,1 V| 102,2 V | 103,3 V | 100 Đ | 94,4 C | 100 Đ   | 106 V   | 100 Đ | 101,1 V | - | -
Giao quân                                         | 100 Đ   | 100 Đ   | 108,3 V | 108,3 V | 100 Đ   | 100 Đ  | 100 Đ   | 116,7 V | 100 Đ | 83,3 C | 100 Đ   | 108,3 V | 100 Đ | -       | - | -
Kết nạp đảng viên mới                             | 137,5 V | 120 V   | 100 Đ   | 100 Đ   | 90 C    | 100 Đ  | 110 V   | 110 V   | 100 Đ | 60 C   | 200 V   | 100 Đ   | 90 C  | 100 Đ   | - | -
`;

const STATUS_LETTER = { vuot: 'V', dat: 'Đ', chua_dat: 'C', khong_danh_gia: 'K', dang_thuc_hien: 'T' } as const;

function shownMatrix(district: DistrictReport): string[][] {
  return district.indicators.map((row) => [
    row.name,
    ...row.cells.map((c) =>
      c === null
        ? '-'
        : `${c.pct === null ? '' : String(excelRound(c.pct, 1)).replace('.', ',')} ${STATUS_LETTER[c.status]}`,
    ),
  ]);
}

function expectedMatrix(): string[][] {
  return MATRIX.trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim().replace(/\s+/g, ' ')));
}

describe('consolidating the 16 files of quận Long Biên', () => {
  it('names every ward from its header block, title or file name; unreadable files by their name', () => {
    expect(d.wards.map((w) => w.name)).toEqual(WARD_NAMES);
    expect(d.wards.map((w) => w.readable)).toEqual([...Array(14).fill(true), false, false]);
    expect(d.levelWord).toBe('phường');
    expect(d.period).toBe('2020');
    expect(d.wards.filter((w) => w.readable).every((w) => w.period === '2020')).toBe(true);
  });

  it('matches indicators across layouts, spelling (Tỉ lệ… "văn hoá") and units (Tr.đồng)', () => {
    expect(d.indicators.map((r) => [r.name, r.unit])).toEqual([
      ['Thu ngân sách', 'Triệu đồng'],
      ['Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', '%'],
      ['Số hộ nghèo', 'Hộ'],
      ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%'],
      ['Giao quân', 'Người'],
      ['Kết nạp đảng viên mới', 'Đảng viên'],
    ]);
    expect(d.indicators[1].cells[10]?.name).toBe('Tỉ lệ hộ gia đình đạt danh hiệu "Gia đình văn hoá"');
    expect(d.indicators[0].cells[2]?.unit).toBe('Tr.đồng');
  });

  it('the matrix: headline % (the latest year where a ward gives two) and the overall status of each ward', () => {
    expect(shownMatrix(d)).toEqual(expectedMatrix());
  });

  it('keeps sub-indicators (Trong đó: thu thuế ngoài quốc doanh) out of the matrix', () => {
    expect(d.indicators.some((r) => /thu thuế/i.test(r.name))).toBe(false);
    expect(d.wards[0].counts.total).toBe(6);
  });

  it('converts phường Gia Thụy’s tỷ đồng to triệu đồng; Tr.đồng needs no conversion', () => {
    const revenue = d.indicators[0];
    expect(revenue.cells[4]).toMatchObject({
      unit: 'Tỷ đồng',
      actual: 12000,
      target: 10000,
      converted: true,
      unitMatches: true,
    });
    expect(revenue.cells[2]).toMatchObject({ unit: 'Tr.đồng', actual: 12000, target: 10000, converted: false });
    expect(revenue.cells[4]?.pct).toBeCloseTo(120, 9);
  });

  it('phường Bồ Đề is judged on its own target (9.000) and keeps the % of the assigned one (10.000)', () => {
    const boDe = d.indicators[0].cells[6]!;
    expect(boDe.pct).toBeCloseTo(110, 9);
    expect(boDe.assignedPct).toBeCloseTo(99, 9);
    expect(boDe.status).toBe('vuot');
  });

  it('the district sheet shows phường Bồ Đề’s own statuses and counts what it is ranked on: 5 met, with both in notes', () => {
    const model = buildDistrictModel(d);
    const { firstRow, totalsRow, pctCol } = districtLayout(d);
    const boDe = WARD_NAMES.indexOf('phường Bồ Đề');
    const at = (row: number, col: number) => model.cells.filter((c) => c.row === row && c.col === col).at(-1)!;
    // Thu ngân sách: 9.900 against its own 9.000 is 110% (Vượt), against the assigned 10.000 it is 99%.
    const revenue = at(firstRow, pctCol(boDe) + 1);
    expect(revenue.value).toBe('Vượt');
    expect(revenue.note).toBe('Theo chỉ tiêu được giao: 99%, Chưa đạt (căn cứ xếp hạng).');
    const total = at(totalsRow, pctCol(boDe));
    expect(total.formula).toBeUndefined();
    expect(total.value).toBe(5);
    expect(total.note).toBe(
      'Đếm theo chỉ tiêu được giao, căn cứ xếp hạng; theo chỉ tiêu phường phấn đấu là 6 chỉ tiêu đạt và vượt.',
    );
    // Every other readable ward: a COUNTIF over its own status column, whose statuses are what it is ranked on.
    const counted = d.wards.filter((w, i) => w.readable && i !== boDe);
    for (const w of counted) {
      const cell = at(totalsRow, pctCol(d.wards.indexOf(w)));
      expect(cell.formula, w.name).toMatch(/^=COUNTIF\(/);
      expect(cell.expected?.value, w.name).toBe(w.counts.vuot + w.counts.dat);
    }
  });

  it('counts per indicator, with the best and the lowest ward (lower-is-better: the lowest % is best)', () => {
    expect(
      d.indicators.map((r) => [r.counts.total, r.counts.vuot, r.counts.dat, r.counts.chua_dat, r.missing]),
    ).toEqual([
      [14, 10, 2, 2, []],
      [14, 7, 5, 2, []],
      [14, 7, 5, 2, []],
      [14, 9, 4, 1, []],
      [13, 4, 8, 1, ['phường Cự Khối']],
      [14, 5, 6, 3, []],
    ]);
    const [revenue, , poor] = d.indicators;
    expect(revenue.best).toEqual({ wards: ['phường Phúc Đồng'], pct: 343 });
    expect(revenue.lowest).toEqual({ wards: ['phường Việt Hưng'], pct: 80 });
    expect(poor.direction).toBe('decrease');
    expect(poor.best).toEqual({ wards: ['phường Thượng Thanh'], pct: 0 });
    expect(poor.lowest).toEqual({ wards: ['phường Việt Hưng'], pct: 125 });
  });

  it('counts per ward', () => {
    const counts = d.wards.map((w) => `${w.counts.total} ${w.counts.vuot} ${w.counts.dat} ${w.counts.chua_dat}`);
    expect(counts).toEqual([
      '6 5 1 0',
      '6 5 1 0',
      '6 3 3 0',
      '6 3 3 0',
      '6 2 2 2',
      '6 2 2 2',
      // Bồ Đề: its own target is easier than the district's; judged on the district's (assignedStatus).
      '6 4 1 1',
      '6 6 0 0',
      '6 0 6 0',
      '6 0 0 6',
      '6 4 2 0',
      '6 3 3 0',
      '6 0 5 1',
      '5 4 1 0',
      '0 0 0 0',
      '0 0 0 0',
    ]);
  });

  it('ranks on met (against the targets the district assigned), then vượt, then the mean % of the shared indicators; Sài Đồng and Thạch Bàn tie at 5th, next is 7th', () => {
    // Shared: higher-is-better, a % in every ward (Giao quân is missing in Cự Khối; Số hộ nghèo is lower-is-better).
    expect(d.sharedIndicators).toEqual([
      'Thu ngân sách',
      'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa',
      'Tỷ lệ người dân tham gia bảo hiểm y tế',
      'Kết nạp đảng viên mới',
    ]);
    expect(d.ranking.map((e) => [e.rank, e.tied, e.ward, e.met, e.vuot, excelRound(e.meanPct!, 1)])).toEqual([
      [1, false, 'phường Long Biên', 6, 6, 112],
      [2, false, 'phường Phúc Đồng', 6, 5, 171.8],
      [3, false, 'phường Đức Giang', 6, 5, 110],
      [4, false, 'phường Thượng Thanh', 6, 4, 128.4],
      [5, true, 'phường Sài Đồng', 6, 3, 106.3],
      [5, true, 'phường Thạch Bàn', 6, 3, 106.3],
      [7, false, 'phường Giang Biên', 6, 3, 102.8],
      [8, false, 'phường Ngọc Thụy', 6, 0, 100],
      [9, false, 'phường Cự Khối', 5, 4, 106.8],
      // Bồ Đề meets its own, easier target for Giao quân but not the district's (assignedStatus).
      [10, false, 'phường Bồ Đề', 5, 4, 106.1],
      [11, false, 'phường Phúc Lợi', 5, 0, 97.5],
      [12, false, 'phường Gia Thụy', 4, 2, 102.8],
      [13, false, 'phường Ngọc Lâm', 4, 2, 98.2],
      [14, false, 'phường Việt Hưng', 0, 0, 81.3],
    ]);
    expect(d.wards.slice(14).map((w) => w.rank)).toEqual([null, null]);
  });

  it('findings: unreadable files, the missing indicator, the converted unit, the wrong typed % and the easier own target', () => {
    expect(d.findings.map((f) => [f.ward, f.kind, f.indicator, f.cell, f.message])).toEqual([
      [
        'phường Đức Giang',
        'reported_pct',
        'Thu ngân sách',
        'F7',
        'Thu ngân sách: tỷ lệ ghi 120% nhưng tính lại (11.550/10.000) là 115,5%.',
      ],
      [
        'phường Gia Thụy',
        'unit_differs',
        'Thu ngân sách',
        null,
        'Thu ngân sách: đơn vị tính "Tỷ đồng" khác các phường khác ("Triệu đồng"), đã quy đổi: 12 tỷ đồng = 12.000 triệu đồng.',
      ],
      [
        'phường Bồ Đề',
        'target_below_assigned',
        'Thu ngân sách',
        'E6',
        'Thu ngân sách: chỉ tiêu tự đề ra (9.000) thấp hơn chỉ tiêu cấp trên giao (10.000).',
      ],
      [
        'phường Cự Khối',
        'missing_indicator',
        'Giao quân',
        null,
        'Thiếu chỉ tiêu "Giao quân", chỉ tiêu mà 13/14 phường báo cáo.',
      ],
      [
        'bao-cao-tong-hop',
        'unreadable',
        null,
        null,
        'Tệp bao-cao-tong-hop.xlsx không phải là sổ Excel .xlsx (có thể là tệp văn bản/CSV đổi tên).',
      ],
      [
        'danh-sach-dang-vien',
        'unreadable',
        null,
        null,
        'Không tìm thấy bảng chỉ tiêu nào: cần một dòng tiêu đề có cột "Chỉ tiêu" và cột "Kế hoạch" hoặc "Thực hiện".',
      ],
    ]);
  });

  it('the district sentences (golden, written by hand)', () => {
    expect(d.sentences).toEqual([
      'Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của 14 phường, gồm 06 chỉ tiêu.',
      'Có 02 tệp không đọc được số liệu: bao-cao-tong-hop.xlsx và danh-sach-dang-vien.xlsx.',
      '10/14 phường hoàn thành vượt mức chỉ tiêu thu ngân sách, 02 phường đạt, 02 phường chưa đạt (phường Ngọc Lâm và phường Việt Hưng); phường Phúc Đồng đạt cao nhất 343%, thấp nhất là phường Việt Hưng (80%).',
      '7/14 phường hoàn thành vượt mức chỉ tiêu tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa, 05 phường đạt, 02 phường chưa đạt (phường Ngọc Lâm và phường Việt Hưng); phường Long Biên đạt cao nhất 104,5%, thấp nhất là phường Việt Hưng (90,9%).',
      '7/14 phường hoàn thành vượt mức chỉ tiêu số hộ nghèo, 05 phường đạt, 02 phường chưa đạt (phường Gia Thụy và phường Việt Hưng); thấp nhất là phường Thượng Thanh (bằng 0% chỉ tiêu), cao nhất là phường Việt Hưng (bằng 125% chỉ tiêu).',
      '9/14 phường hoàn thành vượt mức chỉ tiêu tỷ lệ người dân tham gia bảo hiểm y tế, 04 phường đạt, 01 phường chưa đạt (phường Việt Hưng); phường Giang Biên đạt cao nhất 106%, thấp nhất là phường Việt Hưng (94,4%).',
      '4/14 phường hoàn thành vượt mức chỉ tiêu giao quân, 08 phường đạt, 01 phường chưa đạt (phường Việt Hưng), 01 phường không báo cáo (phường Cự Khối); phường Long Biên đạt cao nhất 116,7%, thấp nhất là phường Việt Hưng (83,3%).',
      '5/14 phường hoàn thành vượt mức chỉ tiêu kết nạp đảng viên mới, 06 phường đạt, 03 phường chưa đạt (phường Gia Thụy, phường Phúc Lợi và phường Việt Hưng); phường Thượng Thanh đạt cao nhất 200%, thấp nhất là phường Việt Hưng (60%).',
      'Phường Long Biên xếp thứ 01/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 06 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 112%).',
      'Phường Phúc Đồng xếp thứ 02/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 05 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 171,8%).',
      'Phường Đức Giang xếp thứ 03/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 05 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 110%).',
      'Phường Thượng Thanh xếp thứ 04/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 04 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 128,4%).',
      'Phường Sài Đồng và phường Thạch Bàn đồng hạng, cùng xếp thứ 05/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 03 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 106,3%).',
      'Phường Giang Biên xếp thứ 07/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 03 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 102,8%).',
      'Phường Ngọc Thụy xếp thứ 08/14 phường (6/6 chỉ tiêu đạt và vượt; tỷ lệ hoàn thành bình quân 100%).',
      'Phường Cự Khối xếp thứ 09/14 phường (5/6 chỉ tiêu đạt và vượt, trong đó 04 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 106,8%).',
      'Phường Bồ Đề xếp thứ 10/14 phường (5/6 chỉ tiêu đạt và vượt, trong đó 04 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 106,1%).',
      'Phường Phúc Lợi xếp thứ 11/14 phường (5/6 chỉ tiêu đạt và vượt; tỷ lệ hoàn thành bình quân 97,5%).',
      'Phường Gia Thụy xếp thứ 12/14 phường (4/6 chỉ tiêu đạt và vượt, trong đó 02 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 102,8%).',
      'Phường Ngọc Lâm xếp thứ 13/14 phường (4/6 chỉ tiêu đạt và vượt, trong đó 02 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 98,2%).',
      'Phường Việt Hưng xếp thứ 14/14 phường (không có chỉ tiêu nào đạt; tỷ lệ hoàn thành bình quân 81,3%).',
      'Có 04 nội dung cần kiểm tra ở 04 phường: phường Bồ Đề, phường Cự Khối, phường Đức Giang và phường Gia Thụy.',
    ]);
  });

  it('the order of the input files changes the columns, never the ranking or the figures', () => {
    const reversed = consolidate([...inputs].reverse());
    expect(reversed.ranking).toEqual(d.ranking);
    expect(reversed.wards.map((w) => w.name)).toEqual([...WARD_NAMES].reverse());
    const revenue = reversed.indicators.find((r) => r.name === 'Thu ngân sách')!;
    expect(revenue.best).toEqual(d.indicators[0].best);
    expect(revenue.counts).toEqual(d.indicators[0].counts);
  });

  it('is plain data: the JSON round-trips', () => {
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});
