/**
 * The command line's outputs are what their names say and never a surprise: `-o` writes a workbook
 * (.xlsx, .xlsm), `--docx` a Word file (.docx) — another name is one Vietnamese line, exit 2,
 * nothing written; an output that replaces an existing file says which on stderr; a reader that
 * closes the pipe early (`chitieu report | head`) ends the run quietly.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, makeTempDir, nonEmptyLines, REPO_ROOT, runCli } from './harness';

const INPUT = join(FIXTURES, 'phuc-dong-2020.xlsx');
const dir = makeTempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output names', () => {
  for (const [flag, name, line] of [
    ['-o', 'bao-cao.docx', 'Tệp kết quả -o phải có đuôi .xlsx (hoặc .xlsm)'],
    ['-o', 'bao-cao.xls', 'Tệp kết quả -o phải có đuôi .xlsx (hoặc .xlsm)'],
    ['-o', 'bao-cao', 'Tệp kết quả -o phải có đuôi .xlsx (hoặc .xlsm)'],
    ['--docx', 'phu-luc.xlsx', 'Phụ lục Word --docx phải có đuôi .docx'],
    ['--docx', 'phu-luc.doc', 'Phụ lục Word --docx phải có đuôi .docx'],
  ]) {
    it(`${flag} ${name}: one Vietnamese line, exit 2, nothing written`, () => {
      const out = join(dir, `ten-sai-${name}`);
      const run = runCli(['report', INPUT, flag, out, '--json', join(dir, 'ten-sai.json')]);
      expect(run.status).toBe(2);
      expect(nonEmptyLines(run.stderr)).toEqual([`${line}, không ghi vào ${out}.`]);
      expect(run.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
      expect(existsSync(join(dir, 'ten-sai.json'))).toBe(false);
    });
  }

  it('-o .XLSM and --docx .DOCX in capitals are workbook and Word names', () => {
    const run = runCli(['report', INPUT, '-o', join(dir, 'BAO-CAO.XLSM'), '--docx', join(dir, 'PHU-LUC.DOCX')]);
    expect(run.status).toBe(0);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['BAO-CAO.XLSM', 'PHU-LUC.DOCX']));
  });
});

describe('an output that replaces a file', () => {
  it('is named on stderr, one line per file replaced; a new file is not', () => {
    const out = join(dir, 'thay.xlsx');
    const json = join(dir, 'thay.json');
    writeFileSync(out, 'cũ');
    const run = runCli(['report', INPUT, '-o', out, '--json', json]);
    expect(run.status).toBe(0);
    expect(nonEmptyLines(run.stderr)).toEqual([`Đã ghi đè tệp có sẵn: ${out}`]);
    const again = runCli(['report', INPUT, '-o', out, '--json', json]);
    expect(nonEmptyLines(again.stderr)).toEqual([`Đã ghi đè tệp có sẵn: ${out}`, `Đã ghi đè tệp có sẵn: ${json}`]);
  });
});

describe('a closed pipe', () => {
  it('chitieu report | head: the reader gone before the output, the run ends quietly with exit 0', async () => {
    const child = spawn(process.execPath, [BIN, 'report'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader closes at once, as `head -0` would
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
