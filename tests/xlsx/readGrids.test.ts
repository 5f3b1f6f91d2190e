/**
 * The package reader (src/xlsx/read, used by `readWorkbook`) against an oracle, the ExcelJS
 * reader (`readWorkbookWithExcelJS`): on the shared fixtures, the bundled sample, the ward workbooks
 * of the consolidation tests, a seeded set of ExcelJS-written workbooks mixing every kind of cell,
 * workbooks saved by LibreOffice, and hand-edited packages for what ExcelJS never writes. Both must
 * give the same values, number formats and merges once ExcelJS's known departures from ECMA-376 are
 * erased on both sides (`canonical`); where the reader steps aside (`readPackageFast` → null) the
 * result is ExcelJS's by construction, and the cases that must be read by it are checked to be.
 * Where the two disagree by the specification, the tests assert the specification's value.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readWorkbook, readWorkbookWithExcelJS } from '../../src/cli/readWorkbook';
import type { WorkbookRead } from '../../src/workbookFile/fallback';
import { OWN_SHEET_MARK } from '../../src/core/sheetName';
import { readPackageFast } from '../../src/workbookFile/read';
import { injectReportSheet } from '../../src/xlsx/inject';
import type { CellValue, Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { FIXTURES, FIXTURE_NAMES, REPO_ROOT, makeTempDir } from '../cli/harness';
import { writeDistrict } from '../consolidate/district';

/** ExcelJS's `utils.xmlDecode`: its second decoding of the named entities. */
function xmlDecode(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
  return text.replace(/&([a-z]*);/g, (m, name: string) => named[name] ?? m);
}

/** ExcelJS's `utils.isDateFmt`: the number formats whose numbers it turns into Dates. */
function isDateFormat(fmt: string | null | undefined): boolean {
  return !!fmt && /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** `f` applied until the text no longer changes. */
function fixpoint(text: string, f: (s: string) => string): string {
  for (let s = text, next = f(s); ; s = next, next = f(s)) if (next === s) return s;
}

/** A date-formatted cell's value as ExcelJS gives it: through a Date (to the ms), none when out of range. */
function throughDate(v: CellValue): CellValue {
  if (typeof v !== 'number' && typeof v !== 'boolean') return null;
  const ms = Math.round((Number(v) - 25569) * 86400000);
  return Math.abs(ms) <= 8.64e15 ? 25569 + ms / 86400000 : null;
}

/**
 * A read with ExcelJS's known departures from ECMA-376 erased, applied to both readers' results:
 * - text: ExcelJS decodes the named entities a second time in `t="str"` values and sheet names,
 *   and `_xHHHH_` only in shared strings (upper-case digits only), and writes `_x…_` unescaped;
 * - date-formatted cells: ExcelJS turns their numbers (and booleans) into Dates and back, rounded
 *   to the ms, and drops what a Date cannot hold (text, errors, numbers out of range);
 * - numbers compared to 12 significant digits (a Date round trip moves the last ones);
 * - number formats: ExcelJS removes backslashes, and writes built-in 22 as `m/d/yy "h":mm`.
 * The tests of each trait assert the specification's value itself.
 */
function canonical(read: WorkbookRead): WorkbookRead {
  if (!read.ok) return read;
  const xstring = (s: string) =>
    s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  const text = (s: string) => fixpoint(fixpoint(s, xstring), xmlDecode);
  const format = (f: string | null | undefined) =>
    f ? f.replace(/\\(.)/g, '$1').replace('m/d/yy h:mm', 'm/d/yy "h":mm') : f;
  const value = (v: CellValue, fmt: string | null | undefined): CellValue => {
    const x = isDateFormat(format(fmt)) ? throughDate(v) : v;
    return typeof x === 'string' ? text(x) : typeof x === 'number' ? Number(x.toPrecision(12)) : x;
  };
  const grid = (g: Grid): Grid => {
    const values = g.values.map((row, r) => row.map((v, c) => value(v, g.numberFormats?.[r]?.[c])));
    const kept = (r: number, c: number) => values[r][c] !== null;
    const numberFormats = g.numberFormats?.map((row, r) => row.map((f, c) => (kept(r, c) ? format(f) : null)));
    return trimmed({ ...g, sheet: text(g.sheet), values, ...(numberFormats ? { numberFormats } : {}) });
  };
  return { ...read, grids: read.grids.map(grid) };
}

/** A grid's rows ending at their last value, trailing empty rows dropped, no all-General formats. */
function trimmed(g: Grid): Grid {
  const trim = <T>(row: T[]) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
    return row.slice(0, end);
  };
  const values = g.values.map(trim);
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  const formats = g.numberFormats?.slice(0, values.length).map(trim);
  const { numberFormats: _dropped, ...rest } = g;
  return { ...rest, values, ...(formats?.some((r) => r.length > 0) ? { numberFormats: formats } : {}) };
}

