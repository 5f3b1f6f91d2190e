/**
 * The district's wards grouped by the period they report, each period ranked on its own; ranking on
 * the share of the assigned indicators met; names matched through the dictionary. The two
 * examples: `Thu ngân sách nhà nước trên địa bàn` and `Thu ngân sách` are one indicator, and wards
 * reporting 2012, 2020 and 2024 are never ranked together (`xếp thứ 01/05`).
 */
import { describe, expect, test } from 'vitest';
import { consolidate } from '../../src/core/consolidate';
import type { CellValue } from '../../src/core/grid';
import { runReport } from '../../src/core/index';

type Row = [string, string, number, number];

/** A ward's workbook: its name in the title, one table of `year`. */
function ward(name: string, year: number, rows: Row[]) {
  const values: CellValue[][] = [
    [`ĐẢNG ỦY PHƯỜNG ${name.toUpperCase()}`],
    [`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${year}`],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', `Kế hoạch năm ${year}`, `Thực hiện năm ${year}`],
    ...rows.map((r, i) => [i + 1, ...r]),
  ];
  return { ward: `phường ${name}`, file: `${name}.xlsx`, result: runReport([{ sheet: `Năm ${year}`, values }]) };
}

const rows = (thu: number, dang: number, bhyt: number): Row[] => [
  ['Thu ngân sách', 'Triệu đồng', 1000, thu],
  ['Kết nạp đảng viên mới', 'Đảng viên', 10, dang],
  ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 90, bhyt],
];

describe('wards reporting different periods', () => {
  const wards = [
    ward('Bồ Đề', 2024, rows(1200, 12, 93)),
    ward('Cự Khối', 2012, rows(1500, 15, 95)),
    ward('Gia Thụy', 2024, rows(1100, 10, 91)),
    ward('Long Biên', 2020, rows(1400, 14, 94)),
    ward('Ngọc Lâm', 2024, rows(900, 9, 88)),
  ];
  const d = consolidate(wards);

  test('are never ranked together: no rank of five, each period ranked on its own', () => {
    expect(d.sentences.join(' ')).not.toContain('/05');
    expect(d.ranking.map((e) => [e.ward, e.rank, e.period])).toEqual([
      ['phường Bồ Đề', 1, '2024'],
      ['phường Gia Thụy', 2, '2024'],
      ['phường Ngọc Lâm', 3, '2024'],
    ]);
    // Cự Khối (2012) has the best figures, but no other ward reports 2012: it is not ranked.
    expect(d.wards.map((w) => [w.name, w.period, w.rank])).toEqual([
      ['phường Bồ Đề', '2024', 1],
      ['phường Cự Khối', '2012', null],
      ['phường Gia Thụy', '2024', 2],
      ['phường Long Biên', '2020', null],
      ['phường Ngọc Lâm', '2024', 3],
    ]);
  });

  test('the sentences say which ward reports which period, and rank within the period', () => {
    expect(d.sentences).toContain(
      'Các phường báo cáo các kỳ khác nhau nên được xếp hạng riêng theo từng kỳ: 03 phường báo cáo năm 2024 (phường Bồ Đề, phường Gia Thụy và phường Ngọc Lâm); phường Long Biên báo cáo năm 2020 (không xếp hạng vì chỉ có một phường); phường Cự Khối báo cáo năm 2012 (không xếp hạng vì chỉ có một phường).',
    );
    // Bồ Đề's mean, by hand: (120 + 120 + 103,3) / 3 = 114,4.
    expect(d.sentences).toContain(
      'Phường Bồ Đề xếp thứ 01/03 phường báo cáo năm 2024 (3/3 chỉ tiêu đạt và vượt, trong đó 03 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 114,4%).',
    );
    expect(d.findings.filter((f) => f.kind === 'period_differs').map((f) => f.ward)).toEqual([
      'phường Cự Khối',
      'phường Long Biên',
    ]);
  });

  test('two periods of two wards each: two rankings of two', () => {
    const two = consolidate([
      ward('Bồ Đề', 2023, rows(1200, 12, 93)),
      ward('Cự Khối', 2024, rows(900, 9, 88)),
      ward('Gia Thụy', 2023, rows(1100, 10, 91)),
      ward('Long Biên', 2024, rows(1400, 14, 94)),
    ]);
    expect(two.ranking.map((e) => [e.ward, e.rank, e.period])).toEqual([
      ['phường Long Biên', 1, '2024'],
      ['phường Cự Khối', 2, '2024'],
      ['phường Bồ Đề', 1, '2023'],
      ['phường Gia Thụy', 2, '2023'],
    ]);
    expect(
      two.sentences.filter((s) => s.includes('xếp thứ')).map((s) => /xếp thứ (\S+ \S+ báo cáo năm \d+)/.exec(s)![1]),
    ).toEqual([
      '01/02 phường báo cáo năm 2024',
      '02/02 phường báo cáo năm 2024',
      '01/02 phường báo cáo năm 2023',
      '02/02 phường báo cáo năm 2023',
    ]);
  });

  test('one period: the sentences are as before (no period named in the rank)', () => {
    const one = consolidate([ward('Bồ Đề', 2024, rows(1200, 12, 93)), ward('Gia Thụy', 2024, rows(1100, 10, 91))]);
    expect(one.ranking.every((e) => e.period === undefined)).toBe(true);
    expect(one.sentences).toContain(
      'Phường Bồ Đề xếp thứ 01/02 phường (3/3 chỉ tiêu đạt và vượt, trong đó 03 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 114,4%).',
    );
  });
});

