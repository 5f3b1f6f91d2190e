/**
 * The write cut into batches under Excel on the web's 5 MB request limit. Each part of the plan
 * (rows of the cell arrays, each shared formula, each format rectangle…) becomes a `WriteStep`, data
 * the writer queues, with its request bytes estimated on the safe side; the steps are packed in
 * order into batches of at most the limit, one sync each. Pure: no office-js.
 */
import type { CellRange } from '../../core/grid';
import type { ReportSheetModel } from '../../core/report';
import type { CellBlock, FormatOp, NumberFormatRun, SheetPlan } from './sheetPlan';
import { ACTION_BYTES, jsonBytes, PATH_BYTES, utf8Length } from './requestBytes';

/** Excel on the web's request limit is 5 MB; the estimate keeps 10% for its own error. */
export const MAX_REQUEST_BYTES = 4_500_000;

/** Every later batch re-sends the suspensions and the paths to the workbook, sheet and application. */
export const BATCH_BYTES = 3 * ACTION_BYTES + 6 * PATH_BYTES;

/** The first batch also replaces, adds and marks the sheet (its name four times). */
export const structureBytes = (sheetName: string) => 12 * (PATH_BYTES + ACTION_BYTES) + 4 * utf8Length(sheetName);

/** One thing the writer queues on the sheet. Rows `from..to` index into a block's or array's rows. */
export type WriteOp =
  | { kind: 'cells'; block: CellBlock; from: number; to: number }
  | { kind: 'shared'; range: CellRange; r1c1: string }
  | { kind: 'blank'; range: CellRange }
  | { kind: 'numberFormatRows'; array: SheetPlan['numberFormats']['arrays'][number]; from: number; to: number }
  | { kind: 'numberFormat'; run: NumberFormatRun }
  | { kind: 'font'; range: CellRange }
  | { kind: 'look'; op: FormatOp }
  | { kind: 'merge'; merge: SheetPlan['merges'][number] }
  | { kind: 'conditional'; rule: SheetPlan['conditional'][number] }
  | { kind: 'width'; range: CellRange; points: number }
  | { kind: 'height'; range: CellRange; points: number }
  | { kind: 'note'; note: SheetPlan['notes'][number] }
  | { kind: 'page'; print: ReportSheetModel['print']; freezeRow: ReportSheetModel['freezeRow'] };

/** A part of the write and the request bytes it costs. */
export interface WriteStep {
  bytes: number;
  op: WriteOp;
}

export interface BatchOptions {
  /** Bytes the first batch spends before its steps (see `structureBytes`). */
  structureBytes: number;
  limit: number;
  /** The host writes notes (ExcelApi 1.18). */
  notes: boolean;
}

const step = (paths: number, actions: number, argBytes: number, op: WriteOp): WriteStep => ({
  bytes: paths * PATH_BYTES + actions * ACTION_BYTES + argBytes,
  op,
});

/** Formats, merges, colours, sizes, notes and page setup, in the order they are applied. */
function layoutSteps(model: ReportSheetModel, plan: SheetPlan, notes: boolean): WriteStep[] {
  const steps: WriteStep[] = plan.styled.map((range) => step(3, 1, 40, { kind: 'font', range }));
  for (const op of plan.formats) steps.push(lookStep(op));
  for (const merge of plan.merges) steps.push(step(1, 1, 30, { kind: 'merge', merge }));
  for (const rule of plan.conditional)
    steps.push(step(9, 4, utf8Length(rule.formula) + 60, { kind: 'conditional', rule }));
  for (const w of plan.widths) steps.push(step(2, 1, 30, { kind: 'width', ...w }));
  for (const h of plan.heights) steps.push(step(2, 1, 30, { kind: 'height', ...h }));
  if (notes) for (const note of plan.notes) steps.push(step(2, 1, utf8Length(note.text) + 30, { kind: 'note', note }));
  steps.push(step(3, 12, 200, { kind: 'page', print: model.print, freezeRow: model.freezeRow }));
  return steps;
}