/** Where two reads first differ, for the failure message. */
function firstDifference(a: WorkbookRead, b: WorkbookRead): string {
  if (!a.ok || !b.ok) return `${JSON.stringify(a.ok || a.message)} / ${JSON.stringify(b.ok || b.message)}`;
  if (a.grids.length !== b.grids.length)
    return `sheets ${a.grids.map((g) => g.sheet)} / ${b.grids.map((g) => g.sheet)}`;
  for (const [i, g] of a.grids.entries()) {
    const h = b.grids[i];
    if (g.sheet !== h.sheet) return `sheet ${g.sheet} / ${h.sheet}`;
    for (const key of ['values', 'numberFormats'] as const) {
      const [x, y] = [g[key] ?? [], h[key] ?? []];
      for (let r = 0; r < Math.max(x.length, y.length); r++)
        for (let c = 0; c < Math.max(x[r]?.length ?? 0, y[r]?.length ?? 0); c++)
          if (JSON.stringify(x[r]?.[c]) !== JSON.stringify(y[r]?.[c]))
            return `${g.sheet} ${key}[${r}][${c}]: ${JSON.stringify(x[r]?.[c])} / ${JSON.stringify(y[r]?.[c])}`;
      if (x.length !== y.length || (g[key] === undefined) !== (h[key] === undefined)) return `${g.sheet} ${key} shape`;
    }
    if (JSON.stringify(g.merges) !== JSON.stringify(h.merges)) return `${g.sheet} merges`;
  }
  return 'elsewhere';
}

/**
 * Reads `path` with the package reader alone, for a trait where ExcelJS departs from ECMA-376 (the
 * test asserts the specification's value); it must not step aside.
 */
async function readBySpec(path: string): Promise<WorkbookRead> {
  const read = await readPackageFast(readFileSync(path), basename(path));
  expect(read, `${basename(path)} should be read by the package reader`).not.toBeNull();
  expect(await readWorkbook(path)).toStrictEqual(read);
  return read as WorkbookRead;
}

