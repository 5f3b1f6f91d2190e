/**
 * The add-in on a workbook whose only table is a table of bodies: the report sheet is written
 * (no indicator row, the share finding listed), as the command line writes it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { generate } from './generate';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

describe('a workbook of tables of bodies only, in Excel', () => {
  it('the report sheet is written, with the wrong share among its findings', async () => {
    const fake = createFakeExcel([
      {
        sheet: 'Phụ lục I',
        values: [
          ['KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN CỦA CÁC BỘ, NGÀNH'],
          ['STT', 'Bộ, ngành', 'Số hồ sơ đã giải quyết', 'Tổng số hồ sơ', 'Tỷ lệ (%)'],
          [1, 'Bộ Tài chính', 994, 1000, '99.4%'],
          [2, 'Bộ Công an', 700, 800, '88.5%'],
        ],
      },
    ]);
    const r = await generate(fake);
    expect(r.report.tables).toEqual([]);
    expect(r.report.checks.map((c) => c.cell)).toEqual(['E4']);
    const cells = [...fake.state.sheet(r.sheetName).cells.values()];
    const texts = cells.flatMap((c) => (c.kind === 'const' && typeof c.value === 'string' ? [c.value] : []));
    expect(texts.some((t) => t.includes('Bộ Công an: tỷ lệ ghi 88,5% nhưng tính lại (700/800) là 87,5%.'))).toBe(true);
  });
});
