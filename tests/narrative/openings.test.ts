/**
 * No two overviews of one report open alike: a second overview whose counted period another has
 * already named (`Năm 2020` for the 2020 sheet, and again for a 2018–2020 table judged on 2020) names
 * its table first — `Đối với biểu theo dõi từ năm 2018 đến năm 2020, năm 2020 …`. Checked on the
 * sample, the six fixtures and built workbooks of several shapes.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { fixture, FIXTURE_NAMES } from '../fixtures/sources';

/** An overview: the sentence that counts a period's indicators. */
const OVERVIEW =
  /(?:được (?:\p{L}+ )?giao \d+ chỉ tiêu|có \d+ chỉ tiêu (?:được giao|Nghị quyết)|thực hiện \d+ chỉ tiêu|thực hiện Nghị quyết, có)/u;

/** The opening phrase: the words before the unit, the count or the first comma. */
function opening(sentence: string): string {
  return sentence.split(/,| (?:phường|xã|thị trấn|có|được|thực hiện) /u)[0].trim();
}

function openingsOf(narrative: string[]): string[] {
  return narrative.filter((s) => OVERVIEW.test(s)).map(opening);
}

function reportOf(grids: Grid[]) {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

const root = resolve(__dirname, '../..');
const WORKBOOKS = [resolve(root, 'assets/mau-chi-tieu.xlsx'), ...FIXTURE_NAMES.map(fixture)];

describe('no two overviews of one report share their opening phrase', () => {
  it.each(WORKBOOKS)('%s', async (path) => {
    const read = await readWorkbook(path);
    if (!read.ok) throw new Error(read.message);
    const openings = openingsOf(reportOf(read.grids).narrative);
    expect(openings.length).toBeGreaterThan(0);
    expect(new Set(openings).size, openings.join(' | ')).toBe(openings.length);
  });

  it('the sample: the 2018–2020 table judged on 2020 names its table', async () => {
    const read = await readWorkbook(WORKBOOKS[0]);
    if (!read.ok) throw new Error(read.message);
    const openings = openingsOf(reportOf(read.grids).narrative);
    expect(openings).toEqual(['Năm 2020', 'Nhiệm kỳ 2015 - 2020', 'Đối với biểu theo dõi từ năm 2018 đến năm 2020']);
  });

  const year2024: Grid = {
    sheet: 'Năm 2024',
    values: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
      [1, 'Thu ngân sách', 'Triệu đồng', 12000, 13100],
      [2, 'Kết nạp đảng viên mới', 'Đảng viên', 10, 9],
    ],
  };
  const years: Grid = {
    sheet: 'Ba năm',
    values: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2022', null, 'Năm 2023', null, 'Năm 2024', null],
      [null, null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH'],
      [1, 'Số hộ thoát nghèo', 'Hộ', 8, 9, 8, 8, 6, 7],
      [2, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 89.1, 88, 90.2, 90, 91],
    ],
  };
  const nineMonths = (sheet: string): Grid => ({
    sheet,
    values: [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện 9 tháng năm 2024'],
      [1, 'Thu ngân sách', 'Triệu đồng', 12000, 9800],
      [2, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 92, 92.4],
    ],
  });

  it.each([
    ['a year sheet and a three-year table judged on the same year', [year2024, years]],
    ['the three-year table first, then the year sheet', [years, year2024]],
    ['a year, a three-year table and nine months of the next year', [year2024, years, nineMonths('9 tháng')]],
  ] as [string, Grid[]][])('%s', (_, grids) => {
    const narrative = reportOf(grids).narrative;
    const openings = openingsOf(narrative);
    expect(openings.length).toBeGreaterThanOrEqual(2);
    expect(new Set(openings).size, openings.join(' | ')).toBe(openings.length);
    const told = narrative.find((s) => s.startsWith('Đối với biểu theo dõi từ năm 2022 đến năm 2024, năm 2024 '));
    expect(told, narrative.join('\n')).toBeDefined();
  });
});