/** Reads `path` both ways; the package reader must not have stepped aside unless `fallback`. */
async function expectSameRead(path: string, fallback = false): Promise<WorkbookRead> {
  const bytes = readFileSync(path);
  const fast = await readPackageFast(bytes, basename(path));
  const oracle = await readWorkbookWithExcelJS(path);
  if (fallback) expect(fast, `${basename(path)} should be left to ExcelJS`).toBeNull();
  else expect(fast, `${basename(path)} should be read by the package reader`).not.toBeNull();
  if (fast) {
    const [a, b] = [canonical(fast), canonical(oracle)];
    expect(a, `${basename(path)}: ${firstDifference(a, b)}`).toStrictEqual(b);
  }
  // What callers see: readWorkbook is the package reader's result, or ExcelJS's when it stepped aside.
  const read = await readWorkbook(path);
  expect(read).toStrictEqual(fast ?? oracle);
  return read;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = [
  'Thu ngân sách',
  '  Chỉ tiêu có khoảng trắng  ',
  '\u00a0Tỷ lệ\u00a0',
  'A & B < C > D "quoted" \'apos\'',
  '&amp; literal &lt;',
  'Emoji 🎉 và 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'Dòng 1\nDòng 2',
  'Có _x000D_ ở giữa',
  '_x005F_x0041_',
  '36.015',
  '90,2',
  '#DIV/0!',
  'TRUE',
  ' ',
  'Kế hoạch\tTH',
];
const FORMATS = [
  '0.00%',
  '0%',
  '#,##0',
  '#,##0.00',
  'dd/mm/yyyy',
  'mm-dd-yy',
  'd-mmm-yy',
  '[h]:mm:ss',
  '0.0‰',
  '#,##0\\ "đ"',
  '[Red]0.0;[Blue]-0.0',
  '"Năm "0',
  '@',
  'General',
  'yyyy',
  '0.000E+00',
];
const ERRORS = ['#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function randomNumber(next: () => number): number {
  switch (Math.floor(next() * 8)) {
    case 0:
      return Math.round(next() * 100_000);
    case 1:
      return -Math.round(next() * 1000) / 10;
    case 2:
      return 1e-7;
    case 3:
      return 123456789012.5;
    case 4:
      return next() * 1e21;
    case 5:
      return 0;
    case 6:
      return Math.round(next() * 1e6) / 1e4;
    default:
      return next();
  }
}

function randomDate(next: () => number): Date {
  return new Date(
    Date.UTC(
      1990 + Math.floor(next() * 40),
      Math.floor(next() * 12),
      1 + Math.floor(next() * 28),
      Math.floor(next() * 24),
      Math.floor(next() * 60),
    ),
  );
}

/** A cell value of a random kind (formulas refer to nearby cells, their results are made up). */
function randomValue(next: () => number, row: number, col: number): ExcelJS.CellValue {
  const ref = `${String.fromCharCode(65 + Math.max(0, col - 1))}${Math.max(1, row - 1)}`;
  switch (Math.floor(next() * 14)) {
    case 0:
    case 1:
    case 2:
      return randomNumber(next);
    case 3:
    case 4:
      return pick(next, STRINGS);
    case 5:
      return {
        richText: [
          { text: pick(next, STRINGS), font: { bold: true } },
          { text: pick(next, STRINGS), font: { italic: true, color: { argb: 'FFFF0000' } } },
        ],
      };
    case 6:
      return next() < 0.7
        ? { text: pick(next, STRINGS), hyperlink: 'https://example.vn/nq?a=1&b=2' }
        : { text: pick(next, STRINGS), hyperlink: '#Sheet1!A1' };
    case 7:
      return next() < 0.5;
    case 8:
      return { error: pick(next, ERRORS) } as ExcelJS.CellErrorValue;
    case 9:
      return randomDate(next);
    case 10: {
      const results: ExcelJS.CellFormulaValue['result'][] = [
        randomNumber(next),
        0,
        pick(next, STRINGS),
        { error: pick(next, ERRORS) } as ExcelJS.CellErrorValue,
        true,
        false,
        randomDate(next),
        undefined,
      ];
      return { formula: `SUM(${ref}:${ref})*2+"A1"`, result: pick(next, results) } as ExcelJS.CellFormulaValue;
    }
    case 11:
      return '';
    case 12:
      return null;
    default:
      return Math.round(next() * 500);
  }
}

/** A workbook of several sheets mixing every kind of cell ExcelJS writes. */
function randomWorkbook(seed: number): ExcelJS.Workbook {
  const next = random(seed);
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = next() < 0.3;
  const sheetCount = 1 + Math.floor(next() * 3);
  for (let s = 0; s < sheetCount; s++) {
    const ws = wb.addWorksheet(s === 0 ? `Chỉ tiêu ${seed}` : `Trang & 'x' ${s}`);
    const rows = 1 + Math.floor(next() * 40);
    const cols = 1 + Math.floor(next() * 12);
    for (let r = 1; r <= rows; r++) {
      if (next() < 0.1) continue; // an empty row
      for (let c = 1; c <= cols; c++) {
        if (next() < 0.25) continue;
        const cell = ws.getCell(r, c);
        cell.value = randomValue(next, r, c);
        if (next() < 0.3) cell.numFmt = pick(next, FORMATS);
      }
    }
    // Shared formulas: a master over a column block and its dependents.
    if (next() < 0.6) {
      const col = cols + 2;
      const top = 1 + Math.floor(next() * 5);
      const height = 2 + Math.floor(next() * 6);
      const letter = String.fromCharCode(64 + col);
      ws.getCell(top, col).value = {
        formula: `A${top}*2+$B$1+Sheet1!C${top}+SUM(A${top}:B${top})`,
        result: 7,
        shareType: 'shared',
        ref: `${letter}${top}:${letter}${top + height - 1}`,
      } as ExcelJS.CellFormulaValue;
      for (let r = top + 1; r < top + height; r++) {
        const result = pick(next, [r * 3, 0, 'chuỗi', true, undefined]);
        ws.getCell(r, col).value = { sharedFormula: `${letter}${top}`, result } as ExcelJS.CellSharedFormulaValue;
      }
      if (next() < 0.5) ws.getCell(top + 1, col).numFmt = '0.0%';
    }
    // Merges, on empty space right of the data.
    if (next() < 0.7) {
      const left = cols + 4;
      ws.getCell(2, left).value = pick(next, STRINGS);
      ws.mergeCells(2, left, 3 + Math.floor(next() * 3), left + 1 + Math.floor(next() * 2));
      ws.mergeCells(8, left, 8, left + 2); // an empty merge
    }
    // Styled empty cells, far away.
    if (next() < 0.5) {
      ws.getCell(rows + 10, cols + 10).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell(rows + 11, 2).numFmt = '0.00%';
    }
  }
  if (next() < 0.3) wb.addWorksheet('Chỉ định dạng').getCell('C3').border = { top: { style: 'thin' } };
  if (next() < 0.4) {
    // chitieu's own sheet of an earlier run: skipped by both readers.
    const own = wb.addWorksheet('Báo cáo chỉ tiêu');
    own.getCell('A1').value = 'BÁO CÁO';
    own.getCell('B2').value = 42;
    wb.definedNames.add(`'Báo cáo chỉ tiêu'!$A$1`, OWN_SHEET_MARK);
  }
  return wb;
}

describe('fast reader = ExcelJS reader on real workbooks', () => {
  for (const name of FIXTURE_NAMES) {
    it(`shared fixture ${name}`, async () => {
      const read = await expectSameRead(join(FIXTURES, `${name}.xlsx`));
      expect(read.ok).toBe(true);
    });
  }

  it('the bundled sample assets/mau-chi-tieu.xlsx', async () => {
    await expectSameRead(join(REPO_ROOT, 'assets', 'mau-chi-tieu.xlsx'));
  });

  it('the TCVN3 fixture: both read the fonts (.VnTime, .VnTimeH), and the run decodes the same 24 cells', async () => {
    const read = await expectSameRead(join(FIXTURES, 'ngoc-thuy-2012-tcvn3.xlsx'));
    if (!read.ok) throw new Error(read.message);
    expect(read.grids[0].legacyFonts?.flat()).toContain('.VnTimeH');
    const run = runReport(read.grids);
    if (!run.ok) throw new Error(run.message);
    expect(run.grids[0].decodedText).toHaveLength(24);
    expect(run.grids[0].values[0][0]).toBe('UBND QUẬN LONG BIÊN');
  });

  it("chitieu's own output, read again: the report sheet it injected is skipped", async () => {
    const dir = makeTempDir();
    for (const name of FIXTURE_NAMES) {
      const input = join(FIXTURES, `${name}.xlsx`);
      const read = await readWorkbook(input);
      if (!read.ok) throw new Error(read.message);
      const run = runReport(read.grids);
      if (!run.ok) throw new Error(run.message);
      const model = buildReportModel(run.report, run.grids, defaultSheetSettings);
      const out = join(dir, `${name}-bao-cao.xlsx`);
      writeFileSync(out, (await injectReportSheet(read.bytes, model)).bytes);
      const again = await expectSameRead(out);
      expect(again.ok && again.grids.map((g) => g.sheet)).toEqual(read.grids.map((g) => g.sheet));
    }
  });

  it('the ward workbooks of the consolidation tests (and the refusals among them)', async () => {
    const dir = makeTempDir();
    const paths = await writeDistrict(dir);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      if (readFileSync(path).subarray(0, 2).toString() === 'PK') await expectSameRead(path);
      else expect(await readWorkbook(path)).toEqual(await readWorkbookWithExcelJS(path));
    }
  });
});

