/**
 * Fast reading side of the CLI: an .xlsx package → one `Grid` per worksheet, straight from the
 * package parts, without loading the workbook into ExcelJS (whose model costs most of the read
 * time and memory, while the engine needs only plain grids).
 *
 * The grids are exactly what `ExcelJS.Workbook.xlsx.load` followed by `worksheetToGrid`
 * (`../readWorkbook`) gives, ExcelJS's quirks included, so that both readers are interchangeable:
 * - parts at ExcelJS's fixed paths (`xl/workbook.xml`, `xl/_rels/workbook.xml.rels`,
 *   `xl/sharedStrings.xml`, `xl/styles.xml`, `xl/worksheets/sheetN.xml` and their rels); a sheet
 *   whose part ExcelJS would not find is left out as ExcelJS leaves it out;
 * - text as saxes decodes it (the five entities and character references, line ends normalised),
 *   `_xHHHH_` decoded in shared strings and rich-text runs only (not in inline `<is><t>` text), the
 *   second entity decoding of `t="str"` values and sheet names;
 * - a formula's cached result as ExcelJS's `cell.result` holds it ('' read as empty, 0 and false
 *   kept), dates through `excelToDate` and back, a hyperlinked cell read as its text (nothing
 *   when the text is not a string), number formats with backslashes removed and ExcelJS's table of
 *   built-in formats, merged-away cells dropped, shared formulas translated by ExcelJS's
 *   `slideFormula`.
 *
 * Anything it does not mirror with certainty (Strict OOXML, prefixed elements, CDATA, comments,
 * unknown entities, an element ExcelJS's cell parser would trip on, duplicate or unordered rows and
 * cells, overlapping merges, a missing part, an unusual shared formula…) throws
 * `UnsupportedPackageError`, and the caller reads the file with ExcelJS instead.
 */
import { inflateRawSync } from 'node:zlib';
import type { CellRange, CellValue, Grid } from '../../core/grid';
import { decodeLegacyGrid } from '../../core/legacyGrid';
import { legacyFontOf } from '../../core/legacyText';
import { readZip, UnsupportedPackageError, type ZipEntry } from './zip';

function unsupported(why: string): never {
  throw new UnsupportedPackageError(why);
}

/** A workbook-level defined name as ExcelJS models it after loading (print areas and titles left out). */
export interface DefinedNameModel {
  name: string;
  ranges: string[];
}

/** The package opened: its workbook facts, and each sheet read on demand. */
export interface PackageWorkbook {
  /** The workbook uses the 1904 date system (`<workbookPr date1904="1">`). */
  date1904: boolean;
  /** Names of the worksheets, in workbook order (those ExcelJS loads). */
  sheetNames: string[];
  definedNames: DefinedNameModel[];
  /** The grid of sheet `index` (of `sheetNames`). */
  readSheet(index: number): Grid;
}

// ---------------------------------------------------------------------------------------------
// Text and attributes, as saxes gives them

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function validChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** The five named entities and character references; any other `&` is an error for saxes. */
function decodeEntitiesStrict(s: string): string {
  return s.replace(/&([^;&]*);?/g, (m: string, body: string) => {
    if (!m.endsWith(';')) unsupported('bare &');
    const named = NAMED[body];
    if (named !== undefined) return named;
    const num = /^#x([0-9a-fA-F]+)$/.exec(body) ?? /^#([0-9]+)$/.exec(body);
    if (!num) unsupported(`entity &${body};`);
    const cp = parseInt(num[1], body[1] === 'x' ? 16 : 10);
    if (!validChar(cp)) unsupported('invalid character reference');
    return String.fromCodePoint(cp);
  });
}

/** Character data: line ends normalised to LF, then entities decoded. */
function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') >= 0) s = decodeEntitiesStrict(s);
  return s;
}

/** An attribute value: line ends and white space normalised to spaces, then entities decoded. */
function decodeAttr(raw: string): string {
  let s = raw;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ');
  if (s.indexOf('&') >= 0) s = decodeEntitiesStrict(s);
  return s;
}

/** ExcelJS's `utils.xmlDecode`: a second decoding of the named entities. */
function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

/** ExcelJS's `TextXform` decoding of `_xHHHH_` (upper-case hex digits only). */
function decodeX(text: string): string {
  return text.indexOf('_x') < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Attributes of a start tag's body (after the name), by qualified name, values decoded. */
function parseAttrs(body: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
  let p = 0;
  for (;;) {
    re.lastIndex = p;
    const m = re.exec(body);
    if (!m) break;
    attrs.set(m[1], decodeAttr(m[2] ?? m[3]));
    p = re.lastIndex;
  }
  if (body.slice(p).trim() !== '') unsupported('unexpected start tag content');
  return attrs;
}

/** One element found by `elements`. */
interface Element {
  attrs: Map<string, string>;
  start: number;
  /** End of the start tag. */
  tagEnd: number;
  /** Start of the end tag (`tagEnd` when self-closing). */
  contentEnd: number;
  end: number;
  selfClosing: boolean;
}

const TAG_BODY = `((?:[^>"']|"[^"]*"|'[^']*')*)`;
const tagRes = new Map<string, RegExp>();
const stickyRes = new Map<string, RegExp>();

/** Elements named exactly `name` (no prefix) between `from` and `to`; they must not nest. */
function elements(xml: string, name: string, from = 0, to = xml.length): Element[] {
  let re = tagRes.get(name);
  if (!re) tagRes.set(name, (re = new RegExp(`<${name}(?=[\\s/>])${TAG_BODY}>`, 'g')));
  const found: Element[] = [];
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const el = elementOf(xml, name, m, to);
    found.push(el);
    re.lastIndex = el.end;
  }
  return found;
}

