/**
 * What the file pipeline (`reportWorkbookFile`, which the command line and the web page both run)
 * tells the user besides the report: the TCVN3 notice, an `.xls`/`.ods` converted (named `.xlsx`,
 * with the conversion notice the command line prints too), and an old format where the host handed
 * no converter (one Vietnamese refusal). The same settings in every host: tests/settings.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as SheetJS from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/main';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { WRITE_FALLBACK } from '../../src/cli/writeResults';
import { reportWorkbookFile, type FileReport } from '../../src/workbookFile/report';
import { fixture } from '../fixtures/sources';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CLI_FALLBACK = { ...READ_FALLBACK, ...WRITE_FALLBACK };

async function pipeline(path: string): Promise<FileReport> {
  const out = await reportWorkbookFile(new Uint8Array(readFileSync(path)), basename(path), {
    docx: true,
    fallback: CLI_FALLBACK,
  });
  if (!out.ok) throw new Error(out.message);
  return out;
}

describe('the notices of a run', () => {
  it('the TCVN3 workbook: its notice is the engine’s, the one the command line prints', async () => {
    const page = await pipeline(fixture('ngoc-thuy-2012-tcvn3'));
    expect(page.notices.join('\n')).toMatch(/TCVN3/);
    expect(page.notices).toEqual(page.report.notices ?? []);
  });
});

describe('old formats go through the same path', () => {
  const made: Record<string, string> = {};
  beforeAll(() => {
    // SheetJS writes the old formats in-process (LibreOffice makes them too, in tests/cli/oldFormats).
    const book = SheetJS.read(readFileSync(fixture('phuc-dong-2020')), { type: 'buffer', cellNF: true });
    for (const [kind, bookType] of [
      ['xls', 'biff8'],
      ['ods', 'ods'],
    ] as const) {
      made[kind] = join(dir, `phuc-dong-2020.${kind}`);
      writeFileSync(made[kind], SheetJS.write(book, { type: 'buffer', bookType }) as Buffer);
    }
  });

  for (const kind of ['xls', 'ods'] as const) {
    it(`.${kind}: the copy is named .xlsx, with the conversion notice the command line prints`, async () => {
      const page = await pipeline(made[kind]);
      const cli = await reportCommand({ input: made[kind], output: join(dir, `${kind}.xlsx`), json: null });
      if (!cli.ok) throw new Error(cli.message);
      expect(page.convertedFrom).toBe(kind);
      expect(page.xlsxName).toBe('phuc-dong-2020 - chitieu.xlsx');
      expect(page.docxName).toBe('phuc-dong-2020 - chitieu.docx');
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