describe('fast reader = ExcelJS reader on seeded ExcelJS-written workbooks', () => {
  const dir = makeTempDir();
  for (let seed = 1; seed <= 36; seed++) {
    it(`seed ${seed}${seed % 3 === 0 ? ' (no shared strings)' : ''}`, async () => {
      const path = join(dir, `ngau-nhien-${seed}.xlsx`);
      const wb = randomWorkbook(seed);
      writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: seed % 3 !== 0 })));
      await expectSameRead(path);
    });
  }

  it('the seeded set covers every kind of cell', async () => {
    const kinds = new Set<string>();
    const typeName = new Map(Object.entries(ExcelJS.ValueType).map(([k, v]) => [v, k]));
    for (let seed = 1; seed <= 36; seed++) {
      for (const ws of randomWorkbook(seed).worksheets) {
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            kinds.add(String(typeName.get(cell.type)));
            if (cell.type === ExcelJS.ValueType.Formula) {
              const r = cell.result;
              kinds.add(
                `result ${r instanceof Date ? 'date' : r === undefined ? 'none' : typeof r === 'object' ? 'error' : typeof r}`,
              );
            }
          }),
        );
      }
    }
    for (const k of ['Number', 'String', 'RichText', 'Hyperlink', 'Boolean', 'Error', 'Date', 'Formula', 'Merge'])
      expect(kinds, k).toContain(k);
    for (const r of ['number', 'string', 'error', 'boolean', 'date', 'none']) expect(kinds, r).toContain(`result ${r}`);
  });
});

/**
 * The same XML written the way other producers write it: indented, attributes reordered, single
 * quotes, spaces around `=`, unknown attributes, digits as character references.
 */
function reserialise(xml: string, next: () => number): string {
  let out = xml;
  if (next() < 0.5) out = out.replace(/<(row|c|si|\/row|\/sheetData|\/sst)(?=[\s>/])/g, '\n  <$1');
  if (next() < 0.5) out = out.replace(/<(f|v|is|t|r)(?=[\s>/])/g, '\n<$1');
  if (next() < 0.5)
    out = out.replace(/<c r="([A-Z]+\d+)"((?: [st]="[^"]*")*)/g, (_m, r: string, rest: string) => `<c${rest} r="${r}"`);
  if (next() < 0.5) out = out.replace(/ (r|s|t)="([^"]*)"/g, " $1='$2'");
  if (next() < 0.5) out = out.replace(/<c r=/g, '<c cm="1" r =');
  if (next() < 0.5) out = out.replace(/<row r="(\d+)"/g, '<row thickBot="0" r="$1" outlineLevel="0"');
  if (next() < 0.5) out = out.replace(/<v>(\d)/g, (_m, d: string) => `<v>&#${d.charCodeAt(0)};`);
  return out;
}

describe('fast reader = ExcelJS reader on the seeded workbooks written the way other tools write', () => {
  const dir = makeTempDir();
  for (let seed = 101; seed <= 112; seed++) {
    it(`seed ${seed}`, async () => {
      const next = random(seed);
      const zip = await JSZip.loadAsync(
        await randomWorkbook(seed).xlsx.writeBuffer({ useSharedStrings: seed % 2 === 0 }),
      );
      for (const name of Object.keys(zip.files)) {
        if (/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name))
          zip.file(name, reserialise(await zip.file(name)!.async('string'), next));
      }
      const path = join(dir, `viet-lai-${seed}.xlsx`);
      writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      await expectSameRead(path);
    });
  }
});

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

