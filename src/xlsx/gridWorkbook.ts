/**
 * A new workbook holding grids as worksheets: values (numbers, texts, booleans, error values) and
 * number formats, nothing else — the table chitieu put together (a term of yearly reports), which
 * the summary sheet is then injected into like into any user's workbook. Texts are inline strings;
 * the first two columns are widened so names can be read.
 */
import { cellAddress, isCellError, type CellValue, type Grid } from '../core/grid';
import { validSheetName } from '../core/sheetName';
import { escapeAttr, escapeCellText } from './xml';
import { newEntry, writeZip } from './zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Custom number formats start at 164 (ECMA-376 §18.8.30). */
const FIRST_CUSTOM_FORMAT = 164;

/** The `.xlsx` bytes of a workbook whose sheets are `grids`, in order. */
export function gridWorkbook(grids: Grid[]): Uint8Array {
  const formats = new Map<string, number>();
  const styleOf = (code: string | null | undefined): number => {
    if (!code || code === 'General') return 0;
    if (!formats.has(code)) formats.set(code, formats.size + 1);
    return formats.get(code)!;
  };
  const sheets = grids.map((g) => sheetXml(g, styleOf));
  const names = grids.map((g) => validSheetName(g.sheet));
  const entries = [
    newEntry('[Content_Types].xml', contentTypes(grids.length)),
    newEntry(
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    newEntry('xl/workbook.xml', workbookXml(names)),
    newEntry('xl/_rels/workbook.xml.rels', workbookRels(grids.length)),
    newEntry('xl/styles.xml', stylesXml(formats)),
    ...sheets.map((xml, i) => newEntry(`xl/worksheets/sheet${i + 1}.xml`, xml)),
  ];
  return writeZip(entries);
}

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`,
  ).join('');
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${sheets}</Types>`
  );
}

function workbookXml(names: string[]): string {
  const sheets = names.map((n, i) => `<sheet name="${escapeAttr(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  const styles = `<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets}${styles}</Relationships>`;
}

function stylesXml(formats: Map<string, number>): string {
  const codes = [...formats.keys()];
  const numFmts = codes.length
    ? `<numFmts count="${codes.length}">${codes.map((c, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeAttr(c)}"/>`).join('')}</numFmts>`
    : '';
  const xfs = codes
    .map(
      (_, i) =>
        `<xf numFmtId="${FIRST_CUSTOM_FORMAT + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    )
    .join('');
  return (
    `${HEAD}<styleSheet xmlns="${MAIN}">${numFmts}` +
    `<fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${codes.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

function sheetXml(grid: Grid, styleOf: (code: string | null | undefined) => number): string {
  const rows: string[] = [];
  grid.values.forEach((values, r) => {
    const cells: string[] = [];
    values.forEach((v, c) => {
      const cell = cellXml(cellAddress(r, c), v, styleOf(grid.numberFormats?.[r]?.[c]));
      if (cell) cells.push(cell);
    });
    if (cells.length > 0) rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const cols =
    '<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="48" customWidth="1"/></cols>';
  return `${HEAD}<worksheet xmlns="${MAIN}">${cols}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

function cellXml(ref: string, v: CellValue, style: number): string | null {
  const s = style ? ` s="${style}"` : '';
  if (v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : null;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isCellError(v)) return `<c r="${ref}"${s} t="e"><v>${escapeCellText(v.error)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(v)}</t></is></c>`;
}
