/**
 * The `chitieu` command line.
 *
 *   chitieu report [input.xlsx] [-o output.xlsx] [--docx output.docx] [--json FILE | --json -]
 *   chitieu --help
 *
 * Exit codes: 0 success; 2 a problem the user can fix (bad arguments, missing / not .xlsx /
 * encrypted / old .xls / corrupted / empty workbook, no indicator table, output onto the input,
 * `-o` not .xlsx/.xlsm, `--docx` not .docx, a `--chieu` file missing or with a line it cannot read),
 * with exactly one Vietnamese line on stderr and nothing written; 1 a bug (`Lỗi không mong đợi: …`,
 * the stack only with CHITIEU_DEBUG=1).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../core/indicator';
import { refuse as refusal, type Refusal } from '../core/refusal';
import { countLines, findingText } from './summary';
import { readArgs, wantsHelp, type ValueOptions } from './args';
import { refuse, unexpected } from './exit';
import { readWording, WORDING_VALUE_OPTIONS, wordingHelp } from './narrativeOptions';
import type { NarrativeSettings } from '../core/narrative/style';
import { defaultUserSettings, type UserSettings } from '../settings/userSettings';
import { readWorkbookHeader, runHeader, type RunHeader } from '../settings';
import { headerLines } from './headerText';
import type { Direction } from '../core/indicator';
import type { TermSpan } from '../core/detect/period';
import { parseDirectionFile } from './directionFile';
import { sniffFileKind, type FileKind } from '../workbookFile/sniff';
import { READ_FALLBACK, readBytes } from './readWorkbook';
import { isSameFile, writeFailure, writeJsonFile, WRITE_FALLBACK } from './writeResults';
import { useNodeCodec } from './nativeDeflate';
import { spanOption, termReport } from './term';

/**
 * The bundled sample, found from this file (not the working directory): `src/cli/main.ts` when run
 * from source, `dist/chitieu.mjs` when run from the bundle.
 */
