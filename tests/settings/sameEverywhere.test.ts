/**
 * One settings mapping for every host: the same settings given to the command line (its flags),
 * to the web page (its form, run through the worker's pipeline `reportWorkbookFile`) and to the
 * add-in (the pane's run on the fake Excel host) give the same sentences, the same header and the
 * same summary sheet — with the issuing body typed and the unit left empty, and with nothing typed
 * (the header then comes from the workbook's own title block).
 */
/// <reference types="office-js" />
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { WRITE_FALLBACK } from '../../src/cli/writeResults';
import type { ModelCell } from '../../src/core/report';
import { generateReport } from '../../src/excel/runInExcel';
import { defaultUserSettings } from '../../src/settings';
import type { PaneSettings } from '../../src/taskpane/state';
import type { RunOptions } from '../../src/web/protocol';
import { reportWorkbookFile, type FileReport } from '../../src/workbookFile/report';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { expectFiguresMatch, fixtureGrids } from '../excel/helpers';
import { fixture } from '../fixtures/sources';

const TODAY = new Date(2020, 11, 15, 9, 30);
const dir = mkdtempSync(join(tmpdir(), 'chitieu-settings-'));

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
});
afterAll(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});
let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

interface Case {
  name: string;
  workbook: string;
  /** The CLI's flags and the form's fields for the same settings. */
  flags: string[];
  form: Partial<PaneSettings>;
  header: string[];
  /** Words the first sentence has. */
  overview: RegExp;
}

const CASES: Case[] = [
  {
    name: 'issuing body and superior typed, unit left empty',
    workbook: 'phuc-dong-2020',
    flags: ['--don-vi', 'Đảng ủy phường Phúc Đồng', '--cap-tren', 'Đảng bộ quận Long Biên'],
    form: { issuingBody: 'Đảng ủy phường Phúc Đồng', superiorBody: 'Đảng bộ quận Long Biên' },
    header: [
      'ĐẢNG BỘ QUẬN LONG BIÊN',
      'ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Phúc Đồng, ngày 15 tháng 12 năm 2020',
    ],
    overview: /^Năm 2020 phường Phúc Đồng được quận giao/,
  },
  {
    name: 'nothing typed, a UBND workbook: the state header from its title block',
    workbook: 'thuong-thanh-9-thang-2024-uoc-ca-nam',
    flags: [],
    form: {},
    header: [
      'UBND QUẬN LONG BIÊN',
      'UBND PHƯỜNG THƯỢNG THANH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thượng Thanh, ngày 15 tháng 12 năm 2020',
    ],
    overview: /^Chín tháng đầu năm 2024, phường thực hiện/,
  },
];

/** The sheet's texts that are not formulas, by place: header, title, names, sentences. */
function modelTexts(cells: ModelCell[]): string[] {
  return cells
    .filter((c) => !c.formula && typeof c.value === 'string' && c.value !== '')
    .map((c) => `${c.row},${c.col} ${String(c.value)}`)
    .sort();
}

async function cliRun(c: Case) {
  const out = join(dir, `${c.workbook}.xlsx`);
  const docx = join(dir, `${c.workbook}.docx`);
  const json = join(dir, `${c.workbook}.json`);
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const code = await main(['report', fixture(c.workbook), '-o', out, '--docx', docx, '--json', json, ...c.flags]);
  stdout.mockRestore();
  expect(code).toBe(0);
  return {
    xlsx: readFileSync(out),
    docx: readFileSync(docx),
    narrative: (JSON.parse(readFileSync(json, 'utf8')) as { narrative: string[] }).narrative,
  };
}

/** What the page's worker runs: the form's settings as `WebApp` hands them over. */
async function pageRun(c: Case): Promise<FileReport> {
  const form: PaneSettings = { ...defaultUserSettings, excludedTables: [], ...c.form };
  const options: RunOptions = { settings: form };
  const bytes = new Uint8Array(readFileSync(fixture(c.workbook)));
  const r = await reportWorkbookFile(bytes, basename(fixture(c.workbook)), {
    ...options,
    docx: true,
    fallback: { ...READ_FALLBACK, ...WRITE_FALLBACK },
  });
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** The pane's run on the fake host, with the same form. */
async function addinRun(c: Case) {
  const fake = createFakeExcel(await fixtureGrids(c.workbook));
  const form: PaneSettings = { ...defaultUserSettings, excludedTables: [], ...c.form };
  const r = await generateReport(fake.newContext(), form, undefined, { today: TODAY });
  if (!r.ok) throw new Error(r.message);
  const sheet = fake.state.sheet(r.sheetName);
  const texts: string[] = [];
  sheet.forEachCell((row, col, cell) => {
    if (cell.kind === 'const' && typeof cell.value === 'string' && cell.value !== '')
      texts.push(`${row},${col} ${cell.value}`);
  });
  return { r, fake, texts: texts.sort() };
}

describe('the same settings give the same report in the CLI, the page and the add-in', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.workbook})`, async () => {
      const cli = await cliRun(c);
      const page = await pageRun(c);
      const addin = await addinRun(c);

      // The sentences.
      expect(page.report.narrative).toEqual(cli.narrative);
      expect(addin.r.report.narrative).toEqual(cli.narrative);
      expect(cli.narrative[0]).toMatch(c.overview);

      // The header, the title, the names and the sentences of the sheet, cell by cell.
      const header = page.model.cells.filter((m) => m.row <= 2 && typeof m.value === 'string' && m.value !== '');
      expect(header.map((m) => m.value)).toEqual(expect.arrayContaining(c.header));
      expect(addin.texts).toEqual(modelTexts(page.model.cells));

      // The sheet's figures in the add-in, and the CLI's files, byte for byte the page's.
      expect(expectFiguresMatch(addin.fake.state, addin.r.sheetName, page.model)).toBeGreaterThan(5);
      expect(Buffer.compare(cli.xlsx, page.xlsx)).toBe(0);
      expect(Buffer.compare(cli.docx, page.docx!)).toBe(0);
    });
  }
});
