/**
 * A plan's period (`Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021 - 2025`, `Kế hoạch 5 năm`)
 * is `Giai đoạn 2021 - 2025` with `chỉ tiêu kế hoạch`; a Nghị quyết's term (`Nghị quyết Đại hội …
 * nhiệm kỳ 2020 - 2025`) is `Nhiệm kỳ 2020 - 2025` with `chỉ tiêu Nghị quyết`. Detection reads which
 * from the term target's header and the title, and carries it on the table; the overview, the
 * sentences, the sheet's title and the draft's summary line say it.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { isPlanTerm } from '../../src/core/detect/planOrTerm';
import { summaryLine } from '../../src/core/report/draft';
import { titlePeriod } from '../../src/core/report/header';

const YEARS = [
  'Thực hiện năm 2021',
  'Thực hiện năm 2022',
  'Thực hiện năm 2023',
  'Thực hiện năm 2024',
  'Thực hiện năm 2025',
];
const ROWS = [
  [1, 'Kết nạp đảng viên mới', 'Đảng viên', 60, 12, 14, 13, 12, 11],
  [2, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2%', 2.5, 2.2, 1.9, 1.7, 1.5],
];

function reportOf(title: string, targetHeader: string, years = 5) {
  const cut = (r: (string | number)[]) => r.slice(0, 4 + years);
  const values = [[title], cut(['STT', 'Chỉ tiêu', 'ĐVT', targetHeader, ...YEARS]), ...ROWS.map(cut)];
  const run = runReport([{ sheet: 'Chỉ tiêu', values } as Grid]);
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

describe('a plan or a Nghị quyết term, from the title and the term target header', () => {
  it.each([
    ['KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2021 - 2025', true],
    ['Kế hoạch 5 năm 2021 - 2025', true],
    ['Mục tiêu giai đoạn 2021 - 2025', true],
    ['KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ PHƯỜNG NHIỆM KỲ 2020 - 2025', false],
    ['Chỉ tiêu Nghị quyết giai đoạn 2020 - 2025', false],
    ['Kế hoạch thực hiện Nghị quyết Đại hội giai đoạn 2021 - 2025', false],
    ['Chỉ tiêu NQ ĐH', false],
    ['BIỂU TỔNG HỢP CÁC CHỈ TIÊU', false],
  ])('%s → plan: %s', (text, plan) => {
    expect(isPlanTerm([text])).toBe(plan);
  });

  it('a plan, finished: `Giai đoạn 2021 - 2025`, `chỉ tiêu kế hoạch đề ra`', () => {
    const r = reportOf(
      'KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2021 - 2025',
      'Kế hoạch giai đoạn 2021 - 2025',
    );
    expect(r.tables[0].plan).toBe(true);
    expect(r.narrative[0]).toBe(
      'Giai đoạn 2021 - 2025 có 02 chỉ tiêu kế hoạch đề ra, kết quả hoàn thành vượt mức 02 chỉ tiêu.',
    );
    expect(r.narrative).toContain(
      'Tỷ lệ hộ nghèo giảm từ 2,5% (năm 2021) xuống còn 1,5% (năm 2025), đạt chỉ tiêu kế hoạch đề ra (dưới 2%).',
    );
    expect(r.narrative.join(' ')).not.toMatch(/Nghị quyết|Nhiệm kỳ|nhiệm kỳ/);
    expect(titlePeriod(r)).toBe('GIAI ĐOẠN 2021 - 2025');
    expect(summaryLine(r)).toBe('Kết quả thực hiện các chỉ tiêu giai đoạn 2021 - 2025');
  });

  it('a plan titled `Kế hoạch 5 năm`, its target column `Mục tiêu giai đoạn …`', () => {
    const r = reportOf('KẾ HOẠCH 5 NĂM 2021 - 2025', 'Mục tiêu giai đoạn 2021 - 2025');
    expect(r.narrative[0]).toMatch(/^Giai đoạn 2021 - 2025 có 02 chỉ tiêu kế hoạch đề ra, /);
    expect(r.narrative).toContain(
      'Trong 5 năm, kết nạp được 62 đảng viên mới, bằng 103,3% chỉ tiêu kế hoạch đề ra (60 đảng viên). Cụ thể: năm 2021 kết nạp 12 đảng viên; năm 2022 kết nạp cao nhất 14 đảng viên; năm 2023 kết nạp 13 đảng viên; năm 2024 kết nạp 12 đảng viên; năm 2025 kết nạp 11 đảng viên.',
    );
  });

  it('a plan in progress: `Sau 3 năm thực hiện kế hoạch`, `Từ đầu giai đoạn đến nay`, a mid-period review', () => {
    const r = reportOf(
      'KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2021 - 2025',
      'Kế hoạch giai đoạn 2021 - 2025',
      3,
    );
    expect(r.narrative[0]).toBe(
      'Sau 3 năm thực hiện kế hoạch, có 01/02 chỉ tiêu đã đạt và vượt, 01 chỉ tiêu có khả năng đạt.',
    );
    expect(r.narrative).toContain(
      'Từ đầu giai đoạn đến nay, kết nạp được 39 đảng viên mới, đạt 65% chỉ tiêu kế hoạch (60 đảng viên), có khả năng hoàn thành.',
    );
    expect(titlePeriod(r)).toBe('SƠ KẾT GIỮA KỲ GIAI ĐOẠN 2021 - 2025');
    expect(summaryLine(r)).toBe('Sơ kết giữa kỳ thực hiện các chỉ tiêu kế hoạch giai đoạn 2021 - 2025');
  });

  it.each([
    [
      'KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ PHƯỜNG NHIỆM KỲ 2020 - 2025',
      'Chỉ tiêu Nghị quyết',
      'Nhiệm kỳ 2020 - 2025',
    ],
    ['THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI GIAI ĐOẠN 2021 - 2025', 'Chỉ tiêu NQ', 'Nhiệm kỳ 2021 - 2025'],
    ['BIỂU TỔNG HỢP KẾT QUẢ 2020 - 2025', 'Chỉ tiêu nhiệm kỳ', 'Nhiệm kỳ 2020 - 2025'],
  ])('a Nghị quyết term (%s | %s): `%s`, `chỉ tiêu Nghị quyết`', (title, header, lead) => {
    const r = reportOf(title, header);
    expect(r.tables[0].plan).toBeUndefined();
    expect(r.narrative[0]).toMatch(
      new RegExp(`^${lead}(?:, phường thực hiện| có) 02 chỉ tiêu Nghị quyết Đại hội đề ra, `),
    );
    expect(r.narrative.join(' ')).toContain('chỉ tiêu Nghị quyết Đại hội đề ra (dưới 2%)');
    expect(r.narrative.join(' ')).not.toMatch(/Giai đoạn|kế hoạch đề ra/);
    // The sheet's title says the term as REPORT.md does: `NHIỆM KỲ 2015 - 2020`.
    expect(titlePeriod(r)).toBe(lead.toUpperCase());
  });

  it('years side by side with no term target: the title says `GIAI ĐOẠN`, not a term', () => {
    const values = [
      ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỪ NĂM 2021 ĐẾN NĂM 2023'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2021', 'TH 2021', 'KH 2022', 'TH 2022', 'KH 2023', 'TH 2023'],
      [1, 'Kết nạp đảng viên mới', 'Đảng viên', 12, 12, 12, 14, 12, 13],
    ];
    const run = runReport([{ sheet: 'Chỉ tiêu', values } as Grid]);
    if (!run.ok) throw new Error(run.message);
    expect(titlePeriod(run.report)).toBe('GIAI ĐOẠN 2021 - 2023');
  });
});
