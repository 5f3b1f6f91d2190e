/**
 * A workbook whose only table is a table of bodies (`Cơ quan`, `Địa phương`, `Bộ, ngành`… with
 * count columns and a published `Tỷ lệ`, no plan or result column) is read, not refused: nothing
 * is judged (no indicator, no count, no sentence), the shares that do not match their two counts
 * are the findings, and one notice says what was checked. The expected findings are worked by
 * hand from the rows (part / whole × 100 at the typed precision).
 */
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { consolidate } from '../../src/core/consolidate';
import { runReport, toReportJson } from '../../src/core/index';
import { makeTempDir, runCli } from '../cli/harness';
import { SCHEMA } from '../fixtures/sources';
import { grid, reportOf } from './helpers';

const MINISTRIES: CellValue[][] = [
  ['Phụ lục I', null, null, null, null],
  ['KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN CỦA CÁC BỘ, NGÀNH', null, null, null, null],
  ['STT', 'Bộ, ngành', 'Số hồ sơ đã giải quyết', 'Tổng số hồ sơ', 'Tỷ lệ (%)'],
  [1, 'Bộ Tài chính', 994, 1000, '99.4%'],
  [2, 'Bộ Công an', 700, 800, '88.5%'],
  [3, 'Bộ Tư pháp', 500, 500, '100%'],
];

const PROVINCES: CellValue[][] = [
  ['TT', 'Địa phương', 'Tổng số TTHC', 'Số TTHC cung cấp trực tuyến toàn trình', 'Tỷ lệ thực hiện (%)'],
  ['A', 'B', '1', '2', '3=2/1'],
  [1, 'An Giang', 1800, 1788, '99,3'],
  [2, 'Kiên Giang', 1500, 1491, '99,4'],
  [3, 'Cà Mau', 1200, 1100, '95,0'],
];

const OFFICES: CellValue[][] = [
  ['STT', 'Cơ quan', 'Đúng hạn', 'Tiếp nhận', 'Tỷ lệ đúng hạn'],
  [1, 'Sở Xây dựng', 120, 121, 0.992],
  [2, 'Sở Nội vụ', 80, 90, 0.889],
];

