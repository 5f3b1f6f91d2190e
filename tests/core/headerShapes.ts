/**
 * Generated indicator tables with 1–3-row headers, written the way wards merge them: `STT`,
 * `Chỉ tiêu`, `ĐVT` merged down over the header rows, a period merged across its `KH | TH | %`
 * sub-headers, in three rows a year over `6 tháng | Cả năm` or a banner over the years, standalone
 * columns (`Tỷ lệ TH/KH cả giai đoạn`, `Ghi chú`) merged down, section rows merged across. Each
 * shape is also read without its merges (issue 12): the header must give the same table.
 */
import type { CellRange, CellValue, Grid } from '../../src/core/grid';

export type SubHeader = 'KH' | 'TH' | '%';

export interface HeaderShape {
  /** 1: `Kế hoạch năm Y | Thực hiện năm Y` on one row; 2: a period over its sub-headers; 3: see `three`. */
  rows: 1 | 2 | 3;
  /** Consecutive years of the groups (the first one's 1–5). */
  years: number[];
  /** The sub-headers under each period (KH and TH, % maybe). */
  sub: SubHeader[];
  /** Three rows: a year over `6 tháng | Cả năm` over the sub-headers, or a banner over the years. */
  three: 'parts' | 'banner';
  /** Two rows: the periods on a row of their own above `STT | Chỉ tiêu | ĐVT | KH | TH` (nothing merged down). */
  groupRowAbove: boolean;
  /** The period labels typed as year numbers (`2019`) instead of `Năm 2019`. */
  yearAsNumber: boolean;
  /** A `STT` column before `Chỉ tiêu`. */
  stt: boolean;
  /** Standalone columns at the right. */
  trailing: ('pct' | 'note')[];
  /** A section row (`I | KINH TẾ`) merged across the table, or its title in the STT cell merged over STT and name. */
  section: 'none' | 'row' | 'stt';
  /** A title merged across the sheet above the header. */
  title: boolean;
  indicators: number;
  seed: number;
}

const UNITS = ['Triệu đồng', '%', 'Hộ', 'Đảng viên'];
const NAMES = ['Thu ngân sách', 'Tỷ lệ hộ gia đình văn hóa', 'Số hộ được hỗ trợ vay vốn', 'Kết nạp đảng viên mới'];
const SUB_TEXT: Record<SubHeader, string> = { KH: 'KH', TH: 'TH', '%': 'Tỷ lệ %' };

interface Leaf {
  year: number;
  part: 'half' | 'year';
  sub: SubHeader;
}

/** The figure columns in order: per year (per part in three rows), the sub-headers. */
function leavesOf(shape: HeaderShape): Leaf[] {
  const parts: Leaf['part'][] = shape.rows === 3 && shape.three === 'parts' ? ['half', 'year'] : ['year'];
  return shape.years.flatMap((year) => parts.flatMap((part) => shape.sub.map((sub) => ({ year, part, sub }))));
}

function yearLabel(shape: HeaderShape, year: number): CellValue {
  return shape.yearAsNumber ? year : `Năm ${year}`;
}

