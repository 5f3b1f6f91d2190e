/**
 * The styles part (SpreadsheetML §18.8): what the reader needs of each cell format (`cellXfs`,
 * indexed by a cell's `s`): its number format code — the workbook's own `numFmts`, else the
 * built-in format of its id (§18.8.30). Codes are kept as written, backslashes included
 * (`#,##0\ "đ"`), as Excel shows them and office-js returns them to the add-in.
 *
 * A record per cell format (`CellFormat`), so another attribute of it (its font, say) is a field
 * and a few lines here.
 */
import { legacyFontOf } from '../../core/legacyText';
import { attributes, findAll, findFirst, type Found } from '../xml';

/** The built-in number formats with a fixed code (ECMA-376 Part 1, §18.8.30). */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** One cell format (`<xf>` of `cellXfs`). */
export interface CellFormat {
  /** Its number format code; undefined for General (or an id without a known code). */
  numberFormat: string | undefined;
  /** Its font's name when that is a legacy Vietnamese font (`.VnTime`, `VNI-Times`: DOMAIN.md §7.6). */
  legacyFont: string | undefined;
}

/** The workbook's cell formats, by index; an empty list without a styles part. */
export type CellFormats = CellFormat[];

/** The cell formats of a styles part whose main namespace is the default one. */
export function readCellFormats(xml: string): CellFormats {
  const root = findFirst(xml, 'styleSheet', 0, xml.length, '');
  if (!root || root.selfClosing) return [];
  const custom = customFormats(xml, root);
  const cellXfs = findFirst(xml, 'cellXfs', root.tagEnd, root.contentEnd, '');
  if (!cellXfs || cellXfs.selfClosing) return [];
  const fonts = legacyFontNames(xml, root);
  return findAll(xml, 'xf', cellXfs.tagEnd, cellXfs.contentEnd, '').map((xf) => {
    const a = attributes(xf.tag);
    const id = Number(a.get('numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id];
    return {
      numberFormat: code === 'General' || code === '' ? undefined : code,
      legacyFont: fonts[Number(a.get('fontId') ?? 0)],
    };
  });
}

/** The name of each font of `<fonts>` that is a legacy Vietnamese font, by font id. */
function legacyFontNames(xml: string, root: Found): (string | undefined)[] {
  const fonts = findFirst(xml, 'fonts', root.tagEnd, root.contentEnd, '');
  if (!fonts || fonts.selfClosing) return [];
  return findAll(xml, 'font', fonts.tagEnd, fonts.contentEnd, '').map((font) => {
    if (font.selfClosing) return undefined;
    const nameEl = findFirst(xml, 'name', font.tagEnd, font.contentEnd, '');
    const name = nameEl ? attributes(nameEl.tag).get('val') : undefined;
    return legacyFontOf(name) ? name : undefined;
  });
}

/** The `numFmts` of the stylesheet (not those of `dxfs`), by id. */
function customFormats(xml: string, root: Found): Map<number, string> {
  const formats = new Map<number, string>();
  const numFmts = findFirst(xml, 'numFmts', root.tagEnd, root.contentEnd, '');
  if (!numFmts || numFmts.selfClosing) return formats;
  for (const f of findAll(xml, 'numFmt', numFmts.tagEnd, numFmts.contentEnd, '')) {
    const a = attributes(f.tag);
    const code = a.get('formatCode');
    if (code !== undefined) formats.set(Number(a.get('numFmtId')), code);
  }
  return formats;
}
