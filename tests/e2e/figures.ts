/**
 * What the written sheet must show: the engine's model for the same grids and settings, and a
 * comparison of the fake workbook's evaluated cells (read from the page) with its figures.
 */
import { expect } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import { buildReportModel, type ModelCell } from '../../src/core/report';
import {
  defaultUserSettings,
  engineSettings,
  parseSettings,
  runSheetSettings,
  type UserSettings,
} from '../../src/settings';
import type { Page } from 'playwright-core';

export interface EngineRun {
  report: Report;
  figureCells: ModelCell[];
}

/** The engine's report and the model's figure cells, as the add-in computes them. */
export function engineRun(grids: Grid[], settings: Partial<UserSettings> = {}): EngineRun {
  const s = parseSettings({ ...defaultUserSettings, ...settings });
  const run = runReport(grids, engineSettings(s));
  if (!run.ok) throw new Error(run.message);
  const model = buildReportModel(run.report, grids, runSheetSettings(s, grids, run.report.tables, new Date()));
  return { report: run.report, figureCells: model.cells.filter((c) => c.formula && c.expected) };
}

/**
 * Every figure cell of the written sheet (its formula evaluated by HyperFormula in the page)
 * equals the engine's value: numbers within half a unit of the shown decimals, texts equal.
 * Returns how many cells were compared.
 */
export async function expectSheetFigures(page: Page, sheetName: string, cells: ModelCell[]): Promise<number> {
  const got = await page.evaluate(([sheet, at]) => window.__chitieu.values(sheet, at), [
    sheetName,
    cells.map((c) => [c.row, c.col]),
  ] as [string, [number, number][]]);
  cells.forEach((c, i) => {
    const want = c.expected!.value;
    const value = got[i];
    const where = `${sheetName}!R${c.row + 1}C${c.col + 1} ${c.formula}`;
    if (typeof want === 'number') {
      expect(typeof value, where).toBe('number');
      const d = c.expected!.decimals;
      const tolerance = d === null ? 1e-9 * Math.max(1, Math.abs(want)) : 0.5 * 10 ** -d + 1e-9;
      expect(Math.abs((value as number) - want), `${where}: ${String(value)} vs ${want}`).toBeLessThanOrEqual(
        tolerance,
      );
    } else if (want === null) {
      expect(value === '' || value === null, `${where}: ${JSON.stringify(value)} vs empty`).toBe(true);
    } else {
      expect(value, where).toBe(want);
    }
  });
  return cells.length;
}
