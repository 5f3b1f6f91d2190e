/**
 * The workbook part (SpreadsheetML §18.2): its sheets in tab order with their state and part,
 * its defined names and its date system; and the workbook-level parts its relationships name
 * (styles, shared strings). Strict and Transitional alike: the main namespace is recognised by
 * URI whatever its prefix, and so is the relationships namespace of `r:id` (declared on the root or
 * on the `sheet` element itself, as the .NET serializer writes it).
 *
 * A workbook that lists worksheets none of whose parts the package holds raises `NoWorksheetError`:
 * it opens (openpyxl opens it, skipping the sheets whose parts are absent) but has no cell grid to
 * read. One worksheet part missing beside others that are there is a broken part,
 * named. A workbook with no worksheet listed at all (none, or only chartsheets) has no sheets.
 */
import {
  attributes,
  decodeXmlText,
  findAll,
  findFirst,
  namespaceDeclarations,
  prefixedAttr,
  prefixOf,
  rootElement,
  unprefixed,
  type Found,
} from '../xml';
import { BrokenPartError, NotAWorkbookError, type Package } from '../package';
import { relsPathOf } from '../rels';

export const MAIN_NAMESPACES = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
];
const RELATIONSHIP_NAMESPACES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];
const STRICT_MAIN = MAIN_NAMESPACES[1];

/** The workbook holds no worksheet part to read (see the module comment). */
export class NoWorksheetError extends Error {
  override name = 'NoWorksheetError';
}

/** `visible`, `hidden` or `veryHidden` (§18.18.68). */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** Its worksheet part. */
  part: string;
}

export interface DefinedName {
  name: string;
  /** The sheet index the name is local to; null for a workbook-level name. */
  localSheetId: number | null;
  /** Its formula text (`'Báo cáo'!$A$1`). */
  formula: string;
}

export interface WorkbookPart {
  part: string;
  strict: boolean;
  date1904: boolean;
  /** Worksheets only: chartsheets, dialog and macro sheets hold no cell grid to read. */
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  /** The styles and shared strings parts, when the workbook has them. */
  stylesPart: string | null;
  sharedStringsPart: string | null;
}

/** A SpreadsheetML part's text with the main namespace as the default one; `root` checked. */
export function mainPart(xml: string, root: string, part: string): string {
  let el;
  try {
    el = rootElement(xml);
  } catch {
    throw new BrokenPartError(part);
  }
  const prefix = prefixOf(namespaceDeclarations(el.tag), MAIN_NAMESPACES) ?? el.prefix.replace(/:$/, '');
  if (el.qname !== (prefix ? `${prefix}:${root}` : root)) throw new BrokenPartError(part);
  return unprefixed(xml, prefix);
}

/** The workbook of the package. */
export function readWorkbookPart(pkg: Package): WorkbookPart {
  const part = pkg.workbookPart();
  const raw = pkg.text(part);
  if (raw === null) throw new BrokenPartError(part);
  const root = rootElement(raw);
  if (!/(^|:)workbook$/.test(root.qname)) throw new NotAWorkbookError(`${part} is not a workbook`);
  const declarations = namespaceDeclarations(root.tag);
  const relPrefix = prefixOf(declarations, RELATIONSHIP_NAMESPACES) ?? 'r';
  const xml = mainPart(raw, 'workbook', part);
  const strict = [...declarations.values()].includes(STRICT_MAIN);
  const rels = pkg.relationships(part);
  const target = (kind: string) =>
    rels.find((r) => r.kind === kind && r.part !== null && pkg.has(r.part))?.part ?? null;
  const props = findFirst(xml, 'workbookPr', 0, xml.length, '');
  const date1904 = props ? /^(1|true)$/.test(attributes(props.tag).get('date1904') ?? '') : false;
  return {
    part,
    strict,
    date1904,
    sheets: sheetEntries(pkg, xml, part, relPrefix),
    definedNames: definedNames(xml),
    stylesPart: target('styles'),
    sharedStringsPart: target('sharedStrings'),
  };
}

function sheetEntries(pkg: Package, xml: string, part: string, relPrefix: string): SheetEntry[] {
  const block = findFirst(xml, 'sheets', 0, xml.length, '');
  if (!block || block.selfClosing) return [];
  const rels = pkg.relationships(part);
  const entries: SheetEntry[] = [];
  const missing: string[] = [];
  for (const el of findAll(xml, 'sheet', block.tagEnd, block.contentEnd, '')) {
    const a = attributes(el.tag);
    const prefix = prefixOf(namespaceDeclarations(el.tag), RELATIONSHIP_NAMESPACES) ?? relPrefix;
    const id = a.get(`${prefix}:id`) ?? prefixedAttr(a, 'id');
    const rel = rels.find((r) => r.id === id);
    if (!rel?.part) throw new BrokenPartError(relsPathOf(part));
    if (rel.kind !== 'worksheet') continue;
    if (!pkg.has(rel.part)) {
      missing.push(rel.part);
      continue;
    }
    const state = a.get('state');
    entries.push({
      name: a.get('name') ?? '',
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      part: rel.part,
    });
  }
  if (entries.length === 0 && missing.length > 0) throw new NoWorksheetError('no worksheet part');
  if (missing.length > 0) throw new BrokenPartError(missing[0]);
  return entries;
}

function definedNames(xml: string): DefinedName[] {
  return definedNameElements(xml, '', decodeXmlText).names.map(({ el: _el, ...name }) => name);
}

/**
 * The `definedNames` block of a workbook part and its names, where they stand in `xml` (for the
 * injector, which edits them in place), their formula text decoded by `decode`. `prefix`: the
 * main namespace's (`x:` or empty).
 */
export function definedNameElements(
  xml: string,
  prefix: string,
  decode: (raw: string) => string,
): { block: Found | null; names: (DefinedName & { el: Found })[] } {
  const block = findFirst(xml, 'definedNames', 0, xml.length, prefix);
  if (!block || block.selfClosing) return { block, names: [] };
  const names = findAll(xml, 'definedName', block.tagEnd, block.contentEnd, prefix).map((el) => {
    const a = attributes(el.tag);
    const local = a.get('localSheetId');
    return {
      name: a.get('name') ?? '',
      localSheetId: local === undefined ? null : Number(local),
      formula: el.selfClosing ? '' : decode(xml.slice(el.tagEnd, el.contentEnd)),
      el,
    };
  });
  return { block, names };
}
