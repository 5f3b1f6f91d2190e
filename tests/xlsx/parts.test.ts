/**
 * The injector's building blocks: the zip container (stored entries, data descriptors, bytes in
 * front, refusals), styles.xml merging (missing lists, prefixes, reuse on a second run) and text
 * escaping in the sheet part.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { injectReportSheet, UnsupportedPackageError } from '../../src/xlsx/inject';
import { sheetOrder } from '../../src/xlsx/sheetXml';
import { appendStyles } from '../../src/xlsx/styles';
import { entryBytes, newEntry, readZip, writeZip } from '../../src/xlsx/zip';
import type { CellStyle, ReportSheetModel } from '../../src/core/report';
import { loadWorkbook, modelOf, records, unzip, WORKBOOKS } from './helpers';

async function smallWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Dữ liệu').getCell('A1').value = 'Chỉ tiêu';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same files re-zipped by JSZip with other options. */
async function rezip(bytes: Buffer, options: JSZip.JSZipGeneratorOptions<'nodebuffer'>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.generateAsync({ ...options, type: 'nodebuffer' });
}

describe('zip container', () => {
  it('reads stored entries, data descriptors and bytes in front of the archive', async () => {
    const base = await smallWorkbook();
    const variants = [
      await rezip(base, { compression: 'STORE' }),
      await rezip(base, { compression: 'DEFLATE', streamFiles: true }),
      Buffer.concat([Buffer.from('stub before the archive'), await rezip(base, { compression: 'DEFLATE' })]),
    ];
    const files = await unzip(base);
    for (const bytes of variants) {
      const entries = readZip(bytes).filter((e) => !e.name.endsWith('/'));
      expect(entries.map((e) => e.name).sort()).toEqual([...files.keys()].sort());
      for (const e of entries) expect(Buffer.compare(entryBytes(e), files.get(e.name)!), e.name).toBe(0);
      // Rewritten as is, plus a new entry: JSZip reads every file back.
      const out = writeZip([...readZip(bytes), newEntry('xl/extra ở đây.xml', '<a>ừ</a>')]);
      const back = await unzip(out);
      for (const [name, content] of files) expect(Buffer.compare(back.get(name)!, content), name).toBe(0);
      expect(back.get('xl/extra ở đây.xml')!.toString()).toBe('<a>ừ</a>');
    }
  });

  it('injects into a stored (uncompressed) package, its parts staying as they were', async () => {
    const { bytes, model } = await modelOf(WORKBOOKS[0][1]);
    const stored = await rezip(bytes, { compression: 'STORE' });
    const out = await injectReportSheet(stored, model);
    const [before, after] = [await unzip(stored), await unzip(out.bytes)];
    expect(Buffer.compare(after.get('xl/worksheets/sheet1.xml')!, before.get('xl/worksheets/sheet1.xml')!)).toBe(0);
    expect((await loadWorkbook(out.bytes)).worksheets.map((w) => w.name)).toEqual([
      'Chỉ tiêu 2020',
      'Báo cáo chỉ tiêu',
    ]);
  });

  it('refuses what is not a zip, and a package without styles, with UnsupportedPackageError', async () => {
    const { model } = await modelOf(WORKBOOKS[0][1]);
    await expect(injectReportSheet(Buffer.from('không phải zip'), model)).rejects.toBeInstanceOf(
      UnsupportedPackageError,
    );
    const zip = await JSZip.loadAsync(await smallWorkbook());
    zip.remove('xl/styles.xml');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*\/styles"[^>]*\/>/, ''));
    const noStyles = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(injectReportSheet(noStyles, model)).rejects.toBeInstanceOf(UnsupportedPackageError);
  });
});

describe('styles.xml', () => {
  const minimal =
    '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts>' +
    '<x:fills count="2"><x:fill><x:patternFill/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
    '<x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf/></x:cellXfs><x:cellStyles count="1"/>' +
    '<x:extLst><x:ext><x14:dxfs xmlns:x14="urn:x14" count="0"/></x:ext></x:extLst></x:styleSheet>';

  it('adds missing lists in schema order, with the stylesheet’s prefix, and counts', () => {
    const { xml, styles } = appendStyles(
      minimal,
      [
        ['header', undefined],
        ['number', '#,##0.0##'],
        ['number', '#,##0'],
      ],
      ['bad', 'good'],
    );
    expect(
      xml.indexOf('<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="#,##0.0##"/></x:numFmts>'),
    ).toBeLessThan(xml.indexOf('<x:fonts'));
    expect(xml).toMatch(/<x:fonts count="3">/);
    expect(xml).toMatch(/<x:fills count="3">/);
    expect(xml).toMatch(/<x:borders count="2">/);
    expect(xml).toMatch(/<x:cellXfs count="4">/);
    // The stylesheet's own dxfs go before extLst; the x14 list inside it is left alone.
    expect(xml).toMatch(/<x:cellStyles count="1"\/><x:dxfs count="2"><x:dxf>/);
    expect(xml).toContain('<x14:dxfs xmlns:x14="urn:x14" count="0"/>');
    expect([styles.xf('header', undefined), styles.xf('number', '#,##0.0##'), styles.xf('number', '#,##0')]).toEqual([
      1, 2, 3,
    ]);
    expect([styles.dxf('bad'), styles.dxf('good')]).toEqual([0, 1]);
    expect(records(xml.replace(/x:/g, ''), 'cellXfs', 'xf')[3]).toContain('numFmtId="3"');
  });

  it('a second run reuses its records instead of adding them again', () => {
    const used: [CellStyle, string | undefined][] = [
      ['title', undefined],
      ['pct', '#,##0.0##'],
    ];
    const first = appendStyles(minimal, used, ['neutral']);
    const second = appendStyles(first.xml, used, ['neutral']);
    expect(second.xml).toBe(first.xml);
    expect(second.styles.xf('pct', '#,##0.0##')).toBe(first.styles.xf('pct', '#,##0.0##'));
  });
});

