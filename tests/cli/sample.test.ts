/** The bundled sample holds exactly the shared fixtures' sheets (so it reproduces their results). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { FIXTURES, FIXTURE_NAMES, REPO_ROOT } from './harness';

async function grids(path: string): Promise<Grid[]> {
  const read = await readWorkbook(path);
  if (!read.ok) throw new Error(read.message);
  // Merge order is ExcelJS's bookkeeping, not content.
  return read.grids.map((g) => ({
    ...g,
    merges: [...(g.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left),
  }));
}

describe('assets/mau-chi-tieu.xlsx', () => {
  it('has each fixture sheet with the same values, number formats and merges', async () => {
    const sample = await grids(join(REPO_ROOT, 'assets', 'mau-chi-tieu.xlsx'));
    const expected = (await Promise.all(FIXTURE_NAMES.map((n) => grids(join(FIXTURES, `${n}.xlsx`))))).flat();
    expect(sample.map((g) => g.sheet)).toEqual(expected.map((g) => g.sheet));
    for (const grid of expected) expect(sample.find((g) => g.sheet === grid.sheet)).toEqual(grid);
  });
});
