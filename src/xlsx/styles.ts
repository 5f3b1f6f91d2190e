/**
 * The summary sheet's look in SpreadsheetML, appended to the input's `xl/styles.xml`: fonts,
 * fills, borders, number formats and cell formats (`cellXfs`) for the model's named styles, and
 * differential formats (`dxfs`) for the status colours. Nothing existing is changed or reordered:
 * the new records go after the existing ones and the `count` attributes are updated, so every style
 * index the user's sheets use keeps meaning what it meant.
 *
 * The look is the report model's one look table (src/core/report/look.ts), as every renderer draws it.
 */
import { FONT_NAME, LOOKS, TONES, type CellLook, type CellStyle, type ConditionalRule } from '../core/report';
import { appendChildren, attributes, escapeAttr, findAll, findFirst, rootElement, splice, type Found } from './xml';
import { UnsupportedPackageError } from './zip';

interface FontSpec {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

interface AlignmentSpec {
  horizontal?: 'left' | 'center' | 'right' | 'justify';
  vertical?: 'top' | 'center';
  wrapText?: boolean;
  indent?: number;
}

interface StyleSpec {
  font: FontSpec;
  alignment: AlignmentSpec;
  border?: boolean;
  fill?: string;
}

/** A model look (src/core/report/look.ts) in SpreadsheetML terms; defaults are left out. */
function styleSpec(l: CellLook): StyleSpec {
  return {
    font: { size: l.size, bold: l.bold, italic: l.italic, underline: l.underline },
    alignment: {
      horizontal: l.horizontal === 'general' ? undefined : l.horizontal,
      vertical: l.vertical === 'bottom' ? undefined : l.vertical,
      wrapText: l.wrap || undefined,
      indent: l.indent || undefined,
    },
    border: l.border || undefined,
    fill: l.fill === null ? undefined : `FF${l.fill}`,
  };
}

/** The named styles of the report model. */
export const STYLE_SPECS = Object.fromEntries(
  Object.entries(LOOKS).map(([style, l]) => [style, styleSpec(l)]),
) as Record<CellStyle, StyleSpec>;

/** Status colours (ARGB): font colour and background. */
export const TONE_SPECS = Object.fromEntries(
  Object.entries(TONES).map(([tone, c]) => [tone, { font: `FF${c.font}`, fill: `FF${c.fill}` }]),
) as Record<ConditionalRule['tone'], { font: string; fill: string }>;

/** Built-in number formats Excel knows by id (ECMA-376 §18.8.30), among those the model uses. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

function fontXml(f: FontSpec): string {
  return `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.underline ? '<u/>' : ''}<sz val="${f.size}"/><name val="${FONT_NAME}"/><family val="1"/></font>`;
}

const THIN = '<color rgb="FF000000"/>';
const BOX_BORDER = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

function fillXml(argb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function alignmentXml(a: AlignmentSpec): string {
  let s = '<alignment';
  if (a.horizontal) s += ` horizontal="${a.horizontal}"`;
  if (a.vertical) s += ` vertical="${a.vertical}"`;
  if (a.wrapText) s += ' wrapText="1"';
  if (a.indent) s += ` indent="${a.indent}"`;
  return `${s}/>`;
}

function dxfXml(tone: { font: string; fill: string }): string {
  // Excel's own form of a conditional fill: the colour is the pattern's background.
  return `<dxf><font><color rgb="${tone.font}"/></font><fill><patternFill><bgColor rgb="${tone.fill}"/></patternFill></fill></dxf>`;
}

/** What the sheet writer needs: the xf index of a (style, number format) and the dxf of a tone. */
export interface SheetStyles {
  xf(style: CellStyle, numberFormat: string | undefined): number;
  dxf(tone: ConditionalRule['tone']): number;
}

/** One list of styles.xml (`fonts`, `cellXfs`…): where it is, and its records as written. */
interface Section {
  el: Found;
  count: number;
  /** Index of each distinct record, by its exact text. */
  index: Map<string, number>;
}

function sectionOf(xml: string, el: Found, childLocal: string): Section {
  const children = el.selfClosing ? [] : findAll(xml, childLocal, el.tagEnd, el.contentEnd);
  const index = new Map<string, number>();
  children.forEach((c, i) => {
    const text = xml.slice(c.start, c.end);
    if (!index.has(text)) index.set(text, i);
  });
  return { el, count: children.length, index };
}

/** Elements of the stylesheet in schema order (CT_Stylesheet), to place a missing list. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/**
 * The input's styles.xml and the records the summary sheet adds to it. Records are made on first
 * use (`xf`, `dxf`), while the sheet is written, and `xml()` gives the new styles.xml afterwards.
 */
export class StyleBook implements SheetStyles {
  private readonly root: Found;
  private readonly prefix: string;
  private readonly fonts: Section;
  private readonly fills: Section;
  private readonly borders: Section;
  private readonly cellXfs: Section;
  private readonly numFmts: Section | null;
  private readonly dxfs: Section | null;
  private maxFmtId = 163;
  private readonly fmtIds = new Map<string, number>();
  private readonly added = {
    numFmts: [] as string[],
    fonts: [] as string[],
    fills: [] as string[],
    borders: [] as string[],
    cellXfs: [] as string[],
    dxfs: [] as string[],
  };
  private readonly xfIds = new Map<CellStyle, Map<string, number>>();
  private readonly dxfIds = new Map<ConditionalRule['tone'], number>();

