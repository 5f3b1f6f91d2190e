/**
 * The add-in draws the summary sheet's achievement chart on the fake host, in the write's own batch:
 * a report costs no more syncs than before (≤ 3, 4 in manual calculation). The chart reads the
 * sheet it sits on: its values are the cells under the sheet's `Tỷ lệ …(%)` header, evaluated there
 * (HyperFormula) to the engine's %, its categories the names beside them, every indicator of the
 * report named in order; each bar is red exactly where the row's own status cell (`Khả năng hoàn
 * thành` for a term in progress, else `Đánh giá`) says `Chưa đạt` or `Khó đạt`, green where it says
 * `Vượt`, `Đạt` or `Đã đạt`; the target line is where the category axis
 * crosses (100); it sits under the sheet's content. Written again, the sheet has one chart, not two.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReport } from '../../src/core/index';
import { defaultAddinSettings } from '../../src/excel/settings';
import { engineSettings } from '../../src/settings';
import { createFakeExcel, installOfficeGlobals, type FakeExcel } from '../fake-excel';
import { parseRef } from '../fake-excel/address';
import type { ChartState } from '../fake-excel/charts';
import { generate } from './generate';
import { fixtureGrids } from './helpers';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

const RED = '#9C0006';
const GREEN = '#006100';

/** The cells of `Sheet!A1:B2` as [row, col] pairs, 0-based, top to bottom. */
function cellsOf(address: string): [number, number][] {
  const rect = parseRef(address.slice(address.lastIndexOf('!') + 1))!;
  const out: [number, number][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) out.push([r, c]);
  return out;
}

function chartsOn(fake: FakeExcel, sheetName: string): ChartState[] {
  return fake.state.sheet(sheetName).charts;
}

describe.each([
  'phuc-dong-2020',
  'duc-giang-2015-2020',
  'giang-bien-giua-nhiem-ky-2020-2025',
  'thuong-thanh-9-thang-2024-uoc-ca-nam',
])('the summary sheet chart of %s, drawn by the add-in', (name) => {
  it('reads the sheet’s % and names, coloured by each row’s status, at no extra sync', async () => {
    const grids = await fixtureGrids(name);
    const fake = createFakeExcel(grids);
    const r = await generate(fake);
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(r.syncs);
    const [chart, ...more] = chartsOn(fake, r.sheetName);
    expect(more).toEqual([]);
    expect(chart.type).toBe('ColumnClustered');
    expect(chart.title).toMatch(/^(Tỷ lệ thực hiện so với kế hoạch|Tiến độ thực hiện các chỉ tiêu nhiệm kỳ) \(%\)$/);
    expect(chart.valueAxis).toEqual({ minimum: 0, crossesAt: 100 });
    const [series] = chart.series;
    expect(series.values.startsWith("'Báo cáo chỉ tiêu'!")).toBe(true);

    const sheet = fake.state.sheet(r.sheetName);
    const text = (row: number, col: number) => String(fake.state.valueOf(sheet, row, col) ?? '');
    const values = cellsOf(series.values);
    const names = cellsOf(series.xValues!);
    expect(names.map(([row]) => row)).toEqual(values.map(([row]) => row));
    // The header above the values: the sheet's achievement % column.
    const col = values[0][1];
    const above = Array.from({ length: 3 }, (_, i) => text(values[0][0] - 1 - i, col)).join(' ');
    expect(above).toMatch(/Tỷ lệ (TH\/KH|TH\/chỉ tiêu đề ra|nhiệm kỳ)/);

    // Every indicator of the report is a category, in order; its bar's cell holds a % (a number).
    const run = runReport(grids, engineSettings(defaultAddinSettings));
    if (!run.ok) throw new Error(run.message);
    const top = run.report.tables[0].indicators.filter((i) => i.parent === null).map((i) => i.name);
    const categories = names.map(([row, c]) => text(row, c));
    expect(categories.filter((c) => top.includes(c))).toEqual(top);

    // The colour of each bar is its row's status word, read on the sheet.
    const headerRows = Array.from({ length: 4 }, (_, i) => values[0][0] - 1 - i);
    // A term in progress is judged by its outlook (`Khả năng hoàn thành`), any other by `Đánh giá`.
    const columnOf = (header: string) =>
      Array.from({ length: 30 }, (_, c) => c).find((c) => headerRows.some((row) => text(row, c) === header)) ?? -1;
    const outlook = columnOf('Khả năng hoàn thành');
    const statusCol = outlook >= 0 ? outlook : columnOf('Đánh giá');
    expect(statusCol).toBeGreaterThan(col);
    const reds = values.filter(([row], i) => {
      const status = text(row, statusCol);
      const fill = series.pointFills.get(i);
      if (/^(Chưa đạt|Khó đạt)$/.test(status)) expect(fill, `${categories[i]}: ${status}`).toBe(RED);
      if (/^(Vượt|Đạt|Đã đạt)$/.test(status)) expect(fill, `${categories[i]}: ${status}`).toBe(GREEN);
      return fill === RED;
    });
    expect(series.pointFills.size).toBe(values.length);
    expect(reds.length).toBe(values.filter(([row]) => /^(Chưa đạt|Khó đạt)$/.test(text(row, statusCol))).length);

    // Under the content: the chart's top row is below the last row the sheet uses.
    const used = sheet.usedRect(true)!;
    expect(Number(/\d+/.exec(chart.position![0])![0]) - 1).toBeGreaterThan(used.bottom);
  });
});

describe('the chart and the sheet’s other rules', () => {
  it('written again, the new sheet has one chart; manual calculation keeps its one extra sync', async () => {
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    await generate(fake);
    const again = await generate(fake);
    expect(chartsOn(fake, again.sheetName)).toHaveLength(1);
    const manual = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    manual.state.calculationMode = 'Manual';
    const r = await generate(manual);
    expect(r.syncs).toBe(4);
    expect(chartsOn(manual, r.sheetName)).toHaveLength(1);
  });
});
