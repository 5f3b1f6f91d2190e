/**
 * Whether a term table follows a plan (`Kế hoạch phát triển kinh tế - xã hội giai đoạn 2021 - 2025`,
 * `Kế hoạch 5 năm`) or a Nghị quyết's term (`Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020 - 2025`):
 * a report says `Giai đoạn 2021 - 2025` and `chỉ tiêu kế hoạch` for the first, `Nhiệm kỳ 2020 - 2025`
 * and `chỉ tiêu Nghị quyết` for the second. The term target's header and the title above the table
 * say which:
 * - `Nghị quyết`, `NQ`, `nhiệm kỳ`, `Đại hội` anywhere → a term (a Nghị quyết may name its span
 *   `giai đoạn`, and its table may hold a `Kế hoạch` column: the resolution wins);
 * - else `Kế hoạch`, `giai đoạn` → a plan;
 * - nothing said → a term (the seeds' reports, and chitieu's reading until now).
 */
import { foldText } from '../text';

const TERM_WORDS = /\b(?:nghi quyet|nq|nhiem ky|dai hoi)\b/;
const PLAN_WORDS = /\b(?:ke hoach|giai doan)\b/;

/**
 * @example isPlanTerm(['KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2021 - 2025']) // → true
 * @example isPlanTerm(['Chỉ tiêu Nghị quyết giai đoạn 2020 - 2025']) // → false
 */
export function isPlanTerm(texts: string[]): boolean {
  const folded = texts.map(foldText);
  if (folded.some((t) => TERM_WORDS.test(t))) return false;
  return folded.some((t) => PLAN_WORDS.test(t));
}
