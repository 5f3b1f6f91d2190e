/** `chitieu consolidate` as a black box: `node bin/chitieu.js consolidate …` on the test district. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nonEmptyLines, runCli, sha256, VIETNAMESE_LETTER } from '../cli/harness';
import { NAME_LIST, TEXT_FILE, writeDistrict } from './district';

let dir: string;
let paths: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-consolidate-cli-'));
  paths = await writeDistrict(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One Vietnamese line on stderr, exit 2, nothing on stdout. */
function expectRefusal(r: ReturnType<typeof runCli>, pattern: RegExp) {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = nonEmptyLines(r.stderr);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(VIETNAMESE_LETTER);
  expect(lines[0]).toMatch(pattern);
}

describe('chitieu consolidate', () => {
  it('consolidates 14 wards, reports the 2 unreadable files, writes the district workbook and the JSON', async () => {
    const out = join(dir, 'quan-long-bien.xlsx');
    const json = join(dir, 'quan-long-bien.json');
    const before = paths.map(sha256);
    const r = runCli(['consolidate', ...paths, '-o', out, '--json', json]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = nonEmptyLines(r.stdout);
    expect(lines[0]).toBe('Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của 14 phường, gồm 06 chỉ tiêu.');
    expect(lines).toContain(
      '10/14 phường hoàn thành vượt mức chỉ tiêu thu ngân sách, 02 phường đạt, 02 phường chưa đạt (phường Ngọc Lâm và phường Việt Hưng); phường Phúc Đồng đạt cao nhất 343%, thấp nhất là phường Việt Hưng (80%).',
    );
    expect(lines).toContain(
      'Phường Long Biên xếp thứ 01/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 06 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 112%).',
    );
    expect(lines).toContain(
      'Phường Sài Đồng và phường Thạch Bàn đồng hạng, cùng xếp thứ 05/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 03 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 106,3%).',
    );
    expect(lines).toContain('Nội dung cần kiểm tra (6):');
    expect(lines).toContain(
      "phường Đức Giang — Tỷ lệ ghi chưa đúng — 'Chỉ tiêu 2020'!F7: Thu ngân sách: tỷ lệ ghi 120% nhưng tính lại (11.550/10.000) là 115,5%.",
    );
    expect(lines.filter((l) => l.includes('Không đọc được tệp'))).toHaveLength(2);
    expect(lines.at(-2)).toBe(`Đã ghi bảng tổng hợp vào: ${out}`);
    expect(lines.at(-1)).toBe(`Đã ghi JSON vào: ${json}`);
    // The ward files are never touched.
    expect(paths.map(sha256)).toEqual(before);

    const district = JSON.parse(await readFile(json, 'utf8'));
    expect(district.ranking.map((e: { rank: number; ward: string }) => `${e.rank} ${e.ward}`).slice(0, 8)).toEqual([
      '1 phường Long Biên',
      '2 phường Phúc Đồng',
      '3 phường Đức Giang',
      '4 phường Thượng Thanh',
      '5 phường Sài Đồng',
      '5 phường Thạch Bàn',
      '7 phường Giang Biên',
      '8 phường Ngọc Thụy',
    ]);
    expect(district.sentences).toEqual(lines.slice(0, district.sentences.length));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Tổng hợp các phường', 'Xếp hạng', 'Kiểm tra']);
    const matrix = wb.getWorksheet('Tổng hợp các phường')!;
    expect(matrix.getCell('B5').value).toBe('Thu ngân sách');
    expect(matrix.getCell('C5').value).toBe('Triệu đồng');
    expect(matrix.getCell('D3').value).toBe('phường Phúc Đồng');
    expect([matrix.getCell('D5').value, matrix.getCell('E5').value]).toEqual([343, 'Vượt']);
    expect(matrix.getCell('D5').numFmt).toBe('#,##0.0');
    expect(matrix.getCell('AF3').value).toBe('bao-cao-tong-hop (không đọc được)');
    // Indicators met per indicator: a live formula over the status cells, its cached result the engine's count.
    const met = matrix.getCell('AJ5').value as ExcelJS.CellFormulaValue;
    expect(met.formula).toBe('COUNTIF(D5:AI5,"Vượt")+COUNTIF(D5:AI5,"Đạt")');
    expect(met.result).toBe(12);
    // Status colours come from conditional formatting over the matrix, not fills.
    const cf = (matrix as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(['D5:AI10']);
    expect(cf[0].rules.map((rule) => rule.formulae[0])).toEqual([
      'D5="Chưa đạt"',
      'OR(D5="Vượt",D5="Đạt")',
      'D5="Không đánh giá"',
    ]);
    const ranking = wb.getWorksheet('Xếp hạng')!;
    expect([ranking.getCell('A4').value, ranking.getCell('B4').value]).toEqual([1, 'phường Long Biên']);
    expect([ranking.getCell('A8').value, ranking.getCell('B8').value, ranking.getCell('J8').value]).toEqual([
      5,
      'phường Sài Đồng',
      'Đồng hạng',
    ]);
    const checks = wb.getWorksheet('Kiểm tra')!;
    expect(checks.getCell('B5').value).toBe('phường Gia Thụy');
    expect(checks.getCell('C5').value).toBe('Khác đơn vị tính');
  });

  it('says which ward file had its TCVN3 text decoded: among the lines, or on stderr with --json -', () => {
    const tcvn3 = resolve(__dirname, '../fixtures/ngoc-thuy-2012-tcvn3.xlsx');
    const text = runCli(['consolidate', paths[0], tcvn3]);
    expect(text.status, text.stderr).toBe(0);
    expect(nonEmptyLines(text.stdout)).toContain('ngoc-thuy-2012-tcvn3.xlsx: Đã chuyển mã TCVN3 sang Unicode (24 ô)');
    expect(nonEmptyLines(text.stdout).filter((l) => l.includes('chuyển mã'))).toHaveLength(1);
    const json = runCli(['consolidate', paths[0], tcvn3, '--json', '-']);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).wards).toHaveLength(2);
    expect(nonEmptyLines(json.stderr)).toEqual(['ngoc-thuy-2012-tcvn3.xlsx: Đã chuyển mã TCVN3 sang Unicode (24 ô)']);
  });

  it('--json - prints only the JSON', () => {
    const r = runCli(['consolidate', ...paths.slice(0, 3), '--json', '-']);
    expect(r.status, r.stderr).toBe(0);
    const district = JSON.parse(r.stdout);
    expect(district.wards.map((w: { name: string }) => w.name)).toEqual([
      'phường Phúc Đồng',
      'phường Đức Giang',
      'phường Sài Đồng',
    ]);
  });

  it('refuses with exit 2 and one Vietnamese line: no file, no readable file, an output onto an input, a bad option', () => {
    expectRefusal(runCli(['consolidate']), /Cần ít nhất một tệp/);
    expectRefusal(
      runCli(['consolidate', join(dir, TEXT_FILE), join(dir, NAME_LIST)]),
      /Không có tệp nào của phường đọc được/,
    );
    const before = sha256(paths[0]);
    expectRefusal(runCli(['consolidate', paths[0], paths[1], '-o', paths[0]]), /trùng với một tệp đầu vào/);
    expect(sha256(paths[0])).toBe(before);
    expectRefusal(runCli(['consolidate', paths[0], '--xep-hang']), /Tùy chọn không hợp lệ: --xep-hang/);
    expect(existsSync(join(dir, 'khong-ghi.xlsx'))).toBe(false);
  });

  it('--help explains the command', () => {
    const r = runCli(['consolidate', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng: chitieu consolidate/);
  });
});