describe.skipIf(!hasSoffice)('fast reader = ExcelJS reader on workbooks saved by LibreOffice', () => {
  it('three seeded workbooks and a fixture, converted by soffice --convert-to xlsx', { timeout: 180_000 }, async () => {
    const dir = makeTempDir();
    const inputs: string[] = [];
    for (const seed of [4, 7, 11]) {
      const path = join(dir, `lo-${seed}.xlsx`);
      await randomWorkbook(seed).xlsx.writeFile(path);
      inputs.push(path);
    }
    const fixture = join(dir, 'lo-phuc-dong.xlsx');
    writeFileSync(fixture, readFileSync(join(FIXTURES, 'phuc-dong-2020.xlsx')));
    inputs.push(fixture);
    const outDir = join(dir, 'out');
    mkdirSync(outDir);
    const lo = spawnSync('soffice', ['--headless', '--calc', '--convert-to', 'xlsx', '--outdir', outDir, ...inputs], {
      timeout: 170_000,
      env: { ...process.env, HOME: dir },
    });
    expect(lo.status, String(lo.stderr)).toBe(0);
    const written = readdirSync(outDir);
    expect(written).toHaveLength(inputs.length);
    for (const f of written) await expectSameRead(join(outDir, f));
  });
});
if (!hasSoffice) {
  describe('fast reader on LibreOffice-saved workbooks', () => {
    it.skip('skipped: soffice (LibreOffice) is not installed', () => {});
  });
}

// ---------------------------------------------------------------------------------------------
// Hand-edited packages: what ExcelJS does not write, as Excel and other tools do

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** An ExcelJS workbook (one sheet, `Sheet1`, with a string so sharedStrings.xml exists) with parts replaced. */
async function patchedWorkbook(
  name: string,
  parts: Record<string, string | ((xml: string) => string) | null>,
  setup?: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = 'chuỗi';
  ws.getCell('B1').numFmt = '0.00%';
  ws.getCell('C1').numFmt = 'dd/mm/yyyy';
  setup?.(wb);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const [part, content] of Object.entries(parts)) {
    if (content === null) zip.remove(part);
    else if (typeof content === 'string') zip.file(part, content);
    else zip.file(part, content(await zip.file(part)!.async('string')));
  }
  const path = join(makeTempDir(), name);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

/** The style index of `numFmt` in the patched workbooks' styles.xml (B1: 0.00%, C1: a date). */
async function styleIds(path: string): Promise<{ percent: number; date: number }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  return {
    percent: Number(/<c r="B1" s="(\d+)"/.exec(sheet)?.[1]),
    date: Number(/<c r="C1" s="(\d+)"/.exec(sheet)?.[1]),
  };
}

