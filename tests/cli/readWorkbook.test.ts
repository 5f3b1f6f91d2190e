/** readWorkbook: what the engine sees of small workbooks built here with ExcelJS. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { parseRange, readWorkbook } from '../../src/cli/readWorkbook';
import { VALUE_TYPE } from '../../src/workbookFile/exceljsFallback';
import { sniffFileKind } from '../../src/workbookFile/sniff';
import { FIXTURES, makeTempDir, oleFile, writeWorkbook } from './harness';

/** Builds a one-sheet workbook, reads it back, returns its grid. */
async function gridOf(fill: (ws: ExcelJS.Worksheet) => void, setup?: (wb: ExcelJS.Workbook) => void): Promise<Grid> {
  const path = await writeWorkbook(join(makeTempDir(), 'so-lieu.xlsx'), (wb) => {
    setup?.(wb);
    fill(wb.addWorksheet('Chỉ tiêu'));
  });
  const read = await readWorkbook(path);
  if (!read.ok) throw new Error(read.message);
  return read.grids[0];
}

describe('readWorkbook values', () => {
  it("the ExcelJS value types it tests are ExcelJS' own (ExcelJS is loaded only for the fallback)", () => {
    expect(VALUE_TYPE).toEqual({ merge: ExcelJS.ValueType.Merge, formula: ExcelJS.ValueType.Formula });
  });

  it('rich text reads as its concatenated plain text', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'Thu ', font: { bold: true } }, { text: 'ngân sách' }] };
    });
    expect(grid.values).toEqual([['Thu ngân sách']]);
  });

  it('a formula cell reads as its cached result', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = 100;
      ws.getCell('B1').value = 120;
      ws.getCell('C1').value = { formula: 'B1/A1*100', result: 120 };
    });
    expect(grid.values).toEqual([[100, 120, 120]]);
  });

  it('a formula whose cached result is 0 or FALSE reads as that figure (as the add-in reads it), not as empty', async () => {
    const path = await writeWorkbook(join(makeTempDir(), 'so-lieu.xlsx'), (wb) => {
      const ws = wb.addWorksheet('Chỉ tiêu 2020');
      ws.addRows([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
        [1, 'Số vụ cháy nổ', 'Vụ', 0, 0],
        [2, 'Số hộ thoát nghèo', 'Hộ', 5, null],
      ]);
      ws.getCell('E3').value = { formula: 'D2*1', result: 0 };
      ws.getCell('F3').value = { formula: '1>2', result: false };
    });
    const read = await readWorkbook(path);
    if (!read.ok) throw new Error(read.message);
    expect(read.grids[0].values[2].slice(3)).toEqual([5, 0, false]);
    const { runReport } = await import('../../src/core/index');
    const run = runReport(read.grids);
    if (!run.ok) throw new Error(run.message);
    const poor = run.report.tables[0].indicators.find((i) => i.name === 'Số hộ thoát nghèo');
    expect(poor?.periods[0].actual).toBe(0);
    expect(poor?.overallStatus).toBe('chua_dat');
  });

  it('a shared formula reads as its cached result, master and dependents', async () => {
    const grid = await gridOf((ws) => {
      ws.addRows([
        [1, 2],
        [3, 4],
      ]);
      ws.getCell('C1').value = {
        formula: 'A1+B1',
        result: 3,
        shareType: 'shared',
        ref: 'C1:C2',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('C2').value = { sharedFormula: 'C1', result: 7 } as ExcelJS.CellSharedFormulaValue;
    });
    expect(grid.values).toEqual([
      [1, 2, 3],
      [3, 4, 7],
    ]);
  });

  it('a formula without a cached result reads as empty, never 0', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = 'Thu ngân sách';
      ws.getCell('B1').value = { formula: 'SUM(C1:C9)' } as ExcelJS.CellFormulaValue;
    });
    expect(grid.values).toEqual([['Thu ngân sách']]);
  });

  it('error values and error results read as { error }', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = { error: '#N/A' };
      ws.getCell('B1').value = { formula: 'A2/0', result: { error: '#DIV/0!' } };
    });
    expect(grid.values).toEqual([[{ error: '#N/A' }, { error: '#DIV/0!' }]]);
  });

  it('hyperlinks read as their text, booleans as booleans, the empty string as empty', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = { text: 'Nghị quyết', hyperlink: 'https://example.vn/nq' };
      ws.getCell('B1').value = true;
      ws.getCell('C1').value = '';
      ws.getCell('D1').value = 'Đạt';
    });
    expect(grid.values).toEqual([['Nghị quyết', true, null, 'Đạt']]);
  });

  it('dates read as Excel serial numbers and keep their date format', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2020, 0, 1));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    expect(grid.values).toEqual([[43831]]);
    expect(grid.numberFormats?.[0]?.[0]).toBe('dd/mm/yyyy');
  });

  it("dates of a 1904-date-system workbook read as that system's serial numbers", async () => {
    const grid = await gridOf(
      (ws) => {
        ws.getCell('A1').value = new Date(Date.UTC(2020, 0, 1));
      },
      (wb) => {
        wb.properties.date1904 = true;
      },
    );
    expect(grid.values).toEqual([[43831 - 1462]]);
  });
});

