/**
 * consolidateInExcel on the fake host: a workbook of one sheet per ward (the shared fixture
 * phuc-dong-2020's layout with each ward's own figures) → the sheet "Tổng hợp các phường" is
 * written in at most 3 syncs; its % and status cells equal the consolidation's figures, its COUNTIF
 * formulas (evaluated by HyperFormula) the counts; a second run replaces it, and neither the ward
 * sheets, the report sheet nor a user's sheet of the same name are touched.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { consolidate } from '../../src/core/consolidate/index';
import { buildDistrictModel, districtLayout, DISTRICT_SHEET_NAME } from '../../src/core/consolidate/model';
import { runReport } from '../../src/core/index';
import { STATUS_TEXT } from '../../src/core/report/model';
import { consolidateInExcel, tooFewWardsMessage, wardOfSheet } from '../../src/excel/consolidateInExcel';
import { DISTRICT_SHEET_MARK, OWN_SHEET_MARK } from '../../src/excel/readWorkbook';
import { generateReport, type Progress } from '../../src/excel/runInExcel';
import { createFakeExcel, installOfficeGlobals, type FakeExcel } from '../fake-excel';
import { expectFiguresMatch, fixtureGrids } from './helpers';
import { WARD_SHEETS, wardWorkbook } from './wardSheets';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

async function wards(): Promise<Grid[]> {
  return wardWorkbook(await fixtureGrids('phuc-dong-2020'));
}

/** What the sheet must show: the consolidation of the same sheets, run one by one. */
function engineDistrict(grids: Grid[]) {
  return consolidate(
    grids.map((g) => {
      const result = runReport([g]);
      if (!result.ok) throw new Error(result.message);
      return { ward: wardOfSheet(g.sheet), result };
    }),
  );
}