describe('cell order', () => {
  it('row by row in column order, the last write of a cell winning, merged cells styled by their top-left', () => {
    const model: ReportSheetModel = {
      name: 'x',
      cells: [
        { row: 2, col: 1, value: 'b3', style: 'text' },
        { row: 0, col: 3, value: 'right', style: 'motto' },
        { row: 0, col: 0, value: 'left', style: 'bodyLeft' },
        { row: 2, col: 0, value: 'a3 first', style: 'text' },
        { row: 2, col: 0, value: 'a3 last', style: 'header' },
        { row: 1, col: 1, value: 'under a merge', style: 'text' },
      ],
      merges: [{ top: 0, left: 0, bottom: 1, right: 2 }],
      widths: [],
      heights: {},
      conditional: [],
      print: { orientation: 'landscape', titleRows: null, fitToWidth: true },
      freezeRow: null,
      lastRow: 2,
      lastCol: 3,
    };
    const { cells, order, start, rows } = sheetOrder(model);
    const seen: string[] = [];
    for (let r = 0; r < rows; r++) {
      for (let k = start[r]; k < start[r + 1]; k++) {
        if (order[k] < 0) continue;
        const c = cells[order[k]];
        seen.push(`${c.row}:${c.col}:${c.value ?? ''}:${c.style}`);
      }
    }
    expect(seen).toEqual([
      '0:0:left:bodyLeft',
      '0:1::bodyLeft',
      '0:2::bodyLeft',
      '0:3:right:motto',
      '1:0::bodyLeft',
      '1:1::bodyLeft',
      '1:2::bodyLeft',
      '2:0:a3 last:header',
      '2:1:b3:text',
    ]);
  });
});

describe('text in the sheet part', () => {
  const TEXTS = [
    'a <b> & "c" \'d\'',
    '  hai khoảng trắng đầu',
    'dòng 1\ndòng 2',
    'biểu tượng 😀 và chữ ký tự đ',
    '=SUM(A1:A9)',
    'một câu dài hơn bốn mươi ký tự, có <thẻ> & "ngoặc" để đi đường mã hóa khác',
  ];
  const model: ReportSheetModel = {
    name: 'Báo cáo chỉ tiêu',
    cells: [
      ...TEXTS.map((value, row) => ({ row, col: 0, value, style: 'text' as const })),
      { row: 10, col: 0, value: 'điều khiển \u0001 và _x0041_ và \r hết', style: 'text' },
      { row: 10, col: 1, value: 'một câu dài hơn bốn mươi ký tự: \u0001, _x0041_, \r và <&> nữa', style: 'text' },
      {
        row: 11,
        col: 0,
        formula: '=IF(A1<>"",LEN(A1)&" ký tự","")',
        expected: { value: '17 ký tự', decimals: null },
        style: 'text',
      },
      { row: 11, col: 1, formula: '=IFERROR(1/0,"")', expected: { value: null, decimals: null }, style: 'number' },
      {
        row: 11,
        col: 2,
        formula: '=ROUND(2/3*100,1)',
        expected: { value: 66.666666, decimals: 1 },
        style: 'pct',
        note: 'ghi chú <x> & "y"\ndòng 2',
      },
    ],
    merges: [],
    widths: [30, 10, 10],
    heights: {},
    conditional: [],
    print: { orientation: 'landscape', titleRows: null, fitToWidth: true },
    freezeRow: null,
    lastRow: 11,
    lastCol: 2,
  };

  it('escapes XML, keeps spaces and line breaks, encodes controls the SpreadsheetML way', async () => {
    const out = await injectReportSheet(await smallWorkbook(), model);
    const files = await unzip(out.bytes);
    const xml = files.get('xl/worksheets/sheet2.xml')!.toString('utf8');
    expect(xml).toContain('<t>a &lt;b&gt; &amp; "c" \'d\'</t>');
    expect(xml).toContain('<t xml:space="preserve">  hai khoảng trắng đầu</t>');
    expect(xml).toContain('<t>điều khiển _x0001_ và _x005F_x0041_ và _x000D_ hết</t>');
    expect(xml).toContain(
      '<t>một câu dài hơn bốn mươi ký tự: _x0001_, _x005F_x0041_, _x000D_ và &lt;&amp;&gt; nữa</t>',
    );
    expect(xml).toContain('<c r="A12" s="');
    expect(xml).toMatch(/t="str"><f>IF\(A1&lt;&gt;"",LEN\(A1\)&amp;" ký tự",""\)<\/f><v>17 ký tự<\/v><\/c>/);
    expect(xml).toMatch(/t="str"><f>IFERROR\(1\/0,""\)<\/f><v><\/v><\/c>/);
    expect(xml).toMatch(/<f>ROUND\(2\/3\*100,1\)<\/f><v>66\.7<\/v>/);
    expect(files.get('xl/comments1.xml')!.toString()).toContain(
      '<t xml:space="preserve">ghi chú &lt;x&gt; &amp; "y"\ndòng 2</t>',
    );
    const ws = (await loadWorkbook(out.bytes)).getWorksheet(out.sheetName)!;
    TEXTS.forEach((t, row) => {
      expect(ws.getCell(row + 1, 1).value).toBe(t);
      expect(ws.getCell(row + 1, 1).type).toBe(ExcelJS.ValueType.String);
    });
    expect(ws.getCell('A12').result).toBe('17 ký tự');
    expect(ws.getCell('C12').result).toBe(66.7);
  });
});
