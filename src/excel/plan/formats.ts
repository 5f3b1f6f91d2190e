/** The cells' looks as formats per attribute on rectangles (see `SheetPlan.formats`). */
import type { CellRange } from '../../core/grid';
import type { CellStyle, ModelCell } from '../../core/report';
import { refOf } from '../address';
import { EXCEL_DEFAULT_LOOK, LOOKS, type CellLook } from '../styles';
import { rectangles } from './rectangles';
import type { FormatOp } from './types';

const ATTRIBUTES = Object.keys(EXCEL_DEFAULT_LOOK) as (keyof CellLook)[];

/**
 * Per attribute: its most common value on the bands where the model has cells (when it differs
 * from a new cell's), then every other value on rectangles. Borders and fills only go where cells
 * ask for them.
 */
export function formatOps(cells: ModelCell[], bands: CellRange[]): FormatOp[] {
  const byRange = new Map<string, FormatOp>();
  const add = (range: CellRange, attr: keyof CellLook, value: CellLook[keyof CellLook]) => {
    const k = refOf(range);
    const op = byRange.get(k) ?? { range, look: {} };
    (op.look as Record<string, unknown>)[attr] = value;
    byRange.set(k, op);
  };
  for (const attr of ATTRIBUTES) {
    const groups = new Map<CellLook[keyof CellLook], { row: number; col: number }[]>();
    for (const c of cells) {
      const v = LOOKS[c.style as CellStyle][attr];
      const list = groups.get(v) ?? [];
      list.push({ row: c.row, col: c.col });
      groups.set(v, list);
    }
    const onBands = attr !== 'border' && attr !== 'fill';
    let baseline = EXCEL_DEFAULT_LOOK[attr];
    if (onBands) {
      let most = -1;
      for (const [v, list] of groups) if (list.length > most) [baseline, most] = [v, list.length];
      if (baseline !== EXCEL_DEFAULT_LOOK[attr]) for (const band of bands) add(band, attr, baseline);
    }
    for (const [v, list] of groups) {
      if (v === baseline) continue;
      for (const r of rectangles(list)) add(r, attr, v);
    }
  }
  return [...byRange.values()];
}
