/**
 * Small XML helpers for editing package parts as text: escaping, decoding entities, finding an
 * element by local name whatever namespace prefix the producer chose, reading attributes.
 * These parts (workbook.xml, rels, [Content_Types].xml, styles.xml) are machine-written and flat
 * enough that this is reliable; the content of the user's parts is never parsed.
 */
import { UnsupportedPackageError } from './zip';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for an element's content: `&`, `<`, `>` escaped. */
export function escapeText(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for an attribute value in double quotes; line breaks and tabs kept as character references. */
export function escapeAttr(text: string): string {
  return /[&<>"'\t\n\r]/.test(text)
    ? text.replace(/[&<>"'\t\n\r]/g, (ch) => ESCAPES[ch] ?? `&#${ch.charCodeAt(0)};`)
    : text;
}

// Characters XML 1.0 cannot hold (C0 controls but tab/LF) and a literal `_xHHHH_` that Excel would
// decode: SpreadsheetML writes them as `_xHHHH_` (and a literal one with its `_` escaped).
// eslint-disable-next-line no-control-regex
const CELL_TEXT_SPECIAL = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;
// eslint-disable-next-line no-control-regex
const CELL_TEXT_TEST = /[&<>\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;

/** Text of a cell string (`<t>`, `<v>` of a string result): XML-escaped and ST_Xstring-encoded. */
export function escapeCellText(text: string): string {
  if (!CELL_TEXT_TEST.test(text)) return text;
  return escapeText(text).replace(CELL_TEXT_SPECIAL, (ch) =>
    ch === '_' ? '_x005F_' : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** Decodes the five named entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g,
    (_m, hex: string, dec: string, named: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(parseInt(dec, 10));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'];
    },
  );
}

/** Attributes of a start tag, by qualified name (`r:id` as written), values decoded. */
export function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const start = tag.search(/\s/);
  if (start < 0) return attrs;
  re.lastIndex = start;
  for (let m = re.exec(tag); m; m = re.exec(tag)) attrs.set(m[1], decodeEntities(m[2] ?? m[3] ?? ''));
  return attrs;
}

/** The value of the attribute whose local name is `local` (any prefix), e.g. `id` finds `r:id`. */
export function prefixedAttr(attrs: Map<string, string>, local: string): string | undefined {
  for (const [k, v] of attrs) if (k.endsWith(`:${local}`)) return v;
  return undefined;
}

/** One element found in a part: where its start tag is, and its extent. */
export interface Found {
  /** Qualified name as written (`sheet`, `x:sheet`). */
  qname: string;
  /** `x:` or empty. */
  prefix: string;
  /** The start tag, `<sheet …>` or `<sheet …/>`. */
  tag: string;
  start: number;
  /** End of the start tag. */
  tagEnd: number;
  selfClosing: boolean;
  /** Index where the content ends (the `</…>` position); `tagEnd` when self-closing. */
  contentEnd: number;
  /** End of the whole element. */
  end: number;
}

/** The rest of a start tag: attribute values may hold a raw `>`. */
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*`;

/**
 * Start tags of local name `local` with any prefix, or, when `prefix` is given (`''` for none),
 * only with that one (`x14:dxfs` is not the stylesheet's `dxfs`).
 */
function tagRegex(local: string, prefix?: string): RegExp {
  const name = local.replace(/\./g, '\\.');
  const pre = prefix === undefined ? '(?:[\\w.-]+:)?' : prefix.replace(/\./g, '\\.');
  return new RegExp(`<(${pre}${name})(?=[\\s/>])${ATTRS}>`, 'g');
}

function complete(xml: string, qname: string, tag: string, start: number): Found {
  const tagEnd = start + tag.length;
  const prefix = qname.includes(':') ? qname.slice(0, qname.indexOf(':') + 1) : '';
  const selfClosing = tag.endsWith('/>');
  if (selfClosing) return { qname, prefix, tag, start, tagEnd, selfClosing, contentEnd: tagEnd, end: tagEnd };
  const close = `</${qname}>`;
  // Elements edited here never nest inside themselves, so the first closing tag is theirs.
  const contentEnd = xml.indexOf(close, tagEnd);
  if (contentEnd < 0) throw new UnsupportedPackageError(`unclosed <${qname}>`);
  return { qname, prefix, tag, start, tagEnd, selfClosing, contentEnd, end: contentEnd + close.length };
}

/** Every element of local name `local` in `xml` (between `from` and `to`), in document order. */
export function findAll(xml: string, local: string, from = 0, to = xml.length, prefix?: string): Found[] {
  const found: Found[] = [];
  const re = tagRegex(local, prefix);
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const f = complete(xml, m[1], m[0], m.index);
    found.push(f);
    re.lastIndex = f.end;
  }
  return found;
}

/** The first element of local name `local`, or null. */
export function findFirst(xml: string, local: string, from = 0, to = xml.length, prefix?: string): Found | null {
  const re = tagRegex(local, prefix);
  re.lastIndex = from;
  const m = re.exec(xml);
  return m && m.index < to ? complete(xml, m[1], m[0], m.index) : null;
}

/** The document element (after the declaration, comments and processing instructions). */
export function rootElement(xml: string): Found {
  const re = new RegExp(`<([\\w.:-]+)(?=[\\s/>])${ATTRS}>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    return complete(xml, m[1], m[0], m.index);
  }
  throw new UnsupportedPackageError('no root element');
}

/** Replaces `[start, end)` of `xml` with `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/** `xml` with `text` appended to the content of `el` (a self-closing element is opened). */
export function appendChildren(xml: string, el: Found, text: string): string {
  if (!el.selfClosing) return splice(xml, el.contentEnd, el.contentEnd, text);
  const open = el.tag.replace(/\s*\/>$/, '>');
  return splice(xml, el.start, el.end, `${open}${text}</${el.qname}>`);
}

/** A start tag with attribute `name` set to `value` (added when missing). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${escapeAttr(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, lead: string) => `${lead}${quoted}`);
  return tag.replace(/\s*(\/?>)$/, (_m, close: string) => ` ${name}=${quoted}${close}`);
}

/** A start tag without attribute `name`. */
export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/**
 * Character data as an XML processor reports it: line ends normalised to LF, then the entities
 * decoded (`decodeEntities`). A `&` that starts no entity XML defines makes the part ill-formed:
 * `UnsupportedPackageError` (the caller decides whether another reader may try).
 */
export function decodeXmlText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  if (/&(?!(?:#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);)/.test(s))
    throw new UnsupportedPackageError('an entity XML does not define');
  return decodeEntities(s);
}

/** The namespace declarations of a start tag: prefix (`''` for the default) → URI. */
export function namespaceDeclarations(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const re = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) found.set(m[1] ?? '', decodeEntities(m[2] ?? m[3] ?? ''));
  return found;
}

/** The prefix (`''` for the default namespace) the root element binds to one of `uris`; undefined when none. */
export function prefixOf(declarations: Map<string, string>, uris: readonly string[]): string | undefined {
  for (const [prefix, uri] of declarations) if (uris.includes(uri)) return prefix;
  return undefined;
}

/**
 * `xml` with the prefix `prefix` removed from its element names (`<x:row>` → `<row>`), so a part
 * written with a prefixed main namespace (the .NET Open XML SDK's `x:`) reads as one with the
 * default namespace. Unchanged when `prefix` is empty.
 */
export function unprefixed(xml: string, prefix: string): string {
  if (prefix === '') return xml;
  return xml.replace(new RegExp(`<(/?)${prefix.replace(/\./g, '\\.')}:`, 'g'), '<$1');
}
