/**
 * `chitieu consolidate`: the district view of several ward workbooks.
 *
 *   chitieu consolidate phuong1.xlsx phuong2.xlsx … [-o quan.xlsx] [--json FILE | --json -]
 *
 * The files are read here and handed to the district pipeline (`consolidateWorkbookFiles`, shared
 * with other hosts): each ward run through the engine, the reports consolidated. A file that cannot be read, or holds no indicator table, is a
 * finding and the others go on. Prints the district sentences (ranking included) and the findings;
 * `-o` writes a NEW workbook from the core's district sheet models (src/core/consolidate/model.ts):
 * "Tổng hợp các phường" — the very sheet the add-in writes (matrix, % and status coloured by
 * conditional formatting, ranking, sentences, findings) — then "Xếp hạng" and "Kiểm tra" as sheets
 * of their own; `--json` the district report as JSON (`-`: only the JSON, on stdout).
 *
 * Exit codes: 0 success; 2 with one Vietnamese line on stderr when the arguments are wrong, an
 * output would overwrite an input, or no ward file is readable (nothing is written then); 1 a bug.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DistrictReport } from '../core/consolidate/types';
import { districtFindingText } from '../core/consolidate/model';
import { refuse as refusal, type Refusal } from '../core/refusal';
import { readArgs, wantsHelp, type ValueOptions } from './args';
import { refuse, unexpected } from './exit';
import { READ_FALLBACK, readBytes } from './readWorkbook';
import { nativeDeflate } from './nativeDeflate';
import { consolidateWorkbookFiles, readWardFile, type WardFile, type WardRead } from '../workbookFile/consolidate';
import { isSameFile, writeFailure } from './writeResults';
import { pushAll } from '../core/arrays';
import type { UserSettings } from '../settings/userSettings';

export const CONSOLIDATE_USAGE =
  'Cách dùng: chitieu consolidate phuong1.xlsx phuong2.xlsx … [-o tổng-hợp.xlsx] [--bao-cao báo-cáo.docx] [--json tệp.json | --json -]';

const HELP = `${CONSOLIDATE_USAGE}

Tổng hợp bảng chỉ tiêu của nhiều phường: bảng tỷ lệ thực hiện từng chỉ tiêu theo phường,
xếp hạng các phường và các nội dung cần kiểm tra. Tệp không đọc được được ghi vào phần
kiểm tra, các tệp khác vẫn được tổng hợp.

  phuong.xlsx …        sổ Excel của từng phường (ít nhất một tệp)
  -o, --output TỆP     ghi một sổ Excel MỚI gồm các trang "Tổng hợp các phường",
                       "Xếp hạng" và "Kiểm tra" (không sửa tệp nào của phường)
  --bao-cao TỆP        ghi dự thảo báo cáo Word (.docx) của cấp tổng hợp, theo thể thức
                       như báo cáo của phường: kết quả từng chỉ tiêu, xếp hạng theo từng kỳ
                       báo cáo, các chỉ tiêu có phường chưa đạt, nơi nhận, chữ ký, phụ lục
  --don-vi TÊN         cơ quan ban hành báo cáo, ví dụ "Đảng ủy quận Long Biên"
  --cap-tren TÊN       cơ quan cấp trên, ví dụ "Thành ủy Hà Nội"
  --khoi dang|chinh-quyen
                       thể thức đầu trang: Đảng hoặc chính quyền (Quốc hiệu)
  --dia-danh TÊN       địa danh ở dòng ngày tháng
  --json TỆP           ghi kết quả dạng JSON vào TỆP; "--json -" chỉ in JSON ra màn hình
  -h, --help           in hướng dẫn này
`;

export interface ConsolidateOptions {
  inputs: string[];
  output: string | null;
  /** A file path, `-` for stdout, or null. */
  json: string | null;
  /** The draft báo cáo's path (`--bao-cao`), or null. */
  baoCao?: string | null;
  /** The draft's header: `--don-vi`, `--cap-tren`, `--khoi`, `--dia-danh`. */
  header?: Partial<Pick<UserSettings, 'issuingBody' | 'superiorBody' | 'bodyType' | 'place'>>;
}

type Parsed =
  { kind: 'help' } | { kind: 'run'; options: ConsolidateOptions } | { kind: 'usage_error'; message: string };

const CONSOLIDATE_OPTIONS = {
  output: { short: 'o' },
  json: {},
  'bao-cao': {},
  'don-vi': {},
  'cap-tren': {},
  khoi: {},
  'dia-danh': {},
} satisfies ValueOptions;

const BODY_TYPES: Record<string, 'party' | 'state'> = { dang: 'party', 'chinh-quyen': 'state' };

