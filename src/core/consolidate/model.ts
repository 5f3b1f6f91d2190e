/**
 * The district consolidation as one sheet model ("Tổng hợp các phường"), for the renderers of the
 * report sheet (`ReportSheetModel`: the office-js writer of the add-in). It holds, top to bottom,
 * what `chitieu consolidate -o` writes on three sheets (src/cli/consolidate.ts):
 * - the indicator × ward matrix: two columns per ward (`Tỷ lệ (%)`, `Đánh giá`), status colours by
 *   conditional formatting (the report sheet's rules), then per row the wards met (a COUNTIF
 *   formula), the best and the lowest ward; below it per ward the indicators met (COUNTIF) and the
 *   rank;
 * - "Xếp hạng": one row per ranked ward, and the ranking rule;
 * - "Nhận xét": the district sentences;
 * - "Kiểm tra": one row per finding.
 * One sheet, because the add-in replaces one own sheet per kind in one write (≤ 3 syncs in all).
 * Pure: no Office, no ExcelJS.
 */
import { cellAddress, type CellRange } from '../grid';
import { formatPct } from '../narrative/format';
import { literal, quoteSheet } from '../report/formulas';
import {
  STATUS_TEXT,
  type CellStyle,
  type ConditionalRule,
  type ModelCell,
  type ReportSheetModel,
} from '../report/model';
import { FINDING_LABELS, type DistrictReport, type Extreme } from './types';

/** The sheet's name, as the command line names its first sheet. */
export const DISTRICT_SHEET_NAME = 'Tổng hợp các phường';

/** Number format of the % cells (one decimal, like the command line's workbook). */
export const DISTRICT_PCT_FORMAT = '#,##0.0';

/** Where `buildDistrictModel` puts things (0-based), for tests. */
export interface DistrictLayout {
  /** Row of the first indicator; row `firstRow + k` is `district.indicators[k]`. */
  firstRow: number;
  /** Column of ward `i`'s %: `pctCol(i)`; its status is the next column. */
  pctCol: (ward: number) => number;
  /** Row of the "Số chỉ tiêu đạt và vượt" line under the matrix. */
  totalsRow: number;
  /** Row of the first ranked ward in the "Xếp hạng" table. */
  rankingRow: number;
}

/** `NĂM 2020`, `6 THÁNG ĐẦU NĂM 2020`, `GIAI ĐOẠN 2015 - 2020` (as the command line writes it). */
export function periodTitle(label: string): string {
  const term = /^(\d{4})-(\d{4})$/.exec(label);
  if (term) return `GIAI ĐOẠN ${term[1]} - ${term[2]}`;
  return `NĂM ${label}`.replace(/^NĂM (.*?)\s*(\d{4})$/, (_, sub: string, y: string) =>
    sub ? `${sub.toUpperCase()} NĂM ${y}` : `NĂM ${y}`,
  );
}

/** The district sheet's title line (the command line's workbook has the same). */
export function districtTitle(d: DistrictReport): string {
  const period = d.period ? ` ${periodTitle(d.period)}` : '';
  return `TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA CÁC ${d.levelWord.toUpperCase()}${period}`;
}

/** `PHÚC ĐỒNG, ĐỨC GIANG (104,5%)`: the best or lowest wards of an indicator. */
export function extremeText(e: Extreme | null): string | null {
  return e ? `${e.wards.join(', ')} (${formatPct(e.pct)})` : null;
}

/** The header of the ranking table ("Xếp hạng"), here and in the command line's workbook. */
export function rankingHeads(d: DistrictReport): string[] {
  return [
    'Hạng',
    capitalized(d.levelWord),
    'Số chỉ tiêu',
    'Vượt',
    'Đạt',
    'Chưa đạt',
    'Không đánh giá',
    'Đạt và vượt',
    'Tỷ lệ hoàn thành bình quân (%)',
    'Ghi chú',
  ];
}

function capitalized(word: string): string {
  return word ? word[0].toUpperCase() + word.slice(1) : word;
}

/** Row height (points) of a wrapped text about `chars` characters wide. */
function wrappedHeight(text: string, chars: number, line = 16): number {
  return Math.min(409, Math.max(18, Math.ceil(text.length / Math.max(20, chars)) * line));
}

function statusRules(range: CellRange): ConditionalRule[] {
  const cell = cellAddress(range.top, range.left);
  return [
    { formula: `${cell}=${literal(STATUS_TEXT.chua_dat)}`, tone: 'bad' },
    { formula: `OR(${cell}=${literal(STATUS_TEXT.vuot)},${cell}=${literal(STATUS_TEXT.dat)})`, tone: 'good' },
    { formula: `${cell}=${literal(STATUS_TEXT.khong_danh_gia)}`, tone: 'neutral' },
  ];
}

/** `COUNTIF(r,"Vượt")+COUNTIF(r,"Đạt")` over a range. */
function metFormula(range: string): string {
  return `=COUNTIF(${range},${literal(STATUS_TEXT.vuot)})+COUNTIF(${range},${literal(STATUS_TEXT.dat)})`;
}

