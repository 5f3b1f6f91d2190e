/**
 * Generator of ward workbooks in the shapes of the shared fixtures (`/work/shared/fixtures`), for the
 * consolidation tests and `npm run bench:consolidate`:
 * - `annual`: phuc-dong-2020 — party header block, title, sections I–IV, `Chỉ tiêu quận giao năm Y |
 *   Thực hiện năm Y | Thực hiện cùng kỳ | Tỷ lệ TH/KH (%) | Ghi chú`, rates as fractions shown `0.00%`;
 * - `annualText`: the same table typed by hand — `UBND PHƯỜNG …`, `TT | Nội dung chỉ tiêu | ĐVT |
 *   Kế hoạch Y | Ước thực hiện Y | So sánh TH/KH (%)`, every number as Vietnamese text (`36.015`, `90,2`);
 * - `twoRow`: duc-giang-2015-2020 — `Năm Y-1` / `Năm Y` merged over `KH | TH` (no term target, so the
 *   latest year is the headline), optionally without an STT column and with `1.` numbering in the names;
 * - `long`: so-lieu-dai-2018-2020 — `Năm | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện`, one row per year;
 * - `assigned`: `Chỉ tiêu quận giao | Chỉ tiêu phường phấn đấu | Thực hiện | Tỷ lệ (%)`.
 */
import ExcelJS from 'exceljs';
import { formatNumber } from '../../src/core/narrative/format';

export type WardLayout = 'annual' | 'annualText' | 'twoRow' | 'long' | 'assigned';

export interface WardRow {
  name: string;
  unit: string;
  target: number | string;
  actual: number;
  /** The target assigned from above (`assigned` layout); defaults to `target`. */
  assigned?: number;
  /** Last year's target and actual (`twoRow`, `long`, and `Thực hiện cùng kỳ` of `annual`). */
  prevTarget?: number;
  prevActual?: number;
  /** What the ward typed in its `Tỷ lệ` column; omitted: left empty. */
  reportedPct?: number;
  /** Section (group) the row opens, `KINH TẾ - NGÂN SÁCH`. */
  section?: string;
  /** A sub-indicator (`Trong đó: …`) of the row above. */
  sub?: boolean;
}

