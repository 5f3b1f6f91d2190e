/**
 * What an ExcelJS round trip would lose survives the injection byte for byte: a hand-built
 * workbook with a picture, a chart, a user's note (its own VML drawing) and a data validation.
 * The new note parts take free names and a distinct VML shape-id block; LibreOffice opens the copy.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { injectReportSheet } from '../../src/xlsx/inject';
import { expectSheetMatchesModel, loadWorkbook, modelOf, unzip, WORKBOOKS } from './helpers';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
if (!hasSoffice && process.env.CI) throw new Error('soffice (LibreOffice) is required in CI');

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const rows: [string, string, string, number, number][] = [
  ['1', 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
  ['2', 'Chi ngân sách', 'Triệu đồng', 18200, 18200],
  ['3', 'Tỷ lệ hộ nghèo', '%', 1.2, 0.9],
];

function cell(ref: string, v: string | number): string {
  return typeof v === 'number'
    ? `<c r="${ref}"><v>${v}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
}

/** A workbook as Excel would save it with a picture, a bar chart, a note and a drop-down list. */
export function workbookWithFeatures(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView activeTab="0"/></bookViews>` +
      '<sheets><sheet name="Chỉ tiêu 2020" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  );
  const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];
  const sheetRows = [header, ...rows].map(
    (r, i) => `<row r="${i + 1}">${r.map((v, c) => cell(`${'ABCDE'[c]}${i + 1}`, v)).join('')}</row>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${sheetRows.join('')}</sheetData>` +
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="F2:F4"><formula1>"Đạt,Chưa đạt"</formula1></dataValidation></dataValidations>' +
      '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/></worksheet>',
  );
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rId3" Type="${R}/comments" Target="../comments1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
  );
  const anchor = (from: number, to: number) =>
    `<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
  zip.file(
    'xl/drawings/drawing1.xml',
    `${DECL}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">` +
      `<xdr:twoCellAnchor>${anchor(0, 4)}<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>' +
      `<xdr:twoCellAnchor>${anchor(5, 20)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Biểu đồ"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId2"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
  );
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/image" Target="../media/image1.png"/>` +
      `<Relationship Id="rId2" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  zip.file('xl/media/image1.png', PNG);
  const ref = (col: string) => `'Chỉ tiêu 2020'!$${col}$2:$${col}$4`;
  zip.file(
    'xl/charts/chart1.xml',
    `${DECL}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/>` +
      '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
      `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>${ref('B')}</c:f></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${ref('E')}</c:f></c:numRef></c:val></c:ser>` +
      '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
      '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
      '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
      '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>',
  );
  zip.file(
    'xl/comments1.xml',
    `${DECL}<comments xmlns="${MAIN}"><authors><author>Cán bộ</author></authors><commentList>` +
      '<comment ref="E2" authorId="0"><text><r><t>Số liệu quý IV</t></r></text></comment></commentList></comments>',
  );
  zip.file(
    'xl/drawings/vmlDrawing1.vml',
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:10pt;width:108pt;height:59pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>5, 15, 0, 10, 7, 15, 4, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>4</x:Column></x:ClientData></v:shape></xml>',
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('a workbook with a picture, a chart, a note and a drop-down list', () => {
  it('keeps those parts byte for byte; the new notes and chart get their own parts and VML ids', async () => {
    const input = await workbookWithFeatures();
    const { model } = await modelOf(WORKBOOKS[0][1]);
    expect(model.cells.some((c) => c.note)).toBe(true);
    const out = await injectReportSheet(input, model);
    const [before, after] = [await unzip(input), await unzip(out.bytes)];
    for (const part of [
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/media/image1.png',
      'xl/charts/chart1.xml',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      '_rels/.rels',
    ]) {
      expect(Buffer.compare(after.get(part)!, before.get(part)!), part).toBe(0);
    }
    const added = [...after.keys()].filter((p) => !before.has(p)).sort();
    // chitieu's own parts: the sheet, its notes and its achievement chart, named after the user's.
    expect(added).toEqual([
      'xl/charts/chart2.xml',
      'xl/comments2.xml',
      'xl/drawings/_rels/drawing2.xml.rels',
      'xl/drawings/drawing2.xml',
      'xl/drawings/vmlDrawing2.vml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(after.get('xl/worksheets/_rels/sheet2.xml.rels')!.toString()).toContain('Target="../drawings/drawing2.xml"');
    expect(after.get('xl/drawings/_rels/drawing2.xml.rels')!.toString()).toContain('Target="../charts/chart2.xml"');
    expect(after.get('xl/drawings/vmlDrawing2.vml')!.toString()).toContain('<o:idmap v:ext="edit" data="2"/>');
    expect(after.get('xl/drawings/vmlDrawing2.vml')!.toString()).toContain('id="_x0000_s2049"');
    const types = after.get('[Content_Types].xml')!.toString();
    expect(types.match(/Extension="vml"/g)).toHaveLength(1);
    expect(types).toContain('PartName="/xl/comments2.xml"');

    const wb = await loadWorkbook(out.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
    // ExcelJS gives a note of one plain run as a string.
    const note = wb.getWorksheet('Chỉ tiêu 2020')!.getCell('E2').note as string | { texts: { text: string }[] };
    expect(typeof note === 'string' ? note : note.texts.map((t) => t.text).join('')).toBe('Số liệu quý IV');
    expectSheetMatchesModel(wb.getWorksheet('Báo cáo chỉ tiêu')!, model);
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice with the chart and the picture', async () => {
    const input = await workbookWithFeatures();
    const { model } = await modelOf(WORKBOOKS[0][1]);
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-features-'));
    const written = join(dir, 'ban-sao.xlsx');
    writeFileSync(written, (await injectReportSheet(input, model)).bytes);
    const lo = spawnSync(
      'soffice',
      ['--headless', '--calc', '--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), written],
      {
        timeout: 120_000,
        env: { ...process.env, HOME: dir },
      },
    );
    expect(lo.status, String(lo.stderr)).toBe(0);
    const back = await unzip(readFileSync(join(dir, 'lo', 'ban-sao.xlsx')));
    expect([...back.keys()].some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
    expect([...back.keys()].some((p) => /^xl\/media\//.test(p))).toBe(true);
    const wb = await loadWorkbook(readFileSync(join(dir, 'lo', 'ban-sao.xlsx')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
    expect(wb.getWorksheet('Báo cáo chỉ tiêu')!.getCell('A5').value).toBe(
      'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
    );
  });
});
