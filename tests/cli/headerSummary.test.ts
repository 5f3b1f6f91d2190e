/**
 * `chitieu report` cannot ask before it writes, so when it writes an output that carries the header
 * (`-o`, `--docx`, `--bao-cao`) its summary says which header it wrote — each line with where it
 * came from (read from the workbook, given by a flag, left empty) and the flag that changes it — and
 * the copy carries exactly that header. Without an output nothing is written and nothing is said.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, makeTempDir, runCli, summaryHeaderTexts } from './harness';

/** The summary's header block: the lines after `Đầu trang sẽ ghi:`, up to the blank line. */
function headerBlock(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.indexOf('Đầu trang sẽ ghi:');
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

const headerCells = (path: string) => summaryHeaderTexts(readFileSync(path));

describe('the header in the summary of report -o', () => {
  it('a party workbook, no flags: the party header read from the workbook, as the copy carries it', async () => {
    const out = join(makeTempDir(), 'ket-qua.xlsx');
    const run = runCli(['report', join(FIXTURES, 'phuc-dong-2020.xlsx'), '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(headerBlock(run.stdout)).toEqual([
      '  Khối: Đảng (đọc từ sổ; đổi bằng --khoi dang|chinh-quyen)',
      '  Cơ quan cấp trên: Đảng bộ quận Long Biên (đọc từ sổ; đổi bằng --cap-tren)',
      '  Cơ quan ban hành: Đảng ủy phường Phúc Đồng (đọc từ sổ; đổi bằng --don-vi)',
      '  Địa danh: Phúc Đồng (đọc từ sổ; đổi bằng --dia-danh)',
    ]);
    const cells = await headerCells(out);
    expect(cells).toEqual(expect.arrayContaining(['ĐẢNG BỘ QUẬN LONG BIÊN', 'ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']));
    expect(cells.some((c) => c.startsWith('Phúc Đồng, ngày'))).toBe(true);
  });

  it('a UBND workbook, no flags: the state header read from the workbook', () => {
    const out = join(makeTempDir(), 'ket-qua.docx');
    const run = runCli(['report', join(FIXTURES, 'thuong-thanh-9-thang-2024-uoc-ca-nam.xlsx'), '--docx', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(headerBlock(run.stdout)).toEqual([
      '  Khối: chính quyền (Quốc hiệu) (đọc từ sổ; đổi bằng --khoi dang|chinh-quyen)',
      '  Cơ quan cấp trên: UBND quận Long Biên (đọc từ sổ; đổi bằng --cap-tren)',
      '  Cơ quan ban hành: UBND phường Thượng Thanh (đọc từ sổ; đổi bằng --don-vi)',
      '  Địa danh: Thượng Thanh (đọc từ sổ; đổi bằng --dia-danh)',
    ]);
  });

  it('the flags win and say so; --dia-danh changes the date line', async () => {
    const out = join(makeTempDir(), 'ket-qua.xlsx');
    const run = runCli([
      'report',
      join(FIXTURES, 'phuc-dong-2020.xlsx'),
      '-o',
      out,
      '--cap-tren',
      'Quận ủy Long Biên',
      '--dia-danh',
      'Hà Nội',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const block = headerBlock(run.stdout);
    expect(block[1]).toBe('  Cơ quan cấp trên: Quận ủy Long Biên (theo tùy chọn; đổi bằng --cap-tren)');
    expect(block[2]).toBe('  Cơ quan ban hành: Đảng ủy phường Phúc Đồng (đọc từ sổ; đổi bằng --don-vi)');
    expect(block[3]).toBe('  Địa danh: Hà Nội (theo tùy chọn; đổi bằng --dia-danh)');
    const cells = await headerCells(out);
    expect(cells).toContain('QUẬN ỦY LONG BIÊN');
    expect(cells.some((c) => c.startsWith('Hà Nội, ngày'))).toBe(true);
  });

  it('without an output: no header said (nothing is written)', () => {
    const run = runCli(['report', join(FIXTURES, 'phuc-dong-2020.xlsx')]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Đầu trang');
  });
});
