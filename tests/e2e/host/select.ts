/**
 * `Range.select()` for the fake host, which does not emulate it (yet): queued like any action,
 * applied at sync, recorded on the workbook state. As strict as Excel: the range's sheet must be
 * the active one (Excel on the web refuses to select on a hidden, inactive sheet), so the adapter
 * has to `activate()` first.
 */
import { HostError, type WorkbookState } from '../../fake-excel';
import { refOf, type Rect } from '../../fake-excel/address';
import { Range } from '../../fake-excel/objects';
import type { SheetState } from '../../fake-excel/state';

export interface Selection {
  sheet: string;
  address: string;
}

const selections = new WeakMap<WorkbookState, Selection>();

/** What was last selected in this workbook through the API. */
export function selectionOf(state: WorkbookState): Selection | null {
  return selections.get(state) ?? null;
}

interface RangeInternals {
  context: { host: { state: WorkbookState } };
  _call(name: string, args: unknown[], run: (target: unknown) => void): void;
}

export function installRangeSelect(): void {
  const proto = Range.prototype as unknown as Record<string, unknown>;
  if (typeof proto.select === 'function') return;
  proto.select = function select(this: RangeInternals) {
    this._call('Select', [], (target) => {
      const { sheet, rect } = target as { sheet: SheetState; rect: Rect };
      const state = this.context.host.state;
      if (!state.isAlive(sheet)) throw new HostError('ItemNotFound', `The worksheet ${sheet.name} no longer exists.`);
      if (state.activeSheetId !== sheet.id)
        throw new HostError('InvalidSelection', `Cannot select a range on the inactive sheet ${sheet.name}.`);
      selections.set(state, { sheet: sheet.name, address: refOf(rect) });
    });
  };
}
