/**
 * Rich text (CT_Rst: a shared string `<si>`, an inline string `<is>`) as its plain text, and the
 * shared strings part. Text is ST_Xstring: after the XML decoding, `_xHHHH_` stands for the UTF-16
 * unit HHHH (hex digits of either case; `_x005F_` is how a literal `_x…_` is written).
 */
import { decodeXmlText } from '../xml';
import { UnsupportedPackageError } from '../zip';

/** `_xHHHH_` escapes decoded. */
export function decodeXstring(text: string): string {
  return text.indexOf('_x') < 0
    ? text
    : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a `<t>` element's content `xml[from, to)`. */
function textOf(xml: string, from: number, to: number): string {
  return decodeXstring(decodeXmlText(xml.slice(from, to)));
}

/** Where the element whose start tag begins at `lt` ends, and its content. */
function elementExtent(
  xml: string,
  lt: number,
  to: number,
  name: string,
): { tagEnd: number; contentEnd: number; end: number } {
  const gt = xml.indexOf('>', lt);
  if (gt < 0 || gt >= to) throw new UnsupportedPackageError(`unclosed <${name}>`);
  if (xml.charCodeAt(gt - 1) === 47 /* / */) return { tagEnd: gt + 1, contentEnd: gt + 1, end: gt + 1 };
  const close = xml.indexOf(`</${name}>`, gt);
  if (close < 0 || close >= to) throw new UnsupportedPackageError(`unclosed <${name}>`);
  return { tagEnd: gt + 1, contentEnd: close, end: close + name.length + 3 };
}

const CHILD = /<(\/?)([\w.:-]+)/y;

/**
 * The plain text of rich text content `xml[from, to)`: its `<t>`, else its runs' `<t>` joined;
 * phonetic runs (`<rPh>`) and properties left out.
 */
export function richText(xml: string, from: number, to: number): string {
  let text: string | undefined;
  let runs = '';
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= to) break;
    CHILD.lastIndex = lt;
    const m = CHILD.exec(xml);
    if (!m || m[1] === '/') throw new UnsupportedPackageError('unexpected markup in rich text');
    const name = m[2];
    const el = elementExtent(xml, lt, to, name);
    if (name === 't') text = textOf(xml, el.tagEnd, el.contentEnd);
    else if (name === 'r') runs += runText(xml, el.tagEnd, el.contentEnd);
    p = el.end;
  }
  return text ?? runs;
}

/** The `<t>` of a run. */
function runText(xml: string, from: number, to: number): string {
  const t = xml.indexOf('<t', from);
  if (t < 0 || t >= to) return '';
  const c = xml.charCodeAt(t + 2);
  if (c !== 62 && c !== 47 && c !== 32 && c !== 9 && c !== 10 && c !== 13) return runText(xml, t + 2, to);
  const el = elementExtent(xml, t, to, 't');
  return textOf(xml, el.tagEnd, el.contentEnd);
}

/** The shared strings of a part whose main namespace is the default one, each as its plain text. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<si(?=[\s/>])/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const el = elementExtent(xml, m.index, xml.length, 'si');
    out.push(entryText(xml, el.tagEnd, el.contentEnd));
    re.lastIndex = el.end;
  }
  return out;
}

/** One `<si>`: the common `<t>…</t>` alone read directly, anything else as rich text. */
function entryText(xml: string, from: number, to: number): string {
  if (xml.startsWith('<t>', from) && xml.startsWith('</t>', to - 4) && xml.indexOf('<', from + 3) === to - 4)
    return textOf(xml, from + 3, to - 4);
  return richText(xml, from, to);
}