test('"Thu ngân sách nhà nước trên địa bàn" in one ward and "Thu ngân sách" in another are one indicator', () => {
  const d = consolidate([
    ward('Bồ Đề', 2024, [['Thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', 1000, 1200]]),
    ward('Gia Thụy', 2024, [['Thu ngân sách', 'Triệu đồng', 1000, 1100]]),
  ]);
  expect(d.indicators).toHaveLength(1);
  expect(d.indicators[0].missing).toEqual([]);
  expect(d.indicators[0].cells[0]?.pct).toBeCloseTo(120, 9);
  expect(d.indicators[0].cells[1]?.pct).toBeCloseTo(110, 9);
  expect(d.sentences.join(' ')).not.toContain('không báo cáo');
});

test('ranked on the share of the assigned indicators met: an indicator only one ward reports does not lift it', () => {
  // X, Y, Z are assigned (reported by more than half of the wards); W only by Bồ Đề.
  const X: Row = ['Kết nạp đảng viên mới', 'Đảng viên', 10, 10];
  const Y: Row = ['Giải quyết việc làm', 'Người', 100, 100];
  const Z: Row = ['Số hộ kinh doanh đăng ký mới', 'Hộ', 50, 50];
  const W: Row = ['Số lớp bồi dưỡng chính trị', 'Lớp', 4, 4];
  const d = consolidate([
    ward('Bồ Đề', 2024, [X, Y, W]),
    ward('Gia Thụy', 2024, [X, Y, [Z[0], Z[1], 50, 40]]),
    ward('Long Biên', 2024, [X, Y, Z]),
  ]);
  // Bồ Đề met three indicators, but only two of the three assigned: 2/3 as Gia Thụy.
  expect(d.ranking.map((e) => [e.ward, e.rank, e.met, e.total])).toEqual([
    ['phường Long Biên', 1, 3, 3],
    ['phường Bồ Đề', 2, 2, 3],
    ['phường Gia Thụy', 2, 2, 3],
  ]);
  expect(d.sentences).toContain(
    'Phường Bồ Đề và phường Gia Thụy đồng hạng, cùng xếp thứ 02/03 phường (2/3 chỉ tiêu đạt và vượt; tỷ lệ hoàn thành bình quân 100%).',
  );
});
