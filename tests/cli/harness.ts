/** Shared helpers of the CLI tests: run `node bin/chitieu.js` as a black box, temp dirs, hashes. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(REPO_ROOT, 'bin', 'chitieu.js');
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const FIXTURE_NAMES = ['phuc-dong-2020', 'duc-giang-2015-2020', 'so-lieu-dai-2018-2020'];

/** A vowel with a Vietnamese diacritic, or đ: proof a message is written in Vietnamese. */
export const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string = REPO_ROOT): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CHITIEU_DEBUG: '' },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'chitieu-cli-'));
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Lines of a stream, without the empty ones. */
export function nonEmptyLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/** Writes an ExcelJS workbook built by `fill` to `path`. */
export async function writeWorkbook(path: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Bytes of an OLE compound file (the container of .xls and of encrypted .xlsx) naming `streams`. */
export function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(128 * Math.max(streams.length, 1));
  streams.forEach((name, i) => Buffer.from(name, 'utf16le').copy(directory, i * 128));
  return Buffer.concat([header, directory, Buffer.alloc(1024, 0xff)]);
}

/** The texts of the header block (the first rows) of a copy's summary sheet, as ExcelJS reads them. */
export async function summaryHeaderTexts(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Báo cáo chỉ tiêu');
  const texts: string[] = [];
  for (let r = 1; r <= 5; r++) sheet?.getRow(r).eachCell((c) => texts.push(String(c.value)));
  return texts;
}
