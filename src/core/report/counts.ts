/**
 * The counts line of a report — one rule for the summary sheet's totals row and the command line's
 * output: the statuses, `Đang thực hiện` when some indicators are still in progress (§7.4–7.5), and
 * for a term in progress how many are met now, on course and at risk.
 */
import type { Counts } from '../indicator';
import { OUTLOOK_TEXT, STATUS_TEXT } from './model';

/**
 * @example
 * const c = { total: 12, vuot: 7, dat: 5, chua_dat: 0, khong_danh_gia: 0 };
 * countsLine(c) // → 'Tổng số: 12 chỉ tiêu — Vượt: 7 — Đạt: 5 — Chưa đạt: 0 — Không đánh giá: 0'
 * countsLine(c, { metShare: true }).endsWith('Không đánh giá: 0 (đạt và vượt: 12/12)') // → true
 */
export function countsLine(c: Counts, options: { metShare?: boolean } = {}): string {
  const parts = [`Tổng số: ${c.total} chỉ tiêu`, `${STATUS_TEXT.vuot}: ${c.vuot}`, `${STATUS_TEXT.dat}: ${c.dat}`];
  if (c.dang_thuc_hien) parts.push(`${STATUS_TEXT.dang_thuc_hien}: ${c.dang_thuc_hien}`);
  parts.push(`${STATUS_TEXT.chua_dat}: ${c.chua_dat}`, `${STATUS_TEXT.khong_danh_gia}: ${c.khong_danh_gia}`);
  let line = parts.join(' — ');
  if (options.metShare) line += ` (đạt và vượt: ${c.vuot + c.dat}/${c.total})`;
  if (c.outlook) {
    const o = c.outlook;
    line += ` — ${OUTLOOK_TEXT.da_dat}: ${o.da_dat} — ${OUTLOOK_TEXT.co_kha_nang_dat}: ${o.co_kha_nang_dat} — ${OUTLOOK_TEXT.kho_dat}: ${o.kho_dat}`;
  }
  return line;
}
