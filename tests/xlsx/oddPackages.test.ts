/**
 * Packages a spreadsheet program opens although they bend the Open Packaging Conventions (the
 * families the real-file corpus found refused as broken): each is read like the plain workbook,
 * through the pipeline and the command line, and its copy is made by injection, every original part
 * byte for byte the input's (compared through fflate, an independent reader); or, for a workbook
 * that has no worksheet, refused with that reason rather than "broken".
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { WRITE_FALLBACK } from '../../src/cli/writeResults';
import { refusalMessage } from '../../src/core/refusal';
import { readWorkbookBytes } from '../../src/workbookFile/read';
import { reportWorkbookFile } from '../../src/workbookFile/report';
import { REBUILT_NOTICE } from '../../src/workbookFile/write';
import { makeTempDir, nonEmptyLines, runCli } from '../cli/harness';
import { loadWorkbook } from './helpers';
import {
  contentTypesXml,
  MAIN,
  type Parts,
  plainParts,
  REL_NS,
  relsXml,
  streamedZip,
  TABLE,
  tableRows,
  TYPES,
  workbookXml,
  worksheetXml,
  zip64Of,
  zipParts,
} from './oddPackages';

const FALLBACK = { ...READ_FALLBACK, ...WRITE_FALLBACK };
const SHEET = 'Báo cáo chỉ tiêu';
const dir = makeTempDir();

/** The parts of `parts` with `name`'s content replaced (or the part dropped with `null`). */
function edited(parts: Parts, changes: Record<string, string | null>): Parts {
  return parts.flatMap(([name, content]): Parts => {
    if (!(name in changes)) return [[name, content]];
    const next = changes[name];
    return next === null ? [] : [[name, next]];
  });
}

/** A part name as a program compares it: `\` as `/`, no leading `/`, `%20` as a space, lower case. */
const compared = (name: string) => decodeURIComponent(name.replace(/\\/g, '/').replace(/^\/+/, '')).toLowerCase();

/** The parts the injector edits by design (by their names in this package). */
function editedByDesign(workbook: string): Set<string> {
  const part = compared(workbook);
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const rels = `${folder}_rels/${part.slice(folder.length)}.rels`;
  return new Set([part, rels, `${folder}styles.xml`, '[content_types].xml']);
}

/** Every part of the input is in the copy with the same bytes, except those the injector edits. */
function expectOriginalPartsKept(input: Uint8Array, copy: Uint8Array, workbook = 'xl/workbook.xml'): void {
  const [before, after] = [unzipSync(input), unzipSync(copy)];
  const edits = editedByDesign(workbook);
  let kept = 0;
  for (const [name, bytes] of Object.entries(before)) {
    if (name.endsWith('/') || edits.has(compared(name))) continue;
    expect(after[name], name).toBeDefined();
    expect(Buffer.from(after[name]).equals(Buffer.from(bytes)), name).toBe(true);
    kept++;
  }
  expect(kept).toBeGreaterThan(0);
}

/** Reads as the table, reports its three indicators, and its copy is injected with original parts kept. */
async function expectReadAndInjected(name: string, bytes: Uint8Array, workbook?: string): Promise<Uint8Array> {
  const out = await reportWorkbookFile(bytes, name, { fallback: FALLBACK });
  if (!out.ok) throw new Error(out.message);
  expect(out.grids.map((g) => g.values)).toEqual([TABLE]);
  expect(out.report.tables.flatMap((t) => t.indicators)).toHaveLength(3);
  expect(out.notices).not.toContain(REBUILT_NOTICE);
  expectOriginalPartsKept(bytes, out.xlsx, workbook);
  // The copy reads again as the user's table, the summary sheet left out as chitieu's own.
  const again = await readWorkbookBytes(out.xlsx, name);
  expect(again.ok && again.grids.map((g) => g.values)).toEqual([TABLE]);
  // What ExcelJS opens, it opens with the summary sheet added.
  if (await excelJsOpens(bytes)) {
    const wb = await loadWorkbook(out.xlsx);
    expect(wb.worksheets.map((w) => w.name)).toContain(SHEET);
  }
  return out.xlsx;
}

async function excelJsOpens(bytes: Uint8Array): Promise<boolean> {
  try {
    return (await loadWorkbook(bytes)).worksheets.length > 0;
  } catch {
    return false;
  }
}

/** The command line on the file: a report and its copy, or exactly the refusal's line (exit 2). */
function cli(name: string, bytes: Uint8Array): { status: number | null; stderr: string; copy?: Uint8Array } {
  const input = join(dir, name);
  const output = join(dir, `${name}.bao-cao.xlsx`);
  writeFileSync(input, bytes);
  const run = runCli(['report', input, '-o', output]);
  return { status: run.status, stderr: run.stderr, copy: existsSync(output) ? readFileSync(output) : undefined };
}

/**
 * `expectReadAndInjected`; with `viaCli`, the same through the command line as a black box (one
 * process per file, so only for some of the cases), returning the command line's copy.
 */
