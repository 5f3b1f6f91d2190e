/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not office-js proxies */
/** Shared helpers of the injector tests: fixture models, unzipping, checking a sheet against its model. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { cachedResult } from '../../src/core/report/model';
import { STYLE_SPECS } from '../../src/xlsx/styles';
import { columnLetters } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings, type ModelCell, type ReportSheetModel } from '../../src/core/report';
import { FIXTURES, FIXTURE_NAMES, REPO_ROOT } from '../cli/harness';

/** The shared fixtures and the bundled sample, by name → path. */
export const WORKBOOKS: [string, string][] = [
  ...FIXTURE_NAMES.map((n): [string, string] => [n, join(FIXTURES, `${n}.xlsx`)]),
  ['mau-chi-tieu (sample)', join(REPO_ROOT, 'assets', 'mau-chi-tieu.xlsx')],
];

/** Header settings that fill every line of the header block. */
export const SETTINGS = {
  ...defaultSheetSettings,
  issuingBody: 'Đảng ủy phường Phúc Đồng',
  superiorBody: 'Đảng bộ quận Long Biên',
  place: 'Phúc Đồng',
  date: { day: 5, month: 1, year: 2021 },
};

const models = new Map<string, Promise<{ bytes: Buffer; model: ReportSheetModel }>>();

/** The input bytes of a workbook and the summary sheet model the engine builds for it. */
export function modelOf(path: string): Promise<{ bytes: Buffer; model: ReportSheetModel }> {
  let known = models.get(path);
  if (!known) {
    known = (async () => {
      const read = await readWorkbook(path);
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      return { bytes: readFileSync(path), model: buildReportModel(run.report, read.grids, SETTINGS) };
    })();
    models.set(path, known);
  }
  return known;
}

/** The files of a zip (directories left out), by name. */
export async function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The records of a list in a styles.xml (`<xf …/>` of `<cellXfs>`), as written. */
export function records(stylesXml: string, list: string, item: string): string[] {
  const m = new RegExp(`<${list}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${list}>)`).exec(stylesXml);
  if (!m?.[1]) return [];
  return m[1].match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g')) ?? [];
}

/** The model's cells as a sheet ends up holding them: the last write of a cell wins. */
export function finalCells(model: ReportSheetModel): Map<string, ModelCell> {
  const cells = new Map<string, ModelCell>();
  for (const c of model.cells) cells.set(`${c.row},${c.col}`, c);
  return cells;
}

function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * The sheet read back by ExcelJS equals its model: values, formulas and cached results, number
 * formats, notes, fonts, merges, widths, heights, frozen rows, print titles and colour rules.
 */
export function expectSheetMatchesModel(ws: ExcelJS.Worksheet, model: ReportSheetModel, cached = true): void {
  const covered = new Map<string, string>();
  for (const m of model.merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.set(`${r},${c}`, a1(m.top, m.left));
  }
  let checked = 0;
  for (const [key, c] of finalCells(model)) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    const where = `${ws.name}!${cell.address}`;
    const master = covered.get(key);
    if (master) {
      expect(cell.isMerged, where).toBe(true);
      expect(cell.master.address, where).toBe(master);
      continue;
    }
    if (c.formula) {
      expect(cell.type, where).toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula, where).toBe(c.formula.slice(1));
      // `cell.result`: ExcelJS' `cell.value` drops a result of 0; it reads an empty string as none.
      const result = cell.result;
      const want = cached ? cachedResult(c) : undefined;
      expect(result, where).toEqual(want === '' ? undefined : want);
    } else if (typeof c.value === 'string' && c.value !== '') {
      expect(cell.type, where).toBe(ExcelJS.ValueType.String);
      expect(cell.value, where).toBe(c.value);
    } else if (typeof c.value === 'number') {
      expect(cell.value, where).toBe(c.value);
    } else {
      expect(cell.value ?? null, where).toBeNull();
    }
    if (c.numberFormat) expect(cell.numFmt, where).toBe(c.numberFormat);
    else expect(cell.numFmt ?? 'General', where).toBe('General');
    if (c.note) {
      const note = cell.note as ExcelJS.Comment | undefined;
      expect(note?.texts?.map((t) => t.text).join(''), where).toBe(c.note);
    } else {
      expect(cell.note, where).toBeUndefined();
    }
    const spec = STYLE_SPECS[c.style];
    expect(cell.font?.name, where).toBe('Times New Roman');
    expect(cell.font?.size, where).toBe(spec.font.size);
    expect(Boolean(cell.font?.bold), where).toBe(Boolean(spec.font.bold));
    expect(Boolean(cell.font?.italic), where).toBe(Boolean(spec.font.italic));
    expect(Boolean(cell.border?.top), where).toBe(Boolean(spec.border));
    checked++;
  }
  expect(checked).toBeGreaterThan(10);
  const merges = model.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort();
  expect([...(ws.model.merges ?? [])].sort()).toEqual(merges);
  model.widths.forEach((w, i) => expect(ws.getColumn(i + 1).width, `width of column ${i + 1}`).toBe(w));
  for (const [row, h] of Object.entries(model.heights)) expect(ws.getRow(Number(row) + 1).height).toBe(h);
  if (model.freezeRow) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: model.freezeRow });
  const titles = model.print.titleRows;
  expect(ws.pageSetup.printTitlesRow).toBe(titles ? `${titles.top + 1}:${titles.bottom + 1}` : undefined);
  expect(ws.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: model.print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
  const rules = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
    .conditionalFormattings;
  expect(rules.map((r) => [r.ref, r.rules.map((x) => x.formulae[0])])).toEqual(
    model.conditional.map((cf) => [
      `${a1(cf.range.top, cf.range.left)}:${a1(cf.range.bottom, cf.range.right)}`,
      cf.rules.map((r) => r.formula),
    ]),
  );
}