describe('readWorkbook number formats', () => {
  it('a % number format is kept beside the raw fraction; General reads as null', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = 0.9169;
      ws.getCell('A1').numFmt = '0.00%';
      ws.getCell('B1').value = 12;
      ws.getCell('B1').numFmt = 'General';
      ws.getCell('C1').value = 0.5;
      ws.getCell('C1').numFmt = '0.0‰';
    });
    expect(grid.values).toEqual([[0.9169, 12, 0.5]]);
    expect(grid.numberFormats).toEqual([['0.00%', null, '0.0‰']]);
  });

  it('a sheet without any number format has no numberFormats', async () => {
    const grid = await gridOf((ws) => ws.addRow(['Chỉ tiêu', 1]));
    expect(grid.numberFormats).toBeUndefined();
  });
});

describe('readWorkbook merges', () => {
  it('merged areas become 0-based ranges and only the master cell holds the value', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = 'ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG';
      ws.mergeCells('A1:D1');
      ws.getCell('E5').value = 'Năm 2015';
      ws.mergeCells('E5:F5');
      ws.getCell('E6').value = 'KH';
      ws.getCell('F6').value = 'TH';
    });
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 4, left: 4, bottom: 4, right: 5 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
    expect(grid.values[0]).toEqual(['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']);
    expect(grid.values[4]).toEqual([null, null, null, null, 'Năm 2015']);
    expect(grid.values[5]).toEqual([null, null, null, null, 'KH', 'TH']);
  });

  it('parseRange reads A1 ranges, absolute ones and single cells', () => {
    expect(parseRange('A5:O14')).toEqual({ top: 4, left: 0, bottom: 13, right: 14 });
    expect(parseRange('$B$2:$C$3')).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseRange('AA10')).toEqual({ top: 9, left: 26, bottom: 9, right: 26 });
    expect(parseRange('nonsense')).toBeNull();
  });
});

describe('readWorkbook used area', () => {
  it('a lone value at row 5000, column 200 gives 5000 rows, only that row 200 cells long', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell(5000, 200).value = 42;
    });
    expect(grid.values).toHaveLength(5000);
    expect(grid.values[4999]).toHaveLength(200);
    expect(grid.values[4999][199]).toBe(42);
    expect(grid.values.slice(0, 4999).every((row) => row.length === 0)).toBe(true);
  });

  it('formatting that reaches XFD1048576 does not grow the grid past the last value', async () => {
    const grid = await gridOf((ws) => {
      ws.addRow(['Chỉ tiêu', 'Kế hoạch']);
      ws.getCell('XFD1048576').numFmt = '0%';
      ws.getCell('XFD1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getRow(1048575).font = { bold: true };
    });
    expect(grid.values).toEqual([['Chỉ tiêu', 'Kế hoạch']]);
  });

  it('trailing empty rows and merges of empty cells are trimmed', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('B2').value = 'Thu ngân sách';
      ws.mergeCells('A10:C12');
      ws.getCell('D20').value = '';
    });
    expect(grid.values).toEqual([[], [null, 'Thu ngân sách']]);
  });

  it('every worksheet gives a grid, empty ones included', async () => {
    const path = await writeWorkbook(join(makeTempDir(), 'hai-trang.xlsx'), (wb) => {
      wb.addWorksheet('Trống');
      wb.addWorksheet('Số liệu').addRow(['Chỉ tiêu']);
    });
    const read = await readWorkbook(path);
    expect(read.ok && read.grids.map((g) => [g.sheet, g.values])).toEqual([
      ['Trống', []],
      ['Số liệu', [['Chỉ tiêu']]],
    ]);
  });
});

describe('readWorkbook refusals', () => {
  it('sniffs zip, encrypted OLE, old .xls OLE and anything else', () => {
    expect(sniffFileKind(readFileSync(join(FIXTURES, 'phuc-dong-2020.xlsx')))).toBe('xlsx');
    expect(sniffFileKind(oleFile(['Root Entry', 'EncryptedPackage']))).toBe('encrypted');
    expect(sniffFileKind(oleFile(['Root Entry', 'Workbook']))).toBe('xls');
    expect(sniffFileKind(Buffer.from('STT,Chỉ tiêu\n'))).toBe('not_xlsx');
    expect(sniffFileKind(Buffer.alloc(0))).toBe('not_xlsx');
    expect(sniffFileKind(Buffer.from('PK'))).toBe('not_xlsx');
  });

  it('names the file (not the path) in its messages', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'bao-cao.xlsx'), 'không phải excel');
    expect(await readWorkbook(join(dir, 'bao-cao.xlsx'))).toEqual({
      ok: false,
      code: 'not-xlsx',
      message: 'Tệp bao-cao.xlsx không phải là sổ Excel .xlsx (có thể là tệp văn bản/CSV đổi tên).',
    });
  });

  it('a workbook package without any worksheet has no sheet with data (a renamed .docx: tests/xlsx)', async () => {
    const path = await writeWorkbook(join(makeTempDir(), 'van-ban.xlsx'), () => {});
    const read = await readWorkbook(path);
    expect(read.ok ? '' : read.message).toContain('không có trang tính nào có dữ liệu');
  });

  it('a folder is not a workbook', async () => {
    const dir = makeTempDir();
    const read = await readWorkbook(dir);
    expect(read.ok).toBe(false);
  });
});
