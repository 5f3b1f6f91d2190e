/**
 * `chitieu report -o` writes the copy by injecting the summary sheet into the input's package: the user's
 * parts come out byte for byte; a package the injector cannot edit goes through ExcelJS instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { REBUILT_NOTICE } from '../../src/workbookFile/write';
import { FIXTURES, makeTempDir } from './harness';

async function files(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

describe('the copy through the injector', () => {
  it("copies the user's parts byte for byte and adds the summary sheet", async () => {
    const input = join(FIXTURES, 'duc-giang-2015-2020.xlsx');
    const read = await readWorkbook(input);
    if (!read.ok) throw new Error(read.message);
    const out = join(makeTempDir(), 'ket-qua.xlsx');
    const outcome = await reportCommand({ input, output: out, json: null });
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.notice).toBeUndefined();
    const [before, after] = [await files(input), await files(out)];
    for (const part of [
      'xl/worksheets/sheet1.xml',
      'xl/theme/theme1.xml',
      'docProps/app.xml',
      'docProps/core.xml',
      '_rels/.rels',
    ]) {
      expect(Buffer.compare(after.get(part)!, before.get(part)!), part).toBe(0);
    }
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.map((w) => w.name)).toEqual([...read.grids.map((g) => g.sheet), 'Báo cáo chỉ tiêu']);
  });

  it('falls back to ExcelJS for a package it cannot edit (here: no styles part), and says so', async () => {
    const dir = makeTempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chỉ tiêu 2020');
    [
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
      [2, 'Chi ngân sách', 'Triệu đồng', 18200, 18200],
    ].forEach((r) => ws.addRow(r));
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.remove('xl/styles.xml');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, ''));
    const input = join(dir, 'khong-kieu.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const out = join(dir, 'ket-qua.xlsx');
    expect(await reportCommand({ input, output: out, json: null })).toMatchObject({ ok: true, notice: REBUILT_NOTICE });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
    expect(back.definedNames.getRanges('chitieu.BaoCao').ranges).toEqual(["'Báo cáo chỉ tiêu'!$A$1"]);
  });
});
