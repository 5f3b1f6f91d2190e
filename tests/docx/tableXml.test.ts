/**
 * The appendix's tables are written as XML text (the `docx` package cannot hold a 100,000-row
 * table): the text must mean what the table `docx` itself writes for the same cells means — widths,
 * spans, the continuation of a cell spanning rows, fills, margins, alignment, indent, the run's
 * font, size, weight, slant and colour, `tblHeader` and `cantSplit`, and the text with `& < > " '`
 * and the characters XML cannot hold. The reference is `docx` given the options the appendix gave
 * it when it drew its tables through the package; both are parsed and each cell's properties
 * resolved as WordprocessingML resolves them (a cell's margins from the table's `tblCellMar` unless
 * it has its own, a run's font from the document default unless it names one, an absent on/off
 * property off, an absent alignment left), then compared.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FONT_NAME, LOOKS, TONES, type AppendixCell, type AppendixTable, type CellStyle } from '../../src/core/report';
import { CELL_MARGIN, columnLayout } from '../../src/docx/columns';
import { SENTENCE_LOOK } from '../../src/docx/appendix';
import { escapeXml, sentencesXml, tableXml, type SentenceLook } from '../../src/docx/tableXml';
import { ByteWriter } from '../../src/docx/xmlBytes';
import { attrsOf, childrenOf, parsePart, tagOf } from './readDocx';

const WIDTH = 14287;
const ALIGN = { general: 'left', left: 'left', center: 'center', right: 'right', justify: 'left' } as const;

/** The table as `docx` draws it from the appendix's cells. */
function docxTable(t: AppendixTable): Table {
  const { size, widths } = columnLayout(t, WIDTH);
  const cell = (c: AppendixCell) => {
    const look = LOOKS[c.style];
    const tone = c.tone ? TONES[c.tone] : null;
    const fill = tone?.fill ?? look.fill;
    return new TableCell({
      width: { size: widths.slice(c.col, c.col + c.colSpan).reduce((s, w) => s + w, 0), type: WidthType.DXA },
      columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
      rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
      verticalAlign: {
        top: VerticalAlignTable.TOP,
        center: VerticalAlignTable.CENTER,
        bottom: VerticalAlignTable.BOTTOM,
      }[look.vertical],
      shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
      children: [
        new Paragraph({
          alignment: AlignmentType[ALIGN[look.horizontal].toUpperCase() as 'LEFT' | 'CENTER' | 'RIGHT'],
          indent: look.indent ? { left: look.indent * 2 * CELL_MARGIN } : undefined,
          children: c.text
            ? [
                new TextRun({
                  text: c.text,
                  font: FONT_NAME,
                  size: size * 2,
                  bold: look.bold,
                  italics: look.italic,
                  color: tone?.font,
                }),
              ]
            : [],
        }),
      ],
    });
  };
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: t.rows.map(
      (cells, i) =>
        new TableRow({ tableHeader: i < t.headerRows || undefined, cantSplit: true, children: cells.map(cell) }),
    ),
  });
}

async function docxXml(t: AppendixTable): Promise<string> {
  const bytes = await Packer.pack(new Document({ sections: [{ children: [docxTable(t)] }] }), 'uint8array');
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);
}

const STYLES: CellStyle[] = ['header', 'section', 'name', 'subName', 'text', 'number', 'pct', 'status'];
const TEXT = fc.oneof(
  fc.constantFrom('', 'STT', 'Chỉ tiêu', '1.234,5', 'Đạt', 'Tỷ lệ hộ nghèo (%)', 'A & B <c> "d" \'e\''),
  fc.string({
    unit: fc.constantFrom('a', 'ệ', 'é', '😀', ' ', '\u00a0', '&', '<', '>', '"', "'", '\u0001', '\u000b', '\t', '\n'),
    maxLength: 12,
  }),
);

/** A table of `columns` columns whose rows hold cells at rising columns, some spanning columns or rows. */
const TABLE: fc.Arbitrary<AppendixTable> = fc.integer({ min: 1, max: 6 }).chain((columns) =>
  fc
    .tuple(
      fc.array(
        fc.array(
          fc.record({
            skip: fc.boolean(),
            colSpan: fc.integer({ min: 1, max: 3 }),
            rowSpan: fc.constantFrom(1, 1, 2, 3),
            style: fc.constantFrom(...STYLES),
            tone: fc.constantFrom(null, 'good', 'bad', 'neutral', 'warn'),
            text: TEXT,
          }),
          { maxLength: columns },
        ),
        { minLength: 1, maxLength: 7 },
      ),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([specs, headerRows]) => {
      const rows = specs.map((row) => {
        const cells: AppendixCell[] = [];
        let col = 0;
        for (const s of row) {
          if (col >= columns) break;
          const colSpan = Math.min(s.colSpan, columns - col);
          const tone = s.tone && s.tone in TONES ? (s.tone as AppendixCell['tone']) : null;
          if (!s.skip) cells.push({ col, text: s.text, style: s.style, colSpan, rowSpan: s.rowSpan, tone });
          col += colSpan;
        }
        return cells;
      });
      return { caption: null, columns, headerRows, sheetRows: rows.map((_, i) => i), rows };
    }),
);

