/**
 * The add-in writer's batches, without any host: the plan of a report cut under a request limit
 * keeps every part once, in the order Excel needs it, and no batch above the limit.
 */
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings, type ReportSheetModel } from '../../src/core/report';
import {
  batchBytes,
  MAX_REQUEST_BYTES,
  packBatches,
  structureBytes,
  type WriteStep,
} from '../../src/excel/plan/batches';
import { planSheet } from '../../src/excel/plan/sheetPlan';
import { bigWorkbook } from './helpers';

function reportModel(indicators: number): ReportSheetModel {
  const grid = bigWorkbook(indicators);
  const run = runReport([grid]);
  if (!run.ok) throw new Error(run.message);
  return buildReportModel(run.report, [grid], defaultSheetSettings);
}

const model = reportModel(300);
const plan = planSheet(model);
const structure = structureBytes(model.name);
const pack = (limit: number, notes = true) => packBatches(model, plan, { structureBytes: structure, limit, notes });
const kinds = (batches: WriteStep[][]) => batches.flat().map((s) => s.op.kind);

describe('the write in batches under the request limit', () => {
  it('a report under 4.5 MB is one batch: one write sync', () => {
    const batches = pack(MAX_REQUEST_BYTES);
    expect(batches).toHaveLength(1);
    expect(batchBytes(batches, structure)[0]).toBeLessThan(MAX_REQUEST_BYTES);
  });

  it('under a 60 kB limit: several batches, none empty, each estimated within the limit', () => {
    const batches = pack(60_000);
    expect(batches.length).toBeGreaterThan(3);
    for (const b of batches) expect(b.length).toBeGreaterThan(0);
    for (const bytes of batchBytes(batches, structure)) expect(bytes).toBeLessThanOrEqual(60_000);
  });

  it('every cell row is written exactly once, in order, however the rows are cut', () => {
    for (const limit of [MAX_REQUEST_BYTES, 60_000, 20_000]) {
      const rows = new Map(plan.cellBlocks.map((b) => [b, [] as number[]]));
      for (const { op } of pack(limit).flat())
        if (op.kind === 'cells') for (let r = op.from; r <= op.to; r++) rows.get(op.block)!.push(r);
      for (const [block, written] of rows)
        expect(written).toEqual(Array.from({ length: block.formulas.length }, (_, i) => i));
    }
  });

  it('formulas before number formats (Excel gives a formula cell its reference’s format), page setup last', () => {
    const order = kinds(pack(60_000));
    const lastFormula = Math.max(order.lastIndexOf('cells'), order.lastIndexOf('shared'));
    const firstFormat = order.findIndex((k) => k === 'numberFormat' || k === 'numberFormatRows');
    expect(firstFormat).toBeGreaterThan(lastFormula);
    expect(order[order.length - 1]).toBe('page');
    expect(order.filter((k) => k === 'page')).toHaveLength(1);
  });

  it('notes only where the host writes them, one per note of the model', () => {
    // Notes say where a constant was read; two cells of the model get one here, and no other has one.
    const cells = model.cells.map(({ note: _note, ...c }, i) =>
      i === 3 || i === 40 ? { ...c, note: `Nguồn: ô ${i}` } : c,
    );
    const noted = { ...model, cells };
    const notesOf = (notes: boolean) =>
      kinds(packBatches(noted, planSheet(noted), { structureBytes: structure, limit: MAX_REQUEST_BYTES, notes }));
    expect(notesOf(true).filter((k) => k === 'note')).toHaveLength(2);
    expect(notesOf(false)).not.toContain('note');
  });
});