async function run(fake: FakeExcel, progress?: (p: Progress) => void) {
  const r = await consolidateInExcel(fake.newContext(), {}, progress);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('consolidateInExcel: one sheet per ward → "Tổng hợp các phường"', () => {
  it("writes the district sheet in ≤ 3 syncs; its % and statuses are the consolidation's", async () => {
    const grids = await wards();
    const fake = createFakeExcel(grids);
    const steps: Progress[] = [];
    const r = await run(fake, (p) => steps.push(p));
    expect(steps.map((s) => s.step)).toEqual(['read', 'compute', 'write', 'done']);
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(r.syncs);
    expect(r.sheetName).toBe(DISTRICT_SHEET_NAME);
    expect(r.wardSheets).toEqual(WARD_SHEETS.map((w) => w.sheet));
    expect(r.warnings).toEqual([]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([...WARD_SHEETS.map((w) => w.sheet), DISTRICT_SHEET_NAME]);
    expect(fake.state.nameFormula(fake.state.name(DISTRICT_SHEET_MARK)!)).toBe("='Tổng hợp các phường'!$A$1");
    expect(fake.state.name(OWN_SHEET_MARK)).toBeUndefined();

    const d = engineDistrict(grids);
    expect(r.district).toEqual(d);
    expect(d.wards.map((w) => w.name)).toEqual(WARD_SHEETS.map((w) => w.sheet));
    expect(d.ranking.length).toBe(4);
    // The wards differ: not every ward has the same figure.
    expect(new Set(d.indicators[0].cells.map((c) => c?.pct)).size).toBe(4);

    const sheet = fake.state.sheet(r.sheetName);
    const layout = districtLayout(d);
    let checked = 0;
    d.indicators.forEach((row, k) => {
      expect(fake.state.valueOf(sheet, layout.firstRow + k, 1)).toBe(row.name);
      row.cells.forEach((cell, i) => {
        const pct = fake.state.valueOf(sheet, layout.firstRow + k, layout.pctCol(i));
        const status = fake.state.valueOf(sheet, layout.firstRow + k, layout.pctCol(i) + 1);
        if (cell?.pct == null) expect(pct === '' || pct === null).toBe(true);
        else {
          expect(pct).toBe(cell.pct);
          checked++;
        }
        expect(status).toBe(cell ? STATUS_TEXT[cell.status] : '');
      });
    });
    expect(checked).toBeGreaterThan(30);
    // COUNTIF formulas evaluated by HyperFormula equal the consolidation's counts.
    const model = buildDistrictModel(d);
    expect(expectFiguresMatch(fake.state, r.sheetName, model)).toBe(d.indicators.length + d.wards.length);
    // The ranking table, rank by rank.
    d.ranking.forEach((e, k) => {
      expect(fake.state.valueOf(sheet, layout.rankingRow + k, 0)).toBe(e.rank);
      expect(fake.state.valueOf(sheet, layout.rankingRow + k, 1)).toBe(e.ward);
    });
    // Status colours are conditional formats over the matrix.
    expect(sheet.conditional.length).toBe(3);
  });

  it("a second run replaces only its own sheet; the ward sheets, the report and a user's sheet of the same name are untouched", async () => {
    const grids = await wards();
    const fake = createFakeExcel([
      ...grids,
      { sheet: DISTRICT_SHEET_NAME, values: [['Bảng tổng hợp của tôi'], [1, 2, 3]] },
    ]);
    const userBefore = fake.state.snapshot(DISTRICT_SHEET_NAME);
    const wardsBefore = WARD_SHEETS.map((w) => fake.state.snapshot(w.sheet));

    const first = await run(fake);
    expect(first.sheetName).toBe(`${DISTRICT_SHEET_NAME} (2)`);
    expect(first.warnings).toEqual([`Trang "${DISTRICT_SHEET_NAME}" không có bảng chỉ tiêu: không đưa vào tổng hợp.`]);
    const firstId = fake.state.sheet(first.sheetName).id;
    fake.resetStats();
    const second = await run(fake);
    expect(second.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(second.syncs);
    expect(second.sheetName).toBe(first.sheetName);
    expect(fake.state.sheet(second.sheetName).id).not.toBe(firstId);
    // Its own earlier sheet was not read as a ward.
    expect(second.wardSheets).toEqual(WARD_SHEETS.map((w) => w.sheet));
    expect(second.district).toEqual(first.district);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      ...WARD_SHEETS.map((w) => w.sheet),
      DISTRICT_SHEET_NAME,
      `${DISTRICT_SHEET_NAME} (2)`,
    ]);
    expect(fake.state.snapshot(DISTRICT_SHEET_NAME)).toEqual(userBefore);
    expect(WARD_SHEETS.map((w) => fake.state.snapshot(w.sheet))).toEqual(wardsBefore);
    expect([...fake.state.names.values()].map((n) => fake.state.nameFormula(n))).toEqual([
      `='${DISTRICT_SHEET_NAME} (2)'!$A$1`,
    ]);
  });

  it('the report sheet and the consolidation sheet replace only themselves', async () => {
    const fake = createFakeExcel(await wards());
    await run(fake);
    const report = await generateReport(fake.newContext(), {}, undefined, { today: null });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    // The report did not read the consolidation sheet as a table.
    expect(new Set(report.report.tables.map((t) => t.sheet))).toEqual(new Set(WARD_SHEETS.map((w) => w.sheet)));
    const again = await run(fake);
    expect(again.wardSheets).toEqual(WARD_SHEETS.map((w) => w.sheet));
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      ...WARD_SHEETS.map((w) => w.sheet),
      report.sheetName,
      DISTRICT_SHEET_NAME,
    ]);
    expect(fake.state.name(OWN_SHEET_MARK)).toBeDefined();
    expect(fake.state.name(DISTRICT_SHEET_MARK)).toBeDefined();
  });

  it('fewer than two ward sheets with a table: a Vietnamese message, nothing written', async () => {
    const grids = await wards();
    const fake = createFakeExcel([grids[0], { sheet: 'Ghi chú', values: [['Số liệu gửi quận ngày 15/12']] }]);
    const r = await consolidateInExcel(fake.newContext());
    expect(r).toEqual({ ok: false, code: 'too-few-wards', message: tooFewWardsMessage(['Phúc Đồng']), syncs: 2 });
    expect(r.ok || r.message).toMatch(/Cần ít nhất hai trang tính có bảng chỉ tiêu/);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Phúc Đồng', 'Ghi chú']);
  });
});
