/**
 * Reads a .docx back for the tests: its parts (the project's zip reader), and word/document.xml
 * parsed with fast-xml-parser into the body's tables (cells placed on the grid by `w:gridSpan`,
 * `w:vMerge` continuations kept empty), paragraphs and section properties.
 */
import { XMLParser } from 'fast-xml-parser';
import { entryText, readZip } from '../../src/xlsx/zip';

/** fast-xml-parser's ordered node: `{ tag: children, ':@': attributes }`. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const c = node[tagOf(node)];
  return Array.isArray(c) ? (c as XmlNode[]) : [];
}

export function attrsOf(node: XmlNode): Record<string, string> {
  return (node[':@'] as Record<string, string>) ?? {};
}

/** Every descendant element named `tag`, in document order (not inside another `tag`). */
export function findAll(nodes: XmlNode[], tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const n of nodes) {
    if (tagOf(n) === tag) out.push(n);
    else out.push(...findAll(childrenOf(n), tag));
  }
  return out;
}

export function first(nodes: XmlNode[], tag: string): XmlNode | null {
  return findAll(nodes, tag)[0] ?? null;
}

/** The text of the runs under a node (`w:t`), without field codes (`w:instrText`). */
export function textOf(node: XmlNode): string {
  if (tagOf(node) === '#text') return String(node['#text']);
  if (tagOf(node) === 'w:instrText') return '';
  return childrenOf(node).map(textOf).join('');
}

/** The field codes under a node: `PAGE`. */
export function fieldCodes(nodes: XmlNode[]): string[] {
  return findAll(nodes, 'w:instrText').map((n) =>
    childrenOf(n)
      .map((t) => String(t['#text'] ?? ''))
      .join('')
      .trim(),
  );
}

/** An on/off property (`<w:tblHeader/>`, `<w:titlePg w:val="off"/>`): on unless its value says off. */
export function isOn(props: XmlNode[], tag: string): boolean {
  const el = props.find((n) => tagOf(n) === tag);
  return !!el && !['0', 'false', 'off'].includes(attrsOf(el)['w:val'] ?? 'on');
}

export interface DocxCell {
  text: string;
  gridCol: number;
  gridSpan: number;
  /** `restart` for the top of a vertical merge, `continue` below it, null otherwise. */
  vMerge: 'restart' | 'continue' | null;
  xml: XmlNode;
}

export interface DocxTable {
  rows: { header: boolean; cantSplit: boolean; cells: DocxCell[] }[];
  gridWidths: number[];
  /** The text shown at a grid position: a continuation shows its merge's top cell. */
  at(row: number, col: number): string;
}

function tableOf(tbl: XmlNode): DocxTable {
  const rows = childrenOf(tbl)
    .filter((n) => tagOf(n) === 'w:tr')
    .map((tr) => {
      const trPr = childrenOf(tr).find((n) => tagOf(n) === 'w:trPr');
      const props = trPr ? childrenOf(trPr) : [];
      let gridCol = 0;
      const cells = childrenOf(tr)
        .filter((n) => tagOf(n) === 'w:tc')
        .map((tc) => {
          const span = first(childrenOf(tc), 'w:gridSpan');
          const vm = first(childrenOf(tc), 'w:vMerge');
          const gridSpan = span ? Number(attrsOf(span)['w:val']) : 1;
          const vMerge = vm ? (attrsOf(vm)['w:val'] === 'restart' ? 'restart' : 'continue') : null;
          const cell: DocxCell = { text: textOf(tc), gridCol, gridSpan, vMerge, xml: tc };
          gridCol += gridSpan;
          return cell;
        });
      return { header: isOn(props, 'w:tblHeader'), cantSplit: isOn(props, 'w:cantSplit'), cells };
    });
  const gridWidths = findAll(childrenOf(tbl), 'w:gridCol').map((g) => Number(attrsOf(g)['w:w']));
  const at = (row: number, col: number): string => {
    const cell = rows[row]?.cells.find((c) => c.gridCol <= col && col < c.gridCol + c.gridSpan);
    if (!cell) return '';
    return cell.vMerge === 'continue' && row > 0 ? at(row - 1, col) : cell.text;
  };
  return { rows, gridWidths, at };
}

export interface DocxSection {
  width: number;
  height: number;
  orient: string | null;
  margin: Record<string, number>;
  titlePage: boolean;
  /** Header part by reference type (`default`, `first`), e.g. `word/header1.xml`. */
  headers: Record<string, string>;
}

export interface ReadDocx {
  parts: Map<string, string>;
  body: XmlNode[];
  /** Tables at the body's top level, in order. */
  tables: DocxTable[];
  /** Texts of the body's top-level paragraphs, in order. */
  paragraphs: string[];
  sections: DocxSection[];
}

function relationships(xml: string | undefined): Map<string, string> {
  const rels = new Map<string, string>();
  for (const r of findAll(parser.parse(xml ?? '') as XmlNode[], 'Relationship')) {
    const a = attrsOf(r);
    rels.set(a.Id, `word/${a.Target.replace(/^\/?word\//, '')}`);
  }
  return rels;
}

function sectionOf(sectPr: XmlNode, rels: Map<string, string>): DocxSection {
  const kids = childrenOf(sectPr);
  const size = attrsOf(first(kids, 'w:pgSz') ?? {});
  const margin = Object.fromEntries(
    Object.entries(attrsOf(first(kids, 'w:pgMar') ?? {})).map(([k, v]) => [k.replace('w:', ''), Number(v)]),
  );
  const headers: Record<string, string> = {};
  for (const h of findAll(kids, 'w:headerReference')) {
    const a = attrsOf(h);
    headers[a['w:type']] = rels.get(a['r:id']) ?? '';
  }
  return {
    width: Number(size['w:w']),
    height: Number(size['w:h']),
    orient: size['w:orient'] ?? null,
    margin,
    titlePage: isOn(kids, 'w:titlePg'),
    headers,
  };
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const parts = new Map(readZip(bytes).map((e) => [e.name, entryText(e)]));
  const doc = parser.parse(parts.get('word/document.xml') ?? '') as XmlNode[];
  const body = childrenOf(first(doc, 'w:body') ?? {});
  const rels = relationships(parts.get('word/_rels/document.xml.rels'));
  return {
    parts,
    body,
    tables: body.filter((n) => tagOf(n) === 'w:tbl').map(tableOf),
    paragraphs: body.filter((n) => tagOf(n) === 'w:p').map(textOf),
    sections: findAll(body, 'w:sectPr').map((s) => sectionOf(s, rels)),
  };
}

/** A part parsed, for the header and style checks. */
export function parsePart(xml: string | undefined): XmlNode[] {
  return parser.parse(xml ?? '') as XmlNode[];
}
