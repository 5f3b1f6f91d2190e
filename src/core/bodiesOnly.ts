/**
 * A workbook whose only tables are tables of bodies (detect/bodies.ts): one row per body or place
 * under `Cơ quan`, `Địa phương`…, count columns and a published `Tỷ lệ`, with no plan or result
 * column — a ward list, an annex of a dispatch.
 *
 * Rule chosen where the spec is silent: such a workbook is read, not refused as "no indicator
 * table". Nothing in it is a target, so nothing is judged: its report holds no indicator, no count
 * and no sentence; its findings are the shares that do not match their two counts
 * (detect/bodyShares.ts), and one notice says that no indicator was judged and how many shares
 * were checked. A workbook with neither an indicator table nor a share to check is still refused.
 */
import { checkShare } from './checks';
import { bodyShares } from './detect/bodyShares';
import type { Grid } from './grid';
import type { Finding, Report } from './indicator';
import { formatNumber } from './narrative/format';

/** The report of a workbook holding tables of bodies only, or null when it has no share to check. */
export function bodiesOnlyReport(grids: Grid[]): Report | null {
  const checked = grids.flatMap((g) => bodyShares(g)).map(checkShare);
  const counted = checked.filter((c) => c !== null);
  if (counted.length === 0) return null;
  const findings = counted.map((c) => c.finding).filter((f): f is Finding => f !== null);
  return {
    tables: [],
    counts: { total: 0, vuot: 0, dat: 0, chua_dat: 0, khong_danh_gia: 0 },
    narrative: [],
    checks: findings,
    notices: [sharesNotice(counted.length, findings.length)],
  };
}

/** What was read: no indicator judged, how many shares checked and how many do not match. */
function sharesNotice(checked: number, wrong: number): string {
  const result = wrong === 0 ? 'tất cả khớp' : `${formatNumber(wrong)} dòng không khớp`;
  return (
    'Không có bảng chỉ tiêu (kế hoạch, thực hiện) nên không đánh giá chỉ tiêu nào; ' +
    `đã kiểm tra tỷ lệ của ${formatNumber(checked)} dòng trong bảng theo cơ quan, địa phương: ${result}.`
  );
}
