/**
 * The styles part (SpreadsheetML §18.8): what the reader needs of each cell format (`cellXfs`,
 * indexed by a cell's `s`): its number format code — the workbook's own `numFmts`, else the
 * built-in format of its id (§18.8.30). Codes are kept as written, backslashes included
 * (`#,##0\ "đ"`), as Excel shows them and office-js returns them to the add-in. Its text style:
 * its font's italics (`<i/>`, `<i val="1"/>`; `val="0"` is upright) and its alignment's `indent`
 * (`grid.textStyles`, read by the row tree). As Excel renders, the xf's own font and alignment
 * count whatever its `apply…` flags say.
 *
 * A record per cell format (`CellFormat`), so another attribute of it (its font, say) is a field
 * and a few lines here.
 */
import { textStyleOf, type TextStyle } from '../../core/grid';
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
  /** Italics and indent of its text; undefined when upright and not indented. */
  textStyle: TextStyle | undefined;
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
  const fonts = fontFacts(xml, root);
  const styles = new Map<string, TextStyle>();
  return findAll(xml, 'xf', cellXfs.tagEnd, cellXfs.contentEnd, '').map((xf) => {
    const a = attributes(xf.tag);
    const id = Number(a.get('numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILT_IN_FORMATS[id];
    const font = fonts[Number(a.get('fontId') ?? 0)];
    const style = textStyleOf(font?.italic, ...alignmentOf(xml, xf));
    const key = JSON.stringify(style);
    if (style && !styles.has(key)) styles.set(key, style);
    return {
      numberFormat: code === 'General' || code === '' ? undefined : code,
      legacyFont: font?.legacyName,
      // One object per distinct style, shared by the cells that have it.
      textStyle: style ? styles.get(key) : undefined,
    };
  });
}

/** An xf's `<alignment>`: its indent level and horizontal alignment, when written. */
function alignmentOf(xml: string, xf: Found): [number | undefined, string | undefined] {
  if (xf.selfClosing) return [undefined, undefined];
  // Searched in the xf's own text: an xf without one must not scan the rest of the part.
  const el = findFirst(xml.slice(xf.tagEnd, xf.contentEnd), 'alignment', 0, undefined, '');
  if (!el) return [undefined, undefined];
  const a = attributes(el.tag);
  const indent = a.get('indent');
  return [indent === undefined ? undefined : Number(indent), a.get('horizontal')];
}

interface FontFacts {
  /** Its name when it is a legacy Vietnamese font. */
  legacyName: string | undefined;
  italic: boolean;
}

/** What the reader needs of each font of `<fonts>`, by font id. */
function fontFacts(xml: string, root: Found): (FontFacts | undefined)[] {
  const fonts = findFirst(xml, 'fonts', root.tagEnd, root.contentEnd, '');
  if (!fonts || fonts.selfClosing) return [];
  return findAll(xml, 'font', fonts.tagEnd, fonts.contentEnd, '').map((font) => {
    if (font.selfClosing) return undefined;
    const own = xml.slice(font.tagEnd, font.contentEnd);
    const nameEl = findFirst(own, 'name', 0, undefined, '');
    const name = nameEl ? attributes(nameEl.tag).get('val') : undefined;
    const i = findFirst(own, 'i', 0, undefined, '');
    const val = i ? attributes(i.tag).get('val') : undefined;
    return {
      legacyName: legacyFontOf(name) ? name : undefined,
      italic: i !== null && val !== '0' && val !== 'false',
    };
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