async function expectAllRead(name: string, bytes: Uint8Array, workbook?: string, viaCli = false): Promise<Uint8Array> {
  const copy = await expectReadAndInjected(name, bytes, workbook);
  if (!viaCli) return copy;
  const run = cli(name, bytes);
  expect(run.status, run.stderr).toBe(0);
  expectOriginalPartsKept(bytes, run.copy!, workbook);
  return run.copy!;
}

describe('packages without a usable package relationships part', () => {
  it('no _rels/.rels: the workbook found by its content type; the copy gains the part', async () => {
    const bytes = zipParts(edited(plainParts(), { '_rels/.rels': null }));
    const copy = unzipSync(await expectAllRead('khong-rels.xlsx', bytes, undefined, true));
    expect(new TextDecoder().decode(copy['_rels/.rels'])).toContain('Target="xl/workbook.xml"');
  });

  it('neither _rels/.rels nor [Content_Types].xml: the workbook by its usual name; the copy gains both', async () => {
    const bytes = zipParts(edited(plainParts(), { '_rels/.rels': null, '[Content_Types].xml': null }));
    const copy = unzipSync(await expectAllRead('khong-goi.xlsx', bytes));
    const types = new TextDecoder().decode(copy['[Content_Types].xml']);
    expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${TYPES.workbook}"/>`);
    expect(types).toContain(`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPES.worksheet}"/>`);
    expect(new TextDecoder().decode(copy['_rels/.rels'])).toContain('Target="xl/workbook.xml"');
  });

  it('_rels/.rels that is no XML, or names no workbook: found by content type, else by its usual name', async () => {
    await expectAllRead('rels-hong.xlsx', zipParts(edited(plainParts(), { '_rels/.rels': '<Relationships xmlns=' })));
    const elsewhere = edited(plainParts(), {
      '_rels/.rels': relsXml([['rId1', 'officeDocument', 'xl/khong-co.xml']]),
      '[Content_Types].xml': contentTypesXml([]),
    });
    await expectAllRead('rels-sai.xlsx', zipParts(elsewhere));
  });
});

describe('a workbook with no worksheet to read is refused for that reason, never as broken', () => {
  const noSheetPart = zipParts(edited(plainParts(), { 'xl/worksheets/sheet1.xml': null }));
  const onlyChart = zipParts(
    edited(plainParts(), {
      'xl/_rels/workbook.xml.rels': relsXml([
        ['rId1', 'chartsheet', 'chartsheets/sheet1.xml'],
        ['rId2', 'styles', 'styles.xml'],
      ]),
      'xl/worksheets/sheet1.xml': null,
    }).concat([['xl/chartsheets/sheet1.xml', `<chartsheet xmlns="${MAIN}"/>`]]),
  );
  const noSheets = zipParts(edited(plainParts(), { 'xl/workbook.xml': workbookXml([]) }));

  for (const [name, bytes, code] of [
    ['khong-trang.xlsx', noSheetPart, 'no-worksheet'],
    ['chi-bieu-do.xlsx', onlyChart, 'empty-workbook'],
    ['khong-sheet.xlsx', noSheets, 'empty-workbook'],
  ] as const) {
    it(`${name}: ${code}`, async () => {
      const expected = refusalMessage(code, name);
      expect(expected).not.toContain('bị hỏng');
      const out = await reportWorkbookFile(bytes, name, { fallback: FALLBACK });
      expect(out).toMatchObject({ ok: false, code, message: expected });
      if (code !== 'no-worksheet') return;
      const run = cli(name, bytes);
      expect(run.status).toBe(2);
      expect(nonEmptyLines(run.stderr)).toEqual([expected]);
    });
  }

  it('one worksheet part missing beside one that is there: the missing part named', async () => {
    const parts = edited(plainParts(), {
      'xl/workbook.xml': workbookXml([
        ['Chỉ tiêu', 'rId1'],
        ['Phụ lục', 'rId3'],
      ]),
      'xl/_rels/workbook.xml.rels': relsXml([
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'styles', 'styles.xml'],
        ['rId3', 'worksheet', 'worksheets/sheet2.xml'],
      ]),
    });
    const out = await reportWorkbookFile(zipParts(parts), 'thieu.xlsx', { fallback: FALLBACK });
    expect(out).toMatchObject({ ok: false, code: 'broken-part' });
    expect(!out.ok && out.message).toContain('xl/worksheets/sheet2.xml');
  });
});

