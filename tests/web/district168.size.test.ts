/**
 * A city's folder handed to the page at once: 168 generated ward workbooks of 50 indicators (the
 * wards of Hồ Chí Minh City since 7/2025), two of them on another year. The worker's work completes
 * with a progress message after every file, ranks 166 wards of 2024 and 2 of 2023 apart, and writes
 * the district workbook. No time is asserted (that is `npm run bench`).
 */
import { expect, it } from 'vitest';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import type { CellValue } from '../../src/core/grid';
import type { DistrictReply } from '../../src/web/districtProtocol';
import { runDistrict } from '../../src/web/districtRun';
import { gridWorkbook } from '../../src/xlsx/gridWorkbook';

function wardFile(n: number, year: number) {
  const values: CellValue[][] = [
    [`UBND PHƯỜNG SỐ ${n}`],
    [`BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${year}`],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', `Kế hoạch năm ${year}`, `Thực hiện năm ${year}`],
  ];
  for (let i = 0; i < 50; i++)
    values.push([i + 1, `Chỉ tiêu theo dõi số ${i + 1}`, 'Hộ', 100, 80 + ((n * 7 + i * 13) % 41)]);
  return { bytes: gridWorkbook([{ sheet: `Năm ${year}`, values }]), name: `phuong-${n}.xlsx` };
}

it('168 wards at once complete with progress; two periods are ranked apart', async () => {
  const files = Array.from({ length: 168 }, (_, i) => wardFile(i + 1, i < 166 ? 2024 : 2023));
  const replies: DistrictReply[] = [];
  await runDistrict({ type: 'consolidate', id: 1, files }, (r) => replies.push(r), READ_FALLBACK);
  const reads = replies.filter((r) => r.type === 'read');
  expect(reads).toHaveLength(168);
  expect(reads.at(-1)).toEqual({ type: 'read', id: 1, done: 168, total: 168 });
  const last = replies.at(-1)!;
  if (last.type !== 'district') throw new Error(JSON.stringify(last));
  const d = last.result.district;
  expect(d.indicators).toHaveLength(50);
  expect(d.ranking.filter((e) => e.period === '2024')).toHaveLength(166);
  expect(d.ranking.filter((e) => e.period === '2023')).toHaveLength(2);
  expect(d.sentences).toContain(
    'Các phường báo cáo các kỳ khác nhau nên được xếp hạng riêng theo từng kỳ: 166 phường báo cáo năm 2024 (' +
      d.wards
        .slice(0, 166)
        .map((w) => w.name)
        .sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }))
        .join(', ')
        .replace(/, ([^,]*)$/, ' và $1') +
      '); 02 phường báo cáo năm 2023 (phường Số 167 và phường Số 168).',
  );
  expect(last.result.xlsx.length).toBeGreaterThan(10_000);
});
