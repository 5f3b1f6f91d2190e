/**
 * The conditional colours of the sheet's status, pace and outlook cells: the colour follows the
 * words a formula yields, so a change in the source recolours the cell.
 */
import { cellAddress, type CellRange } from '../grid';
import { OUTLOOK_TEXT, PROGRESS_TEXT, STATUS_TEXT, type ConditionalRule } from './model';
import type { Ctx, TonedKind } from './sheetCells';

/** Coloured cells grouped into one range per kind, column and run of rows. */
export function tonedColumns(cells: Ctx['toned']): { kind: TonedKind; range: CellRange }[] {
  const ranges: { kind: TonedKind; range: CellRange }[] = [];
  for (const { kind, cell: c } of cells) {
    const last = ranges.find((r) => r.kind === kind && r.range.left === c.left && r.range.bottom >= c.top - 3);
    if (last) last.range.bottom = Math.max(last.range.bottom, c.bottom);
    else ranges.push({ kind, range: { ...c } });
  }
  return ranges;
}

/**
 * The colours of a range's words: statuses (Chưa đạt red, Vượt/Đạt green, Đang thực hiện amber,
 * Không đánh giá grey), pace (Đạt tiến độ green, Chậm tiến độ red), outlook (Đã đạt green, Có khả
 * năng đạt amber, Khó đạt red).
 */
export function toneRules(kind: TonedKind, range: CellRange): ConditionalRule[] {
  const cell = cellAddress(range.top, range.left);
  const is = (...words: string[]) =>
    words.length === 1 ? `${cell}="${words[0]}"` : `OR(${words.map((x) => `${cell}="${x}"`).join(',')})`;
  if (kind === 'progress') {
    return [
      { formula: is(PROGRESS_TEXT.cham_tien_do), tone: 'bad' },
      { formula: is(PROGRESS_TEXT.dat_tien_do), tone: 'good' },
    ];
  }
  if (kind === 'outlook') {
    return [
      { formula: is(OUTLOOK_TEXT.kho_dat), tone: 'bad' },
      { formula: is(OUTLOOK_TEXT.da_dat), tone: 'good' },
      { formula: is(OUTLOOK_TEXT.co_kha_nang_dat), tone: 'amber' },
    ];
  }
  return [
    { formula: is(STATUS_TEXT.chua_dat), tone: 'bad' },
    { formula: is(STATUS_TEXT.vuot, STATUS_TEXT.dat), tone: 'good' },
    { formula: is(STATUS_TEXT.khong_danh_gia), tone: 'neutral' },
    { formula: is(STATUS_TEXT.dang_thuc_hien), tone: 'amber' },
  ];
}