/** The element named `name` whose start tag is at `at`. */
function elementAt(xml: string, name: string, at: number, to: number): Element {
  let re = stickyRes.get(name);
  if (!re) stickyRes.set(name, (re = new RegExp(`<${name.replace(/[.]/g, '\\.')}(?=[\\s/>])${TAG_BODY}>`, 'y')));
  re.lastIndex = at;
  const m = re.exec(xml);
  if (!m) unsupported(`unexpected markup <${name}>`);
  return elementOf(xml, name, m, to);
}

/** The element whose start tag `m` matched: its attributes and where its content and end are. */
function elementOf(xml: string, name: string, m: RegExpExecArray, to: number): Element {
  const body = m[1];
  const selfClosing = body.endsWith('/');
  const tagEnd = m.index + m[0].length;
  let contentEnd = tagEnd;
  let end = tagEnd;
  if (!selfClosing) {
    contentEnd = xml.indexOf(`</${name}>`, tagEnd);
    if (contentEnd < 0 || contentEnd > to) unsupported(`unclosed <${name}>`);
    end = contentEnd + name.length + 3;
  }
  const attrs = parseAttrs(selfClosing ? body.slice(0, -1) : body);
  return { attrs, start: m.index, tagEnd, contentEnd, end, selfClosing };
}

function only(xml: string, name: string, from?: number, to?: number): Element | null {
  const found = elements(xml, name, from, to);
  if (found.length > 1) unsupported(`several <${name}>`);
  return found[0] ?? null;
}

/**
 * Checks that a part is plain, unprefixed SpreadsheetML with root `root` (no comments, CDATA,
 * DTD or processing instructions past the declaration) and returns where the root's start tag ends.
 */
function checkPart(xml: string, root: string, whole = true): number {
  const pi = xml.startsWith('<?') ? xml.indexOf('?>') + 2 : 0;
  if (whole && (xml.indexOf('<!') >= 0 || xml.indexOf('<?', pi) >= 0))
    unsupported('comment, CDATA, DTD or processing instruction');
  const m = /^\s*<([^\s/>]+)/.exec(xml.slice(pi, pi + 200));
  if (!m || m[1] !== root) unsupported(`root element is not <${root}>`);
  const tagEnd = xml.indexOf('>', pi);
  if (tagEnd < 0) unsupported('no root');
  return tagEnd + 1;
}

// ---------------------------------------------------------------------------------------------
// Number formats (ExcelJS's lib/xlsx/defaultnumformats.js, the ids with a format code)

const BUILT_IN_FORMATS: Record<number, string> = {
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
  22: 'm/d/yy "h":mm',
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

/** ExcelJS's `utils.isDateFmt`. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/**
 * Per cell style index (`s`): its number format, whether ExcelJS reads its numbers as dates, and
 * its font's name when that is a legacy Vietnamese font (`.VnTime`, `VNI-Times`: DOMAIN.md §7.6).
 */
interface Styles {
  formats: (string | undefined)[];
  dates: boolean[];
  legacyFonts: (string | undefined)[];
}

/** The name of each font of `<fonts>` that is a legacy Vietnamese font, by font id. */
function legacyFontNames(xml: string, rootEnd: number): (string | undefined)[] {
  const fonts = only(xml, 'fonts', rootEnd);
  if (!fonts || fonts.selfClosing) return [];
  return elements(xml, 'font', fonts.tagEnd, fonts.contentEnd).map((font) => {
    if (font.selfClosing) return undefined;
    const name = elements(xml, 'name', font.tagEnd, font.contentEnd)[0]?.attrs.get('val');
    return legacyFontOf(name) ? name : undefined;
  });
}

function parseStyles(xml: string): Styles {
  const rootEnd = checkPart(xml, 'styleSheet');
  const custom: string[] = [];
  const numFmts = only(xml, 'numFmts', rootEnd);
  if (numFmts && !numFmts.selfClosing) {
    for (const f of elements(xml, 'numFmt', numFmts.tagEnd, numFmts.contentEnd)) {
      const code = f.attrs.get('formatCode');
      if (code === undefined) unsupported('numFmt without formatCode');
      custom[parseInt(f.attrs.get('numFmtId') as string, 10)] = code.replace(/[\\](.)/g, '$1');
    }
  }
  const cellXfs = only(xml, 'cellXfs', rootEnd);
  if (!cellXfs || cellXfs.selfClosing) unsupported('no cellXfs');
  const xfs = elements(xml, 'xf', cellXfs.tagEnd, cellXfs.contentEnd);
  if (xfs.length === 0) unsupported('no cellXfs');
  const formats: (string | undefined)[] = [];
  const dates: boolean[] = [];
  const fontNames = legacyFontNames(xml, rootEnd);
  const legacyFonts: (string | undefined)[] = [];
  for (const xf of xfs) {
    const id = parseInt(xf.attrs.get('numFmtId') as string, 10);
    const fmt = id ? custom[id] || BUILT_IN_FORMATS[id] || undefined : undefined;
    formats.push(fmt);
    dates.push(isDateFormat(fmt));
    legacyFonts.push(fontNames[parseInt(xf.attrs.get('fontId') ?? '0', 10)]);
  }
  return { formats, dates, legacyFonts };
}

// ---------------------------------------------------------------------------------------------
// Shared strings: each entry as its plain text (rich text joined, an empty entry '')

function runText(xml: string, from: number, to: number): string | undefined {
  let text: string | undefined;
  for (const t of elements(xml, 't', from, to)) {
    text = t.selfClosing ? '' : decodeX(decodeText(xml.slice(t.tagEnd, t.contentEnd)));
  }
  return text;
}

function parseSharedStrings(xml: string): string[] {
  // Markup other than elements is refused by the scanner itself.
  const rootEnd = checkPart(xml, 'sst', false);
  const out: string[] = [];
  let p = rootEnd;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) unsupported('unclosed <sst>');
    if (xml.startsWith('</sst>', lt)) break;
    if (!xml.startsWith('<si', lt)) unsupported('unexpected element in sst');
    const c = xml.charCodeAt(lt + 3);
    const gt = xml.indexOf('>', lt);
    if (c === 47 /* / */) {
      out.push('');
      p = gt + 1;
      continue;
    }
    if (c !== 62 /* > */ && c !== 32 && c !== 9 && c !== 10 && c !== 13) unsupported('unexpected element in sst');
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push('');
      p = gt + 1;
      continue;
    }
    const end = xml.indexOf('</si>', gt);
    if (end < 0) unsupported('unclosed <si>');
    // The common entry, `<si><t>…</t></si>` or `<t xml:space="preserve">`.
    if (xml.startsWith('<t', gt + 1)) {
      const tGt = xml.indexOf('>', gt + 1);
      const tc = xml.charCodeAt(gt + 3);
      if (
        (tc === 62 || tc === 32) &&
        xml.charCodeAt(tGt - 1) !== 47 &&
        xml.startsWith('</t>', end - 4) &&
        xml.indexOf('<', tGt + 1) === end - 4
      ) {
        out.push(decodeX(decodeText(xml.slice(tGt + 1, end - 4))));
        p = end + 5;
        continue;
      }
    }
    out.push(sharedStringOf(xml, gt + 1, end));
    p = end + 5;
  }
  return out;
}