export interface WardSpec {
  /** File name, `phuc-dong.xlsx`. */
  file: string;
  layout: WardLayout;
  year: number;
  /** Lines above the table (body, title); the `long` layout may have none. */
  lines: string[];
  rows: WardRow[];
  /** `twoRow`: no STT column, names numbered `1. …` instead. */
  numberedNames?: boolean;
  sheet?: string;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** A number as a ward types it in a text cell: `36.015`, `90,2`. */
export function vnText(n: number): string {
  return formatNumber(n, 3);
}

function isRate(unit: string): boolean {
  return unit.trim() === '%';
}

function writeLines(ws: ExcelJS.Worksheet, lines: string[]): void {
  for (const line of lines) ws.addRow([line]);
  if (lines.length) ws.addRow([]);
}

function annual(ws: ExcelJS.Worksheet, spec: WardSpec): void {
  writeLines(ws, spec.lines);
  const y = spec.year;
  ws.addRow([
    'STT',
    'Chỉ tiêu',
    'Đơn vị tính',
    `Chỉ tiêu quận giao năm ${y}`,
    `Thực hiện năm ${y}`,
    `Thực hiện cùng kỳ năm ${y - 1}`,
    'Tỷ lệ TH/KH (%)',
    'Ghi chú',
  ]);
  let n = 0;
  let section = 0;
  for (const r of spec.rows) {
    if (r.section) ws.addRow([ROMAN[section++], r.section]);
    const rate = isRate(r.unit) && typeof r.target === 'number';
    const scale = (v: number | undefined) => (v === undefined ? null : rate ? v / 100 : v);
    const row = ws.addRow([
      r.sub ? null : ++n,
      r.sub ? `Trong đó: ${r.name}` : r.name,
      r.unit,
      typeof r.target === 'number' ? scale(r.target) : r.target,
      scale(r.actual),
      scale(r.prevActual),
      r.reportedPct ?? null,
    ]);
    if (rate) for (const c of [4, 5, 6]) row.getCell(c).numFmt = '0.00%';
  }
}

function annualText(ws: ExcelJS.Worksheet, spec: WardSpec): void {
  writeLines(ws, spec.lines);
  const y = spec.year;
  ws.addRow(['TT', 'Nội dung chỉ tiêu', 'ĐVT', `Kế hoạch ${y}`, `Ước thực hiện ${y}`, 'So sánh TH/KH (%)']);
  spec.rows.forEach((r, i) =>
    ws.addRow([
      String(i + 1),
      r.name,
      r.unit,
      typeof r.target === 'number' ? vnText(r.target) : r.target,
      vnText(r.actual),
      r.reportedPct === undefined ? null : vnText(r.reportedPct),
    ]),
  );
}

function twoRow(ws: ExcelJS.Worksheet, spec: WardSpec): void {
  writeLines(ws, spec.lines);
  const y = spec.year;
  const lead = spec.numberedNames ? ['Chỉ tiêu', 'ĐVT'] : ['STT', 'Chỉ tiêu', 'ĐVT'];
  const top = ws.addRow([...lead, `Năm ${y - 1}`, null, `Năm ${y}`, null]).number;
  ws.addRow([...lead.map(() => null), 'KH', 'TH', 'KH', 'TH']);
  lead.forEach((_, i) => ws.mergeCells(top, i + 1, top + 1, i + 1));
  ws.mergeCells(top, lead.length + 1, top, lead.length + 2);
  ws.mergeCells(top, lead.length + 3, top, lead.length + 4);
  spec.rows.forEach((r, i) => {
    const name = spec.numberedNames ? `${i + 1}. ${r.name}` : r.name;
    const values = [r.unit, r.prevTarget ?? r.target, r.prevActual ?? null, r.target, r.actual];
    ws.addRow(spec.numberedNames ? [name, ...values] : [i + 1, name, ...values]);
  });
}

function long(ws: ExcelJS.Worksheet, spec: WardSpec): void {
  writeLines(ws, spec.lines);
  ws.addRow(['Năm', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện']);
  for (const year of [spec.year - 1, spec.year]) {
    for (const r of spec.rows) {
      const last = year === spec.year;
      ws.addRow([
        year,
        r.name,
        r.unit,
        last ? r.target : (r.prevTarget ?? r.target),
        last ? r.actual : (r.prevActual ?? null),
      ]);
    }
  }
}

function assigned(ws: ExcelJS.Worksheet, spec: WardSpec): void {
  writeLines(ws, spec.lines);
  ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu quận giao', 'Chỉ tiêu phường phấn đấu', 'Thực hiện', 'Tỷ lệ (%)']);
  spec.rows.forEach((r, i) =>
    ws.addRow([i + 1, r.name, r.unit, r.assigned ?? r.target, r.target, r.actual, r.reportedPct ?? null]),
  );
}

const LAYOUTS: Record<WardLayout, (ws: ExcelJS.Worksheet, spec: WardSpec) => void> = {
  annual,
  annualText,
  twoRow,
  long,
  assigned,
};

/** The ward's workbook, in memory. */
export function wardWorkbook(spec: WardSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheet ?? `Chỉ tiêu ${spec.year}`);
  LAYOUTS[spec.layout](ws, spec);
  ws.getColumn(2).width = 45;
  return wb;
}

/** Writes the ward's workbook to `path`. */
export async function writeWard(path: string, spec: WardSpec): Promise<void> {
  await wardWorkbook(spec).xlsx.writeFile(path);
}

/** A workbook that is not an indicator table: a list of names (no `Chỉ tiêu` / `Kế hoạch` header). */
export async function writeNameList(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH ĐẢNG VIÊN ĐƯỢC TẶNG HUY HIỆU ĐẢNG']);
  ws.addRow([]);
  ws.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Chi bộ']);
  ws.addRow([1, 'Nguyễn Văn An', 1950, 'Chi bộ 1']);
  ws.addRow([2, 'Trần Thị Bình', 1955, 'Chi bộ 3']);
  ws.addRow([3, 'Lê Văn Cường', 1948, 'Chi bộ 7']);
  await wb.xlsx.writeFile(path);
}
