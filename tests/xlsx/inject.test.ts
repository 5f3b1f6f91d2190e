/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not office-js proxies */
/**
 * The injector (src/xlsx): the summary sheet is added to the input's own package, every other
 * part staying byte for byte as it was; the sheet reads back (ExcelJS) as its model says; a second
 * run replaces chitieu's sheet and never a user's sheet of that name.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { OWN_SHEET_MARK } from '../../src/core/sheetName';
import { injectReportSheet } from '../../src/xlsx/inject';
import { referencedSheets } from '../../src/xlsx/ownSheets';
import { relativeTarget } from '../../src/xlsx/rels';
import { decodeEntities } from '../../src/xlsx/xml';
import { expectSheetMatchesModel, loadWorkbook, modelOf, records, unzip, WORKBOOKS } from './helpers';

/** The package parts the injector edits (in these workbooks). */
const EDITED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);
const NAME = 'Báo cáo chỉ tiêu';

describe.each(WORKBOOKS)('injecting the summary sheet into %s', (_name, path) => {
  it('keeps every other part byte for byte, and the edited lists only grow', async () => {
    const { bytes, model } = await modelOf(path);
    const out = await injectReportSheet(bytes, model);
    const before = await unzip(bytes);
    const after = await unzip(out.bytes);
    for (const [part, content] of before) {
      expect(after.has(part), part).toBe(true);
      if (!EDITED.has(part)) expect(Buffer.compare(after.get(part)!, content), part).toBe(0);
    }
    const added = [...after.keys()].filter((p) => !before.has(p)).sort();
    expect(added).toEqual(expect.arrayContaining([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]));
    // Existing style records keep their indices: the old lists are prefixes of the new ones.
    const [oldStyles, newStyles] = [before.get('xl/styles.xml')!.toString(), after.get('xl/styles.xml')!.toString()];
    for (const [list, item] of [
      ['numFmts', 'numFmt'],
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['borders', 'border'],
      ['cellXfs', 'xf'],
      ['dxfs', 'dxf'],
    ]) {
      const [was, now] = [records(oldStyles, list, item), records(newStyles, list, item)];
      expect(now.slice(0, was.length), list).toEqual(was);
      expect(newStyles, list).toMatch(new RegExp(`<${list} count="${now.length}"`));
    }
    // The user's sheets still use the same style indices.
    const oldBook = await loadWorkbook(bytes);
    const newBook = await loadWorkbook(out.bytes);
    for (const ws of oldBook.worksheets) {
      const copy = newBook.getWorksheet(ws.name)!;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const other = copy.getCell(cell.address);
          expect(other.style, `${ws.name}!${cell.address}`).toEqual(cell.style);
        }),
      );
    }
  });

  it('the new sheet reads back in ExcelJS as the model says, marked as chitieu’s own', async () => {
    const { bytes, model } = await modelOf(path);
    const out = await injectReportSheet(bytes, model);
    expect(out.sheetName).toBe(NAME);
    const wb = await loadWorkbook(out.bytes);
    const original = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...original.worksheets.map((w) => w.name), NAME]);
    expectSheetMatchesModel(wb.getWorksheet(NAME)!, model);
    expect(wb.definedNames.getRanges(OWN_SHEET_MARK).ranges).toEqual([`'${NAME}'!$A$1`]);
  });

  it('a second run on its own output replaces its sheet: one summary sheet, same parts', async () => {
    const { bytes, model } = await modelOf(path);
    const first = await injectReportSheet(bytes, model);
    const second = await injectReportSheet(first.bytes, model);
    expect(second.sheetName).toBe(NAME);
    const [a, b] = [await unzip(first.bytes), await unzip(second.bytes)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [part, content] of a) {
      if (!/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml)$|^\[Content_Types\]\.xml$/.test(part)) {
        expect(Buffer.compare(b.get(part)!, content), part).toBe(0);
      }
    }
    const workbookXml = b.get('xl/workbook.xml')!.toString();
    expect(workbookXml.match(/<sheet\b/g)?.length).toBe((await loadWorkbook(bytes)).worksheets.length + 1);
    expect(workbookXml.match(/name="chitieu\.BaoCao"/g)?.length).toBe(1);
    expect(workbookXml.match(/name="_xlnm\.Print_Titles"/g)?.length ?? 0).toBe(model.print.titleRows ? 1 : 0);
    const types = b.get('[Content_Types].xml')!.toString();
    for (const part of b.keys()) {
      if (/\.xml$/.test(part) && /worksheets\/sheet|comments/.test(part))
        expect(types, part).toContain(`PartName="/${part}"`);
    }
    expect(types.match(/PartName="\/xl\/worksheets\/sheet/g)?.length).toBe(workbookXml.match(/<sheet\b/g)?.length);
    const wb = await loadWorkbook(second.bytes);
    expectSheetMatchesModel(wb.getWorksheet(NAME)!, model);
  });
});

