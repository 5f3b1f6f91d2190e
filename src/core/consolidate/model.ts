/**
 * The district consolidation as sheet models, for every host's one writer of `ReportSheetModel`s
 * (the ExcelJS renderer of the command line, the office-js writer of the add-in):
 * - `buildDistrictModel`: "Tổng hợp các phường", top to bottom
 *   - the indicator × ward matrix: two columns per ward (`Tỷ lệ (%)`, `Đánh giá`), status colours by
 *     conditional formatting (the report sheet's rules), then per row the wards met (a COUNTIF
 *     formula), the best and the lowest ward; below it per ward the indicators met (COUNTIF) and
 *     the rank;
 *   - "Xếp hạng": one row per ranked ward, and the ranking rule;
 *   - "Nhận xét": the district sentences;
 *   - "Kiểm tra": one row per finding.
 *   The add-in writes this sheet alone (it replaces one own sheet per kind in one write, ≤ 3 syncs
 *   in all); `chitieu consolidate -o` writes it first, then
 * - `buildRankingModel` ("Xếp hạng") and `buildFindingsModel` ("Kiểm tra"): the ranking and the
 *   findings again as sheets of their own, to sort, filter and print (`districtWorkbookModels`).
 * The ranking table and its rule are one block, laid out the same on both sheets.
 * Pure: no Office, no ExcelJS.
 */
import { cellAddress, type CellRange } from '../grid';
import { formatPct } from '../narrative/format';
import { periodWords } from './sentences';
import { literal, qualifiedCell } from '../report/formulas';
import { headerBlock, type SheetSettings } from '../report/header';
import type { Period } from '../detect/period';
import {
  STATUS_TEXT,
  type CellStyle,
  type ConditionalRule,
  type ModelCell,
  type ReportSheetModel,
} from '../report/model';
import { FINDING_LABELS, type DistrictFinding, type DistrictReport, type Extreme, type WardCell } from './types';

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
export function periodTitle(p: Period): string {
  if (p.span) return `GIAI ĐOẠN ${p.span.from} - ${p.span.to}`;
  if (!p.year) return p.label.toUpperCase();
  return p.sub ? `${p.sub.toUpperCase()} NĂM ${p.year}` : `NĂM ${p.year}`;
}