/** `consolidate ward.xlsx… [-o FILE] [--json FILE | -]` through `node:util.parseArgs`, like `chitieu report`. */
export function parseConsolidateArgs(args: string[]): Parsed {
  if (wantsHelp(args)) return { kind: 'help' };
  const read = readArgs(args, CONSOLIDATE_OPTIONS);
  if (!read.ok) return usageError(read.reason);
  const once = onceEach(read.values);
  if (once) return usageError(once);
  const one = (name: string) => read.values.get(name)?.[0];
  const output = one('output') ?? null;
  const json = one('json') ?? null;
  const baoCao = one('bao-cao') ?? null;
  if (output === '-') return usageError('-o cần tên tệp .xlsx, không nhận "-".');
  const khoi = one('khoi');
  if (khoi !== undefined && !Object.hasOwn(BODY_TYPES, khoi))
    return usageError('--khoi chỉ nhận "dang" hoặc "chinh-quyen".');
  if (read.positionals.length === 0) return usageError('Cần ít nhất một tệp .xlsx của phường.');
  const header = {
    issuingBody: one('don-vi') ?? '',
    superiorBody: one('cap-tren') ?? '',
    place: one('dia-danh') ?? '',
    ...(khoi !== undefined ? { bodyType: BODY_TYPES[khoi] } : {}),
  };
  return { kind: 'run', options: { inputs: read.positionals, output, json, baoCao, header } };
}

/** A district has one workbook and one JSON: `-o` and `--json` are given once at most. */
function onceEach(values: Map<string, string[]>): string | null {
  for (const [name, given] of values)
    if (given.length > 1) return `${name === 'output' ? '-o' : `--${name}`} chỉ được dùng một lần.`;
  return null;
}

function usageError(reason: string): Parsed {
  return { kind: 'usage_error', message: `${reason} ${CONSOLIDATE_USAGE}` };
}

export type ConsolidateOutcome =
  | {
      ok: true;
      district: DistrictReport;
      json: string | null;
      /** What reading a ward file changed, one line each: `phuc-dong.xls: Lưu ý: sổ .xls đã được chuyển…`. */
      notices: string[];
    }
  | Refusal;

/** Reads one ward file and runs the engine on it; a file that cannot be used is a result, never a throw. */
export async function readWard(path: string): Promise<WardRead> {
  return readWardFile(await wardFile(path), READ_FALLBACK);
}

/** A ward file's bytes, or why it cannot be read (missing, a folder, no permission). */
async function wardFile(path: string): Promise<WardFile> {
  const read = await readBytes(path);
  return read.ok ? { name: basename(path), bytes: read.bytes } : { name: basename(path), refusal: read };
}

/**
 * `chitieu consolidate` without the printing: the district of the ward files
 * (`consolidateWorkbookFiles`), then (only if at least one ward was readable) the workbook and the
 * JSON file written.
 */
export async function consolidateCommand(o: ConsolidateOptions): Promise<ConsolidateOutcome> {
  const clash = outputClash(o);
  if (clash) return clash;
  // Each file's bytes are read when its turn comes and dropped after it.
  const files = o.inputs.map((path) => () => wardFile(path));
  const run = await consolidateWorkbookFiles(files, {
    fallback: { ...READ_FALLBACK, deflate: nativeDeflate },
    json: o.json !== null,
    workbook: o.output !== null,
    ...(o.baoCao ? { baoCao: { settings: o.header ?? {} } } : {}),
  });
  if (!run.ok) return run;
  for (const [path, bytes] of [
    [o.output, run.xlsx],
    [o.baoCao, run.baoCao],
  ] as const) {
    if (!path || !bytes) continue;
    const written = await writeFile(path, bytes).then(() => ({ ok: true as const }), writeFailure(path));
    if (!written.ok) return written;
  }
  const json = run.json ?? null;
  if (json !== null && o.json !== '-') {
    const written = await writeFile(o.json!, json).then(() => ({ ok: true as const }), writeFailure(o.json!));
    if (!written.ok) return written;
  }
  return { ok: true, district: run.district, json, notices: run.notices };
}

function outputClash(o: ConsolidateOptions): Refusal | null {
  if (o.baoCao && !/\.docx$/i.test(o.baoCao)) return refusal('output-not-docx', o.baoCao);
  const outputs = [o.output, o.baoCao ?? null, o.json === '-' ? null : o.json].filter((f): f is string => !!f);
  for (const out of outputs)
    if (o.inputs.some((input) => isSameFile(input, out))) return refusal('overwrites-ward-file', out);
  if (outputs.some((a, i) => outputs.slice(i + 1).some((b) => isSameFile(a, b)))) return refusal('same-outputs');
  return null;
}

/** What `consolidate` prints: the sentences (ranking included), then the findings, then the notices. */
export function districtText(d: DistrictReport, o: ConsolidateOptions, notices: string[] = []): string {
  const lines = [...d.sentences];
  if (d.findings.length > 0)
    pushAll(lines, ['', `Nội dung cần kiểm tra (${d.findings.length}):`, ...d.findings.map(districtFindingText)]);
  if (notices.length > 0) pushAll(lines, ['', ...notices]);
  if (o.output !== null || o.baoCao) lines.push('');
  if (o.output !== null) lines.push(`Đã ghi bảng tổng hợp vào: ${o.output}`);
  if (o.baoCao) lines.push(`Đã ghi dự thảo báo cáo vào: ${o.baoCao}`);
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
    const toStdout = parsed.options.json === '-';
    process.stdout.write(toStdout ? outcome.json! : districtText(outcome.district, parsed.options, outcome.notices));
    // With JSON on stdout, what the reading changed goes to stderr, where a person still sees it.
    if (toStdout && outcome.notices.length > 0) process.stderr.write(`${outcome.notices.join('\n')}\n`);
    return 0;
  } catch (err) {
    return unexpected(err);
  }
}