type Node = ReturnType<typeof parsePart>[number];

const child = (node: Node | undefined, tag: string): Node | undefined =>
  node ? childrenOf(node).find((n) => tagOf(n) === tag) : undefined;
const val = (node: Node | undefined, name = 'w:val'): string | null => (node ? (attrsOf(node)[name] ?? null) : null);
/** An on/off property: on when present unless its value says off. */
const isOn = (props: Node | undefined, tag: string) => {
  const el = child(props, tag);
  return !!el && !['0', 'false', 'off'].includes(val(el) ?? 'on');
};

/** Margins by side, from a `tcMar` or `tblCellMar`. */
function margins(mar: Node | undefined): Record<string, string> {
  return Object.fromEntries(childrenOf(mar ?? {}).map((m) => [tagOf(m), `${val(m, 'w:type')} ${val(m, 'w:w')}`]));
}

/**
 * A text element's text as Word reads it. Without `xml:space="preserve"` an application may drop
 * spaces at the ends and fold runs of white space, so such a text must hold none of those.
 */
function textOfT(t: Node): string {
  const text = childrenOf(t)
    .map((n) => String(n['#text'] ?? ''))
    .join('');
  if (attrsOf(t)['xml:space'] !== 'preserve') expect(text).not.toMatch(/^\s|\s$|\s\s|[^\S ]/);
  return text;
}

/** What a table means, each cell's properties resolved; `font` is the document's default run font. */
function meaning(xml: string, font: string) {
  const tbl = parsePart(xml)[0];
  const tblPr = child(tbl, 'w:tblPr');
  const tableMargins = margins(child(tblPr, 'w:tblCellMar'));
  return {
    width: val(child(tblPr, 'w:tblW'), 'w:w'),
    layout: val(child(tblPr, 'w:tblLayout'), 'w:type'),
    borders: childrenOf(child(tblPr, 'w:tblBorders') ?? {}).map((b) => [tagOf(b), attrsOf(b)]),
    grid: childrenOf(child(tbl, 'w:tblGrid') ?? {}).map((g) => val(g, 'w:w')),
    rows: childrenOf(tbl)
      .filter((n) => tagOf(n) === 'w:tr')
      .map((tr) => ({
        header: isOn(child(tr, 'w:trPr'), 'w:tblHeader'),
        cantSplit: isOn(child(tr, 'w:trPr'), 'w:cantSplit'),
        cells: childrenOf(tr)
          .filter((n) => tagOf(n) === 'w:tc')
          .map((tc) => {
            const tcPr = child(tc, 'w:tcPr');
            const shd = child(tcPr, 'w:shd');
            return {
              width: `${val(child(tcPr, 'w:tcW'), 'w:type')} ${val(child(tcPr, 'w:tcW'), 'w:w')}`,
              gridSpan: val(child(tcPr, 'w:gridSpan')) ?? '1',
              vMerge: child(tcPr, 'w:vMerge') ? (val(child(tcPr, 'w:vMerge')) ?? 'continue') : null,
              fill: shd ? attrsOf(shd) : null,
              vAlign: val(child(tcPr, 'w:vAlign')) ?? 'top',
              margins: { ...tableMargins, ...margins(child(tcPr, 'w:tcMar')) },
              paragraphs: childrenOf(tc)
                .filter((n) => tagOf(n) === 'w:p')
                .map((p) => {
                  const pPr = child(p, 'w:pPr');
                  return {
                    align: val(child(pPr, 'w:jc')) ?? 'left',
                    indent: val(child(pPr, 'w:ind'), 'w:left') ?? '0',
                    runs: childrenOf(p)
                      .filter((n) => tagOf(n) === 'w:r')
                      .map((r) => {
                        const rPr = child(r, 'w:rPr');
                        const fonts = child(rPr, 'w:rFonts');
                        return {
                          text: childrenOf(r)
                            .filter((n) => tagOf(n) === 'w:t')
                            .map(textOfT)
                            .join(''),
                          font: fonts
                            ? attrsOf(fonts)
                            : { 'w:ascii': font, 'w:cs': font, 'w:eastAsia': font, 'w:hAnsi': font },
                          bold: [isOn(rPr, 'w:b'), isOn(rPr, 'w:bCs')],
                          italic: [isOn(rPr, 'w:i'), isOn(rPr, 'w:iCs')],
                          color: val(child(rPr, 'w:color')),
                          size: [val(child(rPr, 'w:sz')), val(child(rPr, 'w:szCs'))],
                        };
                      }),
                  };
                }),
            };
          }),
      })),
  };
}