const HEAD = 2;

/** Where the parts of `buildDistrictModel(d)` are. */
export function districtLayout(d: DistrictReport): DistrictLayout {
  const firstRow = HEAD + 2;
  const totalsRow = firstRow + d.indicators.length;
  return { firstRow, pctCol: (i) => 3 + i * 2, totalsRow, rankingRow: totalsRow + 5 };
}

/**
 * The district report as one sheet model (see the module comment).
 * @example buildDistrictModel(consolidate([])).name // → 'Tổng hợp các phường'
 */
export function buildDistrictModel(d: DistrictReport, name: string = DISTRICT_SHEET_NAME): ReportSheetModel {
  const wards = d.wards;
  const w = wards.length;
  const cells: ModelCell[] = [];
  const merges: CellRange[] = [];
  const heights: Record<number, number> = {};
  const conditional: ReportSheetModel['conditional'] = [];
  const pctCol = (i: number) => 3 + i * 2;
  const tailCol = 3 + w * 2;
  const lastCol = Math.max(tailCol + 2, 9);
  const put = (
    row: number,
    col: number,
    style: CellStyle,
    value: ModelCell['value'] = null,
    extra: Partial<ModelCell> = {},
  ) => cells.push({ row, col, style, value, ...extra });
  const mergeRow = (row: number, left: number, right: number) => {
    if (right > left) merges.push({ top: row, left, bottom: row, right });
  };
  const level = capitalized(d.levelWord);

  // ── Title and the matrix header (rows 2-3).
  put(0, 0, 'title', districtTitle(d));
  mergeRow(0, 0, lastCol);
  heights[0] = 36;
  const head = HEAD;
  ['STT', 'Chỉ tiêu', 'ĐVT'].forEach((h, i) => {
    put(head, i, 'header', h);
    put(head + 1, i, 'header');
    merges.push({ top: head, left: i, bottom: head + 1, right: i });
  });
  wards.forEach((ward, i) => {
    const col = pctCol(i);
    put(head, col, 'header', ward.readable ? ward.name : `${ward.name} (không đọc được)`);
    put(head, col + 1, 'header');
    mergeRow(head, col, col + 1);
    put(head + 1, col, 'header', 'Tỷ lệ (%)');
    put(head + 1, col + 1, 'header', 'Đánh giá');
  });
  [`Số ${d.levelWord} đạt và vượt`, 'Cao nhất', 'Thấp nhất'].forEach((h, i) => {
    put(head, tailCol + i, 'header', h);
    put(head + 1, tailCol + i, 'header');
    merges.push({ top: head, left: tailCol + i, bottom: head + 1, right: tailCol + i });
  });
  heights[head] = 33;

  // ── One row per indicator.
  const first = head + 2;
  d.indicators.forEach((row, k) => {
    const r = first + k;
    put(r, 0, 'text', k + 1);
    put(r, 1, 'name', row.name);
    put(r, 2, 'text', row.unit);
    row.cells.forEach((cell, i) => {
      const col = pctCol(i);
      put(r, col, 'pct', cell?.pct ?? null, { numberFormat: DISTRICT_PCT_FORMAT });
      put(r, col + 1, 'status', cell ? STATUS_TEXT[cell.status] : null);
    });
    const statusRange = `${cellAddress(r, pctCol(0))}:${cellAddress(r, pctCol(w - 1) + 1)}`;
    put(r, tailCol, 'text', null, {
      formula: metFormula(statusRange),
      expected: { value: row.counts.vuot + row.counts.dat, decimals: null },
    });
    // By the % itself: for a lower-is-better indicator the best ward has the lowest %.
    put(r, tailCol + 1, 'name', extremeText(row.direction === 'decrease' ? row.lowest : row.best));
    put(r, tailCol + 2, 'name', extremeText(row.direction === 'decrease' ? row.best : row.lowest));
  });
  const lastRow = first + d.indicators.length - 1;
  if (d.indicators.length > 0 && w > 0) {
    const range = { top: first, left: pctCol(0), bottom: lastRow, right: pctCol(w - 1) + 1 };
    conditional.push({ range, rules: statusRules(range) });
  }

  // ── Per ward: indicators met (COUNTIF over its status column) and its rank.
  const totals = lastRow + 1;
  put(totals, 1, 'section', 'Số chỉ tiêu đạt và vượt');
  put(totals + 1, 1, 'section', 'Xếp hạng');
  for (const r of [totals, totals + 1]) {
    put(r, 0, 'text');
    put(r, 2, 'text');
  }
  wards.forEach((ward, i) => {
    const col = pctCol(i);
    if (ward.readable && d.indicators.length > 0) {
      const status = `${cellAddress(first, col + 1)}:${cellAddress(lastRow, col + 1)}`;
      put(totals, col, 'status', null, {
        formula: metFormula(status),
        expected: { value: ward.counts.vuot + ward.counts.dat, decimals: null },
      });
    } else put(totals, col, 'status');
    put(totals, col + 1, 'status');
    mergeRow(totals, col, col + 1);
    put(
      totals + 1,
      col,
      'status',
      ward.rank === null ? 'Không xếp hạng' : `${ward.rank}${ward.tied ? ' (đồng hạng)' : ''}`,
    );
    put(totals + 1, col + 1, 'status');
    mergeRow(totals + 1, col, col + 1);
  });

  // ── "Xếp hạng": the ranked wards, then the rule.
  let r = totals + 3;
  put(r, 0, 'remarkTitle', `XẾP HẠNG CÁC ${d.levelWord.toUpperCase()}${d.period ? ` ${periodTitle(d.period)}` : ''}`);
  mergeRow(r, 0, lastCol);
  r++;
  rankingHeads(d).forEach((h, i) => put(r, i, 'header', h));
  heights[r] = 48;
  for (const e of d.ranking) {
    r++;
    const ward = wards.find((x) => x.name === e.ward)!;
    const values: [CellStyle, ModelCell['value']][] = [
      ['text', e.rank],
      ['name', e.ward],
      ['text', ward.counts.total],
      ['text', ward.counts.vuot],
      ['text', ward.counts.dat],
      ['text', ward.counts.chua_dat],
      ['text', ward.counts.khong_danh_gia],
      ['text', e.met],
      ['pct', e.meanPct],
      ['name', e.tied ? 'Đồng hạng' : null],
    ];
    values.forEach(([style, value], i) =>
      put(r, i, style, value, i === 8 ? { numberFormat: DISTRICT_PCT_FORMAT } : {}),
    );
  }
  const notRanked = wards.filter((x) => !x.readable);
  const notes = [
    'Cách xếp hạng: (1) số chỉ tiêu đạt và vượt, nhiều hơn xếp trước; (2) nếu bằng nhau, số chỉ tiêu vượt;',
    `(3) nếu vẫn bằng nhau, tỷ lệ hoàn thành bình quân của các chỉ tiêu chung (${d.sharedIndicators.length ? d.sharedIndicators.join('; ') : 'không có'}), làm tròn một chữ số thập phân.`,
    `Bằng nhau cả ba tiêu chí thì đồng hạng (xếp cùng thứ, thứ tiếp theo bỏ trống), ghi theo thứ tự tên ${d.levelWord}.`,
    ...(notRanked.length
      ? [`Không xếp hạng (không đọc được): ${notRanked.map((x) => x.file ?? x.name).join(', ')}.`]
      : []),
  ];
  const textWidth = 48 + Math.max(0, lastCol - 2) * 11;
  for (const note of notes) {
    r++;
    put(r, 0, 'remark', note);
    mergeRow(r, 0, lastCol);
    heights[r] = wrappedHeight(note, textWidth);
  }

  // ── "Nhận xét": the district sentences.
  r += 2;
  put(r, 0, 'remarkTitle', 'Nhận xét');
  mergeRow(r, 0, lastCol);
  for (const sentence of d.sentences) {
    r++;
    put(r, 0, 'remark', sentence);
    mergeRow(r, 0, lastCol);
    heights[r] = wrappedHeight(sentence, textWidth, 18);
  }

  // ── "Kiểm tra": one row per finding (the message spans the rest of the width).
  r += 2;
  put(r, 0, 'remarkTitle', 'CÁC NỘI DUNG CẦN KIỂM TRA');
  mergeRow(r, 0, lastCol);
  r++;
  ['STT', level, 'Loại', 'Nội dung'].forEach((h, i) => put(r, i, 'findingHeader', h));
  for (let c = 4; c <= lastCol; c++) put(r, c, 'findingHeader');
  mergeRow(r, 3, lastCol);
  if (d.findings.length === 0) {
    r++;
    put(r, 0, 'remark', 'Không có nội dung cần kiểm tra.');
    mergeRow(r, 0, lastCol);
  }
  d.findings.forEach((f, k) => {
    r++;
    const where = f.sheet && f.cell ? `${quoteSheet(f.sheet)}!${f.cell}: ` : '';
    const message = `${where}${f.message}`;
    put(r, 0, 'finding', k + 1);
    put(r, 1, 'finding', f.ward);
    put(r, 2, 'finding', FINDING_LABELS[f.kind]);
    put(r, 3, 'finding', message);
    for (let c = 4; c <= lastCol; c++) put(r, c, 'finding');
    mergeRow(r, 3, lastCol);
    heights[r] = wrappedHeight(message, textWidth - 60);
  });

  const widths = [6, 42, 12];
  wards.forEach(() => widths.push(10, 12));
  widths.push(12, 28, 28);
  while (widths.length <= lastCol) widths.push(12);
  const model: ReportSheetModel = {
    name,
    cells,
    merges,
    widths,
    heights,
    conditional,
    print: { orientation: 'landscape', titleRows: { top: head, bottom: head + 1 }, fitToWidth: true },
    freezeRow: head + 2,
    lastRow: r,
    lastCol,
  };
  return model;
}
