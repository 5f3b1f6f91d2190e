/**
 * Bad input gets from the pipeline the one Vietnamese line the command line prints for it (the CLI
 * run as a black box, `node bin/chitieu.js`): a text file renamed .xlsx, a zip protected by a
 * password with a zip tool (ZipCrypto), a renamed .docx. And where the page has no fallback for a
 * file only ExcelJS reads or writes, a Vietnamese refusal, never an English crash.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookBytes } from '../../src/workbookFile/read';
import { reportWorkbookFile } from '../../src/workbookFile/report';
import { reportCopy } from '../../src/workbookFile/write';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { makeTempDir, nonEmptyLines, runCli, VIETNAMESE_LETTER } from '../cli/harness';
import { fixture } from '../fixtures/sources';

const dir = makeTempDir();
const hasZip = spawnSync('zip', ['-v']).status === 0;

/** The CLI's one line on stderr for `input`. */
function cliRefusal(input: string): string {
  const run = runCli(['report', input]);
  expect(run.status).toBe(2);
  const lines = nonEmptyLines(run.stderr);
  expect(lines).toHaveLength(1);
  return lines[0];
}

async function pipelineRefusal(path: string): Promise<string> {
  const out = await reportWorkbookFile(new Uint8Array(readFileSync(path)), path.slice(path.lastIndexOf('/') + 1));
  if (out.ok) throw new Error('the pipeline did not refuse');
  return out.message;
}

describe('the page refuses bad files with the command line’s line', () => {
  it('a text file renamed .xlsx', async () => {
    const path = join(dir, 'ghi-chu.xlsx');
    writeFileSync(path, 'Chỉ tiêu,Kế hoạch,Thực hiện\nThu ngân sách,100,120\n');
    expect(await pipelineRefusal(path)).toBe(cliRefusal(path));
    expect(await pipelineRefusal(path)).toContain('không phải là sổ Excel .xlsx');
  });

  it.skipIf(!hasZip)('a workbook zipped again with a password by a zip tool (ZipCrypto)', async () => {
    const parts = join(dir, 'parts');
    mkdirSync(parts, { recursive: true });
    const zip = await JSZip.loadAsync(readFileSync(fixture('phuc-dong-2020')));
    for (const [name, file] of Object.entries(zip.files)) {
      if (file.dir) continue;
      mkdirSync(join(parts, name, '..'), { recursive: true });
      writeFileSync(join(parts, name), await file.async('nodebuffer'));
    }
    const path = join(dir, 'co-mat-khau.xlsx');
    const made = spawnSync('zip', ['-q', '-r', '-P', 'matkhau', path, '.'], { cwd: parts });
    expect(made.status).toBe(0);
    expect(await pipelineRefusal(path)).toBe(cliRefusal(path));
    expect(await pipelineRefusal(path)).toContain('được đặt mật khẩu');
  });

  it('a Word document renamed .xlsx', async () => {
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    docx.file('word/document.xml', '<w:document xmlns:w="urn:w"/>');
    const path = join(dir, 'van-ban.xlsx');
    writeFileSync(path, await docx.generateAsync({ type: 'nodebuffer' }));
    expect(await pipelineRefusal(path)).toBe(cliRefusal(path));
  });
});

describe('without the host’s fallback, a Vietnamese refusal', () => {
  let cdata: Uint8Array;
  beforeAll(async () => {
    // A header cell's text in a CDATA section: markup the package reader leaves to ExcelJS.
    const zip = await JSZip.loadAsync(readFileSync(fixture('phuc-dong-2020')));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const patched = sheet.replace('t="inlineStr"><is><t>STT</t></is></c>', 't="str"><v><![CDATA[STT]]></v></c>');
    expect(patched).not.toBe(sheet);
    zip.file('xl/worksheets/sheet1.xml', patched);
    cdata = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  });

  it('a package only the fallback reads: refused in Vietnamese; read with the CLI’s fallback', async () => {
    const without = await readWorkbookBytes(cdata, 'cdata.xlsx');
    expect(without).toMatchObject({ ok: false, code: 'unusual-markup' });
    expect(!without.ok && without.message).toMatch(VIETNAMESE_LETTER);
    const withFallback = await readWorkbookBytes(cdata, 'cdata.xlsx', READ_FALLBACK);
    expect(withFallback.ok && withFallback.grids[0].sheet).toBe('Chỉ tiêu 2020');
  });

  it('a package the injector cannot edit (no styles part): the copy refused in Vietnamese', async () => {
    const zip = await JSZip.loadAsync(readFileSync(fixture('phuc-dong-2020')));
    zip.remove('xl/styles.xml');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, ''));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const read = await readWorkbookBytes(bytes, 'khong-kieu.xlsx');
    if (!read.ok) throw new Error(read.message);
    const run = runReport(read.grids);
    if (!run.ok) throw new Error(run.message);
    const model = buildReportModel(run.report, read.grids, defaultSheetSettings);
    const copy = await reportCopy({ bytes, name: 'khong-kieu.xlsx' }, model);
    expect(copy).toMatchObject({ ok: false, code: 'copy-failed' });
    expect(!copy.ok && copy.message).toContain('Không ghi được bản sao của sổ khong-kieu.xlsx');
  });
});