describe('a workbook of tables of bodies only is read, not refused', () => {
  it('a ministries annex: the wrong share is the one finding, and nothing is judged', () => {
    const r = reportOf(MINISTRIES);
    // 700/800 = 87,5%, typed 88,5%; 994/1000 = 99,4% and 500/500 = 100% match.
    expect(r.checks.map((c) => [c.cell, c.reported, c.computed])).toEqual([['E5', 88.5, 87.5]]);
    expect(r.checks[0].message).toBe('Bộ Công an: tỷ lệ ghi 88,5% nhưng tính lại (700/800) là 87,5%.');
    expect(r.tables).toEqual([]);
    expect(r.counts).toEqual({ total: 0, vuot: 0, dat: 0, chua_dat: 0, khong_danh_gia: 0 });
    expect(r.narrative).toEqual([]);
    expect(r.notices).toEqual([
      'Không có bảng chỉ tiêu (kế hoạch, thực hiện) nên không đánh giá chỉ tiêu nào; đã kiểm tra tỷ lệ của 3 dòng trong bảng theo cơ quan, địa phương: 1 dòng không khớp.',
    ]);
  });

  it('a provinces annex with comma decimals and a column-number row', () => {
    // 1788/1800 = 99,33 → 99,3 ✓; 1491/1500 = 99,4 ✓; 1100/1200 = 91,7 typed 95,0 ✗.
    const r = reportOf(PROVINCES);
    expect(r.checks.map((c) => c.cell)).toEqual(['E5']);
    expect(r.checks[0].computed).toBeCloseTo(91.667, 2);
  });

  it('shares typed as numbers in a % format, the whole found from the counts', () => {
    // 120/121 = 99,17% shown 99,2% ✓; 80/90 = 88,89% shown 88,9% ✓.
    const g = grid(OFFICES, { numberFormats: OFFICES.map((_, i) => (i > 0 ? [null, null, null, null, '0.0%'] : [])) });
    const r = reportOf(g);
    expect(r.checks).toEqual([]);
    expect(r.notices?.[0]).toMatch(/tỷ lệ của 2 dòng .*: tất cả khớp\.$/);
  });

  it.each(['Đơn vị', 'Cơ quan, đơn vị', 'Tỉnh, thành phố', 'Sản phẩm'])(
    'a ward list under %j: 700/800 is 87,5%, not the 88,5% typed; 80/80 is 100%',
    (header) => {
      const r = reportOf([
        ['STT', header, 'Số hồ sơ đã giải quyết', 'Tổng số hồ sơ', 'Tỷ lệ (%)'],
        [1, 'UBND phường Phúc Đồng', 700, 800, '88.5%'],
        [2, 'UBND phường Giang Biên', 80, 80, '100%'],
      ]);
      expect(r.checks.map((c) => [c.cell, c.indicator])).toEqual([['E2', 'UBND phường Phúc Đồng']]);
      expect(r.counts.total).toBe(0);
    },
  );

  it('two sheets of bodies: every share of both is checked and counted once', () => {
    const r = reportOf([grid(MINISTRIES, { sheet: 'Phụ lục I' }), grid(PROVINCES, { sheet: 'Phụ lục II' })]);
    expect(r.checks.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Phụ lục I!E5', 'Phụ lục II!E5']);
    expect(r.notices?.[0]).toMatch(/tỷ lệ của 6 dòng .*: 2 dòng không khớp\.$/);
  });

  it('the JSON of such a report validates against the report schema', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    expect(validate(toReportJson(reportOf(MINISTRIES))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('what is still refused', () => {
  it('a table of bodies with counts but no Tỷ lệ: nothing to check, no indicator table', () => {
    const r = runReport([
      grid([
        ['STT', 'Cơ quan', 'Số hồ sơ đã giải quyết', 'Tổng số hồ sơ'],
        [1, 'Sở Tư pháp', 994, 1000],
      ]),
    ]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('no-table');
  });

  it('a share column whose two counts cannot be told apart (neither always the whole)', () => {
    const r = runReport([
      grid([
        ['STT', 'Địa phương', 'Năm 2024', 'Năm 2025', 'Tỷ lệ (%)'],
        [1, 'An Giang', 100, 90, '50'],
        [2, 'Cà Mau', 80, 95, '50'],
      ]),
    ]);
    expect(!r.ok && r.code).toBe('no-table');
  });

  it('an indicator table the user left out stays "no table selected", its bodies sheet notwithstanding', () => {
    const indicators = grid([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['Thu ngân sách', 'Triệu đồng', 100, 120],
    ]);
    const r = runReport([indicators, grid(MINISTRIES, { sheet: 'Phụ lục' })], { excludedTables: ['S!A1:D2'] });
    expect(!r.ok && r.code).toBe('no-table-selected');
  });
});

describe('in a district consolidation', () => {
  it('a ward file of bodies only adds nothing up and is named as holding no indicator table', () => {
    const ward = grid([
      ['BÁO CÁO KẾT QUẢ NĂM 2025', null, null, null],
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['Thu ngân sách', 'Triệu đồng', 100, 120],
    ]);
    const d = consolidate([
      { ward: 'phường Phúc Đồng', result: runReport([ward]) },
      { ward: 'phường Giang Biên', result: runReport([grid(MINISTRIES)]) },
    ]);
    expect(d.findings.filter((f) => f.kind === 'unreadable').map((f) => [f.ward, f.message])).toEqual([
      [
        'phường Giang Biên',
        'Không tìm thấy bảng chỉ tiêu nào: cần một dòng tiêu đề có cột "Chỉ tiêu" và cột "Kế hoạch" hoặc "Thực hiện".',
      ],
    ]);
  });
});

describe('through the command line', () => {
  it('a bodies-only workbook: exit 0, the notice and the finding printed, every output written', async () => {
    const dir = makeTempDir();
    const input = join(dir, 'bo-nganh.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục I');
    for (const row of MINISTRIES) ws.addRow(row);
    writeFileSync(input, new Uint8Array(await wb.xlsx.writeBuffer()));
    const run = runCli(['report', input, '-o', join(dir, 'out.xlsx'), '--json', join(dir, 'out.json')], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/không đánh giá chỉ tiêu nào/);
    expect(run.stdout).toMatch(
      /Ô E5 \(biểu "Phụ lục I"\): .*Bộ Công an: tỷ lệ ghi 88,5% nhưng tính lại \(700\/800\) là 87,5%\./,
    );
    const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { tables: unknown[]; checks: unknown[] };
    expect(json.tables).toEqual([]);
    expect(json.checks).toHaveLength(1);
  }, 90_000);
});
