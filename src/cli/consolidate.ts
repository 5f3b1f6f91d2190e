/**
 * `chitieu consolidate`: the district view of several ward workbooks.
 *
 *   chitieu consolidate phuong1.xlsx phuong2.xlsx … [-o quan.xlsx] [--json FILE | --json -]
 *
 * Each ward file is read (`readWorkbook`) and run through the engine (`runReport`); the reports are
 * consolidated (`core/consolidate`). A file that cannot be read, or holds no indicator table, is a
 * finding and the others go on. Prints the district sentences (ranking included) and the findings;
 * `-o` writes a NEW workbook with the sheets "Tổng hợp các phường" (indicator × ward matrix, % and
 * status, coloured by conditional formatting), "Xếp hạng" and "Kiểm tra"; `--json` the district
 * report as JSON (`-`: only the JSON, on stdout).
 *
 * Exit codes: 0 success; 2 with one Vietnamese line on stderr when the arguments are wrong, an
 * output would overwrite an input, or no ward file is readable (nothing is written then); 1 a bug.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { cellAddress } from '../core/grid';
import { FINDING_LABELS, type DistrictFinding, type DistrictReport, type WardInput } from '../core/consolidate/types';
import { districtTitle, extremeText, periodTitle, rankingHeads } from '../core/consolidate/model';
import { STATUS_TEXT } from '../core/report/model';
import { qualifiedCell } from './format';
import { readArgs, wantsHelp, type ValueOptions } from './args';
import { readWorkbook } from './readWorkbook';
import { isSameFile, writeFailure } from './writeResults';

export const CONSOLIDATE_USAGE =
  'Cách dùng: chitieu consolidate phuong1.xlsx phuong2.xlsx … [-o tổng-hợp.xlsx] [--json tệp.json | --json -]';

const HELP = `${CONSOLIDATE_USAGE}

Tổng hợp bảng chỉ tiêu của nhiều phường: bảng tỷ lệ thực hiện từng chỉ tiêu theo phường,
xếp hạng các phường và các nội dung cần kiểm tra. Tệp không đọc được được ghi vào phần
kiểm tra, các tệp khác vẫn được tổng hợp.

  phuong.xlsx …        sổ Excel của từng phường (ít nhất một tệp)
  -o, --output TỆP     ghi một sổ Excel MỚI gồm các trang "Tổng hợp các phường",
                       "Xếp hạng" và "Kiểm tra" (không sửa tệp nào của phường)
  --json TỆP           ghi kết quả dạng JSON vào TỆP; "--json -" chỉ in JSON ra màn hình
  -h, --help           in hướng dẫn này
`;

export interface ConsolidateOptions {
  inputs: string[];
  output: string | null;
  /** A file path, `-` for stdout, or null. */
  json: string | null;
}

type Parsed =
  { kind: 'help' } | { kind: 'run'; options: ConsolidateOptions } | { kind: 'usage_error'; message: string };

const CONSOLIDATE_OPTIONS = { output: { short: 'o' }, json: {} } satisfies ValueOptions;

/** `consolidate ward.xlsx… [-o FILE] [--json FILE | -]` through `node:util.parseArgs`, like `chitieu report`. */
export function parseConsolidateArgs(args: string[]): Parsed {
  if (wantsHelp(args)) return { kind: 'help' };
  const read = readArgs(args, CONSOLIDATE_OPTIONS);
  if (!read.ok) return usageError(read.reason);
  const once = onceEach(read.values);
  if (once) return usageError(once);
  const [output] = read.values.get('output') ?? [null];
  const [json] = read.values.get('json') ?? [null];
  if (output === '-') return usageError('-o cần tên tệp .xlsx, không nhận "-".');
  if (read.positionals.length === 0) return usageError('Cần ít nhất một tệp .xlsx của phường.');
  return { kind: 'run', options: { inputs: read.positionals, output, json } };
}

/** A district has one workbook and one JSON: `-o` and `--json` are given once at most. */
function onceEach(values: Map<string, string[]>): string | null {
  for (const [name, given] of values)
    if (given.length > 1) return `${name === 'output' ? '-o' : '--json'} chỉ được dùng một lần.`;
  return null;
}

function usageError(reason: string): Parsed {
  return { kind: 'usage_error', message: `${reason} ${CONSOLIDATE_USAGE}` };
}

export type ConsolidateOutcome =
  { ok: true; district: DistrictReport; json: string | null } | { ok: false; message: string };

