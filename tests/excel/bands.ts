/**
 * What the banded-reading tests share (`read-bands.test.ts`, and the 30,000+-row ones in
 * `read-bands.size.test.ts`): a read against the fake host that checks its sync count, the syncs'
 * sizes for the log and against Excel on the web's limit, and spies on the merged-area queries.
 */
/// <reference types="office-js" />
import { expect } from 'vitest';
import type { CellRange, Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/excel/readWorkbook';
import { WEB_PAYLOAD_LIMIT, type FakeExcel } from '../fake-excel';

export async function read(fake: FakeExcel) {
  const r = await readWorkbook(fake.context);
  if (!r.ok) throw new Error(r.message);
  expect(r.syncs).toBe(fake.syncCount);
  return r;
}

export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** The syncs' responses, for the log. */
export function describeSyncs(fake: FakeExcel): string {
  return fake.syncs.map((s) => `${mb(s.responseBytes)}${s.failed ? ` (${s.failed})` : ''}`).join(', ');
}

/** Every sync went through and stayed under Excel on the web's limit, both ways. */
export function expectAllUnderLimit(fake: FakeExcel): void {
  for (const s of fake.syncs) {
    expect(s.failed).toBeUndefined();
    expect(s.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(s.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  }
}

/** Sync 1, then the fewest data syncs that could carry what was loaded, each a full 5 MB. */
export function fewestSyncs(fake: FakeExcel): number {
  const data = fake.syncs.slice(1).reduce((sum, s) => sum + s.responseBytes, 0);
  return 1 + Math.ceil(data / WEB_PAYLOAD_LIMIT);
}

/** The band rectangles the reader asked merged areas of, with the sync that asked. */
export function spyMergeQueries(fake: FakeExcel): { sheet: string; within: CellRange; sync: number }[] {
  const asked: { sheet: string; within: CellRange; sync: number }[] = [];
  const mergedAreas = fake.state.mergedAreas.bind(fake.state);
  fake.state.mergedAreas = (sheet, within) => {
    asked.push({ sheet: sheet.name, within: { ...within }, sync: fake.syncCount });
    return mergedAreas(sheet, within);
  };
  return asked;
}

/** A host that returns only the merged areas whose top-left cell lies in the range (office-js #3611). */
export function mergesByTopLeft(fake: FakeExcel): void {
  const mergedAreas = fake.state.mergedAreas.bind(fake.state);
  fake.state.mergedAreas = (sheet, within) =>
    mergedAreas(sheet, within).filter(
      (m) => m.top >= within.top && m.top <= within.bottom && m.left >= within.left && m.left <= within.right,
    );
}

/** `grid` under another sheet name. */
export function named(grid: Grid, sheet: string): Grid {
  return { ...grid, sheet };
}

/** Vertical merges tiling column H (empty in `bigWorkbook`) from row 4 down, `height` rows each. */
export function tileMerges(grid: Grid, height: number): CellRange[] {
  const merges: CellRange[] = [];
  for (let top = 3; top + height - 1 < grid.values.length; top += height)
    merges.push({ top, left: 7, bottom: top + height - 1, right: 7 });
  return merges;
}