/** The general `<si>`: `<t>` (the last one wins), rich runs `<r>`, phonetic runs ignored. */
function sharedStringOf(xml: string, from: number, to: number): string {
  let text: string | undefined;
  let runs: (string | undefined)[] | null = null;
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= to) break;
    const m = /^<([\w.-]+)/.exec(xml.slice(lt, lt + 40));
    if (!m) unsupported('unexpected markup in si');
    const name = m[1];
    const el = elementAt(xml, name, lt, to);
    if (name === 't') {
      if (runs) runs = null;
      text = el.selfClosing ? '' : decodeX(decodeText(xml.slice(el.tagEnd, el.contentEnd)));
    } else if (name === 'r') {
      if (text !== undefined) unsupported('text then rich runs');
      (runs ??= []).push(el.selfClosing ? undefined : runText(xml, el.tagEnd, el.contentEnd));
    } else if (name !== 'rPh' && name !== 'phoneticPr') {
      unsupported(`<${name}> in si`);
    }
    p = el.end;
  }
  if (runs) return runs.map((t) => t ?? '').join('');
  return text ?? '';
}

// ---------------------------------------------------------------------------------------------
// Defined names (ExcelJS's DefinedNamesXform: ranges it can decode)

/** Whether ExcelJS's `colCache.decodeEx` throws on the text (a column past XFD). */
function decodeExThrows(value: string): boolean {
  const groups = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/.exec(value) as RegExpExecArray;
  const parts = groups[3].split(':');
  if (parts.length > 1) return columnPastXfd(parts[0]) || columnPastXfd(parts[1]);
  if (groups[3].startsWith('#')) return false;
  return columnPastXfd(groups[3]);
}

/** ExcelJS's `decodeAddress` column number exceeds 16384. */
function columnPastXfd(value: string): boolean {
  let hasCol = false;
  let hasRow = false;
  let col = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (!hasRow && ch >= 65 && ch <= 90) {
      hasCol = true;
      col = col * 26 + ch - 64;
    } else if (ch >= 48 && ch <= 57) {
      hasRow = true;
    } else if (hasRow && hasCol && ch !== 36) {
      break;
    }
  }
  return hasCol && col > 16384;
}