/**
 * The engine, loaded on first use (like `chitieu report` does): usage errors answer without
 * loading mathjs.
 */
async function engine() {
  const [core, district] = await Promise.all([import('../core/index'), import('../core/consolidate/index')]);
  return { runReport: core.runReport, consolidate: district.consolidate, wardNameOf: district.wardNameOf };
}

/** Reads one ward file and runs the engine on it; a file that cannot be used is a result, never a throw. */
export async function readWard(path: string): Promise<WardInput> {
  const file = basename(path);
  const read = await readWorkbook(path);
  if (!read.ok) return { ward: file.replace(/\.[^.]+$/, ''), file, result: read };
  const { runReport, wardNameOf } = await engine();
  const result = runReport(read.grids);
  return { ward: wardNameOf(read.grids, result.ok ? result.report : null, file), file, result };
}

/**
 * `chitieu consolidate` without the printing: read every ward, consolidate, then (only if at least
 * one ward was readable) write the workbook and the JSON file.
 */
export async function consolidateCommand(o: ConsolidateOptions): Promise<ConsolidateOutcome> {
  const clash = outputClash(o);
  if (clash) return { ok: false, message: clash };
  const wards: WardInput[] = [];
  for (const path of o.inputs) wards.push(await readWard(path));
  const { consolidate } = await engine();
  const district = consolidate(wards);
  if (!district.wards.some((w) => w.readable)) {
    const reasons = district.wards.map((w) => `${w.file ?? w.name}: ${w.message ?? ''}`).join(' ');
    return { ok: false, message: `Không có tệp nào của phường đọc được. ${reasons}` };
  }
  const json = o.json === null ? null : `${JSON.stringify(district, null, 2)}\n`;
  if (o.output !== null) {
    const workbook = await districtWorkbook(district);
    const written = await workbook.xlsx.writeFile(o.output).then(() => ({ ok: true as const }), writeFailure(o.output));
    if (!written.ok) return written;
  }
  if (json !== null && o.json !== '-') {
    const written = await writeFile(o.json!, json).then(() => ({ ok: true as const }), writeFailure(o.json!));
    if (!written.ok) return written;
  }
  return { ok: true, district, json };
}

function outputClash(o: ConsolidateOptions): string | null {
  const outputs = [o.output, o.json === '-' ? null : o.json].filter((f): f is string => f !== null);
  for (const out of outputs)
    if (o.inputs.some((input) => isSameFile(input, out)))
      return `Tệp kết quả ${out} trùng với một tệp đầu vào: hãy chọn tên khác (chitieu không ghi đè tệp của phường).`;
  if (outputs.length === 2 && isSameFile(outputs[0], outputs[1])) return 'Tệp -o và tệp --json phải khác nhau.';
  return null;
}

/** A finding as one line: `phường Đức Giang — Tỷ lệ ghi chưa đúng — 'Chỉ tiêu 2020'!F7: …` */
export function districtFindingText(f: DistrictFinding): string {
  const where = f.sheet && f.cell ? ` — ${qualifiedCell(f.sheet, f.cell)}` : '';
  return `${f.ward} — ${FINDING_LABELS[f.kind]}${where}: ${f.message}`;
}

/** What `consolidate` prints: the sentences (ranking included), then the findings. */
export function districtText(d: DistrictReport, o: ConsolidateOptions): string {
  const lines = [...d.sentences];
  if (d.findings.length > 0)
    lines.push('', `Nội dung cần kiểm tra (${d.findings.length}):`, ...d.findings.map(districtFindingText));
  if (o.output !== null) lines.push('', `Đã ghi bảng tổng hợp vào: ${o.output}`);
  if (o.json !== null && o.json !== '-') lines.push(`Đã ghi JSON vào: ${o.json}`);
  return `${lines.join('\n')}\n`;
}

