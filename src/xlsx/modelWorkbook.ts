/**
 * A new workbook whose sheets are report sheet models (src/core/report), written by the package
 * writer that injects the summary sheet: the same sheet XML (`renderSheetXml`), the same look
 * (`StyleBook`, here over an empty stylesheet), the same notes parts. Made for the district
 * workbook, which is never a ward's file but a workbook of chitieu's own.
 *
 * The package holds the minimal parts Excel and LibreOffice need (ECMA-376 Part 1 §9, Part 2):
 * `[Content_Types].xml`, the package and workbook relationships, `xl/workbook.xml` (sheets in
 * order, the first one active, each sheet's title rows as its `_xlnm.Print_Titles`),
 * `xl/styles.xml`, one worksheet part per model, and for a sheet with notes its comments and VML
 * drawing. Sheet names follow Excel's rules; a repeated name gets ` (2)`.
 */
import { qualifiedCell } from '../core/report/formulas';
import type { ReportSheetModel } from '../core/report';
import { freeSheetName } from '../core/sheetName';
import { commentsXml, notesVml, renderSheetXml } from './sheetXml';
import { StyleBook } from './styles';
import { escapeAttr, escapeText } from './xml';
import { concatBytes, newEntry, writeZip, type RawDeflate, type ZipEntry } from './zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * The stylesheet the models' styles are appended to: Excel's required first records (a default
 * font, the two reserved fills `none` and `gray125`, an empty border, the Normal style).
 */
const BASE_STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/></styleSheet>';

export interface ModelWorkbookOptions {
  /** The host's native raw deflate (node:zlib); fflate at level 6 without. */
  deflate?: RawDeflate;
  /** Write the engine's figures as formulas' cached results (default true; see `renderSheetXml`). */
  cachedResults?: boolean;
}

/** A sheet of the new workbook: its name, its part and, if it has notes, their two parts. */
interface SheetParts {
  name: string;
  entries: ZipEntry[];
  notes: boolean;
}

/** The `.xlsx` bytes of a new workbook holding `models` as its sheets, in order. */
export async function modelWorkbook(
  models: ReportSheetModel[],
  options: ModelWorkbookOptions = {},
): Promise<Uint8Array> {
  const entry = (name: string, content: Uint8Array | string) => newEntry(name, content, 6, options.deflate);
  const styles = new StyleBook(BASE_STYLES);
  const names: string[] = [];
  for (const model of models) names.push(freeSheetName(names, model.name));
  const sheets: SheetParts[] = [];
  for (const [i, model] of models.entries()) {
    const pieces: Uint8Array[] = [];
    const notes = await renderSheetXml(
      model,
      styles,
      { cachedResults: options.cachedResults ?? true, tabSelected: i === 0, legacyDrawingId: 'rId1' },
      (bytes) => pieces.push(bytes),
    );
    const n = i + 1;
    const entries = [entry(`xl/worksheets/sheet${n}.xml`, concatBytes(pieces))];
    if (notes.length > 0) {
      entries.push(
        entry(`xl/comments${n}.xml`, commentsXml(notes)),
        entry(`xl/drawings/vmlDrawing${n}.vml`, notesVml(notes, n)),
        entry(`xl/worksheets/_rels/sheet${n}.xml.rels`, notesRels(n)),
      );
    }
    sheets.push({ name: names[i], entries, notes: notes.length > 0 });
  }
  return writeZip([
    entry('[Content_Types].xml', contentTypes(sheets)),
    entry(
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    entry('xl/workbook.xml', workbookXml(models, names)),
    entry('xl/_rels/workbook.xml.rels', workbookRels(sheets.length)),
    entry('xl/styles.xml', styles.xml()),
    ...sheets.flatMap((s) => s.entries),
  ]);
}

function contentTypes(sheets: SheetParts[]): string {
  let overrides = '';
  sheets.forEach((s, i) => {
    const n = i + 1;
    overrides += `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`;
    if (s.notes)
      overrides += `<Override PartName="/xl/comments${n}.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>`;
  });
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>${overrides}</Types>`
  );
}

/** The sheets in order, the first active, and each sheet's print titles. */
function workbookXml(models: ReportSheetModel[], names: string[]): string {
  const sheets = names.map((n, i) => `<sheet name="${escapeAttr(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const titles = models
    .map((m, i) => {
      const t = m.print.titleRows;
      if (!t) return '';
      const rows = escapeText(qualifiedCell(names[i], `$${t.top + 1}:$${t.bottom + 1}`));
      return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${rows}</definedName>`;
    })
    .join('');
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${sheets}</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ''}</workbook>`
  );
}

function workbookRels(count: number): string {
  let rels = '';
  for (let i = 1; i <= count; i++)
    rels += `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  rels += `<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${rels}</Relationships>`;
}

/** The sheet's relationships to its notes: `rId1` the VML drawing (the sheet's `legacyDrawing`), `rId2` the comments. */
function notesRels(n: number): string {
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId2" Type="${REL}/comments" Target="../comments${n}.xml"/>` +
    `<Relationship Id="rId1" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing${n}.vml"/>` +
    '</Relationships>'
  );
}
