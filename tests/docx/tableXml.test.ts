/**
 * The appendix's tables are written as XML text (the `docx` package cannot hold a 100,000-row
 * table): the text must be the table `docx` itself writes for the same cells, element for element —
 * widths, spans, the continuation of a cell spanning rows, fills, margins, alignment, indent, the
 * run's font, size, weight, slant and colour, `tblHeader` and `cantSplit`, and the escaping of
 * `& < > " '` and of characters XML cannot hold. The reference is `docx` given the options the
 * appendix gave it when it drew its tables through the package.
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
import { sentencesXml, tableXml, type SentenceLook } from '../../src/docx/tableXml';

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
    unit: fc.constantFrom('a', 'ệ', ' ', '&', '<', '>', '"', "'", '\u0001', '\u000b', '\t', '\n'),
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

describe('an appendix table written as XML text', () => {
  it('is the table docx writes for the same cells, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(TABLE, async (t) => {
        expect([...tableXml(t, WIDTH)].join('')).toBe(await docxXml(t));
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
    const chunks = [...tableXml(t, WIDTH)];
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks.slice(1, -1)) expect(c).toMatch(/^<w:tr>.*<\/w:tr>$/s);
    expect(chunks.join('').match(/<w:tr>/g)).toHaveLength(2_000);
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