/** Entry point of `chitieu consolidate …` (arguments after the command word); returns the exit code. */
export async function consolidateMain(args: string[]): Promise<number> {
  try {
    const parsed = parseConsolidateArgs(args);
    if (parsed.kind === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (parsed.kind === 'usage_error') return refuse(parsed.message);
    const outcome = await consolidateCommand(parsed.options);
    if (!outcome.ok) return refuse(outcome.message);
    process.stdout.write(parsed.options.json === '-' ? outcome.json! : districtText(outcome.district, parsed.options));
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`Lỗi không mong đợi: ${oneLine(message)}\n`);
    if (process.env.CHITIEU_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return 1;
  }
}

function refuse(message: string): number {
  process.stderr.write(`${oneLine(message)}\n`);
  return 2;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

// ── The district workbook ───────────────────────────────────────────────────────────────────────

const FONT = 'Times New Roman';
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const centered: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

/** The report sheet's status colours (src/cli/renderSheet.ts), as conditional formatting. */
function statusRules(topLeft: string): ExcelJS.ConditionalFormattingRule[] {
  const tone = (font: string, fill: string) => ({
    font: { color: { argb: font } },
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } },
  });
  return [
    { formula: `${topLeft}="${STATUS_TEXT.chua_dat}"`, style: tone('FF9C0006', 'FFFFC7CE') },
    {
      formula: `OR(${topLeft}="${STATUS_TEXT.vuot}",${topLeft}="${STATUS_TEXT.dat}")`,
      style: tone('FF006100', 'FFC6EFCE'),
    },
    { formula: `${topLeft}="${STATUS_TEXT.khong_danh_gia}"`, style: tone('FF595959', 'FFE7E6E6') },
  ].map(
    (r, i) =>
      ({
        type: 'expression',
        formulae: [r.formula],
        style: r.style,
        priority: i + 1,
      }) as ExcelJS.ConditionalFormattingRule,
  );
}

function sheetOptions(freeze: { row: number; col: number }): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'frozen', ySplit: freeze.row, xSplit: freeze.col }],
  };
}

function style(cell: ExcelJS.Cell, kind: 'title' | 'header' | 'text' | 'name' | 'number' | 'note', bold = false) {
  cell.font = { name: FONT, size: kind === 'title' ? 14 : 12, bold: bold || kind === 'title' || kind === 'header' };
  if (kind === 'title') cell.alignment = centered;
  if (kind === 'header') {
    cell.alignment = centered;
    cell.fill = headerFill;
  }
  if (kind === 'text') cell.alignment = centered;
  if (kind === 'name' || kind === 'note') cell.alignment = { vertical: 'middle', wrapText: true };
  if (kind === 'number') cell.alignment = { horizontal: 'right', vertical: 'middle' };
  if (kind !== 'title' && kind !== 'note') cell.border = box;
}

const PCT_FORMAT = '#,##0.0';

