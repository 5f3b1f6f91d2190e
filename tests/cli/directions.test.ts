/**
 * Correcting a direction from the command line: `--giam-la-tot TÊN` / `--tang-la-tot TÊN` (each
 * repeatable, one indicator each) and `--chieu TỆP` (one `tên chỉ tiêu: giảm|tăng` a line), the
 * flags winning over the file. A lower-is-better indicator below its target has done better than
 * asked (vượt); the same figures read higher-is-better fall short (chưa đạt).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDirectionFile } from '../../src/cli/directionFile';
import { parseCommand } from '../../src/cli/main';
import { makeTempDir, nonEmptyLines, runCli, VIETNAMESE_LETTER, writeWorkbook } from './harness';

const reason = (c: { kind: string; message?: string }) => (c.kind === 'usage_error' ? c.message : '');

describe('the direction flags and file, as read', () => {
  it('every --giam-la-tot and --tang-la-tot counts, not only the last', () => {
    const c = parseCommand([
      'report',
      'a.xlsx',
      '--giam-la-tot',
      'Số hộ tái nghèo',
      '--tang-la-tot=Số mô hình điểm',
      '--giam-la-tot',
      'Tỷ lệ sinh con thứ 3 trở lên',
      '--chieu',
      'chieu.txt',
    ]);
    expect(c).toMatchObject({
      kind: 'report',
      options: {
        directionByName: {
          'Số hộ tái nghèo': 'decrease',
          'Tỷ lệ sinh con thứ 3 trở lên': 'decrease',
          'Số mô hình điểm': 'increase',
        },
        directionFile: 'chieu.txt',
      },
    });
  });

  it('one indicator named both ways, or a flag without its name, is refused in Vietnamese', () => {
    expect(reason(parseCommand(['report', '--giam-la-tot', 'A', '--tang-la-tot', 'A']))).toMatch(
      /^Chỉ tiêu "A" vừa được ghi --giam-la-tot vừa --tang-la-tot\. Cách dùng:/,
    );
    expect(reason(parseCommand(['report', '--giam-la-tot']))).toMatch(/^Thiếu giá trị sau --giam-la-tot\./);
  });

  it('a line is a name and giảm/tăng, parted by ":", "=" or a tab, with or without diacritics or "là tốt"', () => {
    const text = [
      '\uFEFF# chiều đánh giá của phường',
      '',
      'Số đơn thư tồn đọng: giảm',
      'Số hộ tái nghèo = giam',
      'Tỷ lệ hộ dân dùng nước sạch\ttăng là tốt',
      '  Tỷ lệ: rác thải chưa được thu gom :  GIẢM LÀ TỐT  ',
      'Số mô hình điểm: tang',
      'Số mô hình điểm: giam la tot',
    ].join('\r\n');
    expect(parseDirectionFile(text, 'chieu.txt')).toEqual({
      ok: true,
      byName: {
        'Số đơn thư tồn đọng': 'decrease',
        'Số hộ tái nghèo': 'decrease',
        'Tỷ lệ hộ dân dùng nước sạch': 'increase',
        'Tỷ lệ: rác thải chưa được thu gom': 'decrease',
        'Số mô hình điểm': 'decrease',
      },
    });
  });

  it.each([
    ['Số hộ tái nghèo', 2],
    ['Số hộ tái nghèo: ít', 2],
    [': giảm', 2],
    ['Số hộ tái nghèo giảm', 2],
  ])('a line that is not "tên: giảm|tăng" (%s) is refused naming its line', (bad, line) => {
    const r = parseDirectionFile(`Số đơn thư tồn đọng: giảm\n${bad}\n`, 'chieu.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(new RegExp(`^Dòng ${line} của tệp chieu\\.txt không đúng dạng`));
  });
});

describe('chitieu report with directions chosen by name', () => {
  let dir: string;
  let book: string;
  beforeAll(async () => {
    dir = makeTempDir();
    // None of these names tells a direction: chitieu would judge them higher-is-better.
    book = await writeWorkbook(join(dir, 'phuong.xlsx'), (wb) => {
      const ws = wb.addWorksheet('Năm 2024');
      ws.addRow(['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Thực hiện năm 2024']);
      ws.addRow([1, 'Số mô hình điểm', 'mô hình', 5, 3]);
      ws.addRow([2, 'Số lượt kiểm tra liên ngành', 'lượt', 12, 8]);
      ws.addRow([3, 'Số cuộc họp tổ dân phố', 'cuộc', 20, 25]);
    });
  });

  const statuses = (json: string) =>
    Object.fromEntries(
      (JSON.parse(json) as { tables: { indicators: { name: string; overallStatus: string }[] }[] }).tables
        .flatMap((t) => t.indicators)
        .map((i) => [i.name, i.overallStatus]),
    );

  it('without a choice: below target is chưa đạt, above is vượt, and the guess is said', () => {
    const r = runCli(['report', book, '--json', '-']);
    expect(r.status).toBe(0);
    expect(statuses(r.stdout)).toEqual({
      'Số mô hình điểm': 'chua_dat',
      'Số lượt kiểm tra liên ngành': 'chua_dat',
      'Số cuộc họp tổ dân phố': 'vuot',
    });
  });

  it('--giam-la-tot, repeated, turns each named indicator lower-is-better (names matched loosely)', () => {
    const r = runCli([
      'report',
      book,
      '--json',
      '-',
      '--giam-la-tot',
      'so mo hinh diem',
      '--giam-la-tot',
      '3. Số cuộc họp tổ dân phố',
    ]);
    expect(r.status).toBe(0);
    expect(statuses(r.stdout)).toEqual({
      'Số mô hình điểm': 'vuot',
      'Số lượt kiểm tra liên ngành': 'chua_dat',
      'Số cuộc họp tổ dân phố': 'chua_dat',
    });
  });

  it('--chieu reads the file; a flag for the same indicator wins over its line', () => {
    const file = join(dir, 'chieu.txt');
    writeFileSync(file, '# phường\nSố mô hình điểm: giảm\nSố lượt kiểm tra liên ngành = giảm là tốt\n', 'utf8');
    const fromFile = runCli(['report', book, '--json', '-', '--chieu', file]);
    expect(fromFile.status).toBe(0);
    expect(statuses(fromFile.stdout)).toMatchObject({
      'Số mô hình điểm': 'vuot',
      'Số lượt kiểm tra liên ngành': 'vuot',
    });
    const flagOver = runCli(['report', book, '--json', '-', '--chieu', file, '--tang-la-tot', 'Số mô hình điểm']);
    expect(statuses(flagOver.stdout)).toMatchObject({
      'Số mô hình điểm': 'chua_dat',
      'Số lượt kiểm tra liên ngành': 'vuot',
    });
  });

  it('the sentence follows the choice', () => {
    const r = runCli(['report', book, '--giam-la-tot', 'Số mô hình điểm']);
    expect(r.status).toBe(0);
    const line = nonEmptyLines(r.stdout).find((l) => /mô hình điểm/.test(l) && /03/.test(l));
    expect(line).toBeDefined();
    expect(line).not.toMatch(/chưa đạt/);
  });

  it('a bad line: one Vietnamese line naming it, exit 2, nothing written', () => {
    const file = join(dir, 'sai.txt');
    writeFileSync(file, 'Số mô hình điểm: giảm\n\nSố lượt kiểm tra liên ngành ít hơn\n', 'utf8');
    const out = join(dir, 'khong-ghi.xlsx');
    const r = runCli(['report', book, '--chieu', file, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(nonEmptyLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^Dòng 3 của tệp .*sai\.txt không đúng dạng/);
    expect(existsSync(out)).toBe(false);
  });

  it('a missing file is refused like a missing workbook', () => {
    const r = runCli(['report', book, '--chieu', join(dir, 'khong-co.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Không tìm thấy tệp: .*khong-co\.txt\n$/);
  });

  it('the help says how, in Vietnamese', () => {
    const help = runCli(['--help']).stdout;
    for (const flag of ['--giam-la-tot TÊN', '--tang-la-tot TÊN', '--chieu TỆP']) expect(help).toContain(flag);
    const line = help.split('\n').find((l) => l.includes('--chieu'))!;
    expect(line).toMatch(VIETNAMESE_LETTER);
  });
});
