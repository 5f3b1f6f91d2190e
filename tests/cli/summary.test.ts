/**
 * The counts the command line prints: one line per table; the outlook of a term in progress on a
 * line of its own, never a second tally beside the statuses; statuses judged on an estimated year
 * labelled `(ước cả năm)`; sub-rows told but not counted said to be so.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { countLines } from '../../src/cli/summary';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';

const FIXTURES = resolve(__dirname, '../fixtures');

async function linesOf(name: string): Promise<string[]> {
  const read = await readWorkbook(resolve(FIXTURES, `${name}.xlsx`));
  if (!read.ok) throw new Error(read.message);
  return linesOfGrids(read.grids);
}

function linesOfGrids(grids: Grid[]): string[] {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return countLines(run.report);
}

describe('the printed counts', () => {
  it('a mid-term: the statuses, then the outlook on its own line (8 + 3 numbers, not 16 on one line)', async () => {
    expect(await linesOf('giang-bien-giua-nhiem-ky-2020-2025')).toEqual([
      'Tổng số: 11 chỉ tiêu — Vượt: 4 — Đạt: 2 — Đang thực hiện: 5 — Chưa đạt: 0 — Không đánh giá: 0',
      'Triển vọng đến cuối nhiệm kỳ: Đã đạt: 6 — Có khả năng đạt: 2 — Khó đạt: 3',
    ]);
  });
  it('the estimated full year’s statuses are labelled `(ước cả năm)`', async () => {
    expect(await linesOf('thuong-thanh-9-thang-2024-uoc-ca-nam')).toEqual([
      'Tổng số: 9 chỉ tiêu — Vượt: 6 — Đạt: 1 — Chưa đạt: 2 — Không đánh giá: 0 (ước cả năm)',
    ]);
  });
  it('a reported year has no label', async () => {
    expect(await linesOf('phuc-dong-2020')).toEqual([
      'Tổng số: 12 chỉ tiêu — Vượt: 7 — Đạt: 5 — Chưa đạt: 0 — Không đánh giá: 0',
    ]);
  });
  it('two tables of two periods: a line each, led by the period its statuses are of', () => {
    const lines = linesOfGrids([
      {
        sheet: 'Năm 2023',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2023', 'Thực hiện 2023'],
          [1, 'Thu ngân sách', 'Triệu đồng', 100, 120],
        ],
      },
      {
        sheet: 'Sáu tháng 2024',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Ước thực hiện 6 tháng 2024'],
          [1, 'Kết nạp đảng viên', 'Đảng viên', 10, 6],
          [2, 'Giao quân', 'Người', 10, 10],
        ],
      },
    ]);
    expect(lines).toEqual([
      'Năm 2023 (biểu "Năm 2023"): Tổng số: 1 chỉ tiêu — Vượt: 1 — Đạt: 0 — Chưa đạt: 0 — Không đánh giá: 0',
      'Sáu tháng đầu năm 2024 (biểu "Sáu tháng 2024"): Tổng số: 2 chỉ tiêu — Vượt: 0 — Đạt: 1 — Đang thực hiện: 1 — Chưa đạt: 0 — Không đánh giá: 0 (ước)',
    ]);
  });
  it('sub-rows told in sentences but not counted are said to be so', () => {
    const lines = linesOfGrids([
      {
        sheet: 'S',
        values: [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'],
          [1, 'Thu ngân sách', 'Triệu đồng', 100, 120],
          [null, '- Thu thuế ngoài quốc doanh', 'Triệu đồng', 50, 60],
          [null, '- Thu phí, lệ phí', 'Triệu đồng', 20, 25],
        ],
      },
    ]);
    expect(lines[0]).toMatch(/^Tổng số: 1 chỉ tiêu — /);
    expect(lines[1]).toBe('(2 chỉ tiêu chi tiết được nêu trong câu văn, không tính vào tổng số)');
  });
});
