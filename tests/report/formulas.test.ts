/**
 * The summary sheet's formulas, evaluated by HyperFormula over the source sheets, equal the
 * engine's figures (after ROUND to the shown decimals), and its status cells agree with the engine.
 * HyperFormula's ROUND differs from Excel at binary half-cases, so numbers are compared within half
 * a unit of the shown digit.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { expectFormulasEqual } from './evaluate';

const fixtures = resolve(__dirname, '../fixtures');
const names = ['phuc-dong-2020', 'duc-giang-2015-2020', 'so-lieu-dai-2018-2020'];

describe('summary sheet formulas evaluate to the engine figures (HyperFormula)', () => {
  for (const name of names) {
    it(`${name}: every figure cell equals the engine's, within half a unit of its shown digit`, async () => {
      const read = await readWorkbook(resolve(fixtures, `${name}.xlsx`));
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      const model = buildReportModel(run.report, read.grids, defaultSheetSettings);
      expect(expectFormulasEqual(read.grids, model)).toBeGreaterThan(10);
    });
  }
});
