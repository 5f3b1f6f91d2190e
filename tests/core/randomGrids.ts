/**
 * Random grids for the engine's properties and the bench's bounds: header words, row words and
 * value cells mixed with any text, numbers, errors and booleans, random merges and number formats.
 * Seeded by the caller (fast-check), so every run sees the same grids.
 */
import fc from 'fast-check';
import { isCellError, type CellRange, type CellValue, type Grid } from '../../src/core/grid';
import type { CellRef, PeriodCells } from '../../src/core/indicator';

const HEADER_WORDS = [
  'STT',
  'Chỉ tiêu',
  'CHI TIEU',
  'Nội dung',
  'ĐVT',
  'Đơn vị tính',
  'Kế hoạch',
  'KH',
  'Thực hiện',
  'TH',
  'Ước TH 6 tháng 2023',
  'KH 2019',
  'Năm 2015',
  'Năm',
  'Chỉ tiêu quận giao',
  'Kế hoạch phường',
  'Cùng kỳ',
  'Chỉ tiêu NQ',
  'Tỷ lệ TH/KH (%)',
  'So cùng kỳ',
  'Chiều',
  'Ghi chú',
];
const ROW_WORDS = [
  'I',
  'II.',
  'IV -',
  'A.',
  'KINH TẾ',
  'Trong đó:',
  '- Thu thuế',
  '+ Lệ phí',
  'Người lập biểu',
  'TM. ĐẢNG ỦY',
  'Số hộ nghèo',
  'Thu ngân sách',
  'Tăng',
  'Giảm',
  '↓',
];
const VALUE_WORDS = [
  '27,6',
  '1.282',
  '1.117.213.000',
  '91,69%',
  '25,3 tỷ',
  '42/50',
  'HTTNV',
  'Đạt',
  'Không có',
  'Trên 90%',
  'Dưới 5%',
  '85-90%',
  'Bình quân 23,5',
  '-',
  'x',
  '…',
  'Triệu đồng',
  '%',
  'Hộ',
];

const CELL: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ROW_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...VALUE_WORDS) },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -100, max: 3000 }), fc.double({ noDefaultInfinity: false })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ error: '#DIV/0!' }, { error: '#N/A' }, { error: '#REF!' }) },
);

const NAME_WORDS = ['Chỉ tiêu', 'CHI TIEU', 'Nội dung', 'Tên chỉ tiêu', 'Danh mục'];
const FIGURE_WORDS = [
  'Kế hoạch',
  'KH',
  'Thực hiện',
  'TH',
  'KH 2019',
  'TH 2019',
  'Ước TH 6 tháng 2023',
  'Chỉ tiêu quận giao',
  'Kế hoạch phường',
];
const NAMES = [
  'Thu ngân sách',
  'Số hộ nghèo',
  'Tỷ lệ hộ gia đình văn hóa',
  'Kết nạp đảng viên',
  'Số vụ phạm pháp',
  'Xếp loại Đảng bộ',
  'I',
  'II. VĂN HÓA',
  '- Thu thuế',
  'Trong đó: phí',
  'Người lập biểu',
  'TM. ĐẢNG ỦY',
  'Y tế',
];

/** Rows of random cells, some of them header and value words. */
const RANDOM_ROWS = fc.array(fc.array(CELL, { maxLength: 12 }), { maxLength: 30 });

/** A table-shaped block: title rows, a header with a name and figure columns, data rows under it. */
const TABLE_ROWS = fc
  .record({
    title: fc.array(fc.array(CELL, { maxLength: 6 }), { maxLength: 3 }),
    extra: fc.shuffledSubarray(HEADER_WORDS, { maxLength: 6 }),
    name: fc.constantFrom(...NAME_WORDS),
    figures: fc.shuffledSubarray(FIGURE_WORDS, { minLength: 1, maxLength: 4 }),
    sub: fc.option(
      fc.array(fc.constantFrom<CellValue>('KH', 'TH', 'Năm 2015', 2016, null, '1', '(2)'), { maxLength: 10 }),
    ),
    data: fc.array(
      fc.record({
        name: fc.oneof(fc.constantFrom<CellValue>(...NAMES), CELL),
        cells: fc.array(CELL, { maxLength: 10 }),
      }),
      { maxLength: 24 },
    ),
  })
  .map(({ title, extra, name, figures, sub, data }) => {
    const header: CellValue[] = [name, ...figures, ...extra];
    return [...title, header, ...(sub ? [[null, ...sub]] : []), ...data.map((d) => [d.name, ...d.cells])];
  });

export const GRID: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.oneof(
      RANDOM_ROWS,
      TABLE_ROWS,
      fc.tuple(TABLE_ROWS, RANDOM_ROWS, TABLE_ROWS).map(([a, b, c]) => [...a, ...b, ...c]),
    ),
    merges: fc.array(
      fc.record({ top: fc.nat({ max: 29 }), left: fc.nat({ max: 11 }), h: fc.nat({ max: 2 }), w: fc.nat({ max: 3 }) }),
      { maxLength: 4 },
    ),
    formats: fc.array(
      fc.array(fc.option(fc.constantFrom('0%', '0.0%', '#,##0', '0.0‰', 'General')), { maxLength: 12 }),
      { maxLength: 30 },
    ),
  })
  .map(({ rows, merges, formats }) => {
    const values = rows.slice(0, 30).map((r) => r.slice(0, 12));
    const ranges: CellRange[] = merges.map((m) => ({
      top: m.top,
      left: m.left,
      bottom: m.top + m.h,
      right: m.left + m.w,
    }));
    return { sheet: 'P', values, numberFormats: formats, merges: ranges };
  });

/** A figure cell (target, actual) holding an Excel error: an indicator whose figures failed. */
export function hasErrorFigure(grid: Grid, cells: PeriodCells | undefined): boolean {
  const at = (ref: CellRef | undefined) => (ref ? grid.values[ref.row]?.[ref.col] : null);
  return !!cells && [cells.target, cells.assignedTarget, cells.actual].some((ref) => isCellError(at(ref)));
}

/** An Excel error on the indicator's (1-based) row, e.g. in a term-target cell the report leaves out. */
export function errorOnRow(grid: Grid, row: number): boolean {
  return (grid.values[row - 1] ?? []).some(isCellError);
}
