/**
 * The whole `chitieu consolidate` on the ward files' bytes, the district's counterpart of
 * `reportWorkbookFile`: each ward file read and run through the engine, the wards consolidated, the
 * JSON and, if asked, the district workbook written. No file system here: the host reads the files
 * (a file it could not read comes with its refusal) and writes what this returns.
 *
 * A ward file that cannot be read, or holds no indicator table, is a finding and the others go on;
 * with no ward readable at all the district is refused and nothing is written.
 */
import type { ConsolidateSettings, DistrictReport, WardInput } from '../core/consolidate/types';
import { districtJson } from '../core/consolidate/json';
import { districtWorkbookModels } from '../core/consolidate/model';
import { refuse, type Refusal } from '../core/refusal';
import { pushAll } from '../core/arrays';
import { decodeLegacyGrid } from '../core/legacyGrid';
import type { FileFallback } from './fallback';
import { readWorkbookBytes } from './read';
import { convertedNotice } from './write';
import { modelWorkbook } from '../xlsx/modelWorkbook';
import type { RawDeflate } from '../xlsx/zip';
import { sheetSettings } from '../settings/resolve';
import { defaultUserSettings, type UserSettings } from '../settings/userSettings';
import { NO_HEADER } from '../settings/workbookHeader';

/** One ward's file as the host read it: its bytes, or why the host could not (missing, a folder…). */
export type WardFile = { name: string; bytes: Uint8Array } | { name: string; refusal: Refusal };

/** A ward file, or how to read it when its turn comes, so a host need not hold every file's bytes at once. */
export type WardSource = WardFile | (() => Promise<WardFile>);

export interface DistrictFileOptions {
  /** The host's readers for `.xls`/`.ods` and unusual markup (see `FileFallback`). */
  fallback?: FileFallback;
  /** Write the district report as JSON text. */
  json?: boolean;
  /** Write the district workbook (deflated by `fallback.deflate` when the host has one). */
  workbook?: boolean;
  /**
   * Write the district's draft báo cáo (Word): the issuing body, its superior, its block and place
   * as the user gave them (`src/settings`); the date `today` (default now, null leaves it blank).
   */
  baoCao?: { settings?: Partial<UserSettings>; today?: Date | null };
  settings?: Partial<ConsolidateSettings>;
  /** Told after each file: how many are read, of how many. */
  onProgress?: (done: number, total: number) => void;
}

export type DistrictFile =
  | {
      ok: true;
      district: DistrictReport;
      /** What reading a ward file changed, one line each: `phuc-dong.xls: Lưu ý: sổ .xls đã được chuyển…`. */
      notices: string[];
      /** `JSON.stringify` of the district report and a newline, when asked. */
      json?: string;
      /** The district workbook (`Tổng hợp các phường`, `Xếp hạng`, `Kiểm tra`), when asked. */
      xlsx?: Uint8Array;
      /** The district's draft báo cáo (.docx), when asked. */
      baoCao?: Uint8Array;
    }
  | Refusal;

/** A ward read, with what the reading changed (TCVN3 decoded, .xls/.ods converted). */
export type WardRead = WardInput & { file: string; notices: string[] };

/**
 * The engine, loaded on first use: a host's usage errors answer without loading mathjs.
 */
async function engine() {
  const [core, district] = await Promise.all([import('../core/index'), import('../core/consolidate/index')]);
  return { runReport: core.runReport, consolidate: district.consolidate, wardInputOf: district.wardInputOf };
}

/** Reads one ward file and runs the engine on it; a file that cannot be used is a result, never a throw. */
export async function readWardFile(file: WardFile, fallback: FileFallback = {}): Promise<WardRead> {
  const read = 'refusal' in file ? file.refusal : await readWorkbookBytes(file.bytes, file.name, fallback);
  if (!read.ok) return { ward: file.name.replace(/\.[^.]+$/, ''), file: file.name, result: read, notices: [] };
  const { runReport, wardInputOf } = await engine();
  const run = runReport(read.grids);
  const result = run.ok ? { ok: true as const, report: run.report } : run;
  const notices = [
    ...(read.convertedFrom ? [convertedNotice(read.convertedFrom)] : []),
    ...(result.ok ? (result.report.notices ?? []) : []),
  ].map((n) => `${file.name}: ${n}`);
  // A refused file is still named from its title block, read in Unicode.
  const grids = run.ok ? run.grids : read.grids.map(decodeLegacyGrid);
  return { ...wardInputOf(grids, result.ok ? result.report : null, file.name), file: file.name, result, notices };
}

/** The district of the ward files, or why not (no ward readable: every file's reason). */
export async function consolidateWorkbookFiles(
  files: WardSource[],
  options: DistrictFileOptions = {},
): Promise<DistrictFile> {
  // Each file is read, run and dropped: only its report is kept, so memory holds the figures of
  // a whole city's wards and not their workbooks.
  const wards: WardInput[] = [];
  const notices: string[] = [];
  for (const [i, source] of files.entries()) {
    const file = typeof source === 'function' ? await source() : source;
    const { notices: read, ...ward } = await readWardFile(file, options.fallback);
    wards.push(ward);
    pushAll(notices, read);
    options.onProgress?.(i + 1, files.length);
  }
  const { consolidate } = await engine();
  const district = consolidate(wards, options.settings);
  if (!district.wards.some((w) => w.readable)) {
    const reasons = district.wards.map((w) => `${w.file ?? w.name}: ${w.message ?? ''}`).join(' ');
    return refuse('no-readable-ward', reasons);
  }
  const out: DistrictFile = { ok: true, district, notices };
  if (options.json) out.json = `${JSON.stringify(districtJson(district), null, 2)}\n`;
  if (options.workbook) out.xlsx = await districtWorkbookBytes(district, options.fallback?.deflate);
  if (options.baoCao) out.baoCao = await districtBaoCaoBytes(district, options.baoCao);
  return out;
}

/**
 * The district's draft báo cáo: the core's district draft (`districtDraft`) through the one Word
 * renderer of drafts; the renderer is loaded only when a draft is asked for.
 */
export async function districtBaoCaoBytes(
  d: DistrictReport,
  given: NonNullable<DistrictFileOptions['baoCao']>,
): Promise<Uint8Array> {
  const [{ districtDraft }, { baoCaoBytes }] = await Promise.all([
    import('../core/consolidate/draft'),
    import('../docx/baoCao'),
  ]);
  const today = given.today === undefined ? new Date() : given.today;
  const sheet = sheetSettings({ ...defaultUserSettings, ...given.settings }, NO_HEADER, today);
  return baoCaoBytes(districtDraft(d, sheet));
}

/**
 * The district workbook: a new workbook, never a ward's — the core's district sheet models
 * (`districtWorkbookModels`) through the package writer of the summary sheet (`modelWorkbook`).
 */
export function districtWorkbookBytes(d: DistrictReport, deflate?: RawDeflate): Promise<Uint8Array> {
  return modelWorkbook(districtWorkbookModels(d), { deflate });
}