function sheetXml(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** A sheet1.xml patch that keeps the styles of B1/C1 (s="2", s="3" in ExcelJS output) usable. */
async function withSheet(
  name: string,
  rows: (s: { percent: number; date: number }) => string,
  after = '',
  extra: Record<string, string> = {},
) {
  const probe = await patchedWorkbook(`${name}-probe.xlsx`, {});
  const ids = await styleIds(probe);
  return patchedWorkbook(name, { 'xl/worksheets/sheet1.xml': sheetXml(rows(ids), after), ...extra });
}

describe('fast reader = ExcelJS reader on cells ExcelJS never writes', () => {
  it('inline strings, plain and rich, with _xHHHH_ escapes and entities', async () => {
    const path = await withSheet('inline.xlsx', () =>
      [
        '<row r="1">',
        '<c r="A1" t="inlineStr"><is><t>Có _x000D_ và &amp;amp;</t></is></c>',
        '<c r="B1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Thu </t></r><r><t>ngân_x0020_sách</t></r></is></c>',
        '<c r="C1" t="inlineStr"><is><t></t></is></c>',
        '<c r="D1" t="inlineStr"><is><t xml:space="preserve">  </t></is></c>',
        '<c r="E1" t="inlineStr"><is><t>a</t><rPh sb="0" eb="1"><t>ア</t></rPh><phoneticPr fontId="1"/></is></c>',
        '</row>',
      ].join(''),
    );
    // <rPh> in a cell derails ExcelJS's cell parser; _xHHHH_ is decoded in inline text too (ST_Xstring).
    const read = await readBySpec(path);
    expect(read.ok && read.grids[0].values).toEqual([['Có \r và &amp;', 'Thu ngân sách', null, '  ', 'a']]);
    const plain = await withSheet('inline2.xlsx', () =>
      [
        '<row r="1">',
        '<c r="A1" t="inlineStr"><is><t>Có _x000D_ và &amp;amp;</t></is></c>',
        '<c r="B1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Thu </t></r><r><t>ngân_x0020_sách</t></r></is></c>',
        '<c r="C1" t="inlineStr"><is><t></t></is></c>',
        '<c r="D1" t="inlineStr"><is><t xml:space="preserve">  </t></is></c>',
        '</row>',
      ].join(''),
    );
    const fast = await expectSameRead(plain);
    expect(fast.ok && fast.grids[0].values).toEqual([['Có \r và &amp;', 'Thu ngân sách', null, '  ']]);
  });

  it('shared strings: phonetic runs, rich runs, empty entries, escapes, line ends', async () => {
    const entries = [
      '<si><t>Thu</t><phoneticPr fontId="1" type="noConversion"/></si>',
      '<si><t>Chi</t><rPh sb="0" eb="1"><t>チ</t></rPh></si>',
      '<si><r><rPr><b/><rFont val="Arial"/></rPr><t xml:space="preserve">Có </t></r><r><t>_x000D_ và _x005f_x0041_</t></r><r><rPr><i/></rPr></r></si>',
      '<si/>',
      '<si><t/></si>',
      '<si></si>',
      '<si><t>dòng 1\r\ndòng 2 &amp;amp; &#x1F389;</t></si>',
      '<si>\n  <t>thụt lề</t>\n</si>',
      '<si><r><t>a</t></r><t>thay thế</t></si>',
    ];
    const path = await withSheet(
      'sst.xlsx',
      () =>
        `<row r="1">${entries.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join('')}</row>`,
      '',
      {
        'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?>\n<sst ${NS} count="9" uniqueCount="9">\n${entries.join('\n')}\n</sst>`,
      },
    );
    // `_x005f_` (hex digits of either case) is an escaped `_`: what follows stays literal.
    const read = await readBySpec(path);
    expect(read.ok && read.grids[0].values[0]).toEqual([
      'Thu',
      'Chi',
      'Có \r và _x0041_',
      null,
      null,
      null,
      'dòng 1\ndòng 2 &amp; 🎉',
      'thụt lề',
      'thay thế',
    ]);
  });

  it('t="str", "b", "e", "d", "n" and unknown types, line ends, character references', async () => {
    const path = await withSheet('types.xlsx', () =>
      [
        '<row r="1" spans="1:9">',
        '<c r="A1" t="str"><v>A &amp;amp; B &amp;lt;</v></c>',
        '<c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c>',
        '<c r="D1" t="e"><v>#N/A</v></c>',
        '<c r="E1" t="d"><v>2020-01-01T00:00:00</v></c>',
        '<c r="F1" t="n"><v> 12.50 </v></c>',
        '<c r="G1" t="x"><v>1E-7</v></c>',
        '<c r="H1" t="str"><v>dòng 1\r\ndòng 2\rdòng 3&#13;&#x1F389;</v></c>',
        '<c r="I1"><v>-0</v></c>',
        '</row>',
        '<row r="3"><c r="A3"><v>0.1</v></c><c r="B3"><v>12345678901234567890</v></c><c r="C3"><v>.5</v></c><c r="D3"><v>7.</v></c><c r="E3"><v>abc</v></c></row>',
      ].join(''),
    );
    // t="str" text decoded once; t="d" an ISO 8601 date (ExcelJS: a second decoding; parseFloat of the date).
    const read = await readBySpec(path);
    expect(read.ok && read.grids[0].values[0].slice(0, 5)).toEqual([
      'A &amp; B &lt;',
      true,
      false,
      { error: '#N/A' },
      43831,
    ]);
  });

  it('formula results: 0 and false kept (a computed 0 is a figure), "" empty, dates, hyperlinked formulas', async () => {
    const path = await withSheet(
      'formulas.xlsx',
      ({ date, percent }) =>
        [
          '<row r="1">',
          '<c r="A1"><f>1-1</f><v>0</v></c>',
          '<c r="B1" t="b"><f>1&gt;2</f><v>0</v></c>',
          '<c r="C1" t="str"><f>""</f><v></v></c>',
          `<c r="D1" s="${date}"><f>TODAY()</f><v>43831.5</v></c>`,
          `<c r="E1" s="${date}" t="str"><f>"x"</f><v>x</v></c>`,
          `<c r="F1" s="${date}"><f>1-1</f><v>0</v></c>`,
          `<c r="G1" s="${percent}"><f>B2/C2</f><v>0.25</v></c>`,
          '<c r="H1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>',
          '<c r="I1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
          '<c r="J1"><f t="array" ref="J1:J2">SUM(A1:B1*2)</f><v>3</v></c>',
          '<c r="K1"><f>SUM(A1)</f></c>',
          '<c r="L1" t="str"><f>"link"</f><v>link</v></c>',
          '<c r="M1"><f>5</f><v>5</v></c>',
          '</row>',
        ].join(''),
      '<hyperlinks><hyperlink ref="L1" r:id="rId9"/><hyperlink ref="M1" r:id="rId9"/></hyperlinks>',
      {
        'xl/worksheets/_rels/sheet1.xml.rels':
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.vn" TargetMode="External"/></Relationships>',
      },
    );
    // A hyperlink is no value: L1 and M1 keep theirs; E1's text stays text under a date format (ExcelJS: none).
    const read = await readBySpec(path);
    expect(read.ok && read.grids[0].values[0].slice(0, 3)).toEqual([0, false, null]);
    expect(read.ok && read.grids[0].values[0].slice(4, 5)).toEqual(['x']);
    expect(read.ok && read.grids[0].values[0].slice(8)).toEqual([{ error: '#DIV/0!' }, 3, null, 'link', 5]);
  });

  it('shared formulas as Excel writes them: every cell reads as its cached result', async () => {
    const path = await withSheet('shared.xlsx', () =>
      [
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C4" si="0">A1+$B$1+B1*2+SUM(A1:B1)+"A1"&amp;Sheet1!A1+XFE1+LOG10(A1)</f><v>3</v></c></row>',
        '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c><c r="D2"><f t="shared" si="5"/><v>9</v></c></row>',
        '<row r="3"><c r="C3"><f t="shared" si="0"/><v>0</v></c><c r="D3"><f t="shared" ref="D3:E3" si="1">C3*10</f><v>1</v></c><c r="E3"><f t="shared" si="1"/><v>2</v></c></row>',
        '<row r="4"><c r="C4"><f t="shared" si="0"></f><v>12</v></c></row>',
      ].join(''),
    );
    const read = await expectSameRead(path);
    expect(read.ok && read.grids[0].values.map((row) => row[2])).toEqual([3, 7, 0, 12]);
  });

  it('merged-away cells holding values, hyperlinks on numbers, booleans and strings, a styled row', async () => {
    const path = await withSheet(
      'merged.xlsx',
      ({ percent }) =>
        [
          `<row r="1" s="${percent}" customFormat="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>5</v></c><c r="C1"><v>6</v></c></row>`,
          '<row r="2"><c r="A2"><v>7</v></c><c r="B2"><v>8</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="s"><v>0</v></c></row>',
          '<row r="9"><c r="B9"><v>1</v></c></row>',
        ].join(''),
      '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="$E$7:F8"/></mergeCells><hyperlinks><hyperlink ref="C1" r:id="rId1"/><hyperlink ref="C2" r:id="rId1"/><hyperlink ref="D2" r:id="rId1"/><hyperlink ref="B9" location="Sheet1!A1"/></hyperlinks>',
      {
        'xl/worksheets/_rels/sheet1.xml.rels':
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.vn" TargetMode="External"/></Relationships>',
      },
    );
    // Hyperlinked numbers and booleans keep their values (ExcelJS reads them as empty).
    const read = await readBySpec(path);
    expect(read.ok && read.grids[0].values.slice(0, 2)).toEqual([
      ['chuỗi', null, 6],
      [null, null, true, 'chuỗi'],
    ]);
    expect(read.ok && read.grids[0].values[8]).toEqual([null, 1]);
  });

  it('number formats as written (backslashes kept), a custom format on a built-in id, built-in ids, General', async () => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0\\ &quot;đ&quot;"/><numFmt numFmtId="14" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="General"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="10"/><xf numFmtId="22"/><xf numFmtId="200"/><xf numFmtId="49"><alignment wrapText="1"/></xf></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="0.0"/></dxf></dxfs></styleSheet>`;
    const path = await patchedWorkbook('formats.xlsx', {
      'xl/styles.xml': styles,
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1">' +
          [0, 1, 2, 3, 4, 5, 6, 7, 8]
            .map((s, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"><v>43831.25</v></c>`)
            .join('') +
          '</row>',
      ),
    });
    const read = await expectSameRead(path);
    expect(read.ok && read.grids[0].numberFormats?.[0]).toEqual([
      null,
      '#,##0\\ "đ"',
      'dd/mm/yyyy',
      null,
      '0.00%',
      'm/d/yy h:mm',
      null,
      '@',
    ]);
  });

  it('1904 date system, sheet names decoded once, a chartsheet, a worksheet part not named sheetN.xml', async () => {
    const path = await patchedWorkbook(
      'workbook.xlsx',
      {
        'xl/workbook.xml': (xml) =>
          xml
            .replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>')
            .replace(/name="Sheet2"/, 'name="A&amp;amp;B"')
            .replace(
              '</sheets>',
              '<sheet name="Biểu đồ" sheetId="9" r:id="rId90"/><sheet name="Lạc" sheetId="10" r:id="rId91"/></sheets>',
            ),
        'xl/_rels/workbook.xml.rels': (xml) =>
          xml.replace(
            '</Relationships>',
            '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/></Relationships>',
          ),
        'xl/worksheets/data.xml': sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'),
      },
      (wb) => {
        wb.getWorksheet('Sheet1')!.getCell('C1').value = new Date(Date.UTC(2020, 0, 1));
        wb.addWorksheet('Sheet2').getCell('A1').value = 5;
      },
    );
    // ExcelJS decodes the name twice and drops the sheet whose part is worksheets/data.xml.
    const read = await readBySpec(path);
    expect(read.ok && read.grids.map((g) => g.sheet)).toEqual(['Sheet1', 'A&amp;B', 'Lạc']);
    expect(read.ok && read.grids.map((g) => g.values.at(-1))).toEqual([['chuỗi', null, 43831], [5], [1]]);
  });

  it("chitieu's mark: renamed sheet with a quote, several ranges, #REF!, a later local name of the same name", async () => {
    const cases = [
      `<definedName name="${OWN_SHEET_MARK}">'Báo cáo ''cũ'' 2020'!$A$1</definedName>`,
      `<definedName name="${OWN_SHEET_MARK}">'Báo cáo ''cũ'' 2020'!$A$1,Sheet1!$B$2:$C$3</definedName>`,
      `<definedName name="${OWN_SHEET_MARK}">#REF!$A$1</definedName>`,
      `<definedName name="${OWN_SHEET_MARK}">#REF!</definedName>`,
      `<definedName name="${OWN_SHEET_MARK}">'Báo cáo ''cũ'' 2020'!$A$1</definedName><definedName name="${OWN_SHEET_MARK}" localSheetId="0">Sheet1!$A$1</definedName>`,
      `<definedName name="chitieu.baocao">'Báo cáo ''cũ'' 2020'!$A$1</definedName>`,
      `<definedName name="${OWN_SHEET_MARK}">'Báo cáo ''cũ'' 2020'!A1</definedName>`,
    ];
    for (const [i, names] of cases.entries()) {
      const path = await patchedWorkbook(
        `mark-${i}.xlsx`,
        {
          'xl/workbook.xml': (xml) =>
            xml.replace(/<definedNames>[\s\S]*<\/definedNames>|(?=<calcPr)/, `<definedNames>${names}</definedNames>`),
        },
        (wb) => {
          wb.addWorksheet("Báo cáo 'cũ' 2020").getCell('A1').value = 'BÁO CÁO';
        },
      );
      // A local name of the mark's name is not the mark (ExcelJS lets it win), and names compare
      // case-insensitively, as Excel compares them (ExcelJS: exactly), and a relative A1 marks as
      // well as $A$1 (ExcelJS: not at all): the injector's rule.
      if (i >= 4) {
        const read = await readBySpec(path);
        expect(read.ok && read.grids.map((g) => g.sheet)).toEqual(['Sheet1']);
      } else {
        await expectSameRead(path);
      }
    }
  });

  it('what the package reader leaves to ExcelJS is markup it does not follow: an undefined entity, CDATA', async () => {
    const leave = async (name: string, parts: Record<string, string | ((xml: string) => string) | null>) =>
      expectSameRead(await patchedWorkbook(name, parts), true);
    const entity = await leave('entity.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>'),
    });
    expect(entity.ok ? '' : entity.message).toContain('bị hỏng');
    await leave('cdata.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>'),
    });
  });

  it('structures ExcelJS refuses or misreads are read as ECMA-376 defines them', async () => {
    const bySpec = async (name: string, parts: Record<string, string | ((xml: string) => string) | null>) => {
      const read = await readBySpec(await patchedWorkbook(name, parts));
      if (!read.ok) throw new Error(read.message);
      return read.grids[0];
    };
    // Overlapping merges (ExcelJS throws): each merged area keeps only its master cell's value.
    const overlap = await bySpec('overlap.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1"><v>1</v></c></row>',
        '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
      ),
    });
    expect(overlap.values).toEqual([[1]]);
    expect(overlap.merges).toHaveLength(2);
    // A cell without r is the cell after the previous one.
    const noR = await bySpec('no-r.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c></row>'),
    });
    expect(noR.values).toEqual([[1, 2]]);
    // Rows out of order are placed where their references say.
    const order = await bySpec('order.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="2"><c r="A2"><v>2</v></c></row><row r="1"><c r="B1"><v>1</v></c></row>',
      ),
    });
    expect(order.values).toEqual([[null, 1], [2]]);
    const comment = await bySpec('comment.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><!-- x --><c r="A1"><v>1</v></c></row>'),
    });
    expect(comment.values).toEqual([[1]]);
    // No styles part: every cell is General; ExcelJS agrees.
    await expectSameRead(await patchedWorkbook('no-styles.xlsx', { 'xl/styles.xml': null }));
    // A Strict main namespace on the workbook part alone.
    await expectSameRead(
      await patchedWorkbook('strict.xlsx', {
        'xl/workbook.xml': (xml) =>
          xml.replace(
            'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
            'http://purl.oclc.org/ooxml/spreadsheetml/main',
          ),
      }),
    );
    const prefixed = await bySpec('prefixed.xlsx', {
      'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    expect(prefixed.values).toEqual([[1]]);
    // A shared formula whose master has no text: its cells still hold their cached values.
    const textless = await patchedWorkbook('textless-master.xlsx', {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0"/><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>',
      ),
    });
    const read = await readBySpec(textless);
    expect(read.ok && read.grids[0].values).toEqual([[1], [2]]);
    // Not a workbook at all: the zip of a .docx, told by its package relationships.
    const docx = new JSZip();
    docx.file(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    );
    docx.file(
      'word/document.xml',
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    );
    const path = join(makeTempDir(), 'van-ban.xlsx');
    writeFileSync(path, await docx.generateAsync({ type: 'nodebuffer' }));
    const docxRead = await readBySpec(path);
    expect(docxRead.ok ? '' : docxRead.message).toContain('không phải là sổ Excel .xlsx');
    expect(await readWorkbookWithExcelJS(path)).toStrictEqual(docxRead);
  });

  it('a workbook whose sheets are all empty is refused the same way', async () => {
    const path = await patchedWorkbook('trong.xlsx', { 'xl/worksheets/sheet1.xml': sheetXml('<row r="3" s="2"/>') });
    const read = await expectSameRead(path);
    expect(read.ok ? '' : read.message).toContain('không có trang tính nào có dữ liệu');
  });
});
