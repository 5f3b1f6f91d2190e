/**
 * Shows a cell to the user: activates its sheet and selects it (`worksheet.activate()` +
 * `range.select()`) — the task pane's "Chọn ô" button beside each check finding.
 *
 * Syncs: 2 — the first learns whether the sheet still exists (`getItemOrNullObject`), the second
 * activates and selects. A sheet renamed or deleted since the run is a `Refusal` (`sheet-gone`).
 */
/// <reference types="office-js" />
import { refuse, type Refusal } from '../core/refusal';
import { parseRef } from './address';

export type SelectResult = { ok: true } | Refusal;

export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<SelectResult> {
  if (parseRef(address) === null) return refuse('bad-address', address);
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar flag, unknown to the rule's table
  ws.load('isNullObject');
  await context.sync();
  if (ws.isNullObject) return refuse('sheet-gone', sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
  return { ok: true };
}
