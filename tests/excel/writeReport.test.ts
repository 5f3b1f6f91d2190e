/**
 * writeReport renders the report model faithfully: text stays text, formats are applied per named
 * style, the sheet is laid out and printable like the CLI's, it is marked as chitieu's, and a batch
 * above the request limit is split by rows without changing the result.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings, type ReportSheetModel } from '../../src/core/report';
import { OWN_SHEET_MARK } from '../../src/excel/readWorkbook';
import { writeReport } from '../../src/excel/writeReport';
import { freeSheetName } from '../../src/core/sheetName';
import { rectangles } from '../../src/excel/plan/rectangles';
import { cellInput, columnPoints, planSheet } from '../../src/excel/plan/sheetPlan';
import { LOOKS } from '../../src/excel/styles';
import { toR1C1 } from '../../src/excel/r1c1';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { OWN_FIXTURES, bigTermWorkbook, bigWorkbook, expectFiguresMatch, fixtureGrids } from './helpers';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

function modelOf(grids: Grid[]): ReportSheetModel {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return buildReportModel(run.report, grids, {
    ...defaultSheetSettings,
    superiorBody: 'Đảng bộ quận Long Biên',
    issuingBody: 'Đảng ủy phường Phúc Đồng',
  });
}

const state = (sheetNames: string[]) => ({ sheetNames, ownSheet: null, markExists: false });

describe('text from the sources is written as text, never as a formula', () => {
  // Names starting with `+`/`-` are sub-indicators (DOMAIN.md §1), so those marks are tried as units.
  const NAMES = ['=HYPERLINK("http://x","bấm")', '@x Kết nạp', '=1+1', 'Thu ngân sách', '007 tổ', 'TRUE'];
  const UNITS = ['+1', '-x', 'Hộ', '=SUM(A1:A9)', '15%', '1/2'];
  const grid: Grid = {
    sheet: 'Nguồn',
    values: [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ...NAMES.map((n, i) => [i + 1, n, UNITS[i], 10, 12])],
  };

  it('=HYPERLINK(…), +1, -x, @x, 007, 15%, TRUE land as the same text (apostrophe prefix), not formulas or numbers', async () => {
    const fake = createFakeExcel([grid]);
    const model = modelOf([grid]);
    const { sheetName } = await writeReport(fake.context, model, { workbook: state(['Nguồn']) });
    const sheet = fake.state.sheet(sheetName);
    const texts = new Set([...NAMES, ...UNITS]);
    let found = 0;
    for (const c of model.cells) {
      if (typeof c.value !== 'string' || !texts.has(c.value)) continue;
      expect(sheet.content(c.row, c.col), c.value).toEqual({ kind: 'const', value: c.value, quotePrefix: true });
      found++;
    }
    expect(found).toBe(NAMES.length + UNITS.length);
    // No formula of the sheet carries the user's text.
    sheet.forEachCell((_r, _c, content) => {
      if (content.kind === 'formula') expect(content.formula).not.toMatch(/HYPERLINK|SUM\(A1|@x/);
    });
    expect(expectFiguresMatch(fake.state, sheetName, model)).toBeGreaterThan(0);
  });

  it('cellInput: formulas as they are, numbers as numbers, text with an apostrophe, empty as ""', () => {
    expect(cellInput({ row: 0, col: 0, formula: '=A1', style: 'number' })).toBe('=A1');
    expect(cellInput({ row: 0, col: 0, value: 12.5, style: 'number' })).toBe(12.5);
    expect(cellInput({ row: 0, col: 0, value: '=x', style: 'name' })).toBe("'=x");
    expect(cellInput({ row: 0, col: 0, value: "'quoted", style: 'name' })).toBe("''quoted");
    expect(cellInput({ row: 0, col: 0, value: null, style: 'text' })).toBe('');
  });
});

describe('the sheet looks like the CLI renders it', () => {
  it('formats, merges, widths, heights, number formats, status colours, print setup, frozen header, mark', async () => {
    const grids = await fixtureGrids('phuc-dong-2020');
    const fake = createFakeExcel(grids);
    const model = modelOf(grids);
    const { sheetName, syncs } = await writeReport(fake.context, model, { workbook: state(['Chỉ tiêu 2020']) });
    expect(syncs).toBe(1);
    const sheet = fake.state.sheet(sheetName);

    for (const c of model.cells) {
      const f = sheet.format(c.row, c.col) ?? {};
      const look = LOOKS[c.style];
      const where = `${c.style} R${c.row + 1}C${c.col + 1}`;
      expect(f.fontName, where).toBe('Times New Roman');
      expect(f.fontSize ?? 11, where).toBe(look.size);
      expect(f.bold ?? false, where).toBe(look.bold);
      expect(f.italic ?? false, where).toBe(look.italic);
      expect((f.underline ?? 'None') === 'Single', where).toBe(look.underline);
      expect(f.hAlign ?? 'General', where).toBe(look.h);
      expect(f.vAlign ?? 'Bottom', where).toBe(look.v);
      expect(f.wrap ?? false, where).toBe(look.wrap);
      expect(f.indent ?? 0, where).toBe(look.indent);
      expect(f.fill ?? null, where).toBe(look.fill);
      if (look.border)
        for (const edge of ['top', 'bottom', 'left', 'right'] as const)
          expect(f.borders?.[edge], `${where} ${edge}`).toMatchObject({ style: 'Continuous', weight: 'Thin' });
      expect(f.numberFormat ?? 'General', where).toBe(c.numberFormat ?? 'General');
    }
    // No border on cells the model leaves unboxed (header block, totals, remarks).
    const remark = model.cells.find((c) => c.style === 'remark')!;
    expect(sheet.format(remark.row, remark.col)?.borders).toBeUndefined();

    const key = (m: { top: number; left: number; bottom: number; right: number }) =>
      `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(sheet.merges.map(key).sort()).toEqual(model.merges.map(key).sort());
    model.widths.forEach((w, i) => expect(sheet.colWidths.get(i)).toBe(columnPoints(w)));
    expect(columnPoints(44)).toBe(231);
    for (const [row, h] of Object.entries(model.heights)) expect(sheet.rowHeights.get(Number(row))).toBe(h);

    // One custom rule per tone on each status range, relative to its top-left cell; amber for
    // `Đang thực hiện` (§7.4–7.5).
    expect(sheet.conditional.length).toBe(model.conditional.reduce((n, c) => n + c.rules.length, 0));
    const status = model.conditional[0];
    const rules = sheet.conditional.filter((c) => c.rect.top === status.range.top && c.rect.left === status.range.left);
    expect(rules.map((r) => r.formula)).toEqual(status.rules.map((r) => `=${r.formula}`));
    expect(rules.map((r) => [r.fontColor, r.fillColor])).toEqual([
      ['#9C0006', '#FFC7CE'],
      ['#006100', '#C6EFCE'],
      ['#595959', '#E7E6E6'],
      ['#9C5700', '#FFEB9C'],
    ]);

    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${model.print.titleRows!.top + 1}:$${model.print.titleRows!.bottom + 1}`,
      margins: { left: 36, right: 28.8, top: 43.2, bottom: 43.2, header: 21.6, footer: 21.6 },
    });
    expect(sheet.frozenRows).toBe(model.freezeRow);
    expect(fake.state.nameFormula(fake.state.name(OWN_SHEET_MARK)!)).toBe("='Báo cáo chỉ tiêu'!$A$1");
  });

  it('notes on constants read from text cells, only where ExcelApi 1.18 has notes', async () => {
    const grid: Grid = {
      sheet: 'Nguồn',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
        [1, 'Thu ngân sách', 'Tỷ đồng', '27,6', 30],
      ],
    };
    const model = modelOf([grid]);
    const withNotes = model.cells.filter((c) => c.note);
    expect(withNotes.length).toBeGreaterThan(0);
    const fake = createFakeExcel([grid]);
    const { sheetName } = await writeReport(fake.context, model, { workbook: state(['Nguồn']) });
    expect(fake.state.sheet(sheetName).notes.size).toBe(withNotes.length);

    restore();
    restore = installOfficeGlobals({ excelApiMinor: 17 }).restore;
    const older = createFakeExcel([grid]);
    const again = await writeReport(older.context, model, { workbook: state(['Nguồn']) });
    expect(older.state.sheet(again.sheetName).notes.size).toBe(0);
  });
});

describe('syncs and the 5 MB request limit', () => {
  it('without the workbook state, one lookup sync then one write sync; the marked sheet is replaced', async () => {
    const grids = await fixtureGrids('phuc-dong-2020');
    const fake = createFakeExcel(grids);
    const model = modelOf(grids);
    await writeReport(fake.context, model);
    fake.resetStats();
    const second = await writeReport(fake.newContext(), model);
    expect(second.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
  });

  it('above maxRequestBytes the cells are split by rows, each request under the limit, same sheet as one batch', async () => {
    const grids = await fixtureGrids('duc-giang-2015-2020');
    const model = modelOf(grids);
    const whole = createFakeExcel(grids);
    const one = await writeReport(whole.context, model, { workbook: state(['Nhiệm kỳ 2015-2020']) });
    expect(one.syncs).toBe(1);

    // Formats and layout always go in the first batch; the cell rows are what is split.
    const limit = Math.round(whole.syncs[0].requestBytes * 0.6);
    const split = createFakeExcel(grids);
    const many = await writeReport(split.context, model, {
      workbook: state(['Nhiệm kỳ 2015-2020']),
      maxRequestBytes: limit,
    });
    expect(many.syncs).toBeGreaterThanOrEqual(2);
    expect(split.syncCount).toBe(many.syncs);
    for (const s of split.syncs) expect(s.requestBytes).toBeLessThan(limit * 1.1);
    expect(split.state.snapshot(many.sheetName)).toEqual(whole.state.snapshot(one.sheetName));
    expect(expectFiguresMatch(split.state, many.sheetName, model)).toBeGreaterThan(10);
  });

  it('a 300-indicator report under a 60 kB limit: many batches, none empty, none over the limit, same sheet', async () => {
    const grid = bigWorkbook(300);
    const model = modelOf([grid]);
    const whole = createFakeExcel([grid]);
    const one = await writeReport(whole.context, model, { workbook: state([grid.sheet]) });
    const split = createFakeExcel([grid]);
    const limit = 60_000;
    const parts: string[] = [];
    const many = await writeReport(split.context, model, {
      workbook: state([grid.sheet]),
      maxRequestBytes: limit,
      onBatch: (done, total) => parts.push(`${done}/${total}@${split.syncCount}`),
    });
    expect(many.syncs).toBeGreaterThan(3);
    // Told before each sync: part k of n while k - 1 syncs are done.
    expect(parts).toEqual(Array.from({ length: many.syncs }, (_, i) => `${i + 1}/${many.syncs}@${i}`));
    for (const [i, s] of split.syncs.entries()) {
      expect(s.actions, `sync ${i + 1}`).toBeGreaterThan(2);
      expect(s.requestBytes, `sync ${i + 1}`).toBeLessThanOrEqual(many.estimatedBytes[i]);
      expect(many.estimatedBytes[i], `sync ${i + 1}`).toBeLessThanOrEqual(limit);
    }
    expect(split.state.snapshot(many.sheetName)).toEqual(whole.state.snapshot(one.sheetName));
    expect(split.state.activeSheetId).toBe(split.state.sheet(many.sheetName).id);
  });

  it('the estimate of a batch is on the safe side of its measured size, and not far from it', async () => {
    const grids = await fixtureGrids('duc-giang-2015-2020');
    const fake = createFakeExcel(grids);
    const r = await writeReport(fake.context, modelOf(grids), { workbook: state(['Nhiệm kỳ 2015-2020']) });
    const measured = fake.syncs[0].requestBytes;
    expect(r.estimatedBytes[0]).toBeGreaterThanOrEqual(measured);
    expect(r.estimatedBytes[0]).toBeLessThan(measured * 2);
  });
});

describe('shared formulas in R1C1', () => {
  it('references become relative (or absolute with $); strings, sheet names, functions and numbers stay', () => {
    expect(toR1C1('=IFERROR(ROUND(E10/D10*100,1),"")', 9, 5)).toBe('=IFERROR(ROUND(RC[-1]/RC[-2]*100,1),"")');
    expect(toR1C1("='Chỉ tiêu 2020'!E8*100", 9, 4)).toBe("='Chỉ tiêu 2020'!R[-2]C*100");
    expect(toR1C1("='Bà O''Hara E1'!$E$8", 0, 0)).toBe("='Bà O''Hara E1'!R8C5");
    expect(toR1C1('=IF(E10="E10 D10","Đạt",LOG10(D10)+1E-3+0.000000001)', 9, 3)).toBe(
      '=IF(RC[1]="E10 D10","Đạt",LOG10(RC)+1E-3+0.000000001)',
    );
    expect(toR1C1('=AVERAGE(E10,H10:J10)', 9, 0)).toBe('=AVERAGE(RC[4],RC[7]:RC[9])');
    expect(toR1C1('=Sheet1!A1', 1, 1)).toBe('=Sheet1!R[-1]C[-1]');
  });

  it('anything it cannot be sure of is left in A1 (null)', () => {
    for (const f of [
      '=SUM(A:A)',
      '=MyName*2',
      '=Table1[Col]',
      '=SUM(5:9)',
      '={1,2}',
      '=#REF!+1',
      'E10',
      '=Dữliệu!A1',
    ]) {
      expect(toR1C1(f, 0, 0), f).toBeNull();
    }
  });

  it('a long report writes its repeated formulas once per run', async () => {
    const values: Grid['values'] = [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện']];
    for (let i = 0; i < 40; i++) values.push([i + 1, `Chỉ tiêu ${i + 1}`, 'Hộ', 10 + i, 12 + i]);
    const grid: Grid = { sheet: 'Nguồn', values };
    const model = modelOf([grid]);
    const plan = planSheet(model);
    expect(plan.sharedFormulas.length).toBeGreaterThan(0);
    for (const f of plan.sharedFormulas) expect(f.range.bottom - f.range.top).toBeGreaterThanOrEqual(2);
    const fake = createFakeExcel([grid]);
    const { sheetName } = await writeReport(fake.context, model, { workbook: state(['Nguồn']) });
    // The cells hold the same A1 formulas as the model.
    const sheet = fake.state.sheet(sheetName);
    for (const c of model.cells.filter((x) => x.formula)) {
      expect(sheet.content(c.row, c.col), `R${c.row + 1}C${c.col + 1}`).toMatchObject({
        kind: 'formula',
        formula: c.formula,
      });
    }
    expect(expectFiguresMatch(fake.state, sheetName, model)).toBeGreaterThan(100);
  });
});

describe('a compact write (few actions, few bytes) gives the same sheet', () => {
  /** Every cell of the model's block: the same formula, the same constant, or nothing. */
  function expectSheetIsModel(fake: ReturnType<typeof createFakeExcel>, sheetName: string, model: ReportSheetModel) {
    const sheet = fake.state.sheet(sheetName);
    const byCell = new Map(model.cells.map((c) => [`${c.row},${c.col}`, c]));
    for (let row = 0; row <= model.lastRow; row++)
      for (let col = 0; col <= model.lastCol; col++) {
        const c = byCell.get(`${row},${col}`);
        const got = sheet.content(row, col);
        const at = `R${row + 1}C${col + 1}`;
        if (c?.formula) {
          expect(got, at).toMatchObject({ kind: 'formula', formula: c.formula });
          expect(sheet.format(row, col)?.numberFormat ?? 'General', at).toBe(c.numberFormat ?? 'General');
        } else if (typeof c?.value === 'number') expect(got, at).toMatchObject({ kind: 'const', value: c.value });
        else if (typeof c?.value === 'string' && c.value !== '')
          expect(got, at).toMatchObject({ kind: 'const', value: c.value });
        else expect(got, at).toBeUndefined();
      }
  }

  it('term layout: shared formulas run over section rows and missing totals, which end up empty', async () => {
    const grid = bigTermWorkbook(200);
    const model = modelOf([grid]);
    const plan = planSheet(model);
    // One rectangle per figure column (or pair of columns), not one per section of 40 rows.
    expect(plan.sharedFormulas.length).toBeLessThanOrEqual(model.lastCol + 1);
    expect(plan.blanks.length).toBeGreaterThan(0);
    const fake = createFakeExcel([grid]);
    const { sheetName } = await writeReport(fake.context, model, { workbook: state([grid.sheet]) });
    expectSheetIsModel(fake, sheetName, model);
    expect(expectFiguresMatch(fake.state, sheetName, model)).toBeGreaterThan(1000);
  });

  it('sentence rows are sent as column A only; rows with nothing are not sent', () => {
    const model = modelOf([bigWorkbook(300)]);
    const plan = planSheet(model);
    const sentences = plan.cellBlocks[plan.cellBlocks.length - 1].range;
    expect(sentences).toMatchObject({ left: 0, right: 0, bottom: model.lastRow });
    expect(sentences.bottom - sentences.top).toBeGreaterThan(250);
    const sent = new Set(plan.cellBlocks.flatMap((b) => range(b.range.top, b.range.bottom)));
    const used = new Set(model.cells.filter((c) => cellInput(c) !== '').map((c) => c.row));
    for (const row of used) expect(sent.has(row), `row ${row + 1}`).toBe(true);
    expect(sent.size).toBeLessThan(model.lastRow + 1);
  });

  it('number formats alternating by unit go as one array; a uniform column as one format', () => {
    const plan = planSheet(modelOf([bigTermWorkbook(120)]));
    const { runs, arrays } = plan.numberFormats;
    expect(arrays.length + runs.length).toBeLessThan(40);
  });

  for (const name of ['giang-bien-giua-nhiem-ky-2020-2025', 'thuong-thanh-9-thang-2024-uoc-ca-nam']) {
    it(`${name}: the new columns (projection, outlook, elapsed, pace) are the model cell for cell, equal the engine, coloured amber where under way`, async () => {
      const grids = await fixtureGrids(name, OWN_FIXTURES);
      const model = modelOf(grids);
      const fake = createFakeExcel(grids);
      const { sheetName } = await writeReport(fake.context, model, { workbook: state(grids.map((g) => g.sheet)) });
      expectSheetIsModel(fake, sheetName, model);
      expect(expectFiguresMatch(fake.state, sheetName, model)).toBeGreaterThan(60);
      const sheet = fake.state.sheet(sheetName);
      const headers = model.cells.filter((c) => c.style === 'header');
      const columns = ['Khả năng hoàn thành', 'Dự báo cuối nhiệm kỳ', 'Tiến độ', 'Tiến độ thời gian (%)'];
      const newColumns = headers.filter((c) => columns.includes(String(c.value))).map((c) => c.col);
      expect(newColumns.length).toBe(2);
      for (const col of newColumns)
        expect(model.cells.filter((c) => c.col === col && c.formula).length).toBeGreaterThanOrEqual(7);
      // Each written rule has its tone's colours; amber marks Đang thực hiện and Có khả năng đạt.
      expect(sheet.conditional.length).toBe(model.conditional.reduce((n, c) => n + c.rules.length, 0));
      const amber = sheet.conditional.filter((r) => r.fontColor === '#9C5700' && r.fillColor === '#FFEB9C');
      const words = amber.map((r) => r.formula!.split('=').pop());
      expect(words).toContain('"Đang thực hiện"');
      if (name.startsWith('giang-bien')) expect(words).toContain('"Có khả năng đạt"');
    });
  }

  it('an annual report (alternating units, a figure missing) is the model cell for cell', async () => {
    const grid = bigWorkbook(120);
    grid.values[10] = [...grid.values[10].slice(0, 4), null, grid.values[10][5]];
    const model = modelOf([grid]);
    const fake = createFakeExcel([grid]);
    const { sheetName } = await writeReport(fake.context, model, { workbook: state([grid.sheet]) });
    expectSheetIsModel(fake, sheetName, model);
  });
});

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('planning', () => {
  it('the first free name, compared without case; (2), (3)… ; at most 31 characters', () => {
    expect(freeSheetName(['Chỉ tiêu 2020'], 'Báo cáo chỉ tiêu')).toBe('Báo cáo chỉ tiêu');
    expect(freeSheetName(['BÁO CÁO CHỈ TIÊU'], 'Báo cáo chỉ tiêu')).toBe('Báo cáo chỉ tiêu (2)');
    expect(freeSheetName(['Báo cáo chỉ tiêu', 'báo cáo chỉ tiêu (2)'], 'Báo cáo chỉ tiêu')).toBe(
      'Báo cáo chỉ tiêu (3)',
    );
    const long = 'Báo cáo kết quả thực hiện chỉ tiêu';
    expect(freeSheetName([long.slice(0, 31)], long)).toBe(`${long.slice(0, 27)} (2)`);
  });

  it('rectangles cover exactly the given cells', () => {
    const cells = [
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
      { row: 2, col: 1 },
      { row: 4, col: 3 },
    ];
    const rects = rectangles(cells);
    expect(rects).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 1, bottom: 2, right: 1 },
      { top: 4, left: 3, bottom: 4, right: 3 },
    ]);
  });

  it('a report of 12 indicators needs well under a hundred format requests', async () => {
    const plan = planSheet(modelOf(await fixtureGrids('phuc-dong-2020')));
    expect(plan.formats.length).toBeLessThan(100);
    // Single-row merges of the remarks become merge-across ranges.
    expect(plan.merges.some((m) => m.across && m.range.bottom > m.range.top)).toBe(true);
  });
});