/** The district sheet's title line (the command line's workbook has the same). */
export function districtTitle(d: DistrictReport): string {
  const period = d.period ? ` ${periodTitle(d.at)}` : '';
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

/** `Các phường báo cáo năm 2024`: the wards of one period group. */
export function groupTitle(d: DistrictReport, period: string): string {
  const at = d.groups.find((g) => g.period === period)?.at;
  return `Các ${d.levelWord} báo cáo ${(at && periodWords(at)) || period || 'kỳ chưa rõ'}`;
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

/** A sheet being laid out: its cells, merges and row heights. */
class SheetDraft {
  readonly cells: ModelCell[] = [];
  readonly merges: CellRange[] = [];
  readonly heights: Record<number, number> = {};

  put(row: number, col: number, style: CellStyle, value: ModelCell['value'] = null, extra: Partial<ModelCell> = {}) {
    this.cells.push({ row, col, style, value, ...extra });
  }

  /** Merges `left..right` of one row (nothing for a single cell). */
  mergeRow(row: number, left: number, right: number) {
    if (right > left) this.merges.push({ top: row, left, bottom: row, right });
  }

  /** A line of text across `0..lastCol`. */
  line(row: number, style: CellStyle, text: string, lastCol: number) {
    this.put(row, 0, style, text);
    this.mergeRow(row, 0, lastCol);
  }

  /** The model of the sheet drafted. */
  model(name: string, rest: Omit<ReportSheetModel, 'name' | 'cells' | 'merges' | 'heights'>): ReportSheetModel {
    return { name, cells: this.cells, merges: this.merges, heights: this.heights, ...rest };
  }
}

function rankingTitle(d: DistrictReport): string {
  return `XẾP HẠNG CÁC ${d.levelWord.toUpperCase()}${d.period ? ` ${periodTitle(d.at)}` : ''}`;
}

/** How the wards were ranked, and which were not. */
function rankingNotes(d: DistrictReport): string[] {
  const notRanked = d.wards.filter((x) => !x.readable);
  return [
    'Cách xếp hạng: (1) số chỉ tiêu đạt và vượt, nhiều hơn xếp trước; (2) nếu bằng nhau, số chỉ tiêu vượt;',
    `(3) nếu vẫn bằng nhau, tỷ lệ hoàn thành bình quân của các chỉ tiêu chung (${d.sharedIndicators.length ? d.sharedIndicators.join('; ') : 'không có'}), làm tròn một chữ số thập phân.`,
    `Bằng nhau cả ba tiêu chí thì đồng hạng (xếp cùng thứ, thứ tiếp theo bỏ trống), ghi theo thứ tự tên ${d.levelWord}.`,
    ...(notRanked.length
      ? [`Không xếp hạng (không đọc được): ${notRanked.map((x) => x.file ?? x.name).join(', ')}.`]
      : []),
  ];
}

/**
 * The ranking block: its header on row `head`, one row per ranked ward, then the rule across
 * `0..lastCol` (wrapped about `textWidth` characters wide). Returns the block's last row.
 */
function rankingBlock(
  s: SheetDraft,
  d: DistrictReport,
  head: number,
  lastCol: number,
  textWidth: number,
  rule = true,
): number {
  let r = head;
  const heads = rankingHeads(d);
  heads.forEach((h, i) => s.put(r, i, 'header', h));
  s.heights[r] = 48;
  let period: string | undefined;
  for (const e of d.ranking) {
    // Wards of several periods: each period's ranks under its own line.
    if (e.period !== undefined && e.period !== period) {
      period = e.period;
      r++;
      s.put(r, 0, 'section', groupTitle(d, e.period));
      for (let c = 1; c < heads.length; c++) s.put(r, c, 'section');
      s.mergeRow(r, 0, heads.length - 1);
    }
    r++;
    const ward = d.wards.find((x) => x.name === e.ward)!;
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
      s.put(r, i, style, value, i === 8 ? { numberFormat: DISTRICT_PCT_FORMAT } : {}),
    );
  }
  if (rule) r = ruleLines(s, d, r, lastCol, textWidth);
  return r;
}

/** The ranking rule after row `r`, one wrapped line each; returns the last row. */
function ruleLines(s: SheetDraft, d: DistrictReport, r: number, lastCol: number, textWidth: number): number {
  for (const note of rankingNotes(d)) {
    r++;
    s.line(r, 'remark', note, lastCol);
    s.heights[r] = wrappedHeight(note, textWidth);
  }
  return r;
}

/** The matrix's header (rows `HEAD`, `HEAD + 1`) and one row per indicator; returns the conditional colours. */
function matrixBlock(s: SheetDraft, d: DistrictReport): ReportSheetModel['conditional'] {
  const { firstRow: first, pctCol } = districtLayout(d);
  const w = d.wards.length;
  const tailCol = pctCol(w);
  const head = HEAD;
  const tall = (row: number, col: number, text: string) => {
    s.put(row, col, 'header', text);
    s.put(row + 1, col, 'header');
    s.merges.push({ top: row, left: col, bottom: row + 1, right: col });
  };
  ['STT', 'Chỉ tiêu', 'ĐVT'].forEach((h, i) => tall(head, i, h));
  d.wards.forEach((ward, i) => {
    const col = pctCol(i);
    s.put(head, col, 'header', ward.readable ? ward.name : `${ward.name} (không đọc được)`);
    s.put(head, col + 1, 'header');
    s.mergeRow(head, col, col + 1);
    s.put(head + 1, col, 'header', 'Tỷ lệ (%)');
    s.put(head + 1, col + 1, 'header', 'Đánh giá');
  });
  [`Số ${d.levelWord} đạt và vượt`, 'Cao nhất', 'Thấp nhất'].forEach((h, i) => tall(head, tailCol + i, h));
  s.heights[head] = 33;

  d.indicators.forEach((row, k) => {
    const r = first + k;
    s.put(r, 0, 'text', k + 1);
    s.put(r, 1, 'name', row.name);
    s.put(r, 2, 'text', row.unit);
    row.cells.forEach((cell, i) => {
      const col = pctCol(i);
      s.put(r, col, 'pct', cell?.pct ?? null, { numberFormat: DISTRICT_PCT_FORMAT });
      s.put(r, col + 1, 'status', cell ? STATUS_TEXT[cell.status] : null, cell ? assignedNote(cell) : {});
    });
    const statusRange = `${cellAddress(r, pctCol(0))}:${cellAddress(r, pctCol(w - 1) + 1)}`;
    s.put(r, tailCol, 'text', null, {
      formula: metFormula(statusRange),
      expected: { value: row.counts.vuot + row.counts.dat, decimals: null },
    });
    // By the % itself: for a lower-is-better indicator the best ward has the lowest %.
    s.put(r, tailCol + 1, 'name', extremeText(row.direction === 'decrease' ? row.lowest : row.best));
    s.put(r, tailCol + 2, 'name', extremeText(row.direction === 'decrease' ? row.best : row.lowest));
  });
  if (d.indicators.length === 0 || w === 0) return [];
  const range = { top: first, left: pctCol(0), bottom: first + d.indicators.length - 1, right: pctCol(w - 1) + 1 };
  return [{ range, rules: statusRules(range) }];
}

/** A status judged otherwise against the target assigned from above: that judgement, as the cell's note. */
function assignedNote(cell: WardCell): Partial<ModelCell> {
  if (cell.rankStatus === cell.status) return {};
  const pct = cell.assignedPct === null ? '' : `${formatPct(cell.assignedPct)}, `;
  return { note: `Theo chỉ tiêu được giao: ${pct}${STATUS_TEXT[cell.rankStatus]} (căn cứ xếp hạng).` };
}

/**
 * Per ward under the matrix: the indicators met (COUNTIF over its status column, or the count of
 * the ranking when it is judged on assigned targets) and its rank.
 */
function wardTotalsBlock(s: SheetDraft, d: DistrictReport): void {
  const { firstRow: first, totalsRow: totals, pctCol } = districtLayout(d);
  const lastRow = totals - 1;
  s.put(totals, 1, 'section', 'Số chỉ tiêu đạt và vượt');
  s.put(totals + 1, 1, 'section', 'Xếp hạng');
  for (const r of [totals, totals + 1]) {
    s.put(r, 0, 'text');
    s.put(r, 2, 'text');
  }
  d.wards.forEach((ward, i) => {
    const col = pctCol(i);
    const met = ward.counts.vuot + ward.counts.dat;
    const shownMet = metShown(d, i);
    if (ward.readable && d.indicators.length > 0 && !(shownMet !== met && judgedOnAssigned(d, i))) {
      const status = `${cellAddress(first, col + 1)}:${cellAddress(lastRow, col + 1)}`;
      s.put(totals, col, 'status', null, { formula: metFormula(status), expected: { value: met, decimals: null } });
    } else if (ward.readable && d.indicators.length > 0) {
      s.put(totals, col, 'status', met, { note: assignedCountNote(d, shownMet) });
    } else s.put(totals, col, 'status');
    s.put(totals, col + 1, 'status');
    s.mergeRow(totals, col, col + 1);
    const rank = ward.rank === null ? 'Không xếp hạng' : `${ward.rank}${ward.tied ? ' (đồng hạng)' : ''}`;
    s.put(totals + 1, col, 'status', rank);
    s.put(totals + 1, col + 1, 'status');
    s.mergeRow(totals + 1, col, col + 1);
  });
}

/** Ward `i` has a row whose status against the assigned target differs from the one shown. */
function judgedOnAssigned(d: DistrictReport, i: number): boolean {
  return d.indicators.some((row) => row.cells[i] && row.cells[i].rankStatus !== row.cells[i].status);
}

/** How many of ward `i`'s matrix statuses are Vượt or Đạt (what its column shows). */
function metShown(d: DistrictReport, i: number): number {
  let n = 0;
  for (const row of d.indicators) {
    const status = row.cells[i]?.status;
    if (status === 'vuot' || status === 'dat') n++;
  }
  return n;
}

/**
 * A ward ranked on targets assigned from above that differ from its own (DOMAIN.md §4): its column
 * shows the statuses against its own targets, so the count of the ranking is a figure, not a
 * COUNTIF of that column, and the note gives both.
 */
function assignedCountNote(d: DistrictReport, shownMet: number): string {
  return `Đếm theo chỉ tiêu được giao, căn cứ xếp hạng; theo chỉ tiêu ${d.levelWord} phấn đấu là ${shownMet} chỉ tiêu đạt và vượt.`;
}

/** Where a finding is, as text before its message: `'Chỉ tiêu 2020'!F7`, or null. */
function findingPlace(f: DistrictFinding): string | null {
  return f.sheet && f.cell ? qualifiedCell(f.sheet, f.cell) : null;
}

/** A finding as one line: `phường Đức Giang — Tỷ lệ ghi chưa đúng — 'Chỉ tiêu 2020'!F7: Thu ngân sách: …` */
export function districtFindingText(f: DistrictFinding): string {
  const where = findingPlace(f);
  return `${f.ward} — ${FINDING_LABELS[f.kind]}${where ? ` — ${where}` : ''}: ${f.message}`;
}

/** The district sheet's "Kiểm tra" from row `r`: STT, ward, kind, and the message across the rest. */
function findingsBlock(s: SheetDraft, d: DistrictReport, r: number, lastCol: number, textWidth: number): number {
  s.line(r, 'remarkTitle', FINDINGS_TITLE, lastCol);
  r++;
  ['STT', capitalized(d.levelWord), 'Loại', 'Nội dung'].forEach((h, i) => s.put(r, i, 'findingHeader', h));
  for (let c = 4; c <= lastCol; c++) s.put(r, c, 'findingHeader');
  s.mergeRow(r, 3, lastCol);
  if (d.findings.length === 0) s.line(++r, 'remark', NO_FINDINGS, lastCol);
  d.findings.forEach((f, k) => {
    r++;
    const place = findingPlace(f);
    const message = `${place ? `${place}: ` : ''}${f.message}`;
    [k + 1, f.ward, FINDING_LABELS[f.kind], message].forEach((v, i) => s.put(r, i, 'finding', v));
    for (let c = 4; c <= lastCol; c++) s.put(r, c, 'finding');
    s.mergeRow(r, 3, lastCol);
    s.heights[r] = wrappedHeight(message, textWidth - 60);
  });
  return r;
}

const FINDINGS_TITLE = 'CÁC NỘI DUNG CẦN KIỂM TRA';
const NO_FINDINGS = 'Không có nội dung cần kiểm tra.';

/**
 * The district report as one sheet model (see the module comment): the title, the matrix, the
 * ward totals, the ranking, the sentences and the findings, top to bottom.
 * @example buildDistrictModel(consolidate([])).name // → 'Tổng hợp các phường'
 */
export function buildDistrictModel(d: DistrictReport, name: string = DISTRICT_SHEET_NAME): ReportSheetModel {
  const { totalsRow: totals } = districtLayout(d);
  const { lastCol, textWidth } = districtColumns(d);
  const s = new SheetDraft();

  s.line(0, 'title', districtTitle(d), lastCol);
  s.heights[0] = 36;
  const conditional = matrixBlock(s, d);
  wardTotalsBlock(s, d);
  s.line(totals + 3, 'remarkTitle', rankingTitle(d), lastCol);
  const rankingEnd = rankingBlock(s, d, totals + 4, lastCol, textWidth);
  const sentencesEnd = sentencesBlock(s, d, rankingEnd + 2, lastCol, textWidth);
  const lastRow = findingsBlock(s, d, sentencesEnd + 2, lastCol, textWidth);

  return s.model(name, {
    widths: districtWidths(d, lastCol),
    conditional,
    print: { orientation: 'landscape', titleRows: { top: HEAD, bottom: HEAD + 1 }, fitToWidth: true },
    freezeRow: HEAD + 2,
    lastRow,
    lastCol,
  });
}

/**
 * The district sheet's last column (the matrix's, at least the ranking table's) and about how many
 * characters its full-width text lines hold.
 */
function districtColumns(d: DistrictReport): { lastCol: number; textWidth: number } {
  const lastCol = Math.max(3 + d.wards.length * 2 + 2, 9);
  return { lastCol, textWidth: 48 + Math.max(0, lastCol - 2) * 11 };
}

/** "Nhận xét" on row `r`, then one wrapped line per district sentence; returns the last row. */
function sentencesBlock(s: SheetDraft, d: DistrictReport, r: number, lastCol: number, textWidth: number): number {
  s.line(r, 'remarkTitle', 'Nhận xét', lastCol);
  for (const sentence of d.sentences) {
    s.line(++r, 'remark', sentence, lastCol);
    s.heights[r] = wrappedHeight(sentence, textWidth, 18);
  }
  return r;
}

/** Column widths: STT, indicator, unit, two per ward, the tail columns, then the ranking's spare ones. */
function districtWidths(d: DistrictReport, lastCol: number): number[] {
  const widths = [6, 42, 12];
  d.wards.forEach(() => widths.push(10, 12));
  widths.push(12, 28, 28);
  while (widths.length <= lastCol) widths.push(12);
  return widths;
}

/** Name of the ranking sheet of `chitieu consolidate -o`. */
export const RANKING_SHEET_NAME = 'Xếp hạng';

/** Name of the findings sheet of `chitieu consolidate -o`. */
export const FINDINGS_SHEET_NAME = 'Kiểm tra';

const RANKING_WIDTHS = [7, 28, 12, 8, 8, 10, 14, 12, 16, 14];

/** A sheet of its own with a title on row 1 and its table's header on row 3, frozen below it. */
function tableSheet(s: SheetDraft, name: string, widths: number[], lastRow: number): ReportSheetModel {
  return s.model(name, {
    widths,
    conditional: [],
    print: { orientation: 'landscape', titleRows: { top: 2, bottom: 2 }, fitToWidth: true },
    freezeRow: 3,
    lastRow,
    lastCol: widths.length - 1,
  });
}

/** "Xếp hạng": the district sheet's ranking block as a sheet of its own (header on row 3). */
export function buildRankingModel(d: DistrictReport): ReportSheetModel {
  const s = new SheetDraft();
  const lastCol = RANKING_WIDTHS.length - 1;
  s.line(0, 'title', rankingTitle(d), lastCol);
  const textWidth = RANKING_WIDTHS.reduce((a, b) => a + b, 0);
  return tableSheet(s, RANKING_SHEET_NAME, RANKING_WIDTHS, rankingBlock(s, d, 2, lastCol, textWidth));
}

const FINDINGS_WIDTHS = [6, 24, 22, 36, 16, 80];

/** "Kiểm tra": one row per finding — STT, ward, kind, indicator, cell, message. */
export function buildFindingsModel(d: DistrictReport): ReportSheetModel {
  const s = new SheetDraft();
  const lastCol = FINDINGS_WIDTHS.length - 1;
  s.line(0, 'title', FINDINGS_TITLE, lastCol);
  ['STT', capitalized(d.levelWord), 'Loại', 'Chỉ tiêu', 'Ô', 'Nội dung'].forEach((h, i) =>
    s.put(2, i, 'findingHeader', h),
  );
  let r = 2;
  for (const [k, f] of d.findings.entries()) {
    r++;
    [k + 1, f.ward, FINDING_LABELS[f.kind], f.indicator, findingPlace(f), f.message].forEach((v, i) =>
      s.put(r, i, 'finding', v),
    );
    s.heights[r] = wrappedHeight(f.message, FINDINGS_WIDTHS[5]);
  }
  if (d.findings.length === 0) s.put(++r, 1, 'remark', NO_FINDINGS);
  return tableSheet(s, FINDINGS_SHEET_NAME, FINDINGS_WIDTHS, r);
}

/** The title of the district draft's appendix. */
function appendixTitle(d: DistrictReport): string {
  return `BIỂU XẾP HẠNG CÁC ${d.levelWord.toUpperCase()}`;
}

/**
 * The appendix of the district's draft báo cáo, as a sheet model the Word appendix is read from
 * (`appendixOf`): the issuing body's header block (`headerBlock`, as the ward's summary sheet has
 * it), the title and the district's period, the ranking table (each period's wards under their own
 * line) and, titled, the ranking rule. The matrix is left to the workbook: a city's wards do not fit
 * a page's width.
 */
export function buildDistrictAppendixModel(d: DistrictReport, sheet: SheetSettings): ReportSheetModel {
  const s = new SheetDraft();
  const lastCol = RANKING_WIDTHS.length - 1;
  const writer = {
    row: 0,
    heights: s.heights,
    text(col: number, value: string, style: CellStyle, row = 0): ModelCell {
      s.put(row, col, style, value);
      return s.cells[s.cells.length - 1];
    },
    merge(top: number, left: number, bottom: number, right: number) {
      s.merges.push({ top, left, bottom, right });
    },
  };
  headerBlock(writer, sheet, d.period ? periodTitle(d.at) : '', lastCol, appendixTitle(d));
  const textWidth = RANKING_WIDTHS.reduce((a, b) => a + b, 0);
  let r = rankingBlock(s, d, 7, lastCol, textWidth, false) + 2;
  s.line(r, 'remarkTitle', 'Cách xếp hạng', lastCol);
  r = ruleLines(s, d, r, lastCol, textWidth);
  return tableSheet(s, appendixTitle(d), RANKING_WIDTHS, r);
}

/** What `chitieu consolidate -o` writes, in tab order: the district sheet, the ranking, the findings. */
export function districtWorkbookModels(d: DistrictReport): ReportSheetModel[] {
  return [buildDistrictModel(d), buildRankingModel(d), buildFindingsModel(d)];
}
