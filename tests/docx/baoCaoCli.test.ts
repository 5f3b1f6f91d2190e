/**
 * `chitieu report in.xlsx --bao-cao out.docx`, black box: the draft is written alone or with -o and
 * --docx, its sentences are the ones --json gives, the summary names it, and it is refused as -o is
 * (never onto the input, an unwritable folder, a missing value), exit 2 with one Vietnamese line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, makeTempDir, nonEmptyLines, runCli, sha256 } from '../cli/harness';
import { readDocx } from './readDocx';

const INPUT = join(FIXTURES, 'thuong-thanh-9-thang-2024-uoc-ca-nam.xlsx');

describe('chitieu report --bao-cao', () => {
  it('writes the draft with -o, --docx and --json in one run, worded as --json, and says where', () => {
    const dir = makeTempDir();
    const [draft, docx, xlsx, json] = ['bao-cao.docx', 'phu-luc.docx', 'ket-qua.xlsx', 'ket-qua.json'].map((f) =>
      join(dir, f),
    );
    const args = ['report', INPUT, '-o', xlsx, '--docx', docx, '--bao-cao', draft, '--json', json];
    const run = runCli([
      ...args,
      '--don-vi',
      'UBND phường Thượng Thanh',
      '--khoi',
      'chinh-quyen',
      '--ty-le-chi-tieu',
      'duoc-giao',
      '--chenh-lech',
      'phan-tram',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Đã ghi dự thảo báo cáo vào: ${draft}`);
    expect(existsSync(xlsx) && existsSync(docx)).toBe(true);
    const doc = readDocx(readFileSync(draft));
    const report = JSON.parse(readFileSync(json, 'utf8')) as { narrative: string[] };
    for (const sentence of report.narrative) expect(doc.paragraphs).toContain(sentence);
    // Worded otherwise, each indicator's sentence is still found under its field: only the two
    // overview sentences come before the first part.
    const paragraphs = doc.paragraphs.filter((p) => p !== '');
    const results = paragraphs.indexOf('I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
    expect(paragraphs.indexOf('1. Kinh tế - ngân sách') - results - 1).toBe(2);
    expect(paragraphs).toContain('II. HẠN CHẾ');
    expect(doc.tables[0].rows[0].cells[0].text).toContain('Số:');
  }, 60_000);

  it('never writes onto the input: exit 2, one Vietnamese line, the input untouched', () => {
    const before = sha256(INPUT);
    const run = runCli(['report', INPUT, '--bao-cao', INPUT]);
    expect(run.status).toBe(2);
    expect(nonEmptyLines(run.stderr)).toEqual([
      'Không ghi đè lên tệp đầu vào thuong-thanh-9-thang-2024-uoc-ca-nam.xlsx: hãy chọn tệp kết quả khác.',
    ]);
    expect(sha256(INPUT)).toBe(before);
  });

  it('refuses one file for --docx and --bao-cao, writing neither; an unwritable folder gives the write message', () => {
    const dir = makeTempDir();
    const same = join(dir, 'a.docx');
    const clash = runCli(['report', INPUT, '--docx', same, '--bao-cao', same]);
    expect(clash.status).toBe(2);
    expect(existsSync(same)).toBe(false);
    const out = join(dir, 'khong-co', 'bao-cao.docx');
    const run = runCli(['report', INPUT, '--bao-cao', out]);
    expect(run.status).toBe(2);
    expect(nonEmptyLines(run.stderr)).toEqual([
      `Không ghi được tệp ${out}: thư mục không tồn tại hoặc không có quyền ghi.`,
    ]);
  });

  it('--bao-cao without a file name is a usage error; --help describes the option in Vietnamese', () => {
    const run = runCli(['report', INPUT, '--bao-cao']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Thiếu giá trị sau --bao-cao.');
    expect(runCli(['--help']).stdout).toMatch(/--bao-cao TỆP\s+ghi dự thảo báo cáo Word \(\.docx\)/);
  });
});
