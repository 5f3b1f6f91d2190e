/**
 * The summary sheet's cells in the order SpreadsheetML needs them (`sheetOrder`): row by row, each
 * row in column order; when the model writes a cell twice the later write wins; the covered cells
 * of a merged area take its top-left cell's style. Checked against a plain reference — every write
 * sorted by row, column and when it was written, the last of each place kept — on random sheets
 * written in any order, merges included, and through the ByteSink the XML is written with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellRange } from '../../src/core/grid';
import type { CellStyle, ModelCell, ReportSheetModel } from '../../src/core/report';
import { ByteSink, sheetOrder } from '../../src/xlsx/sheetXml';

const STYLES: CellStyle[] = ['text', 'number', 'pct', 'status', 'header'];

function model(cells: ModelCell[], merges: CellRange[]): ReportSheetModel {
  return { cells, merges } as unknown as ReportSheetModel;
}

/** Row by row, then column, the last write of each place: the reference order, as [row, col, write]. */
function reference(cells: ModelCell[], merges: CellRange[]): [number, number, number][] {
  const all = cells.map((c, i) => ({ c, i }));
  for (const m of merges) {
    let master: ModelCell | undefined;
    for (const c of cells) if (c.row === m.top && c.col === m.left) master = c;
    if (!master) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let col = m.left; col <= m.right; col++)
        if (r !== m.top || col !== m.left)
          all.push({ c: { row: r, col, style: master.style, numberFormat: master.numberFormat }, i: all.length });
  }
  const last = new Map<string, { c: ModelCell; i: number }>();
  for (const x of all) last.set(`${x.c.row}:${x.c.col}`, x);
  return [...last.values()]
    .sort((a, b) => a.c.row - b.c.row || a.c.col - b.c.col)
    .map((x) => [x.c.row, x.c.col, x.i] as [number, number, number]);
}

const cell = fc.record({
  row: fc.nat({ max: 12 }),
  col: fc.nat({ max: 9 }),
  style: fc.constantFrom(...STYLES),
  value: fc.option(fc.integer(), { nil: undefined }),
});
const merge = fc
  .record({ top: fc.nat({ max: 12 }), left: fc.nat({ max: 9 }), h: fc.nat({ max: 2 }), w: fc.nat({ max: 3 }) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

describe('sheetOrder: the cells as the sheet part lists them', () => {
  it('lists each place once, row by row and by column, the later of two writes winning', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 120 }), fc.array(merge, { maxLength: 3 }), (cells, merges) => {
        const o = sheetOrder(model(cells, merges));
        const got: [number, number, number][] = [];
        for (let r = 0; r < o.rows; r++)
          for (let k = o.start[r]; k < o.start[r + 1]; k++) {
            const i = o.order[k];
            if (i >= 0) got.push([o.cells[i].row, o.cells[i].col, i]);
          }
        expect(got).toEqual(reference(cells, merges));
      }),
      { numRuns: 300 },
    );
  });
});

describe('ByteSink: the markup as UTF-8, whatever the sizes written', () => {
  it('gives the bytes of the whole text, in buffers handed on as they fill', () => {
    const piece = fc.oneof(fc.string({ maxLength: 40 }), fc.constant('Tỷ lệ hộ gia đình văn hóa'.repeat(900)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const out: Uint8Array[] = [];
        const sink = new ByteSink((b) => out.push(b.slice()));
        for (const p of pieces) sink.write(p);
        sink.end();
        expect(Buffer.concat(out).toString('utf8')).toBe(pieces.join(''));
      }),
      { numRuns: 100 },
    );
  });
});