/** "Tổng hợp các phường": rows indicators, two columns per ward (`Tỷ lệ (%)`, `Đánh giá`). */
function matrixSheet(wb: ExcelJS.Workbook, d: DistrictReport): void {
  const wards = d.wards;
  const ws = wb.addWorksheet('Tổng hợp các phường', sheetOptions({ row: 4, col: 3 }));
  const lastCol = 3 + wards.length * 2 + 3;
  ws.getCell(1, 1).value = districtTitle(d);
  style(ws.getCell(1, 1), 'title');
  ws.mergeCells(1, 1, 1, lastCol);
  const head = 3;
  const heads = ['STT', 'Chỉ tiêu', 'ĐVT'];
  heads.forEach((h, i) => {
    ws.getCell(head, i + 1).value = h;
    ws.mergeCells(head, i + 1, head + 1, i + 1);
  });
  wards.forEach((w, i) => {
    const col = 4 + i * 2;
    ws.getCell(head, col).value = w.readable ? w.name : `${w.name} (không đọc được)`;
    ws.mergeCells(head, col, head, col + 1);
    ws.getCell(head + 1, col).value = 'Tỷ lệ (%)';
    ws.getCell(head + 1, col + 1).value = 'Đánh giá';
  });
  const tail = ['Số phường đạt và vượt', 'Cao nhất', 'Thấp nhất'];
  tail.forEach((h, i) => {
    const col = 4 + wards.length * 2 + i;
    ws.getCell(head, col).value = i === 0 ? `Số ${d.levelWord} đạt và vượt` : h;
    ws.mergeCells(head, col, head + 1, col);
  });
  for (let c = 1; c <= lastCol; c++) for (const r of [head, head + 1]) style(ws.getCell(r, c), 'header');
  ws.getRow(head).height = 33;

  const first = head + 2;
  d.indicators.forEach((row, k) => {
    const r = first + k;
    const values: [number, ExcelJS.CellValue, Parameters<typeof style>[1]][] = [
      [1, k + 1, 'text'],
      [2, row.name, 'name'],
      [3, row.unit, 'text'],
    ];
    row.cells.forEach((cell, i) => {
      const col = 4 + i * 2;
      values.push([col, cell?.pct ?? null, 'number'], [col + 1, cell ? STATUS_TEXT[cell.status] : null, 'text']);
    });
    const statusRange = `${cellAddress(r - 1, 3)}:${cellAddress(r - 1, 3 + wards.length * 2 - 1)}`;
    const met = row.counts.vuot + row.counts.dat;
    const countCol = 4 + wards.length * 2;
    values.push(
      [
        countCol,
        {
          formula: `COUNTIF(${statusRange},"${STATUS_TEXT.vuot}")+COUNTIF(${statusRange},"${STATUS_TEXT.dat}")`,
          result: met,
        } as ExcelJS.CellFormulaValue,
        'text',
      ],
      // By the % itself: for a lower-is-better indicator the best ward has the lowest %.
      [countCol + 1, extremeText(row.direction === 'decrease' ? row.lowest : row.best), 'name'],
      [countCol + 2, extremeText(row.direction === 'decrease' ? row.best : row.lowest), 'name'],
    );
    for (const [col, value, kind] of values) {
      const c = ws.getCell(r, col);
      c.value = value;
      style(c, kind);
      if (kind === 'number') c.numFmt = PCT_FORMAT;
    }
  });
  const lastRow = first + d.indicators.length - 1;
  if (d.indicators.length > 0)
    ws.addConditionalFormatting({
      ref: `${cellAddress(first - 1, 3)}:${cellAddress(lastRow - 1, 3 + wards.length * 2 - 1)}`,
      rules: statusRules(cellAddress(first - 1, 3)),
    });

  // Per ward: indicators met (a formula over its status column) and its rank.
  const totals = lastRow + 1;
  ws.getCell(totals, 2).value = 'Số chỉ tiêu đạt và vượt';
  ws.getCell(totals + 1, 2).value = 'Xếp hạng';
  for (const r of [totals, totals + 1]) {
    style(ws.getCell(r, 1), 'text');
    style(ws.getCell(r, 2), 'name', true);
    style(ws.getCell(r, 3), 'text');
  }
  wards.forEach((w, i) => {
    const col = 4 + i * 2;
    const status = `${cellAddress(first - 1, col)}:${cellAddress(lastRow - 1, col)}`;
    const count = ws.getCell(totals, col);
    count.value = w.readable
      ? ({
          formula: `COUNTIF(${status},"${STATUS_TEXT.vuot}")+COUNTIF(${status},"${STATUS_TEXT.dat}")`,
          result: w.counts.vuot + w.counts.dat,
        } as ExcelJS.CellFormulaValue)
      : null;
    ws.mergeCells(totals, col, totals, col + 1);
    const rank = ws.getCell(totals + 1, col);
    rank.value = w.rank === null ? 'Không xếp hạng' : `${w.rank}${w.tied ? ' (đồng hạng)' : ''}`;
    ws.mergeCells(totals + 1, col, totals + 1, col + 1);
    for (const r of [totals, totals + 1]) style(ws.getCell(r, col), 'text', true);
  });

  let r = totals + 3;
  const noteWidth = Math.min(lastCol, 3 + Math.max(2, wards.length) * 2);
  ws.getCell(r, 1).value = 'Nhận xét';
  style(ws.getCell(r, 1), 'note', true);
  ws.mergeCells(r, 1, r, noteWidth);
  for (const sentence of d.sentences) {
    r++;
    const c = ws.getCell(r, 1);
    c.value = sentence;
    style(c, 'note');
    ws.mergeCells(r, 1, r, noteWidth);
    ws.getRow(r).height = Math.max(18, Math.ceil(sentence.length / 120) * 18);
  }
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 42;
  ws.getColumn(3).width = 12;
  wards.forEach((_, i) => {
    ws.getColumn(4 + i * 2).width = 10;
    ws.getColumn(5 + i * 2).width = 12;
  });
  for (let i = 0; i < 3; i++) ws.getColumn(4 + wards.length * 2 + i).width = i === 0 ? 12 : 28;
}

