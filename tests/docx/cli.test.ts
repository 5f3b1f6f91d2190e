/**
 * `chitieu report in.xlsx --docx out.docx`, black box: the appendix is written alone or with -o and
 * --json, the printed summary names it, and it is refused as -o is: never onto the input (nothing
 * written, the input untouched), an unwritable folder gives the Vietnamese message, exit 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, makeTempDir, nonEmptyLines, runCli, sha256 } from '../cli/harness';
import { readDocx } from './readDocx';

const INPUT = join(FIXTURES, 'phuc-dong-2020.xlsx');

describe('chitieu report --docx', () => {
  it('writes the Word appendix with -o and --json in one run, and says where', () => {
    const dir = makeTempDir();
    const [docx, xlsx, json] = ['phu-luc.docx', 'ket-qua.xlsx', 'ket-qua.json'].map((f) => join(dir, f));
    const run = runCli(['report', INPUT, '-o', xlsx, '--docx', docx, '--json', json, '--khoi', 'chinh-quyen']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Đã ghi phụ lục Word vào: ${docx}`);
    expect(existsSync(xlsx) && existsSync(json)).toBe(true);
    const doc = readDocx(readFileSync(docx));
    expect(doc.tables[0].rows[0].cells[1].text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    for (const sentence of report.narrative) expect(doc.paragraphs).toContain(sentence);
  }, 60_000);

  it('accepts --docx=FILE alone', () => {
    const dir = makeTempDir();
    const run = runCli(['report', INPUT, `--docx=${join(dir, 'a.docx')}`]);
    expect(run.status).toBe(0);
    expect(readDocx(readFileSync(join(dir, 'a.docx'))).sections).toHaveLength(2);
  }, 60_000);

  it('never writes onto the input: exit 2, one Vietnamese line, the input untouched', () => {
    const before = sha256(INPUT);
    const run = runCli(['report', INPUT, '--docx', INPUT]);
    expect(run.status).toBe(2);
    expect(nonEmptyLines(run.stderr)).toEqual([
      'Không ghi đè lên tệp đầu vào phuc-dong-2020.xlsx: hãy chọn tệp kết quả khác.',
    ]);
    expect(sha256(INPUT)).toBe(before);
  });

  it('refuses one file for -o and --docx, writing neither', () => {
    const dir = makeTempDir();
    const same = join(dir, 'ket-qua.docx');
    const run = runCli(['report', INPUT, '-o', same, '--docx', same]);
    expect(run.status).toBe(2);
    expect(nonEmptyLines(run.stderr)).toEqual(['Các tệp kết quả (-o, --docx, --json) phải khác nhau.']);
    expect(existsSync(same)).toBe(false);
  });

  it('an unwritable folder gives the Vietnamese write message, exit 2', () => {
    const dir = makeTempDir();
    const out = join(dir, 'khong-co', 'phu-luc.docx');
    const run = runCli(['report', INPUT, '--docx', out]);
    expect(run.status).toBe(2);
    expect(nonEmptyLines(run.stderr)).toEqual([
      `Không ghi được tệp ${out}: thư mục không tồn tại hoặc không có quyền ghi.`,
    ]);
  });

  it('--docx without a file name is a usage error; --help describes the option in Vietnamese', () => {
    const run = runCli(['report', INPUT, '--docx']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Thiếu giá trị sau --docx.');
    const help = runCli(['--help']);
    expect(help.stdout).toMatch(/--docx TỆP\s+ghi phụ lục Word \(\.docx\)/);
  });
});