  constructor(private readonly source: string) {
    this.root = rootElement(source);
    this.prefix = this.root.prefix;
    const section = (local: string, child: string): Section | null => {
      const el = findFirst(source, local, this.root.tagEnd, this.root.contentEnd, this.prefix);
      return el ? sectionOf(source, el, child) : null;
    };
    const [fonts, fills, borders, cellXfs] = [
      section('fonts', 'font'),
      section('fills', 'fill'),
      section('borders', 'border'),
      section('cellXfs', 'xf'),
    ];
    if (!fonts || !fills || !borders || !cellXfs)
      throw new UnsupportedPackageError('styles.xml without fonts, fills, borders or cellXfs');
    [this.fonts, this.fills, this.borders, this.cellXfs] = [fonts, fills, borders, cellXfs];
    this.numFmts = section('numFmts', 'numFmt');
    this.dxfs = section('dxfs', 'dxf');
    if (this.numFmts && !this.numFmts.el.selfClosing) {
      for (const f of findAll(source, 'numFmt', this.numFmts.el.tagEnd, this.numFmts.el.contentEnd)) {
        const a = attributes(f.tag);
        const id = Number(a.get('numFmtId'));
        if (!Number.isFinite(id)) continue;
        this.maxFmtId = Math.max(this.maxFmtId, id);
        const code = a.get('formatCode');
        if (code !== undefined && !this.fmtIds.has(code)) this.fmtIds.set(code, id);
      }
    }
  }