describe("a user's sheet named like the summary sheet", () => {
  it('is never touched: the summary takes "(2)", and keeps it on the next run', async () => {
    const { bytes: fixture, model } = await modelOf(WORKBOOKS[0][1]);
    const wb = await loadWorkbook(fixture);
    wb.addWorksheet(NAME).getCell('A1').value = 'Ghi chép của người dùng';
    wb.addWorksheet('BÁO CÁO CHỈ TIÊU (3)');
    const input = Buffer.from(await wb.xlsx.writeBuffer());
    const first = await injectReportSheet(input, model);
    expect(first.sheetName).toBe(`${NAME} (2)`);
    const second = await injectReportSheet(first.bytes, model);
    expect(second.sheetName).toBe(`${NAME} (2)`);
    const before = await unzip(input);
    const after = await unzip(second.bytes);
    for (const [part, content] of before)
      if (!/workbook\.xml|styles\.xml|Content_Types/.test(part))
        expect(Buffer.compare(after.get(part)!, content), part).toBe(0);
    const back = await loadWorkbook(second.bytes);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu 2020', NAME, 'BÁO CÁO CHỈ TIÊU (3)', `${NAME} (2)`]);
    expect(back.getWorksheet(NAME)!.getCell('A1').value).toBe('Ghi chép của người dùng');
    expectSheetMatchesModel(back.getWorksheet(`${NAME} (2)`)!, { ...model, name: `${NAME} (2)` });
  });
});

