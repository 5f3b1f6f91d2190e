/**
 * Shows a cell to the user: activates its sheet and selects it (`worksheet.activate()` +
 * `range.select()`) — the task pane's "Chọn ô" button beside each check finding.
 *
 * Syncs: 2 — the first learns whether the sheet still exists (`getItemOrNullObject`), the second
 * activates and selects. A sheet renamed or deleted since the run is a `{ ok: false, message }`.
 */
/// <reference types="office-js" />
import { parseRef } from './address';

export type SelectResult = { ok: true } | { ok: false; message: string };

export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<SelectResult> {
  if (parseRef(address) === null) return { ok: false, message: `Địa chỉ ô không hợp lệ: ${address}.` };
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar flag, unknown to the rule's table
  ws.load('isNullObject');
  await context.sync();
  if (ws.isNullObject) {
    return { ok: false, message: `Không tìm thấy trang "${sheet}" (trang đã bị đổi tên hoặc xóa): hãy phân tích lại.` };
  }
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
  return { ok: true };
}
