/**
 * The summary sheet's native chart (src/xlsx/chart.ts): its series read the sheet's own cells (the
 * names and the achievement % column of the first table, as the sheet's header names them), its
 * cached values are the sheet's, each bar has its row's status colour, and the package stays whole:
 * LibreOffice Calc opens the copy, keeps the chart when it saves it again, and prints it (its title
 * and its series' name are in the PDF; one start per format for all the workbooks). Without `soffice` the LibreOffice
 * part is skipped locally and fails in CI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings, shownText, type ReportSheetModel } from '../../src/core/report';
import { summaryChartSpec } from '../../src/core/report/sheetChart';
import { injectReportSheet } from '../../src/xlsx/inject';
import { entryText, readZip } from '../../src/xlsx/zip';
import { fixture } from '../fixtures/sources';
import type { Grid } from '../../src/core/grid';

const NAMES = [
  'phuc-dong-2020',
  'duc-giang-2015-2020',
  'giang-bien-giua-nhiem-ky-2020-2025',
  'thuong-thanh-9-thang-2024-uoc-ca-nam',
];
const hasTools = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
if (!hasTools && process.env.CI)
  throw new Error('LibreOffice and poppler-utils are required in CI: .ci/run installs them');

interface Made {
  model: ReportSheetModel;
  parts: Map<string, string>;
  bytes: Uint8Array;
}

async function withChart(name: string, chart?: boolean): Promise<Made> {
  const read = await readWorkbook(fixture(name));
  if (!read.ok) throw new Error(read.message);
  const run = runReport(read.grids);
  if (!run.ok) throw new Error(run.message);
  const model = buildReportModel(run.report, read.grids, defaultSheetSettings);
  const { bytes } = await injectReportSheet(readFileSync(fixture(name)), model, chart === undefined ? {} : { chart });
  return { model, bytes, parts: new Map(readZip(bytes).map((e) => [e.name, entryText(e)])) };
}

const chartPart = (m: Made) => [...m.parts].find(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n));

describe.each(NAMES)('the summary sheet chart of %s', (name) => {
  let m: Made;
  beforeAll(async () => {
    m = await withChart(name);
  }, 60_000);

  it('reads the names and the % column of the sheet, caching what the sheet shows', () => {
    const [, xml] = chartPart(m)!;
    expect(XMLValidator.validate(xml)).toBe(true);
    const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((x) => x[1]);
    // The % column: the header cell above the first referenced row names it.
    const [, col, first] = /!\$([A-Z]+)\$(\d+):/.exec(refs[1])!;
    const letters = (c: number) => String.fromCharCode(65 + c);
    const header = m.model.cells.filter(
      (c) => c.style === 'header' && letters(c.col) === col && c.row < Number(first) - 1,
    );
    expect(header.map(shownText).join(' ')).toMatch(/Tỷ lệ (TH\/KH|TH\/chỉ tiêu đề ra|nhiệm kỳ)/);
    const names = m.model.cells.filter((c) => c.col === 1 && c.row === Number(first) - 1).map(shownText);
    expect(xml).toContain(`<c:pt idx="0"><c:v>${names[0]}</c:v></c:pt>`);
    expect(refs[0]).toMatch(/^'Báo cáo chỉ tiêu'!\$B\$\d+:\$B\$\d+$/);
  });

  it('adds the drawing to the sheet before its notes drawing, with its rels and content types', () => {
    const sheet = [...m.parts].find(([n, x]) => n.startsWith('xl/worksheets/') && /<drawing r:id="[^"]+"\/>/.test(x));
    expect(sheet).toBeDefined();
    const xml = sheet![1];
    const id = /<drawing r:id="([^"]+)"\/>/.exec(xml)![1];
    const rels = m.parts.get(sheet![0].replace('worksheets/', 'worksheets/_rels/') + '.rels')!;
    expect(rels).toMatch(new RegExp(`Id="${id}" Type="[^"]*/drawing" Target="../drawings/drawing\\d+.xml"`));
    if (xml.includes('<legacyDrawing')) expect(xml.indexOf('<drawing ')).toBeLessThan(xml.indexOf('<legacyDrawing'));
    const types = m.parts.get('[Content_Types].xml')!;
    expect(types).toContain('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    expect(types).toContain('application/vnd.openxmlformats-officedocument.drawing+xml');
    for (const [part, xml] of m.parts)
      if (part.endsWith('.xml') || part.endsWith('.rels')) expect(XMLValidator.validate(xml), part).toBe(true);
  });
});

