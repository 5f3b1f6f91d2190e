/**
 * The web page and the command line share one pipeline over bytes (`reportWorkbookFile`): for the
 * same workbook and the same options it gives the exact bytes `chitieu report IN -o OUT --docx D`
 * writes, on the bundled sample, every fixture (the TCVN3 one too) and an .xls / .ods made from one.
 * Both runs happen at the same frozen time: the date line of the header and the zip entries' dates
 * are the only clock-dependent bytes.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as SheetJS from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportCommand, SAMPLE_WORKBOOK, type ReportOptions } from '../../src/cli/main';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { WRITE_FALLBACK } from '../../src/cli/writeResults';
import { toReportJson } from '../../src/core/index';
import { reportWorkbookFile, type FileReport } from '../../src/workbookFile/report';
import { FIXTURES_DIR } from '../fixtures/sources';
import { entryText, readZip } from '../../src/xlsx/zip';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-file-'));
const CLI_FALLBACK = { ...READ_FALLBACK, ...WRITE_FALLBACK };
const HEADER = {
  issuingBody: 'Đảng ủy phường Phúc Đồng',
  superiorBody: 'Đảng bộ quận Long Biên',
  bodyType: 'state',
} as const;

const FIXTURE_FILES = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .map((f) => join(FIXTURES_DIR, f));

/** What `chitieu report input -o … --docx …` writes, run in this process at the frozen time. */
async function cliOutputs(input: string, header: Partial<ReportOptions> = {}) {
  const tag = basename(input).replace(/\W+/g, '-');
  const options: ReportOptions = {
    input,
    output: join(dir, `${tag}.xlsx`),
    docx: join(dir, `${tag}.docx`),
    json: join(dir, `${tag}.json`),
    ...header,
  };
  const outcome = await reportCommand(options);
  if (!outcome.ok) throw new Error(outcome.message);
  return {
    xlsx: new Uint8Array(readFileSync(options.output!)),
    docx: new Uint8Array(readFileSync(options.docx!)),
    json: readFileSync(options.json!, 'utf8'),
    notice: outcome.notice,
  };
}

async function pipeline(path: string, sheetSettings = {}): Promise<FileReport> {
  const out = await reportWorkbookFile(new Uint8Array(readFileSync(path)), basename(path), {
    docx: true,
    sheetSettings,
    fallback: CLI_FALLBACK,
  });
  if (!out.ok) throw new Error(out.message);
  return out;
}

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 1, 9, 30, 0));
});
afterAll(() => vi.useRealTimers());

describe('the page gets the bytes the command line writes', () => {
  it('there are fixtures to compare, the TCVN3 one among them', () => {
    expect(FIXTURE_FILES.length).toBeGreaterThanOrEqual(6);
    expect(FIXTURE_FILES.some((f) => f.includes('tcvn3'))).toBe(true);
  });

  for (const path of [SAMPLE_WORKBOOK, ...FIXTURE_FILES]) {
    it(`${basename(path)}: the same .xlsx, .docx and report as -o / --docx / --json`, async () => {
      const cli = await cliOutputs(path);
      const page = await pipeline(path);
      expect(Buffer.compare(page.xlsx, cli.xlsx)).toBe(0);
      expect(Buffer.compare(page.docx!, cli.docx)).toBe(0);
      expect(`${JSON.stringify(toReportJson(page.report), null, 2)}\n`).toBe(cli.json);
      expect(page.xlsxName).toBe(`${basename(path, '.xlsx')} - chitieu.xlsx`);
      expect(page.docxName).toBe(`${basename(path, '.xlsx')} - chitieu.docx`);
    });
  }

  it('with a header (issuing body, superior, state style), still the same bytes', async () => {
    const path = FIXTURE_FILES.find((f) => f.includes('phuc-dong'))!;
    const cli = await cliOutputs(path, HEADER);
    const page = await pipeline(path, HEADER);
    expect(Buffer.compare(page.xlsx, cli.xlsx)).toBe(0);
    expect(Buffer.compare(page.docx!, cli.docx)).toBe(0);
    // The header reached the sheet: the issuing body in capitals, as the state style writes it.
    const sheet = readZip(page.xlsx).find(
      (e) => /worksheets\/sheet\d+\.xml$/.test(e.name) && entryText(e).includes('PHÚC ĐỒNG'),
    );
    expect(sheet).toBeDefined();
  });

  it('the TCVN3 workbook: its notice is the one the command line prints', async () => {
    const path = FIXTURE_FILES.find((f) => f.includes('tcvn3'))!;
    const page = await pipeline(path);
    expect(page.notices.join('\n')).toMatch(/TCVN3/);
    expect(page.notices).toEqual(page.report.notices ?? []);
  });
});

describe('old formats go through the same path', () => {
  const source = FIXTURE_FILES.find((f) => f.includes('phuc-dong'))!;
  const made: Record<string, string> = {};
  beforeAll(() => {
    // SheetJS writes the old formats in-process (LibreOffice makes them too, in tests/cli/oldFormats).
    const book = SheetJS.read(readFileSync(source), { type: 'buffer', cellNF: true });
    for (const [kind, bookType] of [
      ['xls', 'biff8'],
      ['ods', 'ods'],
    ] as const) {
      made[kind] = join(dir, `phuc-dong-2020.${kind}`);
      writeFileSync(made[kind], SheetJS.write(book, { type: 'buffer', bookType }) as Buffer);
    }
  });

  for (const kind of ['xls', 'ods'] as const) {
    it(`.${kind}: the same .xlsx and .docx as the command line, named .xlsx, with the conversion notice`, async () => {
      const cli = await cliOutputs(made[kind]);
      const page = await pipeline(made[kind]);
      expect(Buffer.compare(page.xlsx, cli.xlsx)).toBe(0);
      expect(Buffer.compare(page.docx!, cli.docx)).toBe(0);
      expect(page.xlsxName).toBe('phuc-dong-2020 - chitieu.xlsx');
      expect(page.notices.at(-1)).toBe(cli.notice);
      expect(page.notices.at(-1)).toContain(`sổ .${kind} đã được chuyển sang .xlsx`);
    });

    it(`.${kind} without a converter handed in: one Vietnamese refusal, no crash`, async () => {
      const out = await reportWorkbookFile(new Uint8Array(readFileSync(made[kind])), `so.${kind}`);
      expect(out).toMatchObject({ ok: false, code: 'no-converter' });
      expect(!out.ok && out.message).toContain(`Tệp so.${kind} ở định dạng .${kind}`);
    });
  }
});
