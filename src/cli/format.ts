/**
 * Text the command line prints and writes besides the engine's own sentences. Numbers go through
 * the engine's one formatter (`core/narrative/format`), so the terminal and the sheets agree.
 */
export { formatNumber } from '../core/narrative/format';

/** `Tổng số: 12 chỉ tiêu — Vượt: 7 — Đạt: 5 — Chưa đạt: 0 — Không đánh giá: 0` (the sheet's rule). */
export { countsLine } from '../core/report/counts';

/** A cell as Excel writes it in a reference: `Sheet1!E8`, `'Chỉ tiêu 2020'!G15`. */
export { qualifiedCell } from '../core/report/formulas';
