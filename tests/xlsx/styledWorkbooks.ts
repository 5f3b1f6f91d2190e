/**
 * Workbooks styled as offices style them, built with ExcelJS: a title, the header, then lines
 * whose name cell is set in italics or indented by Excel (Format Cells → Alignment → Indent).
 * Shared by the readers' tests (tests/xlsx/textStyles.test.ts) and the add-in's (tests/excel).
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/grid';

export type Look = Partial<Pick<ExcelJS.Style, 'font' | 'alignment'>>;
export type Line = { cells: CellValue[]; look?: Look };

export const ITALIC: Look = { font: { name: 'Times New Roman', size: 13, italic: true } };
export const INDENT_1: Look = { alignment: { horizontal: 'left', indent: 1 } };
export const INDENT_2: Look = { alignment: { horizontal: 'left', indent: 2 } };

export const NO_STT = ['Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2025', 'Thực hiện năm 2025'];
export const WITH_STT = ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];

/** A styled table: its header, its lines, and the column of its names. */
export interface StyledTable {
  header: CellValue[];
  lines: Line[];
  nameCol: number;
}

/** A budget table without STT: italic items under each upright total. */
export const BUDGET_ITALIC_ITEMS: StyledTable = {
  header: NO_STT,
  lines: [
    { cells: ['Tổng thu ngân sách trên địa bàn', 'Triệu đồng', 12000, 12500] },
    { cells: ['Thu thuế ngoài quốc doanh', 'Triệu đồng', 5000, 5200], look: ITALIC },
    { cells: ['Thu tiền sử dụng đất', 'Triệu đồng', 4000, 4100], look: ITALIC },
    { cells: ['Tổng chi ngân sách địa phương', 'Triệu đồng', 9000, 8800] },
    { cells: ['Chi thường xuyên', 'Triệu đồng', 7000, 6900], look: ITALIC },
  ],
  nameCol: 0,
};

/** A numbered table whose parts are indented by Excel, two levels deep. */
export const LABOUR_INDENTED: StyledTable = {
  header: WITH_STT,
  lines: [
    { cells: [1, 'Tổng số lao động được giải quyết việc làm', 'Người', 400, 420] },
    { cells: [null, 'Lao động nữ', 'Người', 150, 160], look: INDENT_1 },
    { cells: [null, 'Lao động nữ dưới 30 tuổi', 'Người', 50, 61], look: INDENT_2 },
    { cells: [null, 'Lao động nông thôn', 'Người', 200, 190], look: INDENT_1 },
    { cells: [2, 'Số hộ kinh doanh đăng ký mới', 'Hộ', 150, 170] },
  ],
  nameCol: 1,
};

/** A table set all in italics (no hierarchy from them). */
export const ALL_ITALIC: StyledTable = {
  header: NO_STT,
  lines: [
    { cells: ['Thu ngân sách', 'Tỷ đồng', 10, 12], look: ITALIC },
    { cells: ['Chi ngân sách', 'Tỷ đồng', 8, 8], look: ITALIC },
    { cells: ['Giao quân', 'Người', 12, 12], look: ITALIC },
  ],
  nameCol: 0,
};

/** An indent from the right (right-aligned text), which marks no sub-row. */
export const RIGHT_INDENT: StyledTable = {
  header: NO_STT,
  lines: [
    { cells: ['Số hộ nghèo', 'Hộ', 20, 14] },
    { cells: ['Số hộ thoát nghèo', 'Hộ', 6, 8], look: { alignment: { horizontal: 'right', indent: 2 } } },
  ],
  nameCol: 0,
};

/** The workbook of one sheet: a title, the header, then the lines, each name cell set as told. */
export async function workbook(header: CellValue[], lines: Line[], nameCol: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu');
  ws.addRow(['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025']);
  ws.addRow(header);
  for (const line of lines) {
    const row = ws.addRow(line.cells);
    const cell = row.getCell(nameCol + 1);
    if (line.look?.font) cell.font = line.look.font;
    if (line.look?.alignment) cell.alignment = line.look.alignment;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The workbook of a styled table. */
export const tableWorkbook = (t: StyledTable) => workbook(t.header, t.lines, t.nameCol);