describe('the chart is on by default, and can be left out', () => {
  it('leaves the copy without a chart with chart: false', async () => {
    const m = await withChart('phuc-dong-2020', false);
    expect(chartPart(m)).toBeUndefined();
  }, 60_000);

  it('colours each bar by its row status: phuc-dong has no red bar, thuong-thanh has two', async () => {
    const colours = (model: ReportSheetModel) => summaryChartSpec(model)!.colours;
    const pd = await withChart('phuc-dong-2020', false);
    const tt = await withChart('thuong-thanh-9-thang-2024-uoc-ca-nam', false);
    expect(colours(pd.model).filter((c) => c === '9C0006')).toHaveLength(0);
    expect(colours(tt.model).filter((c) => c === '9C0006')).toHaveLength(2);
  }, 60_000);
});

/** A year's table of `n` indicators (plan and result), as a ward keeps it. */
function yearTable(n: number): Grid {
  const values: (string | number | null)[][] = [
    ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024'],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
  ];
  for (let i = 1; i <= n; i++)
    values.push([i, `Số hộ được hỗ trợ vay vốn tại tổ ${i}`, 'Hộ', 40 + i, i % 3 ? 45 + i : 30]);
  return { sheet: 'Năm 2024', values };
}

function modelOf(grid: Grid): ReportSheetModel {
  const run = runReport([grid]);
  if (!run.ok) throw new Error(run.message);
  return buildReportModel(run.report, [grid], defaultSheetSettings);
}

describe('a chart is drawn only for a table a reader can take in at a glance', () => {
  it('charts a table of 60 indicators, one bar each, and none of 61', () => {
    const sixty = summaryChartSpec(modelOf(yearTable(60)));
    expect(sixty?.categories).toHaveLength(60);
    expect(sixty?.categories[59]).toBe('Số hộ được hỗ trợ vay vốn tại tổ 60');
    expect(sixty?.values.every((v) => typeof v === 'number')).toBe(true);
    expect(summaryChartSpec(modelOf(yearTable(61)))).toBeNull();
  });

  it('gives a bar its row status colour: a row under plan is red, one over it green', () => {
    const spec = summaryChartSpec(modelOf(yearTable(6)))!;
    // Row 3 and 6 reach 30 of a plan of 43 and 46; the others 5 over their plan.
    expect(new Set([spec.colours[2], spec.colours[5]]).size).toBe(1);
    expect(spec.colours[2]).not.toBe(spec.colours[0]);
    expect(spec.title).toBe('Tỷ lệ thực hiện so với kế hoạch (%)');
  });
});

describe.skipIf(!hasTools)('LibreOffice Calc opens the copy with its chart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-chart-lo-'));
  const files = NAMES.map((n) => join(dir, `${n}.xlsx`));
  beforeAll(async () => {
    for (const [i, n] of NAMES.entries()) writeFileSync(files[i], (await withChart(n)).bytes);
    for (const format of ['pdf', 'xlsx']) {
      const lo = spawnSync(
        'soffice',
        ['--headless', '--calc', '--convert-to', format, '--outdir', join(dir, format), ...files],
        { encoding: 'utf8', timeout: 240_000, env: { ...process.env, HOME: dir } },
      );
      if (lo.status !== 0) throw new Error(lo.stderr);
    }
  }, 300_000);

  it.each(NAMES)('%s: saved again by LibreOffice, the chart still reads the sheet', (name) => {
    const parts = new Map(readZip(readFileSync(join(dir, 'xlsx', `${name}.xlsx`))).map((e) => [e.name, entryText(e)]));
    const chart = [...parts].find(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(chart, 'no chart part after LibreOffice saved the copy').toBeDefined();
    const refs = [...chart![1].matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((x) => x[1].replace(/&apos;/g, "'"));
    expect(refs).toContainEqual(expect.stringMatching(/^'Báo cáo chỉ tiêu'!\$B\$\d+:\$B\$\d+$/));
  });

  // LibreOffice leaves out the 100% line (a series of literal values, `c:numLit`, which Excel draws).
  it.each(NAMES)('%s: printed, the chart shows its title and its series', (name) => {
    const text = spawnSync('pdftotext', [join(dir, 'pdf', `${name}.pdf`), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toMatch(/Tỷ lệ thực hiện so với kế hoạch \(%\)|Tiến độ thực hiện các chỉ tiêu nhiệm kỳ \(%\)/);
    expect(text).toContain('Tỷ lệ thực hiện (%)');
  });
});