export const SAMPLE_WORKBOOK =
  [new URL('../../assets/mau-chi-tieu.xlsx', import.meta.url), new URL('../assets/mau-chi-tieu.xlsx', import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((p) => existsSync(p)) ?? fileURLToPath(new URL('../../assets/mau-chi-tieu.xlsx', import.meta.url));

/** What the flags gave, as every host gives its settings to `src/settings`. */
export function userSettingsOf(o: ReportOptions): UserSettings {
  return {
    ...defaultUserSettings,
    issuingBody: o.issuingBody ?? '',
    superiorBody: o.superiorBody ?? '',
    place: o.place ?? '',
    ...(o.bodyType ? { bodyType: o.bodyType } : {}),
    narrative: { ...defaultUserSettings.narrative, ...o.wording },
    directionByName: { ...o.directionByName },
  };
}

/** The CLI's readers and writer for what the pipeline's own do not cover (SheetJS, ExcelJS), each loaded when needed. */
const CLI_FALLBACK = { ...READ_FALLBACK, ...WRITE_FALLBACK };

const USAGE =
  'Cách dùng: chitieu report [tệp.xlsx] [-o tệp-kết-quả.xlsx] [--docx phụ-lục.docx] [--bao-cao báo-cáo.docx] [--json tệp.json | --json -]';

const HELP = `${USAGE}

Đọc các bảng chỉ tiêu trong sổ Excel, tính tỷ lệ thực hiện/kế hoạch, đánh giá từng chỉ tiêu
và kiểm tra các tỷ lệ đã ghi trong bảng.

  tệp.xlsx             sổ Excel cần đọc (bỏ trống: dùng sổ mẫu assets/mau-chi-tieu.xlsx)
  -o, --output TỆP     ghi một bản sao của sổ (.xlsx hoặc .xlsm), có thêm trang
                       "Báo cáo chỉ tiêu" (không bao giờ sửa tệp đầu vào)
  --docx TỆP           ghi phụ lục Word (.docx): đầu trang, tên biểu, bảng chỉ tiêu
                       (trang ngang), nhận xét và số liệu cần kiểm tra; khổ A4, Times New Roman
                       (Nghị định 30/2020/NĐ-CP; khối Đảng theo Hướng dẫn 36-HD/VPTW)
  --bao-cao TỆP        ghi dự thảo báo cáo Word (.docx) theo thể thức: đầu trang, kết quả
                       theo lĩnh vực, hạn chế, phương hướng, nơi nhận, chữ ký, phụ lục
  --json TỆP           ghi kết quả dạng JSON vào TỆP; "--json -" chỉ in JSON ra màn hình
  --don-vi TÊN         cơ quan ban hành, ví dụ "Đảng ủy phường Phúc Đồng" (đầu trang và lời nhận xét)
  --cap-tren TÊN       cơ quan cấp trên, ví dụ "Đảng bộ quận Long Biên"
  --khoi dang|chinh-quyen
                       thể thức đầu trang: Đảng hoặc chính quyền (Quốc hiệu)
  --dia-danh TÊN       địa danh ở dòng ngày tháng, ví dụ "Phúc Đồng"
                       (bỏ trống các tùy chọn trên: lấy theo đầu trang của sổ)
  --giam-la-tot TÊN    chỉ tiêu TÊN giảm là tốt (số đơn thư tồn đọng, số hộ tái nghèo…);
                       nhắc lại cho từng chỉ tiêu, ví dụ --giam-la-tot "Số đơn thư tồn đọng"
  --tang-la-tot TÊN    chỉ tiêu TÊN tăng là tốt (nhắc lại được như trên)
  --cung-ky TỆP        báo cáo cùng kỳ năm trước (.xlsx): khi bảng không có cột cùng kỳ, lấy
                       số thực hiện cùng kỳ (cùng kỳ báo cáo, năm trước) của từng chỉ tiêu từ tệp
                       này; nếu bảng đã có, báo các số ghi khác với tệp năm trước
  --chieu TỆP          tệp văn bản UTF-8, mỗi dòng một chỉ tiêu: "tên chỉ tiêu: giảm" hoặc
                       "tên chỉ tiêu: tăng" (dòng trống và dòng bắt đầu bằng # được bỏ qua);
                       --giam-la-tot/--tang-la-tot được ưu tiên hơn tệp
                       (tên so khớp không phân biệt hoa thường, dấu, số thứ tự)
  -h, --help           in hướng dẫn này

${wordingHelp()}

Báo cáo cả nhiệm kỳ từ các báo cáo năm (mỗi năm một tệp, hoặc một sổ mỗi năm một trang):
  chitieu nhiem-ky 2021.xlsx 2022.xlsx … 2025.xlsx [-o nhiem-ky.xlsx] [--nhiem-ky 2020-2025]
  (các tùy chọn như trên; -o ghi một sổ MỚI gồm bảng nhiệm kỳ ghép từ các năm và trang báo cáo;
  --nhiem-ky: thời gian của nhiệm kỳ khi các báo cáo năm không ghi)

Tổng hợp nhiều phường (cấp quận):
  chitieu consolidate phuong1.xlsx phuong2.xlsx … [-o quan.xlsx] [--json TỆP | --json -]
  (chitieu consolidate --help để xem chi tiết)
`;

export interface ReportOptions {
  input: string;
  /** `nhiem-ky`: the yearly files (`input` is the first), lined up into one term. */
  termInputs?: string[];
  /** `nhiem-ky --nhiem-ky 2020-2025`: the term's span when no file names it. */
  termSpan?: TermSpan;
  /** `--cung-ky FILE`: last year's report, for the cùng kỳ the table lacks. */
  previousYear?: string;
  output: string | null;
  /** The Word appendix's path (`--docx`), or null. */
  docx?: string | null;
  /** The draft báo cáo's path (`--bao-cao`), or null. */
  baoCao?: string | null;
  /** A file path, `-` for stdout, or null. */
  json: string | null;
  /** The issuing body (`Đảng ủy phường Phúc Đồng`), the body above it, and the header style. */
  issuingBody?: string;
  superiorBody?: string;
  bodyType?: 'party' | 'state';
  /** The place of the header's date line (`--dia-danh`). */
  place?: string;
  /** The wording chosen where two styles are both correct (`--ty-le-chi-tieu duoc-giao`, …). */
  wording?: Partial<NarrativeSettings>;
  /** Directions chosen by indicator name (`--giam-la-tot`, `--tang-la-tot`); they win over `directionFile`. */
  directionByName?: Record<string, Direction>;
  /** The `--chieu` file of name → direction lines, read when the report runs. */
  directionFile?: string;
}

/** The value options of `report`, by long name, and the field of `ReportOptions` each fills. */
const REPORT_OPTIONS = {
  output: { short: 'o' },
  docx: {},
  'bao-cao': {},
  json: {},
  'don-vi': {},
  'cap-tren': {},
  'dia-danh': {},
  khoi: {},
  'giam-la-tot': {},
  'tang-la-tot': {},
  chieu: {},
  'nhiem-ky': {},
  'cung-ky': {},
  ...WORDING_VALUE_OPTIONS,
} satisfies ValueOptions;

const BODY_TYPES: Record<string, 'party' | 'state'> = { dang: 'party', 'chinh-quyen': 'state' };

type Command = { kind: 'help' } | { kind: 'report'; options: ReportOptions } | { kind: 'usage_error'; message: string };

export async function main(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  useNodeCodec();
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
    process.stdout.write(jsonToStdout ?? summaryText(outcome.report, command.options, outcome.notice, outcome.header));
    // With JSON on stdout, the notice about the copy goes to stderr, where a person still sees it.
    if (jsonToStdout !== null && outcome.notice) process.stderr.write(`${outcome.notice}\n`);
    return 0;
  } catch (err) {
    return unexpected(err);
  }
}

/** `report [input] [options]` through `node:util.parseArgs`; `-h` / `--help` anywhere asks for help. */
export function parseCommand(argv: string[]): Command {
  if (wantsHelp(argv) || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('Thiếu lệnh.');
  if (command !== 'report' && command !== 'nhiem-ky') return usageError(`Lệnh không hợp lệ: ${command}.`);
  return parseReportOptions(rest, command === 'nhiem-ky');
}

function parseReportOptions(args: string[], term = false): Command {
  const read = readArgs(args, REPORT_OPTIONS);
  if (!read.ok) return usageError(read.reason);
  if (term)
    return read.values.has('cung-ky') ? usageError('--cung-ky chỉ dùng với lệnh report.') : parseTermOptions(read);
  if (read.values.has('nhiem-ky')) return usageError('--nhiem-ky chỉ dùng với lệnh nhiem-ky.');
  return reportOptionsOf(read);
}

type ArgsRead = Extract<ReturnType<typeof readArgs>, { ok: true }>;

function reportOptionsOf(read: ArgsRead): Command {
  if (read.positionals.length > 1) return usageError(`Chỉ đọc một tệp mỗi lần, thừa: ${read.positionals[1]}.`);
  // The last of a repeated option wins, as with most commands.
  const last = (name: keyof typeof REPORT_OPTIONS) => read.values.get(name)?.at(-1);
  const khoi = last('khoi');
  if (khoi !== undefined && !Object.hasOwn(BODY_TYPES, khoi))
    return usageError(`--khoi chỉ nhận "dang" hoặc "chinh-quyen".`);
  const wording = readWording(last);
  if (!wording.ok) return usageError(wording.reason);
  const options: ReportOptions = {
    input: read.positionals[0] ?? SAMPLE_WORKBOOK,
    output: last('output') ?? null,
    json: last('json') ?? null,
  };
  const docx = last('docx');
  if (docx !== undefined) options.docx = docx;
  const baoCao = last('bao-cao');
  if (baoCao !== undefined) options.baoCao = baoCao;
  const issuingBody = last('don-vi');
  const superiorBody = last('cap-tren');
  if (issuingBody !== undefined) options.issuingBody = issuingBody;
  if (superiorBody !== undefined) options.superiorBody = superiorBody;
  const place = last('dia-danh');
  if (place !== undefined) options.place = place;
  if (khoi !== undefined) options.bodyType = BODY_TYPES[khoi];
  if (Object.keys(wording.settings).length > 0) options.wording = wording.settings;
  const chieu = last('chieu');
  if (chieu !== undefined) options.directionFile = chieu;
  const cungKy = last('cung-ky');
  if (cungKy !== undefined) options.previousYear = cungKy;
  const flagged = flaggedDirections(read.values);
  if (!flagged.ok) return usageError(flagged.reason);
  if (Object.keys(flagged.byName).length > 0) options.directionByName = flagged.byName;
  return { kind: 'report', options };
}

/** `nhiem-ky FILE…`: the options of `report`, one yearly file at least, `--nhiem-ky` a span. */
function parseTermOptions(read: ArgsRead): Command {
  if (read.positionals.length === 0) return usageError('Cần các tệp báo cáo năm (hoặc một sổ có mỗi năm một trang).');
  const span = read.values.get('nhiem-ky')?.at(-1);
  const parsed = reportOptionsOf({ ...read, positionals: read.positionals.slice(0, 1) });
  if (parsed.kind !== 'report') return parsed;
  const options: ReportOptions = { ...parsed.options, termInputs: read.positionals };
  if (span !== undefined) {
    const termSpan = spanOption(span);
    if (!termSpan) return usageError(`--nhiem-ky cần hai năm, ví dụ 2020-2025, không đọc được: ${span}.`);
    options.termSpan = termSpan;
  }
  return { kind: 'report', options };
}

const FLAG_DIRECTIONS = { 'giam-la-tot': 'decrease', 'tang-la-tot': 'increase' } as const;

/**
 * `--giam-la-tot TÊN` / `--tang-la-tot TÊN`, every occurrence counted (one per indicator); a name
 * given both ways is refused rather than one of them picked.
 */
function flaggedDirections(
  values: Map<string, string[]>,
): { ok: true; byName: Record<string, Direction> } | { ok: false; reason: string } {
  const byName: Record<string, Direction> = {};
  for (const [flag, direction] of Object.entries(FLAG_DIRECTIONS))
    for (const name of (values.get(flag) ?? []).map((n) => n.trim())) {
      if (name === '') continue;
      if (byName[name] !== undefined && byName[name] !== direction)
        return { ok: false, reason: `Chỉ tiêu "${name}" vừa được ghi --giam-la-tot vừa --tang-la-tot.` };
      byName[name] = direction;
    }
  return { ok: true, byName };
}

function usageError(reason: string): Command {
  return { kind: 'usage_error', message: `${reason} ${USAGE}` };
}

export type ReportOutcome =
  /** `header`: the header written, when an output carries one (`-o`, `--docx`, `--bao-cao`). */
  { ok: true; report: Report; json: string | null; notice?: string; header?: RunHeader } | Refusal;

/**
 * `chitieu report` without the printing: the file pipeline (`reportWorkbookFile`) between reading
 * the input and writing the outputs, which are written only when all went well. `json` is the JSON
 * text when `--json` was given.
 */
export async function reportCommand(o: ReportOptions): Promise<ReportOutcome> {
  const clash = outputClash(o);
  if (clash) return clash;
  const byName = await directionsGiven(o);
  if (!byName.ok) return byName;
  const file = await readBytes(o.input);
  if (!file.ok) return file;
  const misnamed = outputNameRefusal(o, o.termInputs ? 'xlsx' : sniffFileKind(file.bytes));
  if (misnamed) return misnamed;
  const previous = o.previousYear ? await readBytes(o.previousYear) : null;
  if (previous && !previous.ok) return previous;
  const settings = { ...userSettingsOf(o), directionByName: byName.byName };
  const pipeline = {
    ...(previous && o.previousYear ? { previousYear: { bytes: previous.bytes, name: basename(o.previousYear) } } : {}),
    settings,
    copy: o.output !== null,
    docx: Boolean(o.docx),
    baoCao: Boolean(o.baoCao),
    fallback: CLI_FALLBACK,
  };
  // Loaded here, not at the top: usage and file errors answer without loading the engine (mathjs).
  const run = o.termInputs
    ? await termReport(o.termInputs, { ...pipeline, ...(o.termSpan ? { span: o.termSpan } : {}) })
    : await (await import('../workbookFile/report')).reportWorkbookFile(file.bytes, basename(o.input), pipeline);
  if (!run.ok) return run;
  // On stdout the JSON is one text; a file gets it written piece by piece (writeJsonFile).
  const reportJson = o.json === null ? null : (await import('../core/json')).toReportJson(run.report);
  const json = o.json === '-' ? `${JSON.stringify(reportJson, null, 2)}\n` : null;
  const jsonFile = o.json === '-' ? null : o.json;
  const outputs: [string | null | undefined, ((path: string) => Promise<void>) | null][] = [
    [o.output, (path) => writeFile(path, run.xlsx)],
    [o.docx, run.docx ? (path) => writeFile(path, run.docx!) : null],
    [o.baoCao, run.baoCao ? (path) => writeFile(path, run.baoCao!) : null],
    [jsonFile, reportJson !== null ? (path) => writeJsonFile(path, reportJson) : null],
  ];
  for (const [path, write] of outputs) {
    if (!path || !write) continue;
    const written = await writeOutput(path, write);
    if (!written.ok) return written;
  }
  const notice = run.notices.slice(run.report.notices?.length ?? 0)[0];
  const written = o.output !== null || Boolean(o.docx) || Boolean(o.baoCao);
  return {
    ok: true,
    report: run.report,
    json,
    ...(notice ? { notice } : {}),
    ...(written ? { header: runHeader(settings, readWorkbookHeader(run.grids, run.report.tables)) } : {}),
  };
}

/** The directions by name: the `--chieu` file's lines, then the flags over them. */
async function directionsGiven(o: ReportOptions): Promise<{ ok: true; byName: Record<string, Direction> } | Refusal> {
  if (!o.directionFile) return { ok: true, byName: { ...o.directionByName } };
  const file = await readBytes(o.directionFile);
  if (!file.ok) return file;
  const read = parseDirectionFile(new TextDecoder('utf-8').decode(file.bytes), o.directionFile);
  if (!read.ok) return read;
  const { meaningWords } = await import('../core/dictionary/index');
  return { ok: true, byName: withFlagsOver(read.byName, o.directionByName ?? {}, meaningWords) };
}

/** The file's choices with the flags' over them, a flag replacing the file's line for the same indicator. */
function withFlagsOver(
  file: Record<string, Direction>,
  flags: Record<string, Direction>,
  meaningWords: (name: string) => string,
): Record<string, Direction> {
  const flagged = new Set(Object.keys(flags).map(meaningWords));
  const kept = Object.entries(file).filter(([name]) => !flagged.has(meaningWords(name)));
  return { ...Object.fromEntries(kept), ...flags };
}

/** Writes one output; an existing file it replaces is named on stderr (the input never is: `outputClash`). */
async function writeOutput(path: string, write: (path: string) => Promise<void>): Promise<{ ok: true } | Refusal> {
  const replaces = existsSync(path);
  const written = await write(path).then(() => ({ ok: true as const }), writeFailure(path));
  if (written.ok && replaces) process.stderr.write(`Đã ghi đè tệp có sẵn: ${path}\n`);
  return written;
}

/**
 * `-o` names a workbook (.xlsx, .xlsm; the copy of an .xls/.ods is an .xlsx, and its refusal
 * suggests the name), `--docx` a Word file (.docx): a wrong name is refused before the report runs.
 */
function outputNameRefusal(o: ReportOptions, input: FileKind): Refusal | null {
  const converted = input === 'xls' || input === 'ods';
  if (o.output !== null && converted && !/\.xlsx$/i.test(o.output))
    return refusal('converted-output-name', input, `${o.output.replace(/\.(xls|ods|xlsm)$/i, '')}.xlsx`);
  if (o.output !== null && !/\.xls[xm]$/i.test(o.output)) return refusal('output-not-workbook', o.output);
  if (o.docx && !/\.docx$/i.test(o.docx)) return refusal('output-not-docx', o.docx);
  if (o.baoCao && !/\.docx$/i.test(o.baoCao)) return refusal('output-not-docx', o.baoCao);
  return null;
}

/** An output that would overwrite the input (or both outputs naming one file). */
function outputClash(o: ReportOptions): Refusal | null {
  const files = [o.output, o.docx ?? null, o.baoCao ?? null, o.json === '-' ? null : o.json].filter(
    (f): f is string => f !== null,
  );
  for (const input of [...(o.termInputs ?? [o.input]), ...(o.previousYear ? [o.previousYear] : [])])
    for (const f of files) if (isSameFile(input, f)) return refusal('overwrites-input', basename(f));
  for (let i = 0; i < files.length; i++)
    for (let j = i + 1; j < files.length; j++) if (isSameFile(files[i], files[j])) return refusal('same-outputs');
  return null;
}

let pipeWatched = false;

/**
 * `chitieu report | head`: the reader closing the pipe early ends the output quietly (Node reports
 * it as an EPIPE error on stdout, which would otherwise crash with a stack trace).
 */
function endQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

/** What `report` prints: the counts line, the narrative, then the check findings. */
export function summaryText(report: Report, o: ReportOptions, notice?: string, header?: RunHeader): string {
  const lines: string[] = [];
  if (o.input === SAMPLE_WORKBOOK) lines.push(`Sổ mẫu: ${o.input}`);
  // Loops, not spread arguments: a 200,000-indicator report would overflow the call stack.
  for (const notice of report.notices ?? []) lines.push(notice);
  for (const line of countLines(report)) lines.push(line);
  for (const sentence of report.narrative) lines.push(sentence);
  if (report.checks.length > 0) lines.push('', `Số liệu cần kiểm tra (${report.checks.length}):`);
  for (const f of report.checks) lines.push(findingText(f));
  if (header) for (const line of ['', ...headerLines(header)]) lines.push(line);
  if (o.output !== null || o.docx || o.baoCao) lines.push('');
  if (o.output !== null) lines.push(`Đã ghi báo cáo vào: ${o.output}`);
  if (o.docx) lines.push(`Đã ghi phụ lục Word vào: ${o.docx}`);
  if (o.baoCao) lines.push(`Đã ghi dự thảo báo cáo vào: ${o.baoCao}`);
  if (notice) lines.push(notice);
  if (o.json !== null && o.json !== '-') lines.push(`Đã ghi JSON vào: ${o.json}`);
  return `${lines.join('\n')}\n`;
}
