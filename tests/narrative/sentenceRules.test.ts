/**
 * A reviewer's mechanical rules (`sentence_rules.py`, from ../shared/tools) pass on every sentence of
 * the sample, the six fixtures and workbooks of the shapes wards keep: a year with its estimate, nine
 * months with the estimated year, a budget against its dự toán, lower-is-better counts, range
 * targets, a plan's period (finished and in progress) and a Nghị quyết's term.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { toReportJson } from '../../src/core/json';
import { fixture, FIXTURE_NAMES, SENTENCE_RULES } from '../fixtures/sources';

const UNIT = [['ĐẢNG BỘ QUẬN LONG BIÊN'], ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']];
const YEARS = ['Năm 2021', null, 'Năm 2022', null, 'Năm 2023', null, 'Năm 2024', null, 'Năm 2025', null];
const KH_TH = Array.from({ length: 5 }, () => ['KH', 'TH']).flat();

/** Built workbooks, one shape each. */
const BUILT: [string, Grid['values']][] = [
  [
    'a year with its estimate and last year',
    [
      ...UNIT,
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2025', 'Ước thực hiện năm 2025', 'Thực hiện năm 2024'],
      [1, 'Thu ngân sách', 'Triệu đồng', 86300, 92450, 88010],
      [2, 'Kết nạp đảng viên mới', 'Đảng viên', 12, 11, 13],
      [3, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 'Trên 92%', 92, 91.2],
      [4, 'Số vụ tai nạn giao thông', 'Vụ', 'Không quá 5', 3, 6],
      [5, 'Số lượt khách du lịch', 'Lượt', null, 15200, 14100],
    ],
  ],
  [
    'nine months and the estimated year',
    [
      ...UNIT,
      [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'Kế hoạch năm 2024',
        'Thực hiện 9 tháng năm 2024',
        'Cùng kỳ',
        'Ước thực hiện cả năm 2024',
      ],
      [1, 'Thu ngân sách', 'Triệu đồng', 12500, 10250, 9100, 13600],
      [2, 'Kết nạp đảng viên mới', 'Đảng viên', 12, 12, 9, 14],
      [3, 'Số vụ phạm pháp hình sự', 'Vụ', 12, 8, 9, 11],
      [4, 'Tỷ lệ hộ gia đình văn hóa', '%', 90, 91.2, 90.5, 91.5],
    ],
  ],
  [
    'a budget against its dự toán',
    [
      ['UBND QUẬN LONG BIÊN'],
      ['UBND PHƯỜNG PHÚC ĐỒNG'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Dự toán năm 2025', 'Ước thực hiện năm 2025', 'Thực hiện năm 2024'],
      [1, 'Thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', 12000, 13296, 12100],
      [2, 'Chi thường xuyên', 'Triệu đồng', 10450, 10062, 9800],
      [3, 'Chi đầu tư phát triển', 'Triệu đồng', 3000, 3400, 2500],
    ],
  ],
  [
    'lower-is-better counts and rates',
    [
      ...UNIT,
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2023', 'Thực hiện năm 2023', 'Thực hiện năm 2022', 'Tỷ lệ TH/KH (%)'],
      [1, 'Số hộ nghèo', 'Hộ', 'Giảm còn 15 hộ', 17, 21, 113.3],
      [2, 'Số vụ cháy nổ', 'Vụ', 'Không để xảy ra', 1, 0, null],
      [3, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2%', 1.8, 2.1, 95],
      [4, 'Số vụ vi phạm trật tự xây dựng', 'Vụ', 10, 12, 9, 120],
    ],
  ],
  [
    'range targets of every aim',
    [
      ...UNIT,
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024', 'Thực hiện năm 2023'],
      [1, 'Tỷ lệ hộ gia đình văn hóa', '%', 'Từ 90 đến 95%', 96.2, 95],
      [2, 'Tỷ lệ hộ nghèo', '%', '3-5%', 2.5, 3.1],
      [3, 'Số vụ tai nạn giao thông', 'Vụ', 'Từ 3 đến 5', 7, 5],
      [4, 'Tỷ lệ sinh', '%', 'Ổn định ở mức 1,5-1,8%', 1.9, 1.7],
    ],
  ],
  [
    'a plan, finished',
    [
      ['KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2021 - 2025'],
      [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'Kế hoạch giai đoạn 2021 - 2025',
        ...['2021', '2022', '2023', '2024', '2025'].map((y) => `Thực hiện năm ${y}`),
      ],
      [1, 'Kết nạp đảng viên mới', 'Đảng viên', 60, 12, 14, 13, 12, 11],
      [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2%', 2.5, 2.2, 1.9, 1.7, 1.5],
      [3, 'Số hộ kinh doanh', 'Hộ', null, 100, 110, 120, 125, 130],
    ],
  ],
  [
    'a plan in progress',
    [
      ['KẾT QUẢ THỰC HIỆN KẾ HOẠCH 5 NĂM GIAI ĐOẠN 2021 - 2025'],
      [
        'STT',
        'Chỉ tiêu',
        'ĐVT',
        'Mục tiêu giai đoạn 2021 - 2025',
        'Thực hiện năm 2021',
        'Thực hiện năm 2022',
        'Thực hiện 6 tháng năm 2023',
      ],
      [1, 'Kết nạp đảng viên mới', 'Đảng viên', 60, 12, 14, 6],
      [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2%', 2.5, 2.2, 2.1],
    ],
  ],
  [
    'a Nghị quyết term, year by year',
    [
      ['KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ PHƯỜNG NHIỆM KỲ 2020 - 2025'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu NQ Đại hội', ...YEARS],
      [null, null, null, null, ...KH_TH],
      [1, 'Thu ngân sách', 'Tỷ đồng', 'Bình quân 25', 22, 23.1, 24, 25.6, 25, 27.2, 26, 28.3, 27, 29.8],
      [2, 'Kết nạp đảng viên mới', 'Đảng viên', 55, 11, 12, 11, 10, 11, 13, 11, 12, 11, 14],
      [3, 'Số hộ nghèo', 'Hộ', 'Giảm còn 10 hộ', 30, 28, 25, 26, 20, 19, 15, 14, 12, 11],
      [
        4,
        'Xếp loại Đảng bộ',
        '',
        'HTTNV',
        'HTTNV',
        'HTTNV',
        'HTTNV',
        'HTXSNV',
        'HTTNV',
        'HTTNV',
        'HTTNV',
        'HTTNV',
        'HTTNV',
        'HTTNV',
      ],
    ],
  ],
];

describe('sentence_rules.py passes on the sample, the fixtures and built workbooks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function rules(files: string[]) {
    const run = spawnSync('python3', [SENTENCE_RULES, ...files]);
    return { status: run.status, text: `${run.stdout}${run.stderr}` };
  }

  it('the sample and the six fixtures', async () => {
    const paths = [resolve(__dirname, '../../assets/mau-chi-tieu.xlsx'), ...FIXTURE_NAMES.map(fixture)];
    const files: string[] = [];
    for (const [k, path] of paths.entries()) {
      const read = await readWorkbook(path);
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      const file = join(dir, `workbook-${k}.json`);
      writeFileSync(file, JSON.stringify(toReportJson(run.report)));
      files.push(file);
    }
    const { status, text } = rules(files);
    expect(text).toMatch(/^(\d+)\/\1 sentences pass/m);
    expect(status, text).toBe(0);
  });

  it.each(BUILT)('%s', (name, values) => {
    const run = runReport([{ sheet: 'Chỉ tiêu', values }]);
    if (!run.ok) throw new Error(run.message);
    expect(run.report.narrative.length).toBeGreaterThan(values.length - 4);
    const file = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(toReportJson(run.report)));
    const { status, text } = rules([file]);
    expect(text, run.report.narrative.join('\n')).toMatch(/^(\d+)\/\1 sentences pass/m);
    expect(status, text).toBe(0);
  });
});