/** The table's XML as text: its UTF-8 chunks decoded. */
const tableText = (t: AppendixTable) => Buffer.concat([...tableXml(t, WIDTH)]).toString('utf8');

describe('an appendix table written as XML text', () => {
  it('means what the table docx writes for the same cells means, cell by cell', async () => {
    await fc.assert(
      fc.asyncProperty(TABLE, async (t) => {
        // The appendix's documents set Times New Roman as the default run font (appendix.test.ts).
        expect(meaning(tableText(t), FONT_NAME)).toEqual(meaning(await docxXml(t), 'the default'));
      }),
      { seed: 24, numRuns: 120 },
    );
  });

  it('comes in chunks of whole rows, so a long table is never one string', () => {
    const row = (i: number): AppendixCell[] => [
      { col: 0, text: String(i + 1), style: 'text', colSpan: 1, rowSpan: 1, tone: null },
      { col: 1, text: `Chỉ tiêu ${i + 1}`, style: 'name', colSpan: 1, rowSpan: 1, tone: null },
    ];
    const t: AppendixTable = {
      caption: null,
      columns: 2,
      headerRows: 0,
      sheetRows: [],
      rows: Array.from({ length: 2_000 }, (_, i) => row(i)),
    };
    const chunks = [...tableXml(t, WIDTH)].map((c) => new TextDecoder().decode(c));
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks.slice(1, -1)) expect(c).toMatch(/^<w:tr>.*<\/w:tr>$/s);
    expect(chunks.join('').match(/<w:tr>/g)).toHaveLength(2_000);
  });
});

describe('a cell text written straight into bytes', () => {
  it('is the text escaped as for docx and encoded as TextEncoder encodes it, lone surrogates too', () => {
    const encode = (text: string) => {
      const out = new ByteWriter(4);
      out.textElement(text);
      return new TextDecoder().decode(out.take());
    };
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom('a', ' ', '\t', '&', '\u0002', '\ud800', '\udc00') }),
        (a, b) => {
          for (const text of [a, b, a + b]) {
            const body = new TextDecoder().decode(new TextEncoder().encode(escapeXml(text)));
            expect([`<w:t>${body}</w:t>`, `<w:t xml:space="preserve">${body}</w:t>`]).toContain(encode(text));
            // Preserved exactly when XML could otherwise lose a space.
            expect(encode(text).startsWith('<w:t xml:space')).toBe(/^\s|\s$|\s\s|[^\S ]/.test(body));
          }
        },
      ),
      { seed: 24, numRuns: 500 },
    );
  });
});

describe('the appendix’s sentences written as XML text', () => {
  /** The paragraphs as `docx` writes them for the look the appendix gives its sentences. */
  async function docxSentences(lines: string[], look: SentenceLook): Promise<string> {
    const paragraphs = lines.map(
      (text) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: look.firstLine },
          spacing: { after: look.after, line: look.line },
          children: [new TextRun({ text, font: FONT_NAME, size: look.size * 2 })],
        }),
    );
    const bytes = await Packer.pack(new Document({ sections: [{ children: paragraphs }] }), 'uint8array');
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
  }

  it('are the paragraphs docx writes for the same sentences, byte for byte', async () => {
    const look = fc.record({
      firstLine: fc.integer({ min: 0, max: 1200 }),
      after: fc.integer({ min: 0, max: 400 }),
      line: fc.constantFrom(240, 276, 288, 360),
      size: fc.integer({ min: 8, max: 16 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(TEXT, { minLength: 1, maxLength: 6 }), look, async (lines, l) => {
        expect([...sentencesXml(lines, l)].join('')).toBe(await docxSentences(lines, l));
      }),
      { seed: 24, numRuns: 80 },
    );
    // The appendix's own look, on sentences as reports write them.
    const real = ['Thu ngân sách đạt 36.015 triệu đồng, bằng 343% kế hoạch.', 'Tỷ lệ hộ nghèo <2%> & "giảm"'];
    expect([...sentencesXml(real, SENTENCE_LOOK)].join('')).toBe(await docxSentences(real, SENTENCE_LOOK));
  });

  it('come in chunks, so thousands of sentences are never one string', () => {
    const lines = Array.from({ length: 1_000 }, (_, i) => `Câu ${i + 1}.`);
    const chunks = [...sentencesXml(lines, SENTENCE_LOOK)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('').match(/<w:p>/g)).toHaveLength(1_000);
  });
});