/** A format rectangle: one path per format object it reaches, one action per attribute and edge. */
function lookStep(op: FormatOp): WriteStep {
  const l = op.look;
  const fontAttrs = (['size', 'bold', 'italic', 'underline'] as const).filter((k) => l[k] !== undefined).length;
  const edges = l.border ? 4 + (op.range.bottom > op.range.top ? 1 : 0) + (op.range.right > op.range.left ? 1 : 0) : 0;
  const paths = 2 + (fontAttrs ? 1 : 0) + (l.fill ? 1 : 0) + (edges ? 1 + edges : 0);
  const actions = Object.keys(l).length + edges * 3;
  return step(paths, actions, 40 + edges * 30, { kind: 'look', op });
}

/** Batches being filled in order: a step that does not fit opens the next one. */
class Packer {
  readonly batches: WriteStep[][] = [[]];
  private used: number;

  constructor(
    structure: number,
    private readonly limit: number,
  ) {
    this.used = structure;
  }

  push(s: WriteStep): void {
    if (this.used + s.bytes > this.limit) this.next();
    this.batches[this.batches.length - 1].push(s);
    this.used += s.bytes;
  }

  /** Rows of a 2-D array, as few writes as fit the batch being filled. */
  rows(count: number, bytesOf: (r: number) => number, make: (from: number, to: number, bytes: number) => WriteStep) {
    const overhead = make(0, 0, 0).bytes;
    let from = 0;
    let bytes = 0;
    for (let r = 0; r < count; r++) {
      const b = bytesOf(r);
      if (this.used + overhead + bytes + b > this.limit) {
        // Row r does not fit: close the rows so far (they do) and go on in a new batch.
        if (r > from) {
          this.push(make(from, r - 1, bytes));
          from = r;
          bytes = 0;
        }
        this.next();
      }
      bytes += b;
    }
    if (count > from) this.push(make(from, count - 1, bytes));
  }

  private next(): void {
    if (this.batches[this.batches.length - 1].length === 0) return;
    this.batches.push([]);
    this.used = BATCH_BYTES;
  }
}

/**
 * The write as batches of at most `limit` estimated bytes, in order: the cell rows (as few
 * `formulas` writes as fit), then formats and layout. One batch unless the report is too big.
 */
export function packBatches(model: ReportSheetModel, plan: SheetPlan, options: BatchOptions): WriteStep[][] {
  const packer = new Packer(options.structureBytes, options.limit);
  // Formulas before number formats: Excel gives a General cell receiving a formula the format of
  // the cell it references, and ours must win.
  for (const block of plan.cellBlocks)
    packer.rows(
      block.formulas.length,
      (r) => jsonBytes(block.formulas[r]) + 1,
      (from, to, bytes) => step(4, 1, bytes, { kind: 'cells', block, from, to }),
    );
  for (const f of plan.sharedFormulas) packer.push(step(2, 1, utf8Length(f.r1c1) + 40, { kind: 'shared', ...f }));
  for (const range of plan.blanks) packer.push(step(2, 1, 40, { kind: 'blank', range }));
  for (const array of plan.numberFormats.arrays)
    packer.rows(
      array.formats.length,
      (r) => jsonBytes(array.formats[r]) + 1,
      (from, to, bytes) => step(4, 1, bytes, { kind: 'numberFormatRows', array, from, to }),
    );
  for (const run of plan.numberFormats.runs)
    packer.push(step(2, 1, utf8Length(run.format) + 40, { kind: 'numberFormat', run }));
  for (const s of layoutSteps(model, plan, options.notes)) packer.push(s);
  return packer.batches;
}

/** Estimated request bytes of each batch (the first carries the sheet's replacement too). */
export function batchBytes(batches: WriteStep[][], structure: number): number[] {
  return batches.map((b, i) => b.reduce((n, s) => n + s.bytes, i === 0 ? structure : BATCH_BYTES));
}