/** ExcelJS's `extractRanges` of a defined name's text. */
export function extractRanges(text: string): string[] {
  const ranges: string[] = [];
  let quotesOpened = false;
  let last = '';
  const valid = (r: string) => !decodeExThrows(r);
  for (const item of text.split(',')) {
    if (!item) continue;
    const quotes = (item.match(/'/g) || []).length;
    if (!quotes) {
      if (quotesOpened) last += `${item},`;
      else if (valid(item)) ranges.push(item);
      continue;
    }
    const quotesEven = quotes % 2 === 0;
    if (!quotesOpened && quotesEven && valid(item)) {
      ranges.push(item);
    } else if (quotesOpened && !quotesEven) {
      quotesOpened = false;
      if (valid(last + item)) ranges.push(last + item);
      last = '';
    } else {
      quotesOpened = true;
      last += `${item},`;
    }
  }
  return ranges;
}

// ---------------------------------------------------------------------------------------------
// Shared formulas: ExcelJS's lib/utils/shared-formula.js

function lettersToColumn(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

function columnToLetters(n: number): string {
  if (!(n >= 1 && n <= 16384)) unsupported('shared formula column out of bounds');
  let s = '';
  for (let m = n; m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
}

/** 1-based row and column of an `A1` address. */
function decodeA1(address: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) unsupported('address');
  return { row: parseInt(m[2], 10), col: lettersToColumn(m[1]) };
}

/** `formula` written for `fromCell`, moved to `toCell` (relative references shifted), as ExcelJS does. */
export function slideFormula(formula: string, fromCell: string, toCell: string): string {
  const offset = decodeA1(fromCell);
  const to = decodeA1(toCell);
  return formula.replace(
    /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi,
    (refMatch: string, sheet: string | undefined, _sheetMaybe: string, addrPart: string, paren: string | undefined) => {
      if (paren) return refMatch;
      const match = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(addrPart);
      if (!match) return refMatch;
      const colDollar = match[1];
      const colStr = match[2].toUpperCase();
      const rowDollar = match[3];
      if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return refMatch;
      let col = lettersToColumn(colStr);
      let row = parseInt(match[4], 10);
      if (!colDollar) col += to.col - offset.col;
      if (!rowDollar) row += to.row - offset.row;
      return (sheet || '') + (colDollar || '') + columnToLetters(col) + (rowDollar || '') + row;
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Dates

/** A cached number ExcelJS turned into a Date (`excelToDate`), as `worksheetToGrid` turns it back. */
function dateRoundTrip(v: unknown, date1904: boolean): number {
  // The same operations in the same order as ExcelJS's excelToDate and readWorkbook's excelSerial.
  const ms = Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const time = Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms + 0 : NaN;
  return 25569 + time / 86400000 - (date1904 ? 1462 : 0);
}

// ---------------------------------------------------------------------------------------------
// Worksheets

interface SheetContext {
  styles: Styles;
  sharedStrings: () => string[] | null;
  date1904: boolean;
  /** The sheet's relationships part, if any. */
  rels: () => Map<string, Relationship> | null;
}

interface Relationship {
  Id?: string;
  Type?: string;
  Target?: string;
}

function parseRels(xml: string): Map<string, Relationship> {
  const rootEnd = checkPart(xml, 'Relationships');
  const map = new Map<string, Relationship>();
  const rels = elements(xml, 'Relationship', rootEnd);
  // Anything else in a rels part makes ExcelJS's parser throw.
  const stripped = xml
    .slice(rootEnd)
    .replace(/<Relationship(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>(?:\s*<\/Relationship>)?/g, '')
    .trim();
  if (stripped !== '</Relationships>') unsupported('unexpected element in rels');
  for (const r of rels) {
    const rel: Relationship = Object.fromEntries(r.attrs);
    map.set(String(rel.Id), rel);
  }
  return map;
}

/** `A1:D1` (or `B2`, `$`-signs allowed) → 0-based range; anything else is not mirrored. */
function mergeRange(ref: string | undefined): CellRange {
  const m = ref === undefined ? null : /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) unsupported('merge reference');
  const c1 = lettersToColumn(m[1]);
  const r1 = parseInt(m[2], 10);
  const c2 = m[3] === undefined ? c1 : lettersToColumn(m[3]);
  const r2 = m[4] === undefined ? r1 : parseInt(m[4], 10);
  if (c1 > 16384 || c2 > 16384 || r1 < 1 || r2 < 1) unsupported('merge out of bounds');
  return {
    top: Math.min(r1, r2) - 1,
    left: Math.min(c1, c2) - 1,
    bottom: Math.max(r1, r2) - 1,
    right: Math.max(c1, c2) - 1,
  };
}

function parseMerges(xml: string, block: Element | null): CellRange[] {
  if (!block || block.selfClosing) return [];
  const merges = elements(xml, 'mergeCell', block.tagEnd, block.contentEnd).map((m) => mergeRange(m.attrs.get('ref')));
  // ExcelJS refuses (throws on) merges that overlap.
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  for (let i = 0; i < byTop.length; i++) {
    const a = byTop[i];
    for (let j = i + 1; j < byTop.length && byTop[j].top <= a.bottom; j++) {
      const b = byTop[j];
      if (b.left <= a.right && b.right >= a.left) unsupported('overlapping merges');
    }
  }
  return merges;
}

/** Addresses (`r` as written) of cells carrying a hyperlink ExcelJS applies (the last one of an address wins). */
function parseHyperlinks(xml: string, block: Element | null, ctx: SheetContext): Set<string> {
  const targets = new Map<string, boolean>();
  if (!block || block.selfClosing) return new Set();
  for (const h of elements(xml, 'hyperlink', block.tagEnd, block.contentEnd)) {
    const rId = h.attrs.get('r:id');
    if (!rId) continue;
    const rel = ctx.rels()?.get(rId);
    if (!rel) unsupported('hyperlink without relationship');
    targets.set(String(h.attrs.get('ref')), Boolean(rel.Target));
  }
  return new Set([...targets].filter(([, linked]) => linked).map(([ref]) => ref));
}

/** A shared formula's master cell, as the dependents see it. */
interface Master {
  address: string;
  formula: string | undefined;
  /** Still a formula cell once loaded (not hyperlinked, not merged away). */
  usable: boolean;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** Cell `t` attribute values, as ExcelJS's CellXform tells them apart. */
const T_NUMBER = 0; // absent, `n`, `d` or anything else: parseFloat
const T_SHARED = 1; // `s`
const T_STR = 2; // `str`
const T_INLINE = 3; // `inlineStr`
const T_BOOL = 4; // `b`
const T_ERROR = 5; // `e`

function cellType(t: string): number {
  switch (t) {
    case 's':
      return T_SHARED;
    case 'str':
      return T_STR;
    case 'inlineStr':
      return T_INLINE;
    case 'b':
      return T_BOOL;
    case 'e':
      return T_ERROR;
    default:
      return T_NUMBER;
  }
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `parseFloat` of `xml[start, end)` when it is a plain decimal of at most 15 digits (an exact
 * integer divided by an exact power of ten: correctly rounded, so the same double); undefined for
 * anything else (exponents, entities, spaces), left to parseFloat.
 */
function plainNumber(xml: string, start: number, end: number): number | undefined {
  let i = start;
  const negative = xml.charCodeAt(i) === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      mantissa = mantissa * 10 + (ch - 48);
      digits++;
    } else if (ch === 46 && fraction < 0) {
      fraction = digits;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || digits > 15) return undefined;
  const value = fraction < 0 || fraction === digits ? mantissa : mantissa / POW10[digits - fraction];
  return negative ? -value : value;
}

/** `parseInt(xml[start, end), 10)` when it is all digits (at most 15); undefined otherwise. */
function plainInteger(xml: string, start: number, end: number): number | undefined {
  if (end <= start || end - start > 15) return undefined;
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch < 48 || ch > 57) return undefined;
    n = n * 10 + (ch - 48);
  }
  return n;
}

/**
 * Scans a start tag's attributes from `q` (after its name) to its `>`, which it returns; records
 * where the values of `r`, `s` and `t` are (`pos[0..5]`, start and end, -1 when absent) and
 * whether the tag closes itself (`pos[6]`).
 */
function scanTag(xml: string, from: number, end: number, pos: Int32Array): number {
  pos[0] = pos[1] = pos[2] = pos[3] = pos[4] = pos[5] = -1;
  let q = from;
  for (;;) {
    let ch = xml.charCodeAt(q);
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = xml.charCodeAt(++q);
    if (ch === 62 /* > */) {
      pos[6] = 0;
      return q;
    }
    if (ch === 47 /* / */ && xml.charCodeAt(q + 1) === 62) {
      pos[6] = 1;
      return q + 1;
    }
    const nameStart = q;
    while (q < end && ch !== 61 && ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13 && ch !== 62 && ch !== 47)
      ch = xml.charCodeAt(++q);
    const nameLength = q - nameStart;
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = xml.charCodeAt(++q);
    if (ch !== 61 /* = */ || nameLength === 0) unsupported('start tag');
    ch = xml.charCodeAt(++q);
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = xml.charCodeAt(++q);
    if (ch !== 34 && ch !== 39) unsupported('start tag');
    const quote = ch;
    const valueStart = q + 1;
    q = valueStart;
    while (q < end && xml.charCodeAt(q) !== quote) q++;
    if (q >= end) unsupported('unclosed start tag');
    if (nameLength === 1) {
      const n = xml.charCodeAt(nameStart);
      const at = n === 114 ? 0 : n === 115 ? 2 : n === 116 ? 4 : -1;
      if (at >= 0) {
        pos[at] = valueStart;
        pos[at + 1] = q;
      }
    }
    q++;
  }
}

/** The cell type of the `t` value at `xml[start, end)`. */
function typeAt(xml: string, start: number, end: number): number {
  const length = end - start;
  const c = xml.charCodeAt(start);
  if (length === 1)
    return c === 115
      ? T_SHARED
      : c === 98
        ? T_BOOL
        : c === 101
          ? T_ERROR
          : c === 38
            ? cellType(decodeAttr(xml.slice(start, end)))
            : T_NUMBER;
  return cellType(decodeAttr(xml.slice(start, end)));
}

/** What CellXform collected from a cell's content (general path). */
interface CellContent {
  text: string | undefined;
  runs: (string | undefined)[] | null;
  formula: string | undefined;
  fType: string | undefined;
  fRef: string | undefined;
  fSi: string | undefined;
}

/** The content of a cell other than a lone `<v>`: f, v, is, t and rich runs r, as CellXform reads them. */
function cellContent(xml: string, from: number, cEnd: number): CellContent {
  const out: CellContent = {
    text: undefined,
    runs: null,
    formula: undefined,
    fType: undefined,
    fRef: undefined,
    fSi: undefined,
  };
  let fCount = 0;
  let node = 0; // 0 none, 1 f, 2 v/t
  let q = from;
  for (;;) {
    const a = xml.indexOf('<', q);
    const stop = a < 0 || a >= cEnd ? cEnd : a;
    if (stop > q && node !== 0) {
      const chunk = decodeText(xml.slice(q, stop));
      if (node === 1) out.formula = out.formula === undefined ? chunk : out.formula + chunk;
      else if (!out.runs) out.text = out.text === undefined ? chunk : out.text + chunk;
    }
    if (stop === cEnd) break;
    const tagGt = xml.indexOf('>', a);
    if (tagGt < 0 || tagGt > cEnd) unsupported('unclosed tag in cell');
    const closing = xml.charCodeAt(a + 1) === 47;
    const tagSelf = !closing && xml.charCodeAt(tagGt - 1) === 47;
    const nameEnd = closing ? tagGt : findNameEnd(xml, a + 1, tagGt);
    const tag = xml.slice(closing ? a + 2 : a + 1, nameEnd).trim();
    if (closing) {
      if (tag === 'f' || tag === 'v' || tag === 'is' || tag === 't') node = 0;
      else unsupported(`</${tag}> in cell`);
      q = tagGt + 1;
      continue;
    }
    if (tag === 'f') {
      fCount++;
      const attrs = parseAttrs(xml.slice(nameEnd, tagSelf ? tagGt - 1 : tagGt));
      out.fType = attrs.get('t');
      out.fRef = attrs.get('ref');
      out.fSi = attrs.get('si');
      node = tagSelf ? 0 : 1;
    } else if (tag === 'v' || tag === 't') {
      node = tagSelf ? 0 : 2;
    } else if (tag === 'r') {
      if (out.text !== undefined) unsupported('text then rich runs in cell');
      if (!tagSelf) {
        const runEnd = xml.indexOf('</r>', tagGt);
        if (runEnd < 0 || runEnd > cEnd) unsupported('unclosed run');
        (out.runs ??= []).push(runText(xml, tagGt + 1, runEnd));
        q = runEnd + 4;
        continue;
      }
      (out.runs ??= []).push(undefined);
    } else if (tag !== 'is') {
      // CellXform ignores <is> itself; anything else would derail it.
      unsupported(`<${tag}> in cell`);
    }
    q = tagGt + 1;
  }
  if (fCount > 1) unsupported('several formulas in a cell');
  return out;
}

/** End of an element name in a start tag. */
function findNameEnd(xml: string, from: number, to: number): number {
  let i = from;
  while (i < to && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 47) i++;
  return i;
}

/** `toCellValue` of a formula's cached result. */
function resultValue(result: unknown): CellValue {
  if (typeof result === 'number' || typeof result === 'boolean' || typeof result === 'string') return result;
  return { error: String((result as { error: unknown }).error) };
}

/** The rows of one kind of cell data being built, a row at a time. */
class RowsBuilder<T> {
  readonly rows: T[][] = [];
  private current: T[] | null = null;
  private currentIndex = -1;
  used = false;

  put(r: number, c: number, value: T, pad: T): void {
    if (this.currentIndex !== r) {
      this.current = [];
      this.currentIndex = r;
      this.rows[r] = this.current;
      this.used = true;
    }
    const row = this.current as T[];
    while (row.length < c) row.push(pad);
    row[c] = value;
  }

  /** `rowCount` rows, a row without data `[]`. */
  filled(rowCount: number): T[][] {
    return Array.from({ length: rowCount }, (_, r) => this.rows[r] ?? []);
  }
}

function readSheet(xml: string, name: string, ctx: SheetContext): Grid {
  const rootEnd = checkPart(xml, 'worksheet', false);
  const sheetData = only(xml, 'sheetData', rootEnd);
  // The sheet's other lists, before or (as written) after sheetData, never searched inside it.
  const head = sheetData ? xml.slice(0, sheetData.start) : xml;
  const tail = sheetData ? xml.slice(sheetData.end) : '';
  if (/<[!?]/.test(head.slice(rootEnd)) || /<[!?]/.test(tail)) unsupported('comment, CDATA or processing instruction');
  const find = (element: string): Element | null => {
    const before = only(head, element, rootEnd);
    const after = sheetData ? only(xml, element, sheetData.end) : null;
    if (before && after) unsupported(`several <${element}>`);
    return before ?? after;
  };
  const merges = parseMerges(xml, find('mergeCells'));
  const linked = parseHyperlinks(xml, find('hyperlinks'), ctx);

  const values = new RowsBuilder<CellValue>();
  const formats = new RowsBuilder<string | null>();
  const formulas = new RowsBuilder<string | null>();
  const masters = new Map<string, Master>();
  const { formats: styleFormats, dates: styleDates, legacyFonts: styleFonts } = ctx.styles;
  const fonts = new RowsBuilder<string | null>();
  const date1904 = ctx.date1904;
  let sst: string[] | null = null;

  // Merges whose rows include the current one, for dropping merged-away cells.
  const pending = [...merges].sort((a, b) => a.top - b.top);
  let nextMerge = 0;
  let active: CellRange[] = [];

  if (sheetData && !sheetData.selfClosing) {
    const end = sheetData.contentEnd;
    const pos = new Int32Array(8);
    let p = sheetData.tagEnd;
    let rowNumber = 0; // 1-based, 0 before the first row
    let inRow = false;
    let lastCol = 0;
    for (;;) {
      while (p < end && xml.charCodeAt(p) !== 60) p++;
      if (p >= end) break;
      const lt = p;
      const c1 = xml.charCodeAt(lt + 1);
      const c2 = xml.charCodeAt(lt + 2);
      if (c1 === 47 /* / */) {
        if (inRow && xml.startsWith('</row>', lt)) {
          inRow = false;
          p = lt + 6;
          continue;
        }
        unsupported('unexpected end tag in sheetData');
      }
      if (c1 === 114 /* r */ && c2 === 111 && xml.charCodeAt(lt + 3) === 119 && isSpace(xml.charCodeAt(lt + 4))) {
        if (inRow) unsupported('nested row');
        const gt = scanTag(xml, lt + 4, end, pos);
        const n = plainInteger(xml, pos[0], pos[1]);
        if (pos[0] < 0 || n === undefined) unsupported('row without number');
        if (n <= rowNumber) unsupported('rows out of order');
        rowNumber = n;
        lastCol = 0;
        inRow = pos[6] === 0;
        const r0 = n - 1;
        if (active.length > 0) active = active.filter((m) => m.bottom >= r0);
        while (nextMerge < pending.length && pending[nextMerge].top <= r0) {
          if (pending[nextMerge].bottom >= r0) active.push(pending[nextMerge]);
          nextMerge++;
        }
        p = gt + 1;
        continue;
      }
      if (c1 !== 99 /* c */ || !(isSpace(c2) || c2 === 62 || c2 === 47)) unsupported('unexpected element in sheetData');
      if (!inRow) unsupported('cell outside a row');

      // ---- the start tag: r, s, t (located, not copied)
      const gt = scanTag(xml, lt + 2, end, pos);
      const selfClosing = pos[6] === 1;
      const rStart = pos[0];
      const rEnd = pos[1];
      const sStart = pos[2];
      const sEnd = pos[3];
      const tStart = pos[4];
      const tEnd = pos[5];

      // ---- the address: letters, then the row's own number
      if (rStart < 0) unsupported('cell without address');
      let col = 0;
      let i = rStart;
      for (; i < rEnd; i++) {
        const ch = xml.charCodeAt(i);
        if (ch < 65 || ch > 90) break;
        col = col * 26 + ch - 64;
      }
      if (i === rStart || i - rStart > 3 || col > 16384 || xml.charCodeAt(i) === 48) unsupported('cell address');
      if (plainInteger(xml, i, rEnd) !== rowNumber) unsupported('cell address');
      if (col <= lastCol) unsupported('cells out of order');
      lastCol = col;
      const r0 = rowNumber - 1;
      const c0 = col - 1;

      // ---- style and type
      let styleId = 0;
      if (sStart >= 0 && sEnd > sStart) {
        const plain = plainInteger(xml, sStart, sEnd);
        styleId = plain ?? parseInt(decodeAttr(xml.slice(sStart, sEnd)), 10);
      }
      const fmt = styleId ? styleFormats[styleId] : undefined;
      const isDate = styleId ? styleDates[styleId] === true : false;
      const type = tStart < 0 ? T_NUMBER : typeAt(xml, tStart, tEnd);
      let mergedAway = false;
      for (let k = 0; k < active.length; k++) {
        const m = active[k];
        if (c0 >= m.left && c0 <= m.right && (r0 !== m.top || c0 !== m.left)) {
          mergedAway = true;
          break;
        }
      }
      const hyperlinked = linked.size > 0 && linked.has(xml.slice(rStart, rEnd));

      let value: CellValue = null;
      let formulaText: string | null = null;
      if (selfClosing) {
        p = gt + 1;
      } else {
        const from = gt + 1;
        // The common cell, `<c …><v>…</v></c>`: found without searching for `</c>`.
        let vEnd = -1;
        if (xml.charCodeAt(from) === 60 && xml.charCodeAt(from + 1) === 118 && xml.charCodeAt(from + 2) === 62) {
          let k = from + 3;
          while (k < end && xml.charCodeAt(k) !== 60) k++;
          if (
            xml.charCodeAt(k + 1) === 47 &&
            xml.charCodeAt(k + 2) === 118 &&
            xml.charCodeAt(k + 3) === 62 &&
            xml.charCodeAt(k + 4) === 60 &&
            xml.charCodeAt(k + 5) === 47 &&
            xml.charCodeAt(k + 6) === 99 &&
            xml.charCodeAt(k + 7) === 62
          )
            vEnd = k;
        }
        const cEnd = vEnd >= 0 ? vEnd + 4 : xml.indexOf('</c>', gt);
        if (cEnd < 0 || cEnd > end) unsupported('unclosed cell');
        p = cEnd + 4;
        if (vEnd >= 0) {
          const vStart = from + 3;
          if (vEnd > vStart) {
            if (type === T_NUMBER) {
              if (!hyperlinked) {
                const n = plainNumber(xml, vStart, vEnd) ?? parseFloat(decodeText(xml.slice(vStart, vEnd)));
                value = isDate ? dateRoundTrip(n, date1904) : n;
              }
            } else if (type === T_SHARED) {
              sst ??= ctx.sharedStrings() ?? unsupported('shared string without sharedStrings.xml');
              const index = plainInteger(xml, vStart, vEnd) ?? parseInt(decodeText(xml.slice(vStart, vEnd)), 10);
              const s = sst[index];
              if (s === undefined) unsupported('shared string index');
              value = s || null;
            } else {
              value = simpleValue(type, decodeText(xml.slice(vStart, vEnd)), hyperlinked);
            }
          }
        } else if (from < cEnd) {
          const content = cellContent(xml, from, cEnd);
          const { text, runs, formula, fType } = content;
          if (formula || fType) {
            // The cached result, as ExcelJS's `cell.result` holds it.
            let result: unknown;
            if (text) {
              if (type === T_STR) result = xmlDecode(text);
              else if (type === T_BOOL) result = parseInt(text, 10) !== 0;
              else if (type === T_ERROR) result = { error: text };
              else result = parseFloat(text);
            } else if (runs) {
              if (type === T_STR || type === T_BOOL || type === T_ERROR) unsupported('rich formula result');
              result = NaN;
            }
            if (result !== undefined && isDate) result = dateRoundTrip(result, date1904);
            let master: Master | undefined;
            if (fType === 'shared') {
              if (content.fRef) {
                masters.set(String(content.fSi), {
                  address: xml.slice(rStart, rEnd),
                  formula,
                  usable: !hyperlinked && !mergedAway && !!formula,
                });
              } else {
                master = masters.get(String(content.fSi));
              }
            }
            if (hyperlinked) {
              value = typeof result === 'string' ? result || null : null;
            } else if (fType === 'shared' && !formula && !master && result !== undefined && result !== '') {
              value = resultValue(result); // its master is missing: the result, without a text
            } else if ((formula || master) && result !== undefined && result !== '') {
              value = resultValue(result);
              if (formula) {
                formulaText = `=${formula}`;
              } else if (master) {
                if (!master.usable || !master.formula) unsupported('shared formula master');
                formulaText = `=${slideFormula(master.formula, master.address, xml.slice(rStart, rEnd))}`;
              }
            }
          } else if (runs) {
            if (type !== T_INLINE) unsupported('rich text in a non-inline cell');
            value = runs.map((t) => t ?? '').join('') || null;
          } else if (text !== undefined) {
            if (type === T_NUMBER) {
              const n = parseFloat(text);
              value = hyperlinked ? null : isDate ? dateRoundTrip(n, date1904) : n;
            } else if (type === T_SHARED) {
              sst ??= ctx.sharedStrings() ?? unsupported('shared string without sharedStrings.xml');
              const s = sst[parseInt(text, 10)];
              if (s === undefined) unsupported('shared string index');
              value = s || null;
            } else {
              value = simpleValue(type, text, hyperlinked);
            }
          }
        }
      }

      if (value === null || mergedAway) continue;
      values.put(r0, c0, value, null);
      if (fmt && fmt !== 'General') formats.put(r0, c0, fmt, null);
      if (formulaText !== null) formulas.put(r0, c0, formulaText, null);
      const font = typeof value === 'string' && styleId ? styleFonts[styleId] : undefined;
      if (font) fonts.put(r0, c0, font, null);
    }
    if (inRow) unsupported('unclosed row');
  }

  const rowCount = values.rows.length;
  const grid: Grid = { sheet: name, values: values.filled(rowCount) };
  if (formats.used) grid.numberFormats = formats.filled(rowCount);
  if (formulas.used) grid.formulas = formulas.filled(rowCount);
  if (merges.length > 0) grid.merges = merges;
  if (fonts.used) grid.legacyFonts = fonts.filled(rowCount);
  return decodeLegacyGrid(grid);
}

/** The value of a non-formula cell of type str, inlineStr, b or e with text `text`. */
function simpleValue(type: number, text: string, hyperlinked: boolean): CellValue {
  switch (type) {
    case T_STR:
      return xmlDecode(text) || null;
    case T_INLINE:
      return text || null;
    case T_BOOL:
      return hyperlinked ? null : parseInt(text, 10) !== 0;
    default:
      return hyperlinked ? null : { error: text };
  }
}

// ---------------------------------------------------------------------------------------------
// The package

const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHEET_RELS_PART = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/;
const STRICT_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/** A part's bytes: inflated into one buffer of its size (no chunks to join), a stored part not copied. */
function partBytes(entry: ZipEntry): Buffer {
  const data = entry.data;
  if (entry.method === 0) {
    if (data.length !== entry.size) unsupported(`bad size of ${entry.name}`);
    return Buffer.from(data.buffer, data.byteOffset, data.length);
  }
  const out = inflateRawSync(data, { chunkSize: Math.min(Math.max(entry.size + 1, 64 * 1024), 256 * 1024 * 1024) });
  if (out.length !== entry.size) unsupported(`bad size of ${entry.name}`);
  return out;
}

/** Opens the package; throws `UnsupportedPackageError` for anything to leave to ExcelJS. */
export function openPackageWorkbook(bytes: Uint8Array): PackageWorkbook {
  const parts = new Map<string, ZipEntry>();
  for (const e of readZip(bytes)) {
    if (e.name.endsWith('/')) continue;
    const name = e.name.startsWith('/') ? e.name.slice(1) : e.name;
    if (parts.has(name)) unsupported('duplicate part');
    parts.set(name, e);
  }
  const text = (name: string): string | null => {
    const e = parts.get(name);
    if (!e) return null;
    const s = partBytes(e).toString('utf8');
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  };

  const workbookXml = text('xl/workbook.xml') ?? unsupported('no xl/workbook.xml');
  const workbookRoot = checkPart(workbookXml, 'workbook');
  if (workbookXml.slice(0, workbookRoot).includes(STRICT_NS)) unsupported('Strict OOXML');
  const relsXml = text('xl/_rels/workbook.xml.rels') ?? unsupported('no workbook rels');
  const rels = parseRels(relsXml);
  const stylesXml = text('xl/styles.xml') ?? unsupported('no xl/styles.xml');
  const styles = parseStyles(stylesXml);

  const props = only(workbookXml, 'workbookPr', workbookRoot);
  const date1904 = props?.attrs.get('date1904') === '1';

  // Worksheet parts as ExcelJS finds them, and their rels by sheet number.
  const sheetParts = new Map<string, string>();
  const sheetRels = new Map<string, string>();
  for (const name of parts.keys()) {
    const m = SHEET_PART.exec(name);
    if (m) sheetParts.set(name, m[1]);
    const r = SHEET_RELS_PART.exec(name);
    if (r) sheetRels.set(r[1], name);
  }

  const sheetsBlock = only(workbookXml, 'sheets', workbookRoot);
  const sheets: { name: string; part: string; sheetNo: string }[] = [];
  const ids = new Set<number>();
  const lowerNames = new Set<string>();
  const usedParts = new Set<string>();
  if (sheetsBlock && !sheetsBlock.selfClosing) {
    for (const s of elements(workbookXml, 'sheet', sheetsBlock.tagEnd, sheetsBlock.contentEnd)) {
      const rel = rels.get(String(s.attrs.get('r:id')));
      if (!rel) continue;
      if (rel.Target === undefined) unsupported('relationship without target');
      const part = `xl/${rel.Target.replace(/^(\s|\/xl\/)+/, '')}`;
      const sheetNo = sheetParts.get(part);
      if (sheetNo === undefined) continue; // a chartsheet, or a part ExcelJS does not load
      const rawName = s.attrs.get('name');
      if (rawName === undefined) unsupported('sheet without name');
      const name = xmlDecode(rawName);
      const id = parseInt(s.attrs.get('sheetId') as string, 10);
      // What would make ExcelJS throw, truncate, or drop the sheet.
      if (!(id >= 1) || ids.has(id)) unsupported('sheet id');
      if (usedParts.has(part)) unsupported('sheet part used twice');
      if (name === '' || name === 'History' || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name) || name.length > 31)
        unsupported('sheet name');
      if (lowerNames.has(name.toLowerCase())) unsupported('duplicate sheet name');
      ids.add(id);
      usedParts.add(part);
      lowerNames.add(name.toLowerCase());
      sheets.push({ name, part, sheetNo });
    }
  }

  const definedNames: DefinedNameModel[] = [];
  const namesBlock = only(workbookXml, 'definedNames', workbookRoot);
  if (namesBlock && !namesBlock.selfClosing) {
    for (const d of elements(workbookXml, 'definedName', namesBlock.tagEnd, namesBlock.contentEnd)) {
      const name = d.attrs.get('name') as string;
      if (name === '_xlnm.Print_Area' || name === '_xlnm.Print_Titles') continue;
      const body = d.selfClosing ? '' : workbookXml.slice(d.tagEnd, d.contentEnd);
      if (body.includes('<')) unsupported('markup in a defined name');
      definedNames.push({ name, ranges: extractRanges(decodeText(body)) });
    }
  }

  let sharedStrings: string[] | null | undefined;
  const context = (sheetNo: string): SheetContext => {
    let rels: Map<string, Relationship> | null | undefined;
    return {
      styles,
      date1904,
      sharedStrings: () => {
        if (sharedStrings === undefined) {
          const xml = text('xl/sharedStrings.xml');
          sharedStrings = xml === null ? null : parseSharedStrings(xml);
        }
        return sharedStrings;
      },
      rels: () => {
        if (rels === undefined) {
          const part = sheetRels.get(sheetNo);
          const xml = part === undefined ? null : text(part);
          rels = xml === null ? null : parseRels(xml);
        }
        return rels;
      },
    };
  };

  return {
    date1904,
    sheetNames: sheets.map((s) => s.name),
    definedNames,
    readSheet(index: number): Grid {
      const sheet = sheets[index];
      const xml = text(sheet.part) as string;
      return readSheet(xml, sheet.name, context(sheet.sheetNo));
    },
  };
}