/** The table as a grid, with its merges. */
export function headerShapeGrid(shape: HeaderShape): Grid {
  const leaves = leavesOf(shape);
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  const nameCols = shape.stt ? ['STT', 'Chỉ tiêu', 'ĐVT'] : ['Chỉ tiêu', 'ĐVT'];
  const first = nameCols.length;
  const width = first + leaves.length + shape.trailing.length;
  const trailingText = { pct: 'Tỷ lệ TH/KH cả giai đoạn (%)', note: 'Ghi chú' };
  if (shape.title) {
    values.push([`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN ${shape.years[0]} - ${shape.years.at(-1)}`], []);
    merges.push({ top: 0, left: 0, bottom: 0, right: width - 1 });
  }
  const top = values.length;
  const rows = shape.rows;
  const header: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(width).fill(null));
  const trailingCols = shape.trailing.map((_, i) => first + leaves.length + i);
  if (rows === 1) {
    nameCols.forEach((t, c) => (header[0][c] = t));
    leaves.forEach((l, i) => (header[0][first + i] = oneRowText(l)));
    shape.trailing.forEach((t, i) => (header[0][trailingCols[i]] = trailingText[t]));
  } else {
    // The row holding `Chỉ tiêu` and the standalone labels: the top row, merged down; or, with the
    // periods on a row above, the bottom row.
    const labelRow = shape.groupRowAbove ? rows - 1 : 0;
    nameCols.forEach((t, c) => (header[labelRow][c] = t));
    shape.trailing.forEach((t, i) => (header[labelRow][trailingCols[i]] = trailingText[t]));
    if (!shape.groupRowAbove)
      for (const c of [...nameCols.keys(), ...trailingCols])
        merges.push({ top, left: c, bottom: top + rows - 1, right: c });
    leaves.forEach((l, i) => (header[rows - 1][first + i] = SUB_TEXT[l.sub]));
    // Group labels: row 0 (and row 1 in three rows), each merged across its leaves.
    const group = (row: number, key: (l: Leaf) => string, label: (l: Leaf) => CellValue) => {
      let start = 0;
      for (let i = 1; i <= leaves.length; i++) {
        if (i < leaves.length && key(leaves[i]) === key(leaves[start])) continue;
        header[row][first + start] = label(leaves[start]);
        if (i - 1 > start)
          merges.push({ top: top + row, left: first + start, bottom: top + row, right: first + i - 1 });
        start = i;
      }
    };
    if (rows === 2)
      group(
        0,
        (l) => `${l.year}`,
        (l) => yearLabel(shape, l.year),
      );
    else if (shape.three === 'parts') {
      group(
        0,
        (l) => `${l.year}`,
        (l) => yearLabel(shape, l.year),
      );
      group(
        1,
        (l) => `${l.year}${l.part}`,
        (l) => (l.part === 'half' ? '6 tháng' : 'Cả năm'),
      );
    } else {
      group(
        0,
        () => 'all',
        () => 'Kết quả thực hiện',
      );
      group(
        1,
        (l) => `${l.year}`,
        (l) => yearLabel(shape, l.year),
      );
    }
  }
  values.push(...header);
  let seed = shape.seed || 1;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < shape.indicators; i++) {
    if (shape.section !== 'none' && i % 3 === 0) {
      const r = values.length;
      const n = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][Math.floor(i / 3) % 7];
      if (shape.section === 'row' || !shape.stt) {
        const row = Array<CellValue>(width).fill(null);
        row[first - 2] = `${n}. NHÓM CHỈ TIÊU ${Math.floor(i / 3) + 1}`;
        values.push(row);
        merges.push({ top: r, left: first - 2, bottom: r, right: width - 1 });
      } else {
        values.push([`${n}. NHÓM CHỈ TIÊU ${Math.floor(i / 3) + 1}`]);
        merges.push({ top: r, left: 0, bottom: r, right: 1 });
      }
    }
    const unit = UNITS[i % UNITS.length];
    const row: CellValue[] = shape.stt ? [i + 1] : [];
    row.push(`${NAMES[i % NAMES.length]} số ${i + 1}`, unit);
    let plan = 0;
    let actual = 0;
    for (const l of leaves) {
      if (l.sub === 'KH') plan = unit === '%' ? 70 + Math.round(rnd() * 200) / 10 : Math.round(10 + rnd() * 1000);
      if (l.sub === 'TH') actual = Math.round(plan * (l.part === 'half' ? 0.5 : 0.8 + rnd() * 0.4) * 10) / 10;
      row.push(l.sub === 'KH' ? plan : l.sub === 'TH' ? actual : Math.round((actual / plan) * 1000) / 10);
    }
    for (const t of shape.trailing) row.push(t === 'pct' ? Math.round(90 + rnd() * 30) : null);
    values.push(row);
  }
  return { sheet: 'Chỉ tiêu', values, merges };
}

/** `Kế hoạch năm 2020`, `Thực hiện năm 2020`, `Tỷ lệ TH/KH năm 2020 (%)`. */
function oneRowText(l: Leaf): string {
  if (l.sub === 'KH') return `Kế hoạch năm ${l.year}`;
  if (l.sub === 'TH') return `Thực hiện năm ${l.year}`;
  return `Tỷ lệ TH/KH năm ${l.year} (%)`;
}

/** A grid without its merged areas, as the add-in reads it on ExcelApi 1.12 or after Excel refused them. */
export function withoutMerges(grid: Grid): Grid {
  const { merges, ...rest } = grid;
  void merges;
  return rest;
}

/**
 * A term table with a three-row header: `Năm 2021 … Năm 2023` over `6 tháng | Cả năm` over
 * `KH | TH | Tỷ lệ %`, a `Ghi chú` column merged down, section rows merged across.
 */
export function termTableThreeRowHeader(): Grid {
  return headerShapeGrid({
    rows: 3,
    years: [2021, 2022, 2023],
    sub: ['KH', 'TH', '%'],
    three: 'parts',
    groupRowAbove: false,
    yearAsNumber: false,
    trailing: ['note'],
    section: 'row',
    title: true,
    indicators: 9,
    seed: 5,
    stt: true,
  });
}
