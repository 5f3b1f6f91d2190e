/**
 * Old and other formats (issue 15 item 3): an `.xls` (Excel 97–2003) and an `.ods` (OpenDocument)
 * made by LibreOffice from the shared fixtures give the same figures as the `.xlsx`, and `-o` writes
 * a new `.xlsx` whose summary sheet computes — in LibreOffice, an independent spreadsheet engine —
 * the same cells as the one written from the `.xlsx`. The input is never touched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { sniffFileKind } from '../../src/workbookFile/sniff';
import { runReport, toReportJson } from '../../src/core/index';
import { FIXTURES, makeTempDir, runCli, sha256 } from './harness';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
if (!hasSoffice && process.env.CI) throw new Error('soffice (LibreOffice) is required in CI');

const NAMES = ['phuc-dong-2020', 'duc-giang-2015-2020', 'thuong-thanh-9-thang-2024-uoc-ca-nam'];
const dir = makeTempDir();

function soffice(args: string[]): void {
  const run = spawnSync('soffice', ['--headless', ...args], { timeout: 180_000, env: { ...process.env, HOME: dir } });
  if (run.status !== 0) throw new Error(`soffice ${args.join(' ')}: ${String(run.stderr)}`);
}

/** The summary sheet of a copy as LibreOffice computes it, as CSV text. */
function summaryCsv(copy: string, tag: string): string {
  const out = join(dir, `csv-${tag}`);
  // Sheet 2 is the summary sheet (each fixture has one source sheet).
  soffice([
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2',
    '--outdir',
    out,
    copy,
  ]);
  const base = copy.slice(copy.lastIndexOf('/') + 1).replace(/\.xlsx$/, '');
  return readFileSync(join(out, `${base}-Báo cáo chỉ tiêu.csv`), 'utf8');
}

async function reportJsonOf(path: string): Promise<unknown> {
  const read = await readWorkbook(path);
  if (!read.ok) throw new Error(read.message);
  const run = runReport(read.grids);
  if (!run.ok) throw new Error(run.message);
  return toReportJson(run.report);
}

describe.skipIf(!hasSoffice)('.xls and .ods workbooks', () => {
  beforeAll(() => {
    for (const name of NAMES) copyFileSync(join(FIXTURES, `${name}.xlsx`), join(dir, `${name}.xlsx`));
    // One LibreOffice start per format converts every workbook.
    for (const format of ['xls', 'ods'])
      soffice(['--convert-to', format, '--outdir', dir, ...NAMES.map((name) => join(dir, `${name}.xlsx`))]);
  }, 600_000);

  it('are recognised by their signature', () => {
    expect(sniffFileKind(readFileSync(join(dir, `${NAMES[0]}.xls`)))).toBe('xls');
    expect(sniffFileKind(readFileSync(join(dir, `${NAMES[0]}.ods`)))).toBe('ods');
    expect(sniffFileKind(readFileSync(join(dir, `${NAMES[0]}.xlsx`)))).toBe('xlsx');
  });

  for (const name of NAMES) {
    for (const format of ['xls', 'ods']) {
      it(`${name}.${format} gives the same tables, figures, statuses and source cells as the .xlsx`, async () => {
        const converted = await reportJsonOf(join(dir, `${name}.${format}`));
        expect(converted).toEqual(await reportJsonOf(join(dir, `${name}.xlsx`)));
      });
    }
  }

  for (const format of ['xls', 'ods']) {
    it(`-o on an .${format} writes an .xlsx whose summary sheet LibreOffice computes as the .xlsx's`, () => {
      const name = NAMES[0];
      const input = join(dir, `${name}.${format}`);
      const before = sha256(input);
      const fromOld = join(dir, `tu-${format}.xlsx`);
      const fromXlsx = join(dir, `tu-xlsx-${format}.xlsx`);
      const run = runCli(['report', input, '-o', fromOld]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Lưu ý: sổ .${format} đã được chuyển sang .xlsx`);
      expect(runCli(['report', join(dir, `${name}.xlsx`), '-o', fromXlsx]).status).toBe(0);
      expect(sha256(input)).toBe(before);
      const [a, b] = [summaryCsv(fromOld, `old-${format}`), summaryCsv(fromXlsx, `new-${format}`)];
      expect(a).toContain('Thu ngân sách');
      expect(a).toBe(b);
    });
  }

  it('the copy of an .xls must be named .xlsx: anything else is refused and nothing is written', () => {
    const out = join(dir, 'ket-qua.xls');
    const run = runCli(['report', join(dir, `${NAMES[0]}.xls`), '-o', out]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      `Sổ .xls được chuyển sang .xlsx: tệp kết quả phải có đuôi .xlsx (ví dụ ${join(dir, 'ket-qua.xlsx')}).`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