  /** A record with the stylesheet's prefix (usually none). */
  private withPrefix(xml: string): string {
    return this.prefix ? xml.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${this.prefix}`) : xml;
  }

  /**
   * The index of a record in a list: an identical one already there (a previous run's, or the
   * user's), else a new one appended. A second run thus adds nothing.
   */
  private recordId(list: Section | null, added: string[], xml: string): number {
    const text = this.withPrefix(xml);
    let id = list?.index.get(text);
    if (id === undefined) {
      id = (list?.count ?? 0) + added.length;
      added.push(text);
      list?.index.set(text, id);
    }
    return id;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.fmtIds.get(code);
    if (id === undefined) {
      id = ++this.maxFmtId;
      this.added.numFmts.push(this.withPrefix(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`));
      this.fmtIds.set(code, id);
    }
    return id;
  }

  xf(style: CellStyle, format: string | undefined): number {
    let byFormat = this.xfIds.get(style);
    if (!byFormat) this.xfIds.set(style, (byFormat = new Map()));
    const key = format ?? '';
    const known = byFormat.get(key);
    if (known !== undefined) return known;
    const spec = STYLE_SPECS[style];
    const fmt = format ? this.numFmtId(format) : 0;
    const font = this.recordId(this.fonts, this.added.fonts, fontXml(spec.font));
    const fill = spec.fill ? this.recordId(this.fills, this.added.fills, fillXml(spec.fill)) : 0;
    const border = spec.border ? this.recordId(this.borders, this.added.borders, BOX_BORDER) : 0;
    let xf = `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyFont="1" applyAlignment="1"`;
    if (fmt) xf += ' applyNumberFormat="1"';
    if (spec.fill) xf += ' applyFill="1"';
    if (spec.border) xf += ' applyBorder="1"';
    xf += `>${alignmentXml(spec.alignment)}</xf>`;
    const id = this.recordId(this.cellXfs, this.added.cellXfs, xf);
    byFormat.set(key, id);
    return id;
  }

  dxf(tone: ConditionalRule['tone']): number {
    let id = this.dxfIds.get(tone);
    if (id === undefined)
      this.dxfIds.set(tone, (id = this.recordId(this.dxfs, this.added.dxfs, dxfXml(TONE_SPECS[tone]))));
    return id;
  }

  /** The styles.xml with the records used so far appended and the counts updated. */
  xml(): string {
    const { root, prefix: p, source } = this;
    type Edit = { at: Found | null; local: string; items: string[]; count: number };
    const edits: Edit[] = [
      { at: this.numFmts?.el ?? null, local: 'numFmts', items: this.added.numFmts, count: this.numFmts?.count ?? 0 },
      { at: this.fonts.el, local: 'fonts', items: this.added.fonts, count: this.fonts.count },
      { at: this.fills.el, local: 'fills', items: this.added.fills, count: this.fills.count },
      { at: this.borders.el, local: 'borders', items: this.added.borders, count: this.borders.count },
      { at: this.cellXfs.el, local: 'cellXfs', items: this.added.cellXfs, count: this.cellXfs.count },
      { at: this.dxfs?.el ?? null, local: 'dxfs', items: this.added.dxfs, count: this.dxfs?.count ?? 0 },
    ];
    let xml = source;
    const positioned = edits
      .filter((e) => e.items.length > 0)
      .map((e) => ({ ...e, pos: e.at ? e.at.start : insertionPoint(source, root, e.local) }))
      // From the end backwards; at one offset, the existing list's edit before the new list put in front of it.
      .sort((a, b) => b.pos - a.pos || (a.at ? 0 : 1) - (b.at ? 0 : 1));
    for (const e of positioned) {
      const count = e.count + e.items.length;
      const items = e.items.join('');
      if (e.at) {
        const tag = setCount(e.at.tag, count);
        const grow = tag.length - e.at.tag.length;
        const el: Found = {
          ...e.at,
          tag,
          tagEnd: e.at.tagEnd + grow,
          contentEnd: e.at.contentEnd + grow,
          end: e.at.end + grow,
        };
        xml = splice(xml, e.at.start, e.at.tagEnd, tag);
        xml = appendChildren(xml, el, items);
      } else {
        xml = splice(xml, e.pos, e.pos, `<${p}${e.local} count="${count}">${items}</${p}${e.local}>`);
      }
    }
    return xml;
  }
}

/**
 * Appends the styles of the (style, number format) pairs and tones given to `stylesXml`: the new
 * styles.xml and the index lookup (what `StyleBook` does, all at once).
 */
export function appendStyles(
  stylesXml: string,
  used: Iterable<[CellStyle, string | undefined]>,
  tones: Iterable<ConditionalRule['tone']>,
): { xml: string; styles: SheetStyles } {
  const book = new StyleBook(stylesXml);
  for (const [style, format] of used) book.xf(style, format);
  for (const tone of tones) book.dxf(tone);
  return { xml: book.xml(), styles: book };
}

function setCount(tag: string, count: number): string {
  if (/\scount\s*=/.test(tag)) return tag.replace(/(\scount\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${count}"`);
  return tag.replace(/^(<[\w.:-]+)/, `$1 count="${count}"`);
}

/** Where a missing list goes: before the first element that follows it in schema order. */
function insertionPoint(xml: string, root: Found, local: string): number {
  for (const next of ORDER.slice(ORDER.indexOf(local) + 1)) {
    const el = findFirst(xml, next, root.tagEnd, root.contentEnd, root.prefix);
    if (el) return el.start;
  }
  return root.contentEnd;
}