/** "Xếp hạng": one row per ranked ward, then the rule, then the wards not ranked. */
function rankingSheet(wb: ExcelJS.Workbook, d: DistrictReport): void {
  const ws = wb.addWorksheet('Xếp hạng', sheetOptions({ row: 3, col: 0 }));
  const heads = rankingHeads(d);
  ws.getCell(1, 1).value = `XẾP HẠNG CÁC ${d.levelWord.toUpperCase()}${d.period ? ` ${periodTitle(d.period)}` : ''}`;
  style(ws.getCell(1, 1), 'title');
  ws.mergeCells(1, 1, 1, heads.length);
  heads.forEach((h, i) => {
    ws.getCell(3, i + 1).value = h;
    style(ws.getCell(3, i + 1), 'header');
  });
  let r = 3;
  for (const e of d.ranking) {
    const w = d.wards.find((x) => x.name === e.ward)!;
    r++;
    const row: ExcelJS.CellValue[] = [
      e.rank,
      e.ward,
      w.counts.total,
      w.counts.vuot,
      w.counts.dat,
      w.counts.chua_dat,
      w.counts.khong_danh_gia,
      e.met,
      e.meanPct,
      e.tied ? 'Đồng hạng' : null,
    ];
    row.forEach((v, i) => {
      const c = ws.getCell(r, i + 1);
      c.value = v;
      style(c, i === 1 || i === 9 ? 'name' : i === 8 ? 'number' : 'text');
      if (i === 8) c.numFmt = PCT_FORMAT;
    });
  }
  const notRanked = d.wards.filter((w) => !w.readable);
  r += 2;
  const notes = [
    'Cách xếp hạng: (1) số chỉ tiêu đạt và vượt, nhiều hơn xếp trước; (2) nếu bằng nhau, số chỉ tiêu vượt;',
    `(3) nếu vẫn bằng nhau, tỷ lệ hoàn thành bình quân của các chỉ tiêu chung (${d.sharedIndicators.length ? d.sharedIndicators.join('; ') : 'không có'}), làm tròn một chữ số thập phân.`,
    `Bằng nhau cả ba tiêu chí thì đồng hạng (xếp cùng thứ, thứ tiếp theo bỏ trống), ghi theo thứ tự tên ${d.levelWord}.`,
    ...(notRanked.length
      ? [`Không xếp hạng (tệp không đọc được): ${notRanked.map((w) => w.file ?? w.name).join(', ')}.`]
      : []),
  ];
  for (const note of notes) {
    const c = ws.getCell(r, 1);
    c.value = note;
    style(c, 'note');
    ws.mergeCells(r, 1, r, heads.length);
    r++;
  }
  [7, 28, 12, 8, 8, 10, 14, 12, 16, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** "Kiểm tra": one row per finding. */
function findingsSheet(wb: ExcelJS.Workbook, d: DistrictReport): void {
  const ws = wb.addWorksheet('Kiểm tra', sheetOptions({ row: 3, col: 0 }));
  const heads = ['STT', d.levelWord[0].toUpperCase() + d.levelWord.slice(1), 'Loại', 'Chỉ tiêu', 'Ô', 'Nội dung'];
  ws.getCell(1, 1).value = 'CÁC NỘI DUNG CẦN KIỂM TRA';
  style(ws.getCell(1, 1), 'title');
  ws.mergeCells(1, 1, 1, heads.length);
  heads.forEach((h, i) => {
    ws.getCell(3, i + 1).value = h;
    style(ws.getCell(3, i + 1), 'header');
  });
  d.findings.forEach((f, k) => {
    const where = f.sheet && f.cell ? qualifiedCell(f.sheet, f.cell) : null;
    const row = [k + 1, f.ward, FINDING_LABELS[f.kind], f.indicator, where, f.message];
    row.forEach((v, i) => {
      const c = ws.getCell(4 + k, i + 1);
      c.value = v;
      style(c, i === 0 || i === 4 ? 'text' : 'name');
    });
  });
  if (d.findings.length === 0) ws.getCell(4, 2).value = 'Không có nội dung cần kiểm tra.';
  [6, 24, 22, 36, 16, 80].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/**
 * The district workbook: a new workbook, never a ward's. ExcelJS is imported here, not at the top:
 * in the bundled command a top-level import would load it at every start, `report` included.
 */
export async function districtWorkbook(d: DistrictReport): Promise<ExcelJS.Workbook> {
  const { default: ExcelJSModule } = await import('exceljs');
  const wb = new ExcelJSModule.Workbook();
  wb.creator = 'chitieu';
  matrixSheet(wb, d);
  rankingSheet(wb, d);
  findingsSheet(wb, d);
  return wb;
}
