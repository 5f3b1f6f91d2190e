/**
 * The `chitieu` command line.
 *
 *   chitieu report [input.xlsx] [-o output.xlsx] [--docx output.docx] [--json FILE | --json -]
 *   chitieu --help
 *
 * Exit codes: 0 success; 2 a problem the user can fix (bad arguments, missing / not .xlsx /
 * encrypted / old .xls / corrupted / empty workbook, no indicator table, output onto the input),
 * with exactly one Vietnamese line on stderr and nothing written; 1 a bug (`Lỗi không mong đợi: …`,
 * the stack only with CHITIEU_DEBUG=1).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Finding, Report } from '../core/indicator';
import { countsLine, formatNumber, qualifiedCell } from './format';
import { readWorkbook } from './readWorkbook';
import { isSameFile, sameFileMessage, writeFailure, writeResults } from './writeResults';

/**
 * The bundled sample, found from this file (not the working directory): `src/cli/main.ts` when run
 * from source, `dist/chitieu.mjs` when run from the bundle.
 */
export const SAMPLE_WORKBOOK =
  [new URL('../../assets/mau-chi-tieu.xlsx', import.meta.url), new URL('../assets/mau-chi-tieu.xlsx', import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((p) => existsSync(p)) ?? fileURLToPath(new URL('../../assets/mau-chi-tieu.xlsx', import.meta.url));

/** Header settings of the summary sheet; today's date for the date line (the engine has no clock). */
function sheetSettings(o: ReportOptions) {
  const now = new Date();
  return {
    issuingBody: o.issuingBody ?? '',
    superiorBody: o.superiorBody ?? '',
    bodyType: o.bodyType ?? 'party',
    place: placeOf(o.issuingBody ?? ''),
    date: { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() },
  };
}

const BODY_WORDS =
  /^(?:đảng ủy|đảng uỷ|ban thường vụ đảng ủy|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hđnd|hội đồng nhân dân|ủy ban mttq|chi bộ|đảng bộ)\s+/iu;

/** `Đảng ủy phường Phúc Đồng` → `phường Phúc Đồng`, the unit as a sentence names it. */
export function unitInSentence(issuingBody: string): string {
  const unit = issuingBody.trim().replace(BODY_WORDS, '');
  return unit ? unit[0].toLocaleLowerCase('vi') + unit.slice(1) : '';
}

/** `Đảng ủy phường Phúc Đồng` → `Phúc Đồng`, the place of the date line. */
export function placeOf(issuingBody: string): string {
  return unitInSentence(issuingBody).replace(/^(?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh)\s+/iu, '');
}

const USAGE =
  'Cách dùng: chitieu report [tệp.xlsx] [-o tệp-kết-quả.xlsx] [--docx phụ-lục.docx] [--json tệp.json | --json -]';

const HELP = `${USAGE}

Đọc các bảng chỉ tiêu trong sổ Excel, tính tỷ lệ thực hiện/kế hoạch, đánh giá từng chỉ tiêu
và kiểm tra các tỷ lệ đã ghi trong bảng.

  tệp.xlsx             sổ Excel cần đọc (bỏ trống: dùng sổ mẫu assets/mau-chi-tieu.xlsx)
  -o, --output TỆP     ghi một bản sao của sổ, có thêm trang "Báo cáo chỉ tiêu"
                       (không bao giờ sửa tệp đầu vào)
  --docx TỆP           ghi phụ lục Word (.docx): đầu trang, tên biểu, bảng chỉ tiêu
                       (trang ngang), nhận xét và số liệu cần kiểm tra; khổ A4, Times New Roman
                       (Nghị định 30/2020/NĐ-CP; khối Đảng theo Hướng dẫn 36-HD/VPTW)
  --json TỆP           ghi kết quả dạng JSON vào TỆP; "--json -" chỉ in JSON ra màn hình
  --don-vi TÊN         cơ quan ban hành, ví dụ "Đảng ủy phường Phúc Đồng" (đầu trang và lời nhận xét)
  --cap-tren TÊN       cơ quan cấp trên, ví dụ "Đảng bộ quận Long Biên"
  --khoi dang|chinh-quyen
                       thể thức đầu trang: Đảng (mặc định) hoặc chính quyền (Quốc hiệu)
  -h, --help           in hướng dẫn này

Tổng hợp nhiều phường (cấp quận):
  chitieu consolidate phuong1.xlsx phuong2.xlsx … [-o quan.xlsx] [--json TỆP | --json -]
  (chitieu consolidate --help để xem chi tiết)
`;

export interface ReportOptions {
  input: string;
  output: string | null;
  /** The Word appendix's path (`--docx`), or null. */
  docx?: string | null;
  /** A file path, `-` for stdout, or null. */
  json: string | null;
  /** The issuing body (`Đảng ủy phường Phúc Đồng`), the body above it, and the header style. */
  issuingBody?: string;
  superiorBody?: string;
  bodyType?: 'party' | 'state';
}

const VALUE_OPTIONS: Record<string, 'output' | 'docx' | 'json' | 'issuingBody' | 'superiorBody' | 'bodyType'> = {
  '-o': 'output',
  '--output': 'output',
  '--docx': 'docx',
  '--json': 'json',
  '--don-vi': 'issuingBody',
  '--cap-tren': 'superiorBody',
  '--khoi': 'bodyType',
};

type Command = { kind: 'help' } | { kind: 'report'; options: ReportOptions } | { kind: 'usage_error'; message: string };

export async function main(argv: string[]): Promise<number> {
  try {
    if (argv[0] === 'consolidate') return await (await import('./consolidate')).consolidateMain(argv.slice(1));
    const command = parseCommand(argv);
    if (command.kind === 'help') {
      process.stdout.write(HELP);
      return 0;
    }
    if (command.kind === 'usage_error') return refuse(command.message);
    const outcome = await reportCommand(command.options);
    if (!outcome.ok) return refuse(outcome.message);
    const jsonToStdout = command.options.json === '-' ? outcome.json : null;
    process.stdout.write(jsonToStdout ?? summaryText(outcome.report, command.options));
    return 0;
  } catch (err) {
    return unexpected(err);
  }
}

/** Hand-written parsing: one command, one optional input, `-o`, `--json`, `--opt=value` allowed. */
export function parseCommand(argv: string[]): Command {
  if (argv.some((a) => a === '-h' || a === '--help') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('Thiếu lệnh.');
  if (command !== 'report') return usageError(`Lệnh không hợp lệ: ${command}.`);
  return parseReportOptions(rest);
}

function parseReportOptions(args: string[]): Command {
  const options: ReportOptions = { input: SAMPLE_WORKBOOK, output: null, json: null };
  let input: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const [flag, inlineValue] = splitInlineValue(args[i]);
    const option = VALUE_OPTIONS[flag] ?? null;
    if (option) {
      const value = inlineValue ?? args[++i];
      const missing = value === undefined || value === '' || (value.startsWith('-') && value !== '-');
      if (missing) return usageError(`Thiếu giá trị sau ${flag}.`);
      if (option === 'bodyType') {
        if (value !== 'dang' && value !== 'chinh-quyen')
          return usageError(`--khoi chỉ nhận "dang" hoặc "chinh-quyen".`);
        options.bodyType = value === 'dang' ? 'party' : 'state';
      } else {
        options[option] = value;
      }
    } else if (flag.startsWith('-') && flag !== '-') {
      return usageError(`Tùy chọn không hợp lệ: ${flag}.`);
    } else if (input !== null) {
      return usageError(`Chỉ đọc một tệp mỗi lần, thừa: ${flag}.`);
    } else {
      input = flag;
    }
  }
  if (input !== null) options.input = input;
  return { kind: 'report', options };
}

function splitInlineValue(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function usageError(reason: string): Command {
  return { kind: 'usage_error', message: `${reason} ${USAGE}` };
}

export type ReportOutcome = { ok: true; report: Report; json: string | null } | { ok: false; message: string };

/**
 * `chitieu report` without the printing: read, run the engine, then (only if all went well) write
 * the copy and the JSON file. `json` is the JSON text when `--json` was given.
 */
export async function reportCommand(o: ReportOptions): Promise<ReportOutcome> {
  const clash = outputClash(o);
  if (clash) return { ok: false, message: clash };
  const read = await readWorkbook(o.input);
  if (!read.ok) return read;
  // Loaded here, not at the top: usage and file errors answer without loading the engine (mathjs).
  const engine = await import('../core/index');
  const run = engine.runReport(read.grids, { unitName: unitInSentence(o.issuingBody ?? '') });
  if (!run.ok) return run;
  const json = o.json === null ? null : `${JSON.stringify(engine.toReportJson(run.report), null, 2)}\n`;
  if (o.output !== null) {
    const written = await writeResults(read, run.report, read.grids, o.input, o.output, sheetSettings(o)).catch(
      writeFailure(o.output),
    );
    if (!written.ok) return written;
  }
  if (o.docx) {
    const { writeDocx } = await import('./writeDocx');
    const written = await writeDocx(run.report, read.grids, { input: o.input, output: o.docx }, sheetSettings(o)).catch(
      writeFailure(o.docx),
    );
    if (!written.ok) return written;
  }
  const jsonFile = o.json === '-' ? null : o.json;
  if (json !== null && jsonFile !== null) {
    const written = await writeFile(jsonFile, json).then(() => ({ ok: true as const }), writeFailure(jsonFile));
    if (!written.ok) return written;
  }
  return { ok: true, report: run.report, json };
}

/** An output that would overwrite the input (or both outputs naming one file). */
function outputClash(o: ReportOptions): string | null {
  const files = [o.output, o.docx ?? null, o.json === '-' ? null : o.json].filter((f): f is string => f !== null);
  for (const f of files) if (isSameFile(o.input, f)) return sameFileMessage(f);
  for (let i = 0; i < files.length; i++)
    for (let j = i + 1; j < files.length; j++)
      if (isSameFile(files[i], files[j])) return 'Các tệp kết quả (-o, --docx, --json) phải khác nhau.';
  return null;
}

/** What `report` prints: the counts line, the narrative, then the check findings. */
export function summaryText(report: Report, o: ReportOptions): string {
  const lines: string[] = [];
  if (o.input === SAMPLE_WORKBOOK) lines.push(`Sổ mẫu: ${o.input}`);
  // Loops, not spread arguments: a 200,000-indicator report would overflow the call stack.
  lines.push(countsLine(report.counts));
  for (const sentence of report.narrative) lines.push(sentence);
  if (report.checks.length > 0) lines.push('', `Số liệu cần kiểm tra (${report.checks.length}):`);
  for (const f of report.checks) lines.push(findingText(f));
  if (o.output !== null) lines.push('', `Đã ghi báo cáo vào: ${o.output}`);
  if (o.docx) lines.push(`Đã ghi phụ lục Word vào: ${o.docx}`);
  if (o.json !== null && o.json !== '-') lines.push(`Đã ghi JSON vào: ${o.json}`);
  return `${lines.join('\n')}\n`;
}

/** `'Chỉ tiêu 2020'!G15: ghi 103,2 — tính lại 102,3: …` */
export function findingText(f: Finding): string {
  const reported = typeof f.reported === 'number' ? formatNumber(f.reported, 4) : (f.reported ?? '(trống)');
  const computed = f.computed === null ? '' : ` — tính lại ${formatNumber(f.computed, 1)}`;
  return `${qualifiedCell(f.sheet, f.cell)}: ghi ${reported}${computed}: ${f.message}`;
}

/** Exactly one line on stderr, exit code 2. */
function refuse(message: string): number {
  process.stderr.write(`${oneLine(message)}\n`);
  return 2;
}

function unexpected(err: unknown): number {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`Lỗi không mong đợi: ${oneLine(message)}\n`);
  if (process.env.CHITIEU_DEBUG === '1' && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 1;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
