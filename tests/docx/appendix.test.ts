/**
 * The Word appendix (REPORT.md "Word appendix", issue 15 item 2), read back from the file: the
 * page as Nghị định 30/2020/NĐ-CP and Hướng dẫn 36-HD/VPTW set it, and every figure of the summary
 * sheet in the same cell of the appendix's table, for the shared fixtures and the bundled sample.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE } from '../../src/docx/appendix';
import type { ReportSheetModel } from '../../src/core/report';
import { attrsOf, fieldCodes, findAll, parsePart, textOf, type DocxTable } from './readDocx';
import { makeAppendix, PHUC_DONG, sheetShows, sheetTables, WORKBOOKS, type Made } from './harness';

/** Millimetres in twips, the unit of w:pgSz and w:pgMar. */
const mm = (x: number) => (x * 1440) / 25.4;
const inRange = (twips: number, low: number, high: number) => twips >= mm(low) - 1 && twips <= mm(high) + 1;

/** Cells of the sheet a merge covers (not its top-left cell): Word shows the merge's text there. */
function coveredCells(model: ReportSheetModel): Set<string> {
  const covered = new Set<string>();
  for (const m of model.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  return covered;
}

/** The appendix's indicator tables: the body's tables after the header block, before the findings. */
function indicatorTables(m: Made): DocxTable[] {
  return m.doc.tables.filter((t) => t.at(0, 0) === 'STT');
}

describe.each(Object.entries(WORKBOOKS))('the appendix of %s', (_name, path) => {
  let m: Made;
  beforeAll(async () => {
    m = await makeAppendix(path);
  }, 60_000);

  it('has as many indicator tables as the summary sheet', () => {
    expect(indicatorTables(m)).toHaveLength(sheetTables(m.model).length);
  });

  it("shows every figure and word of the sheet's tables in the same cell, as Excel shows it (1.234,5)", () => {
    const docTables = indicatorTables(m);
    let figures = 0;
    const covered = coveredCells(m.model);
    sheetTables(m.model).forEach((sheet, k) => {
      for (const cell of sheet.cells) {
        if (covered.has(`${cell.row}:${cell.col}`)) continue;
        const where = `${cell.row}:${cell.col} ${cell.formula ?? ''}`;
        expect(docTables[k].at(cell.row - sheet.top, cell.col), where).toBe(sheetShows(cell));
        if (typeof (cell.formula ? cell.expected?.value : cell.value) === 'number') figures++;
      }
    });
    expect(figures).toBeGreaterThan(20);
  });

  it('repeats the header rows of each table on every page and never splits a row', () => {
    for (const [k, sheet] of sheetTables(m.model).entries()) {
      const headerRows = new Set(sheet.cells.filter((c) => c.style === 'header').map((c) => c.row)).size;
      const rows = indicatorTables(m)[k].rows;
      expect(rows.map((r) => r.header)).toEqual(rows.map((_r, i) => i < headerRows));
      expect(rows.every((r) => r.cantSplit)).toBe(true);
    }
  });

  it('fits each table on the landscape page: its columns add up to the text width', () => {
    const landscape = PAGE.height - PAGE.margin.left - PAGE.margin.right;
    for (const t of indicatorTables(m)) expect(t.gridWidths.reduce((s, w) => s + w, 0)).toBe(landscape);
  });

  it('holds the totals line, every Nhận xét sentence and every finding', () => {
    const paragraphs = m.doc.paragraphs;
    expect(paragraphs).toContain('Nhận xét');
    for (const sentence of m.report.narrative) expect(paragraphs).toContain(sentence);
    expect(paragraphs.some((p) => p.startsWith(`Tổng số: ${m.report.counts.total} chỉ tiêu`))).toBe(true);
    if (m.report.checks.length === 0) return;
    expect(paragraphs).toContain(`Số liệu cần kiểm tra (${m.report.checks.length})`);
    const findings = m.doc.tables.find((t) => t.at(0, 0) === 'Ô');
    expect(findings).toBeDefined();
    m.report.checks.forEach((f, i) => {
      expect(findings!.at(i + 1, 0)).toBe(`${f.sheet}!${f.cell}`);
      expect(findings!.at(i + 1, 4)).toBe(f.message);
    });
  });
});

describe('the page (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW)', () => {
  let m: Made;
  beforeAll(async () => {
    m = await makeAppendix(WORKBOOKS['phuc-dong-2020']);
  }, 60_000);

  it('is A4: the tables on a landscape section, the sentences on a portrait one', () => {
    const [tables, text] = m.doc.sections;
    expect(m.doc.sections).toHaveLength(2);
    expect([tables.width, tables.height, tables.orient]).toEqual([16838, 11906, 'landscape']);
    expect([text.width, text.height]).toEqual([11906, 16838]);
    expect(text.orient === null || text.orient === 'portrait').toBe(true);
  });

  it('has margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm on every section', () => {
    for (const s of m.doc.sections) {
      expect(inRange(s.margin.top, 20, 25), `top ${s.margin.top}`).toBe(true);
      expect(inRange(s.margin.bottom, 20, 25), `bottom ${s.margin.bottom}`).toBe(true);
      expect(inRange(s.margin.left, 30, 35), `left ${s.margin.left}`).toBe(true);
      expect(inRange(s.margin.right, 15, 20), `right ${s.margin.right}`).toBe(true);
    }
  });

  it('numbers the pages centred at the top from page 2: a PAGE field in the header, none on the first page', () => {
    const [tables, text] = m.doc.sections;
    expect(tables.titlePage).toBe(true);
    expect(text.titlePage).toBe(false);
    for (const s of [tables, text]) {
      const header = parsePart(m.doc.parts.get(s.headers.default));
      expect(fieldCodes(header)).toEqual(['PAGE']);
      const jc = findAll(header, 'w:jc').map((j) => attrsOf(j)['w:val']);
      expect(jc).toEqual(['center']);
    }
    const firstPage = parsePart(m.doc.parts.get(tables.headers.first));
    expect(fieldCodes(firstPage)).toEqual([]);
    expect(findAll(firstPage, 'w:fldSimple')).toHaveLength(0);
  });

  it('sets Times New Roman: the document default, 14 pt body, and every run that names a font', () => {
    const styles = parsePart(m.doc.parts.get('word/styles.xml'));
    const defaults = findAll(styles, 'w:rPrDefault');
    expect(findAll(defaults, 'w:rFonts').map((f) => attrsOf(f)['w:ascii'])).toEqual(['Times New Roman']);
    expect(findAll(defaults, 'w:sz').map((s) => attrsOf(s)['w:val'])).toEqual(['28']);
    // No paragraph or character style names another font: a run without its own takes the default.
    expect(new Set(findAll(styles, 'w:rFonts').map((f) => attrsOf(f)['w:ascii']))).toEqual(
      new Set(['Times New Roman']),
    );
    const fonts = findAll(m.doc.body, 'w:rFonts').flatMap((f) => Object.values(attrsOf(f)));
    expect(fonts.length).toBeGreaterThan(40);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  it('sets the sentences in 14 pt and the tables in 8–12 pt', () => {
    const sizes = (nodes: ReturnType<typeof parsePart>) =>
      findAll(nodes, 'w:sz').map((s) => Number(attrsOf(s)['w:val']) / 2);
    const paragraphs = m.doc.body.filter((n) => 'w:p' in n);
    const sentence = paragraphs.find((p) => textOf(p) === m.report.narrative[0])!;
    expect(sizes([sentence])).toEqual([14]);
    const table = m.doc.body.filter((n) => 'w:tbl' in n)[1];
    for (const size of sizes([table])) expect(size >= 8 && size <= 12).toBe(true);
  });
});

describe('the header block by body type (--khoi)', () => {
  const headerTexts = (m: Made) => m.doc.tables[0].rows[0].cells.map((c) => c.text);

  it('party bodies (36-HD/VPTW): ĐẢNG CỘNG SẢN VIỆT NAM at the right; superior, issuing body and * at the left', async () => {
    const m = await makeAppendix(WORKBOOKS['phuc-dong-2020'], { ...PHUC_DONG, bodyType: 'party' });
    const [left, right] = headerTexts(m);
    expect(left).toBe('ĐẢNG BỘ QUẬN LONG BIÊNĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG*');
    expect(right).toBe('ĐẢNG CỘNG SẢN VIỆT NAMPhúc Đồng, ngày 15 tháng 12 năm 2020');
    expect(m.doc.paragraphs.slice(0, 2)).toEqual(['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', 'NĂM 2020']);
  }, 60_000);

  it('state bodies (NĐ 30/2020): the national name over Độc lập - Tự do - Hạnh phúc, no *', async () => {
    const state = {
      ...PHUC_DONG,
      bodyType: 'state' as const,
      issuingBody: 'UBND phường Phúc Đồng',
      superiorBody: 'UBND quận Long Biên',
    };
    const m = await makeAppendix(WORKBOOKS['phuc-dong-2020'], state);
    const [left, right] = headerTexts(m);
    expect(left).toBe('UBND QUẬN LONG BIÊNUBND PHƯỜNG PHÚC ĐỒNG');
    expect(right).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúcPhúc Đồng, ngày 15 tháng 12 năm 2020',
    );
  }, 60_000);
});

describe('src/docx runs in a browser as well', () => {
  it('bundles for the browser platform (esbuild) with every import resolved, no Node built-in', async () => {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [join(__dirname, '../../src/docx/appendix.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    expect(out.errors).toEqual([]);
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((i) => i.includes('node_modules/docx/'))).toBe(true);
    expect(inputs.filter((i) => /^node:|^(fs|path|zlib|buffer)$/.test(i))).toEqual([]);
  }, 60_000);

  it('imports no Node module and uses no Buffer', () => {
    for (const file of ['appendix.ts', 'columns.ts', 'measure.ts']) {
      const code = readFileSync(join(__dirname, '../../src/docx', file), 'utf8');
      expect(code, file).not.toMatch(/from\s+['"](?:node:|fs|path|os|zlib|buffer)/);
      expect(code, file).not.toMatch(/\bBuffer\b|\bprocess\./);
    }
  });
});