describe('part names and targets written otherwise', () => {
  it('absolute targets, the relationships namespace declared on each sheet, an autoFilter inside sheetData (openpyxl bug304)', async () => {
    const x = (xml: string) => xml.replace(/<(\/?)(\w+)/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
    const workbook =
      `\uFEFF<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="${MAIN}"><x:sheets>` +
      `<x:sheet name="Chỉ tiêu" sheetId="1" r:id="rId1" xmlns:r="${REL_NS}" /></x:sheets></x:workbook>`;
    const parts = edited(plainParts(), {
      '_rels/.rels': relsXml([['R1a', 'officeDocument', '/xl/workbook.xml']]),
      'xl/workbook.xml': workbook,
      'xl/_rels/workbook.xml.rels': relsXml([
        ['rId1', 'worksheet', '/xl/worksheets/sheet.xml'],
        ['rId2', 'styles', '/xl/styles.xml'],
        ['rId3', 'customXml', '../customXml/item1.xml'],
      ]),
      'xl/worksheets/sheet1.xml': null,
    }).concat([
      ['xl/worksheets/sheet.xml', x(worksheetXml(`${tableRows()}<autoFilter ref="A2:E2" />`))],
      ['customXml/item1.xml', '<b:Sources xmlns:b="urn:b"/>'],
      ['[trash]/0000.dat', new Uint8Array([1, 2, 3])],
    ]);
    await expectAllRead('bug304.xlsx', zipParts(parts), undefined, true);
  });

  it('backslashes in entry names, a lower-case [content_types].xml, another prefix for r:id (Apache POI 49609)', async () => {
    const workbook = workbookXml()
      .replace(/ r:id=/g, ` d3p1:id=`)
      .replace(`xmlns:r="${REL_NS}"`, `xmlns:d3p1="${REL_NS}"`);
    const parts: Parts = plainParts().map(([name, content]) => [
      name === '[Content_Types].xml' ? '[content_types].xml' : name.replace(/\//g, '\\'),
      name === 'xl/workbook.xml' ? workbook : content,
    ]);
    await expectAllRead('poi-49609.xlsx', zipParts(parts), 'xl\\workbook.xml', true);
  });

  it('entry names stored with a leading slash (/xl/workbook.xml), as some zip libraries write part names', async () => {
    const parts: Parts = plainParts().map(([name, content]) => [`/${name}`, content]);
    await expectAllRead('gach-dau.xlsx', zipParts(parts), undefined, true);
  });

  it('./ and ../ segments, %-escaped names, case differing between targets, overrides and entries', async () => {
    const parts = edited(plainParts(), {
      '_rels/.rels': relsXml([['rId1', 'officeDocument', './XL/Workbook.xml']]),
      'xl/_rels/workbook.xml.rels': relsXml([
        ['rId1', 'worksheet', '../xl/./Worksheets/Trang%20Chi%20Tieu.xml'],
        ['rId2', 'styles', 'STYLES.XML'],
      ]),
      '[Content_Types].xml': contentTypesXml([
        ['/XL/WORKBOOK.XML', TYPES.workbook],
        ['/xl/worksheets/trang%20chi%20tieu.xml', TYPES.worksheet],
      ]),
      'xl/worksheets/sheet1.xml': null,
    }).concat([['xl/worksheets/Trang Chi Tieu.xml', worksheetXml()]]);
    await expectAllRead('duong-dan-la.xlsx', zipParts(parts));
  });

  it('no Override for the worksheet, its type given by the Default of .xml; lower-case cell references', async () => {
    const parts = edited(plainParts(), {
      '[Content_Types].xml': contentTypesXml([['/xl/workbook.xml', TYPES.workbook]], TYPES.worksheet),
      'xl/worksheets/sheet1.xml': worksheetXml(tableRows(true)),
    });
    await expectAllRead('mac-dinh.xlsx', zipParts(parts));
  });

  it('a part stored twice: the later entry is the part, as openpyxl and ExcelJS read it; both kept', async () => {
    const parts = plainParts();
    const sheet = parts.findIndex(([n]) => n === 'xl/worksheets/sheet1.xml');
    parts.splice(sheet, 0, ['xl/worksheets/sheet1.xml', worksheetXml('<row r="1"><c r="A1"><v>0</v></c></row>')]);
    parts.push(
      ['docProps/app.xml', '<Properties/>'],
      ['docProps/app.xml', '<Properties><Pages>1</Pages></Properties>'],
    );
    await expectAllRead('hai-lan.xlsx', streamedZip(parts));
  });
});

describe('zip features of streaming and large-file producers', () => {
  it('every entry with a data descriptor (sizes after the data)', async () => {
    await expectAllRead('mo-ta-du-lieu.xlsx', streamedZip(plainParts()));
  });

  it('a zip64 archive', async () => {
    const bytes = zip64Of(plainParts());
    expect(Object.keys(unzipSync(bytes))).toContain('xl/workbook.xml');
    await expectAllRead('zip64.xlsx', bytes, undefined, true);
  });

  it('the styles part left out: the copy rebuilt by ExcelJS, the table still read', async () => {
    const parts = edited(plainParts(), {
      'xl/styles.xml': null,
      'xl/_rels/workbook.xml.rels': relsXml([['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
    });
    const out = await reportWorkbookFile(zipParts(parts), 'khong-kieu.xlsx', { fallback: FALLBACK });
    if (!out.ok) throw new Error(out.message);
    expect(out.notices).toContain(REBUILT_NOTICE);
    const wb = await loadWorkbook(out.xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chỉ tiêu', SHEET]);
  });
});