describe('replacing sheets in the middle of the workbook', () => {
  it('drops names local to the removed sheets, shifts later localSheetIds and the active tab', async () => {
    const { model } = await modelOf(WORKBOOKS[0][1]);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Dữ liệu').getCell('A1').value = 1;
    const own1 = wb.addWorksheet(NAME);
    own1.getCell('A1').value = 'cũ';
    own1.pageSetup.printArea = 'A1:B2';
    wb.addWorksheet('BC cũ').getCell('A1').value = 'cũ 2';
    const notes = wb.addWorksheet('Ghi chú');
    notes.getCell('A1').value = 'giữ';
    notes.pageSetup.printArea = 'A1:C3';
    wb.definedNames.add(`'${NAME}'!$A$1`, OWN_SHEET_MARK);
    wb.definedNames.add(`'BC cũ'!$A$1`, OWN_SHEET_MARK);
    wb.definedNames.add(`'BC cũ'!$B$2`, 'TroVaoBCcu');
    wb.definedNames.add(`'${NAME}'!$B$2`, 'TroVaoBaoCao');
    wb.definedNames.add(`'Ghi chú'!$A$1`, 'GhiChu');
    wb.views = [{ activeTab: 3, firstSheet: 0, visibility: 'visible', x: 0, y: 0, width: 10000, height: 20000 }];
    const input = Buffer.from(await wb.xlsx.writeBuffer());

    const out = await injectReportSheet(input, model);
    const files = await unzip(out.bytes);
    const xml = files.get('xl/workbook.xml')!.toString();
    const sheets = [...xml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(['Dữ liệu', NAME, 'Ghi chú']);
    const names = [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)</g)].map(
      (m) =>
        `${/name="([^"]*)"/.exec(m[1])![1]}@${/localSheetId="(\d+)"/.exec(m[1])?.[1] ?? '-'}=${decodeEntities(m[2])}`,
    );
    expect(names.sort()).toEqual(
      [
        `GhiChu@-='Ghi chú'!$A$1`,
        // A name pointing into the replaced sheet is kept: the new sheet has its name.
        `TroVaoBaoCao@-='${NAME}'!$B$2`,
        // Local to the fourth sheet (3), now the third; ExcelJS writes print areas as `$A1:$C3`.
        `_xlnm.Print_Area@2='Ghi chú'!$A1:$C3`,
        `${OWN_SHEET_MARK}@-='${NAME}'!$A$1`,
        `_xlnm.Print_Titles@1='${NAME}'!$${model.print.titleRows!.top + 1}:$${model.print.titleRows!.bottom + 1}`,
      ].sort(),
    );
    expect(xml).toMatch(/activeTab="2"/);
    expect(Object.keys(Object.fromEntries(files)).filter((p) => /worksheets\/sheet\d+\.xml$/.test(p))).toHaveLength(3);
    const back = await loadWorkbook(out.bytes);
    expect(back.getWorksheet('Ghi chú')!.pageSetup.printArea).toBe('A1:C3');
    expectSheetMatchesModel(back.getWorksheet(NAME)!, model);
  });
});

describe('a copy Excel has saved since', () => {
  it("drops the calculation chain that lists the replaced sheet's formula cells, and only then", async () => {
    const { bytes, model } = await modelOf(WORKBOOKS[0][1]);
    const first = await injectReportSheet(bytes, model);
    // As Excel saves it: a calcChain part listing the summary sheet's formulas (sheet id 2).
    const zip = await JSZip.loadAsync(first.bytes);
    zip.file(
      'xl/calcChain.xml',
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D10" i="2" l="1"/><c r="E10"/></calcChain>',
    );
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const saved = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

    const second = await unzip((await injectReportSheet(saved, model)).bytes);
    expect(second.has('xl/calcChain.xml')).toBe(false);
    expect(second.get('xl/_rels/workbook.xml.rels')!.toString()).not.toContain('calcChain');
    expect(second.get('[Content_Types].xml')!.toString()).not.toContain('calcChain');
    // Without a sheet to replace, the chain stays.
    const plain = await JSZip.loadAsync(saved);
    const markless = (await plain.file('xl/workbook.xml')!.async('string')).replace(
      /<definedName name="chitieu\.BaoCao">[^<]*<\/definedName>/,
      '',
    );
    plain.file('xl/workbook.xml', markless);
    const kept = await unzip((await injectReportSheet(await plain.generateAsync({ type: 'nodebuffer' }), model)).bytes);
    expect(kept.has('xl/calcChain.xml')).toBe(true);
  });
});

describe('references and targets', () => {
  it('reads the sheets a defined name points at', () => {
    expect(referencedSheets(`'Báo cáo chỉ tiêu'!$A$1,'Bà O''Hara'!B2,Data!C3:D4`)).toEqual([
      'Báo cáo chỉ tiêu',
      "Bà O'Hara",
      'Data',
    ]);
    expect(referencedSheets('"x!y"&Sheet1!A1')).toEqual(['Sheet1']);
  });

  it('writes relative relationship targets', () => {
    expect(relativeTarget('xl/worksheets/sheet2.xml', 'xl/comments1.xml')).toBe('../comments1.xml');
    expect(relativeTarget('xl/worksheets/sheet2.xml', 'xl/drawings/vmlDrawing1.vml')).toBe(
      '../drawings/vmlDrawing1.vml',
    );
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet2.xml')).toBe('worksheets/sheet2.xml');
  });
});
