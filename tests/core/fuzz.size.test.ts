/**
 * The fuzzing corpus (a size test: the `size` vitest project, which `npm test` runs once and
 * `npm run test:quick` skips): 10,000 seeded random grids through the whole pure pipeline. The
 * same properties run on a few hundred grids in the quick project (properties.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PeriodCells } from '../../src/core/indicator';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { errorOnRow, GRID, hasErrorFigure } from './randomGrids';

describe('fuzzing corpus: 10,000 seeded random grids through the whole pure pipeline', () => {
  it('0 exceptions (detect, compute, checks, sentences, sheet model), no indicator without a target or an actual', () => {
    let reports = 0;
    let indicators = 0;
    fc.assert(
      fc.property(GRID, (grid) => {
        const run = runReport([grid]);
        if (!run.ok) return;
        reports++;
        buildReportModel(run.report, [grid], defaultSheetSettings);
        for (const ind of run.report.tables.flatMap((t) => t.indicators)) {
          indicators++;
          const hasFigure = (p: { target: unknown; actual: unknown; assignedTarget: unknown; cells: PeriodCells }) =>
            p.target !== null || p.actual !== null || p.assignedTarget !== null || hasErrorFigure(grid, p.cells);
          expect(ind.periods.some(hasFigure) || ind.term?.termTarget != null || errorOnRow(grid, ind.row)).toBe(true);
        }
      }),
      { seed: 20261123, numRuns: 10_000 },
    );
    expect(reports).toBeGreaterThan(1000);
    expect(indicators).toBeGreaterThan(1000);
  }, 180_000);
});
