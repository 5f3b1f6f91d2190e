/**
 * Black box: every input the user can get wrong ends with exit 2, exactly one Vietnamese line on
 * stderr, no output written and the input untouched.
 */
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FIXTURES,
  VIETNAMESE_LETTER,
  makeTempDir,
  nonEmptyLines,
  oleFile,
  runCli,
  sha256,
  writeWorkbook,
} from './harness';

type MakeInput = (dir: string) => Promise<string | null> | string | null;

/** Runs `report <input> -o out.xlsx --json out.json` and checks the refusal contract. */
async function expectRefusal(makeInput: MakeInput, inputName = 'so-lieu.xlsx', extraArgs?: (dir: string) => string[]) {
  const dir = makeTempDir();
  const input = join(dir, inputName);
  const made = await makeInput(dir);
  const before = made ? sha256(made) : null;
  const out = join(dir, 'ket-qua.xlsx');
  const json = join(dir, 'ket-qua.json');
  const args = extraArgs ? extraArgs(dir) : ['report', input, '-o', out, '--json', json];
  const run = runCli(args, dir);

  expect(run.status).toBe(2);
  expect(nonEmptyLines(run.stderr)).toHaveLength(1);
  expect(run.stderr.trim()).toMatch(VIETNAMESE_LETTER);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(out)).toBe(false);
  expect(existsSync(json)).toBe(false);
  if (made) expect(sha256(made)).toBe(before);
  return run;
}

describe('chitieu report refuses bad input with exit 2 and one Vietnamese line', () => {
  it('a missing file is "không tìm thấy"', async () => {
    const run = await expectRefusal(() => null);
    expect(run.stderr).toContain('Không tìm thấy tệp');
  });

  it('a text file renamed .xlsx is not an .xlsx', async () => {
    const run = await expectRefusal((dir) => {
      writeFileSync(join(dir, 'so-lieu.xlsx'), 'Báo cáo kết quả thực hiện chỉ tiêu năm 2020\n');
      return join(dir, 'so-lieu.xlsx');
    });
    expect(run.stderr).toContain('không phải là sổ Excel .xlsx');
  });

  it('a 0-byte .xlsx is not an .xlsx', async () => {
    const run = await expectRefusal((dir) => {
      writeFileSync(join(dir, 'so-lieu.xlsx'), '');
      return join(dir, 'so-lieu.xlsx');
    });
    expect(run.stderr).toContain('không phải là sổ Excel .xlsx');
  });

  it('a CSV renamed .xlsx is not an .xlsx', async () => {
    const run = await expectRefusal((dir) => {
      writeFileSync(
        join(dir, 'so-lieu.xlsx'),
        'STT,Chỉ tiêu,ĐVT,Kế hoạch,Thực hiện\n1,Thu ngân sách,Triệu đồng,10500,36015\n',
      );
      return join(dir, 'so-lieu.xlsx');
    });
    expect(run.stderr).toContain('không phải là sổ Excel .xlsx');
  });

  it('an OLE file holding an EncryptedPackage is a password-protected workbook', async () => {
    const run = await expectRefusal((dir) => {
      writeFileSync(join(dir, 'so-lieu.xlsx'), oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
      return join(dir, 'so-lieu.xlsx');
    });
    expect(run.stderr).toContain('mật khẩu');
  });

  it('an OLE file without an EncryptedPackage is an old .xls workbook', async () => {
    const run = await expectRefusal((dir) => {
      writeFileSync(join(dir, 'so-lieu.xls'), oleFile(['Root Entry', 'Workbook', 'SummaryInformation']));
      return join(dir, 'so-lieu.xls');
    }, 'so-lieu.xls');
    expect(run.stderr).toContain('.xls');
    expect(run.stderr).toContain('định dạng Excel cũ');
  });

  it('a truncated .xlsx is corrupted', async () => {
    const run = await expectRefusal((dir) => {
      const whole = readFileSync(join(FIXTURES, 'phuc-dong-2020.xlsx'));
      writeFileSync(join(dir, 'so-lieu.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
      return join(dir, 'so-lieu.xlsx');
    });
    expect(run.stderr).toContain('bị hỏng');
  });

  it('a workbook with one empty sheet has no data', async () => {
    const run = await expectRefusal((dir) =>
      writeWorkbook(join(dir, 'so-lieu.xlsx'), (wb) => wb.addWorksheet('Sheet1')),
    );
    expect(run.stderr).toContain('không có trang tính nào có dữ liệu');
  });

  it('a workbook whose only sheet is a list of names holds no indicator table (engine message)', async () => {
    const run = await expectRefusal((dir) =>
      writeWorkbook(join(dir, 'so-lieu.xlsx'), (wb) => {
        const ws = wb.addWorksheet('Danh sách');
        ws.addRows([
          ['STT', 'Họ và tên', 'Chi bộ'],
          [1, 'Nguyễn Văn An', 'Chi bộ 1'],
          [2, 'Trần Thị Bình', 'Chi bộ 2'],
        ]);
      }),
    );
    expect(run.stderr).toContain('Không tìm thấy bảng chỉ tiêu');
  });

  it('an output onto the input itself is refused before anything is read', async () => {
    const dir = makeTempDir();
    await expectRefusal(
      () => writeWorkbook(join(dir, 'so-lieu.xlsx'), (wb) => wb.addWorksheet('S').addRow(['Chỉ tiêu', 'Kế hoạch'])),
      'so-lieu.xlsx',
      () => ['report', join(dir, 'so-lieu.xlsx'), '-o', join(dir, 'so-lieu.xlsx')],
    );
  });

  it('an output through a symlink to the input is refused', async () => {
    const dir = makeTempDir();
    const input = join(dir, 'so-lieu.xlsx');
    await writeWorkbook(input, (wb) => wb.addWorksheet('S').addRow(['Chỉ tiêu', 'Kế hoạch']));
    symlinkSync(input, join(dir, 'lien-ket.xlsx'));
    const before = sha256(input);
    const run = runCli(['report', input, '--json', join(dir, 'lien-ket.xlsx')], dir);
    expect(run.status).toBe(2);
    expect(nonEmptyLines(run.stderr)).toHaveLength(1);
    expect(sha256(input)).toBe(before);
  });
});

describe('chitieu usage errors', () => {
  it('an unknown option gives exit 2 and the Vietnamese usage line', () => {
    const run = runCli(['report', '--bogus']);
    expect(run.status).toBe(2);
    expect(nonEmptyLines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain('Tùy chọn không hợp lệ: --bogus');
    expect(run.stderr).toContain('Cách dùng: chitieu report');
  });

  it('an unknown command gives exit 2', () => {
    const run = runCli(['bao-cao']);
    expect(run.status).toBe(2);
    expect(nonEmptyLines(run.stderr)).toHaveLength(1);
  });

  it('-o without a file name gives exit 2', () => {
    const run = runCli(['report', 'x.xlsx', '-o']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Thiếu giá trị sau -o');
  });

  it('--help prints the usage on stdout with exit 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Cách dùng: chitieu report');
    expect(run.stderr).toBe('');
  });
});
