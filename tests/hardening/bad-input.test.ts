/**
 * Black box, hostile but readable workbooks (issue 5, item 2): each one either gives a correct
 * report (exit 0, the right counts) or exit 2 with one Vietnamese line — never a stack trace, never
 * exit 1, never more than 30 s, and the input unchanged. The unreadable files (corrupted zip, .xls,
 * CSV, 0 bytes, encrypted) are covered by tests/cli/refusals.test.ts.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../cli/harness';
import { HEADER, allIndicators, expectReport, expectedCounts, indicatorRows, makeTempDir } from './helpers';

/** A workbook in a fresh temp dir, built by `fill`. */
function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  return writeWorkbook(join(makeTempDir(), 'so-lieu.xlsx'), fill);
}

describe('chitieu report on hostile workbooks', () => {
  it('(a) stray formatting at XFD1048576 next to a real table: the table is read, nothing else', async () => {
    const input = await workbook((wb) => {
      const ws = wb.addWorksheet('Chỉ tiêu 2020');
      ws.addRows([HEADER, ...indicatorRows(6)]);
      const far = ws.getCell('XFD1048576');
      far.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      far.border = { top: { style: 'thin' } };
      ws.getCell('AA5000').numFmt = '0.00';
    });
    const report = await expectReport(input);
    expect(report.counts).toEqual(expectedCounts(6));
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].range).toBe('A1:E7');
  });

  it('(c) 32,767-character strings in a name, a unit and a target', async () => {
    const long = (seed: string) => seed.repeat(Math.ceil(32_767 / seed.length)).slice(0, 32_767);
    const longName = long('Tỷ lệ hộ gia đình văn hóa ');
    const input = await workbook((wb) => {
      const ws = wb.addWorksheet('Chỉ tiêu 2020');
      ws.addRows([
        HEADER,
        [1, longName, 'Hộ', 100, 120],
        [2, 'Số hộ thoát nghèo', long('Hộ '), 10, 8],
        [3, 'Kết nạp đảng viên mới', 'Đảng viên', long('Đạt '), 11],
        [4, 'Giao quân', 'Người', 12, 12],
      ]);
    });
    const report = await expectReport(input);
    const indicators = allIndicators(report);
    expect(indicators.map((i) => [i.name.length, i.unit?.length, i.overallStatus])).toEqual([
      [32_767, 2, 'vuot'],
      [17, 32_767, 'chua_dat'],
      [21, 9, 'khong_danh_gia'], // a 32,767-character "Đạt Đạt …" is no target
      [9, 5, 'dat'],
    ]);
    expect(report.counts).toEqual({ total: 4, vuot: 1, dat: 1, chua_dat: 1, khong_danh_gia: 1 });

    // The copy must still open in Excel: no cell over its 32,767-character limit, no row over 409 pt.
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(report.out);
    for (const ws of copy.worksheets) {
      ws.eachRow((row) => {
        expect(row.height ?? 0).toBeLessThanOrEqual(409);
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Merge) return;
          const v = cell.value;
          const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? cell.text : '';
          expect(text.length, `${ws.name}!${cell.address}`).toBeLessThanOrEqual(32_767);
        });
      });
    }
  });

  it('(d) a title merged over the header and a header cell merged across 3 columns', async () => {
    const input = await workbook((wb) => {
      const ws = wb.addWorksheet('Chỉ tiêu 2020');
      ws.getCell('A1').value = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020';
      ws.mergeCells('A1:G1');
      // Row 2: the header; "Chỉ tiêu" spans B2:D2 (name, then two empty columns), the unit is E.
      ws.getRow(2).values = ['STT', 'Chỉ tiêu', null, null, 'Đơn vị tính', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'];
      ws.mergeCells('B2:D2');
      indicatorRows(5).forEach(([stt, name, unit, target, actual], k) => {
        const r = 3 + k;
        ws.getRow(r).values = [stt, name, null, null, unit, target, actual];
        ws.mergeCells(`B${r}:D${r}`);
      });
    });
    const report = await expectReport(input);
    expect(report.counts).toEqual(expectedCounts(5));
    expect(allIndicators(report).map((i) => i.unit)).toEqual(Array(5).fill('Hộ'));
  });

  it('(e) the header repeated every 40 rows: every indicator found once, no header read as data', async () => {
    const n = 100;
    const input = await workbook((wb) => {
      const ws = wb.addWorksheet('Chỉ tiêu 2020');
      const rows = indicatorRows(n);
      for (let k = 0; k < rows.length; k++) {
        if (k % 39 === 0) ws.addRow(HEADER); // rows 1, 41, 81… hold the header
        ws.addRow(rows[k]);
      }
    });
    const report = await expectReport(input);
    const names = allIndicators(report).map((i) => i.name);
    expect(names).toHaveLength(n);
    expect(new Set(names).size).toBe(n);
    expect(names.filter((name) => /chỉ tiêu/i.test(name))).toEqual([]);
    expect(report.counts).toEqual(expectedCounts(n));
  });

  it('(f) numbers written as text with spaces and non-breaking spaces', async () => {
    const input = await workbook((wb) => {
      const ws = wb.addWorksheet('Chỉ tiêu 2020');
      ws.addRows([
        HEADER,
        [1, 'Thu ngân sách', 'Triệu đồng', ' 1.282 ', '\u00a036.015'],
        [2, 'Tỷ lệ hộ gia đình văn hóa', '%', '27,6\u00a0', ' 27,6 '],
        [3, 'Số hộ thoát nghèo', 'Hộ', '\u00a010\u00a0', ' 8'],
      ]);
    });
    const report = await expectReport(input);
    const [budget, rate, poor] = allIndicators(report);
    expect(budget.periods[0]).toMatchObject({ target: 1282, actual: 36015, status: 'vuot' });
    expect(rate.periods[0]).toMatchObject({ target: 27.6, actual: 27.6, status: 'dat' });
    expect(poor.periods[0]).toMatchObject({ target: 10, actual: 8, status: 'chua_dat' });
    expect(report.counts).toEqual({ total: 3, vuot: 1, dat: 1, chua_dat: 1, khong_danh_gia: 0 });
  });

  it('(g) an error in every figure cell, as a value and as a formula result: không đánh giá', async () => {
    const errors = ['#DIV/0!', '#N/A', '#VALUE!'] as const;
    const input = await workbook((wb) => {
      const ws = wb.addWorksheet('Chỉ tiêu 2020');
      ws.addRow(HEADER);
      errors.forEach((error, k) => {
        ws.addRow([k + 1, `Chỉ tiêu lỗi giá trị ${k + 1}`, 'Hộ', { error }, { error }]);
      });
      errors.forEach((error, k) => {
        ws.addRow([
          k + 4,
          `Chỉ tiêu lỗi công thức ${k + 4}`,
          'Hộ',
          { formula: 'D2/0', result: { error } },
          { formula: 'NA()', result: { error } },
        ]);
      });
    });
    const report = await expectReport(input);
    const indicators = allIndicators(report);
    expect(indicators).toHaveLength(6);
    expect(indicators.map((i) => i.overallStatus)).toEqual(Array(6).fill('khong_danh_gia'));
    expect(report.counts).toEqual({ total: 6, vuot: 0, dat: 0, chua_dat: 0, khong_danh_gia: 6 });
    expect(report.narrative.join(' ')).toContain('chưa đủ số liệu để đánh giá');
  });
});
