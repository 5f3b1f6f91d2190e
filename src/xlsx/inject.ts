/**
 * Writes the summary sheet into a copy of the user's .xlsx by editing its package, not by loading
 * and re-saving the workbook: every part chitieu does not have to touch (the user's sheets, shared
 * strings, charts, pivot tables, images, comments, VBA…) is copied byte for byte, still compressed.
 *
 * Edited parts: `xl/workbook.xml` (the sheet entry, the defined names `chitieu.BaoCao` and
 * `_xlnm.Print_Titles`, the active tab), its rels, `[Content_Types].xml` and `xl/styles.xml`
 * (records appended, none changed). Added parts: the worksheet, and for the notes its rels, a
 * comments part and a VML drawing. `docProps/app.xml` is left as it was (Excel rewrites its list of
 * sheet titles on the next save and does not check it on load).
 *
 * Rules:
 * - chitieu's own sheet of an earlier run (the one the workbook-level name `chitieu.BaoCao` points
 *   at) is removed with its parts, its relationships, its content types and the defined names local
 *   to it (later sheets' `localSheetId` shift); the new sheet takes its place in the tab order.
 *   Workbook-level names pointing into it are kept when the new sheet takes its exact name (the
 *   user's formulas through them keep working) and removed otherwise. Excel's calculation chain
 *   (`calcChain.xml`, a cache listing formula cells by sheet) is dropped then, as it would list the
 *   removed sheet's cells; Excel rebuilds it.
 * - A user's sheet bearing the name is never touched: the new sheet takes the first free name,
 *   `Báo cáo chỉ tiêu (2)`, (3)… (case-insensitive, as Excel compares sheet names).
 * - The parts are found as the reader finds them, through the package opened once for the run
 *   (`./package`: odd part names, targets and a missing `_rels/.rels` included); every entry not
 *   edited keeps its stored name and bytes, a name stored twice both its entries. A package without
 *   `_rels/.rels` gets one naming the workbook (Excel needs it); an unreadable one is left as it was.
 * - A package this cannot edit safely (no workbook relationships or styles part, encrypted entries)
 *   raises `UnsupportedPackageError`; nothing is half-written.
 */
import { Deflate } from 'fflate';
import type { ReportSheetModel } from '../core/report';
import { freeSheetName, sheetNameKey } from '../core/sheetName';
import { qualifiedCell } from '../core/report/formulas';
import { isOwnSheetMark, OWN_SHEET_MARK, ownSheetKeys, referencedSheets } from './ownSheets';
import { BrokenPartError, openPackage, partKey, partName, type Package } from './package';
import { commentsXml, notesVml, renderSheetXml, STRICT, TRANSITIONAL, type Conformance } from './sheetXml';
import { relativeTarget, relsPathOf, type Relationship } from './rels';
import { summaryChartSpec, type ChartSpec } from '../core/report/sheetChart';
import { chartXml, drawingXml } from './chart';
import { definedNameElements } from './read/workbook';
import { StyleBook } from './styles';

import {
  appendChildren,
  attributes,
  decodeEntities,
  escapeAttr,
  escapeText,
  findAll,
  findFirst,
  prefixedAttr,
  removeAttr,
  rootElement,
  setAttr,
  splice,
  type Found,
} from './xml';
import {
  concatBytes,
  crc32,
  type DeflateLevel,
  type RawDeflate,
  deflatedEntry,
  entryText,
  newEntry,
  UnsupportedPackageError,
  writeZip,
  type ZipEntry,
} from './zip';
import { maxOf, minOf, pushAll } from '../core/arrays';

export { UnsupportedPackageError } from './zip';

/** Relationship types chitieu reads or writes, in the package's conformance class. */
function relTypes(c: Conformance) {
  const rt = c.relTypes;
  return {
    officeDocument: `${rt}/officeDocument`,
    worksheet: `${rt}/worksheet`,
    styles: `${rt}/styles`,
    comments: `${rt}/comments`,
    vmlDrawing: `${rt}/vmlDrawing`,
    drawing: `${rt}/drawing`,
    chart: `${rt}/chart`,
    calcChain: `${rt}/calcChain`,
  };
}

/**
 * The conformance class of the workbook: the one its package relationship names, else (no usable
 * `_rels/.rels`) the one of its main namespace.
 */
function conformanceOf(pkg: Package, workbookPart: string, workbook: string): Conformance {
  const office = pkg.packageRelationships().find((r) => r.part !== null && partKey(r.part) === partKey(workbookPart));
  for (const c of [TRANSITIONAL, STRICT]) if (office?.type === relTypes(c).officeDocument) return c;
  return workbook.includes(STRICT.main) ? STRICT : TRANSITIONAL;
}

const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
};
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const ROOT_RELS = relsPathOf('');
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface InjectOptions {
  /** Write the engine's figures as cached formula results (default true). */
  cachedResults?: boolean;
  /** Deflate level of the new sheet: 3 by default, measured on a 500k-cell sheet as ~1/3 the time of level 6 for a 17% larger part. */
  level?: number;
  /** Add the achievement chart under the sheet (`src/xlsx/chart.ts`); default true. */
  chart?: boolean;
  /** The host's native deflate for the new and edited parts (`level` is then the host's); fflate without. */
  deflate?: RawDeflate;
  /** Hears the fraction of the sheet's rows written. */
  onProgress?: (fraction: number) => void;
}

export interface InjectResult {
  bytes: Uint8Array;
  /** The name the sheet got (`Báo cáo chỉ tiêu`, or `… (2)` when a user's sheet has that name). */
  sheetName: string;
  /** The input had no `[Content_Types].xml` (not a valid package): the copy has one, made from its parts. */
  rebuiltContentTypes?: true;
}

/**
 * The edits of the copy over the opened package: parts removed, replaced or added. Every entry
 * not edited is written back as it was stored (its compressed bytes, CRC and name).
 */
class PackageEdit {
  readonly removed = new Set<string>();
  readonly replaced = new Map<ZipEntry, string>();
  readonly added: ZipEntry[] = [];

  constructor(
    readonly pkg: Package,
    readonly deflate?: RawDeflate,
  ) {}

  /** A new part, deflated as the edit deflates. */
  entry(name: string, content: string): ZipEntry {
    return newEntry(name, content, 6, this.deflate);
  }

  remove(part: string): void {
    if (this.pkg.has(part)) this.removed.add(partKey(part));
  }

  replace(part: string, content: string): void {
    const e = this.pkg.entry(part);
    if (!e) throw new Error(`no part ${part}`);
    this.replaced.set(e, content);
  }

  /** Keys of the parts the copy will hold. */
  keys(): string[] {
    return this.pkg
      .keys()
      .filter((k) => !this.removed.has(k))
      .concat(this.added.map((e) => partKey(e.name)));
  }

  /** A free part name `${prefix}${n}${suffix}`, n = 1, 2… */
  freeName(prefix: string, suffix: string): string {
    const names = new Set(this.keys());
    let n = 1;
    while (names.has(partKey(`${prefix}${n}${suffix}`))) n++;
    return `${prefix}${n}${suffix}`;
  }

  zip(): Uint8Array {
    const out: ZipEntry[] = [];
    for (const e of this.pkg.entries) {
      if (this.removed.has(partKey(e.name))) continue;
      const content = this.replaced.get(e);
      if (content === undefined) out.push(e);
      else
        out.push({
          ...this.entry(e.name, content),
          nameBytes: e.nameBytes,
          flags: e.flags & 0x800,
          externalAttributes: e.externalAttributes,
        });
    }
    return writeZip(out.concat(this.added));
  }
}

/**
 * Raw deflate of a part written in pieces, CRC and size kept on the way: by the host's native
 * deflate when it gives one, else by fflate (the same in Node and browsers).
 */
class PipelinedDeflate {
  private readonly out: Uint8Array[] = [];
  private readonly push: (bytes: Uint8Array, last: boolean) => void;
  private crc = 0;
  private size = 0;

  constructor(level: number, deflate?: RawDeflate) {
    if (deflate) this.push = (bytes, last) => this.out.push(deflate(bytes, last));
    else {
      const stream = new Deflate({ level: level as DeflateLevel }, (chunk) => this.out.push(chunk));
      this.push = (bytes, last) => stream.push(bytes, last);
    }
  }

  write(bytes: Uint8Array): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.push(bytes, false);
  }

  end(): Promise<{ compressed: Uint8Array; crc: number; size: number }> {
    this.push(new Uint8Array(0), true);
    return Promise.resolve({ compressed: concatBytes(this.out), crc: this.crc, size: this.size });
  }
}

/** `xml` without the given elements (spliced out from the end). */
function without(xml: string, els: Found[]): string {
  let out = xml;
  for (const el of [...els].sort((a, b) => b.start - a.start)) out = splice(out, el.start, el.end, '');
  return out;
}

function freeRelId(rels: Relationship[]): string {
  const ids = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  el: Found;
}

type DefinedName = ReturnType<typeof definedNameElements>['names'][number];

/** The highest VML shape-id block used by the package's other drawings. */
function maxVmlBlock(edit: PackageEdit): number {
  let max = 0;
  for (const e of edit.pkg.entries) {
    const key = partKey(e.name);
    if (!key.endsWith('.vml') || edit.removed.has(key) || !edit.pkg.isPart(e)) continue;
    const m = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(entryText(e));
    for (const n of (m?.[1] ?? '').split(/[\s,]+/)) if (/^\d+$/.test(n)) max = Math.max(max, Number(n));
  }
  return max;
}

/**
 * The input package with the model's sheet added (and chitieu's earlier sheet replaced): see the
 * module comment. Throws `UnsupportedPackageError` for packages it cannot edit.
 */
export async function injectReportSheet(
  input: Uint8Array,
  model: ReportSheetModel,
  options: InjectOptions = {},
): Promise<InjectResult> {
  const pkg = new PackageEdit(openPackage(input), options.deflate);
  const parts = locateParts(pkg.pkg);
  const wb = readWorkbookXml(parts.workbook);
  const removal = ownSheetsToRemove(pkg, parts, wb);
  for (const part of removal.parts) pkg.remove(part);
  const place = placeNewSheet(wb.sheets, removal.own, model.name);

  // Part names of the new sheet and its notes.
  const dir = parts.workbookPart.slice(0, parts.workbookPart.lastIndexOf('/') + 1);
  const sheetPart = pkg.freeName(`${dir}worksheets/sheet`, '.xml');
  const sheetRelId = freeRelId(parts.rels.filter((r) => !removal.rels.includes(r)));
  const activeTab = bookViewNumber(parts.workbook, wb.p, 'activeTab');
  const newParts = await addSheetParts(pkg, parts, model, sheetPart, {
    chart: options.chart ?? true,
    cachedResults: options.cachedResults ?? true,
    tabSelected: removal.own.has(activeTab),
    legacyDrawingId: NOTES_IDS.vml,
    conformance: parts.conformance,
    level: options.level,
    onProgress: options.onProgress,
  });

  pkg.replace(parts.wbRelsPart, workbookRelsXml(parts, removal.rels, sheetRelId, sheetPart));
  if (!pkg.pkg.has(ROOT_RELS)) {
    pkg.added.push(pkg.entry(ROOT_RELS, packageRelsXml(parts)));
    newParts.push([ROOT_RELS, CT.relationships]);
  }
  const types = contentTypes(
    parts.storedTypes ?? rebuiltContentTypes(pkg.pkg, parts.workbookPart),
    removal.parts,
    newParts,
  );
  if (parts.storedTypes === null) pkg.added.push(pkg.entry('[Content_Types].xml', types));
  else pkg.replace('[Content_Types].xml', types);
  pkg.replace(parts.workbookPart, workbookXml(parts, wb, removal.own, place, model, sheetRelId));

  return {
    bytes: pkg.zip(),
    sheetName: place.sheetName,
    ...(parts.storedTypes === null ? { rebuiltContentTypes: true } : {}),
  };
}

/** The parts the injection edits, found through the package relationships. */
interface WorkbookParts {
  conformance: Conformance;
  /** Relationship types in the package's conformance class. */
  REL: ReturnType<typeof relTypes>;
  workbookPart: string;
  workbook: string;
  wbRelsPart: string;
  wbRels: string;
  /** The workbook's relationships. */
  rels: Relationship[];
  /** `[Content_Types].xml`, null when the package has none. */
  storedTypes: string | null;
  stylesPart: string;
  stylesXml: string;
}

/**
 * The parts the injection edits, found as the reader finds them (see `../package`). The workbook's
 * relationships and styles part must be there: without them the package cannot be edited safely.
 */
function locateParts(pkg: Package): WorkbookParts {
  let workbookPart: string;
  try {
    workbookPart = pkg.workbookPart();
  } catch {
    throw new UnsupportedPackageError('no workbook part');
  }
  const workbook = pkg.text(workbookPart);
  const wbRelsPart = relsPathOf(workbookPart);
  const wbRels = pkg.text(wbRelsPart);
  const storedTypes = pkg.text('[Content_Types].xml');
  if (workbook === null || wbRels === null) throw new UnsupportedPackageError('workbook or its rels missing');
  const conformance = conformanceOf(pkg, workbookPart, workbook);
  const REL = relTypes(conformance);
  const rels = relationshipsOf(pkg, workbookPart);
  const stylesPart = rels.find((r) => r.type === REL.styles)?.part;
  const stylesXml = stylesPart ? pkg.text(stylesPart) : null;
  if (!stylesPart || stylesXml === null) throw new UnsupportedPackageError('no styles part');
  return { conformance, REL, workbookPart, workbook, wbRelsPart, wbRels, rels, storedTypes, stylesPart, stylesXml };
}

/** The relationships of `part` as the package read them; a rels part that is no XML cannot be edited. */
function relationshipsOf(pkg: Package, part: string): Relationship[] {
  try {
    return pkg.relationships(part);
  } catch (err) {
    if (err instanceof BrokenPartError) throw new UnsupportedPackageError(err.message);
    throw err;
  }
}

/** The package's relationships part for a package that has none: the workbook, nothing else. */
function packageRelsXml(parts: WorkbookParts): string {
  const target = escapeAttr(parts.workbookPart);
  return `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${parts.REL.officeDocument}" Target="${target}"/></Relationships>`;
}

/** `workbook.xml`'s sheets and defined names, where they stand in its text. */
interface WorkbookXml {
  root: Found;
  /** The prefix of the workbook's elements (`x:` or empty). */
  p: string;
  sheetsEl: Found;
  sheets: SheetEntry[];
  namesEl: Found | null;
  names: DefinedName[];
}

function readWorkbookXml(workbook: string): WorkbookXml {
  const root = rootElement(workbook);
  const p = root.prefix;
  const sheetsEl = findFirst(workbook, 'sheets', root.tagEnd, root.contentEnd, p);
  if (!sheetsEl || sheetsEl.selfClosing) throw new UnsupportedPackageError('workbook without sheets');
  const sheets: SheetEntry[] = findAll(workbook, 'sheet', sheetsEl.tagEnd, sheetsEl.contentEnd, p).map((el) => {
    const a = attributes(el.tag);
    return { name: a.get('name') ?? '', sheetId: Number(a.get('sheetId')) || 0, rid: prefixedAttr(a, 'id') ?? '', el };
  });
  // The workbook's own formula text, decoded leniently: an odd entity is the user's, kept as it is.
  const { block: namesEl, names } = definedNameElements(workbook, p, decodeEntities);
  return { root, p, sheetsEl, sheets, namesEl, names };
}

/** chitieu's sheets of earlier runs (indexes into the sheets), with the relationships and parts that go with them. */
interface Removal {
  own: Set<number>;
  rels: Relationship[];
  parts: string[];
}

function ownSheetsToRemove(pkg: PackageEdit, parts: WorkbookParts, wb: WorkbookXml): Removal {
  const { rels, REL } = parts;
  const markedNames = ownSheetKeys(wb.names);
  const own = new Set(wb.sheets.flatMap((s, i) => (markedNames.has(sheetNameKey(s.name)) ? [i] : [])));
  const removedRels: Relationship[] = [];
  const removedParts: string[] = [];
  for (const i of own) {
    const rel = rels.find((r) => r.id === wb.sheets[i].rid);
    if (!rel) continue;
    removedRels.push(rel);
    if (!rel.part) continue;
    removedParts.push(rel.part);
    const sheetRelsPart = relsPathOf(rel.part);
    if (pkg.pkg.has(sheetRelsPart)) {
      removedParts.push(sheetRelsPart);
      for (const r of relationshipsOf(pkg.pkg, rel.part)) {
        if (r.part && (r.type === REL.comments || r.type === REL.vmlDrawing)) removedParts.push(r.part);
        if (r.part && r.type === REL.drawing)
          for (const d of drawingParts(pkg, r.part, REL.chart)) removedParts.push(d);
      }
    }
  }
  if (own.size > 0) {
    // Excel's calculation chain lists formula cells by sheet id, the removed sheet's too; stale
    // entries make Excel repair the file. The chain is only a cache: without it Excel rebuilds it.
    for (const rel of rels.filter((r) => r.type === REL.calcChain)) {
      removedRels.push(rel);
      if (rel.part) removedParts.push(rel.part);
    }
  }
  return { own, rels: removedRels, parts: removedParts };
}

/** The parts of chitieu's chart drawing: the drawing, its rels, the chart it holds. */
function drawingParts(pkg: PackageEdit, drawingPart: string, chartType: string): string[] {
  const out = [drawingPart];
  if (!pkg.pkg.has(relsPathOf(drawingPart))) return out;
  out.push(relsPathOf(drawingPart));
  for (const r of relationshipsOf(pkg.pkg, drawingPart)) if (r.part && r.type === chartType) out.push(r.part);
  return out;
}

/** Where the new sheet goes in the tab order, what it is called, and where the kept sheets move. */
interface Placement {
  kept: SheetEntry[];
  insertAt: number;
  sheetName: string;
  /** Names (keys) of removed sheets the new one does not take again. */
  removedNames: Set<string>;
  /** Old sheet index → new index (null for a removed sheet). */
  newIndex: (old: number) => number | null;
}

function placeNewSheet(sheets: SheetEntry[], own: Set<number>, modelName: string): Placement {
  const kept = sheets.filter((_, i) => !own.has(i));
  const position = own.size > 0 ? minOf(own) : sheets.length;
  const insertAt = sheets.slice(0, position).filter((_, i) => !own.has(i)).length;
  const sheetName = freeSheetName(
    kept.map((s) => s.name),
    modelName,
  );
  const removedNames = new Set([...own].map((i) => sheetNameKey(sheets[i].name)));
  removedNames.delete(sheetNameKey(sheetName));
  const newIndex = (old: number): number | null => {
    if (own.has(old)) return null;
    const k = sheets.slice(0, old).filter((_, i) => !own.has(i)).length;
    return k >= insertAt ? k + 1 : k;
  };
  return { kept, insertAt, sheetName, removedNames, newIndex };
}

/**
 * The sheet part, its styles made as its cells need them, and its notes' parts; returns the new
 * parts with their content types.
 */
async function addSheetParts(
  pkg: PackageEdit,
  parts: WorkbookParts,
  model: ReportSheetModel,
  sheetPart: string,
  render: Parameters<typeof renderSheetXml>[2] & { level?: number; chart: boolean },
): Promise<[string, string][]> {
  const { level, chart, ...renderOptions } = render;
  // The chart's parts are Transitional DrawingML: a Strict package gets none.
  const spec = chart && parts.conformance === TRANSITIONAL ? summaryChartSpec(model) : null;
  const styles = new StyleBook(parts.stylesXml);
  const deflater = new PipelinedDeflate(level ?? 3, pkg.deflate);
  const notes = await renderSheetXml(
    model,
    styles,
    { ...renderOptions, drawingId: spec ? CHART_DRAWING_ID : null },
    (bytes) => deflater.write(bytes),
  );
  const sheet = await deflater.end();
  pkg.added.push(deflatedEntry(sheetPart, sheet.size, sheet.compressed, sheet.crc));
  pkg.replace(parts.stylesPart, styles.xml());
  const newParts: [string, string][] = [[sheetPart, CT.worksheet]];
  const rels: string[] = [];
  if (notes.length > 0) pushAll(newParts, addNotesParts(pkg, parts, sheetPart, notes, rels));
  if (spec) pushAll(newParts, addChartParts(pkg, parts, sheetPart, spec, rels));
  if (rels.length > 0) {
    const relsXml = `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">${rels.join('')}</Relationships>`;
    pkg.added.push(pkg.entry(relsPathOf(sheetPart), relsXml));
    newParts.push([relsPathOf(sheetPart), CT.relationships]);
  }
  return newParts;
}

/** The notes' relationship ids in the sheet's rels (`rId1` the VML drawing, as `legacyDrawingId`). */
const NOTES_IDS = { vml: 'rId1', comments: 'rId2' };
const CHART_DRAWING_ID = 'rId3';

/** The comments part and its VML drawing; their relationships go into `rels` (the sheet's). */
function addNotesParts(
  pkg: PackageEdit,
  parts: WorkbookParts,
  sheetPart: string,
  notes: Parameters<typeof commentsXml>[0],
  rels: string[],
): [string, string][] {
  const { conformance, REL } = parts;
  const dir = parts.workbookPart.slice(0, parts.workbookPart.lastIndexOf('/') + 1);
  const commentsPart = pkg.freeName(`${dir}comments`, '.xml');
  const vmlPart = pkg.freeName(`${dir}drawings/vmlDrawing`, '.vml');
  const block = maxVmlBlock(pkg) + 1;
  pkg.added.push(pkg.entry(commentsPart, commentsXml(notes, conformance)));
  pkg.added.push(pkg.entry(vmlPart, notesVml(notes, block)));
  rels.push(
    // Comments before the drawing: ExcelJS pairs the drawing with comments it has already read.
    `<Relationship Id="${NOTES_IDS.comments}" Type="${REL.comments}" Target="${escapeAttr(relativeTarget(sheetPart, commentsPart))}"/>`,
    `<Relationship Id="${NOTES_IDS.vml}" Type="${REL.vmlDrawing}" Target="${escapeAttr(relativeTarget(sheetPart, vmlPart))}"/>`,
  );
  return [
    [commentsPart, CT.comments],
    [vmlPart, CT.vml],
  ];
}

/** The chart's part and the drawing anchoring it under the sheet; the drawing's relationship goes into `rels`. */
function addChartParts(
  pkg: PackageEdit,
  parts: WorkbookParts,
  sheetPart: string,
  spec: ChartSpec,
  rels: string[],
): [string, string][] {
  const { REL } = parts;
  const dir = parts.workbookPart.slice(0, parts.workbookPart.lastIndexOf('/') + 1);
  const chartPart = pkg.freeName(`${dir}charts/chart`, '.xml');
  pkg.added.push(pkg.entry(chartPart, chartXml(spec)));
  const drawingPart = pkg.freeName(`${dir}drawings/drawing`, '.xml');
  pkg.added.push(pkg.entry(drawingPart, drawingXml(spec, 'rId1')));
  const drawingRels =
    `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">` +
    `<Relationship Id="rId1" Type="${REL.chart}" Target="${escapeAttr(relativeTarget(drawingPart, chartPart))}"/>` +
    '</Relationships>';
  pkg.added.push(pkg.entry(relsPathOf(drawingPart), drawingRels));
  rels.push(
    `<Relationship Id="${CHART_DRAWING_ID}" Type="${REL.drawing}" Target="${escapeAttr(relativeTarget(sheetPart, drawingPart))}"/>`,
  );
  return [
    [chartPart, CT.chart],
    [drawingPart, CT.drawing],
    [relsPathOf(drawingPart), CT.relationships],
  ];
}

/** The workbook's rels without the removed relationships, with the new sheet's. */
function workbookRelsXml(parts: WorkbookParts, removed: Relationship[], sheetRelId: string, sheetPart: string): string {
  const xml = without(
    parts.wbRels,
    removed.map((r) => r.el),
  );
  const root = rootElement(xml);
  const target = escapeAttr(relativeTarget(parts.workbookPart, sheetPart));
  return appendChildren(
    xml,
    root,
    `<${root.prefix}Relationship Id="${sheetRelId}" Type="${parts.REL.worksheet}" Target="${target}"/>`,
  );
}

/**
 * `workbook.xml` with the new sheet in the tab order, the defined names kept, moved or added, and
 * the workbook view's tabs moved; edits from the end backwards, so the earlier positions stay valid.
 */
function workbookXml(
  parts: WorkbookParts,
  wb: WorkbookXml,
  own: Set<number>,
  place: Placement,
  model: ReportSheetModel,
  sheetRelId: string,
): string {
  let workbook = parts.workbook;
  const { root, p } = wb;
  const relNs = parts.conformance.rel;
  const relPrefix = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${relNs.replace(/[./]/g, '\\$&')}["']`).exec(
    root.tag,
  )?.[1];
  const idAttr = relPrefix ? `${relPrefix}:id` : `xmlns:r="${relNs}" r:id`;
  const sheetIds = wb.sheets.map((s) => s.sheetId);
  const maxSheetId = maxOf(sheetIds, 0);
  const newSheetTag = `<${p}sheet name="${escapeAttr(place.sheetName)}" sheetId="${maxSheetId + 1}" ${idAttr}="${sheetRelId}"/>`;
  const sheetsXml = place.kept.map((s) => workbook.slice(s.el.start, s.el.end));
  sheetsXml.splice(place.insertAt, 0, newSheetTag);
  const namesXml = `<${p}definedNames>${definedNamesXml(workbook, wb, place, model)}</${p}definedNames>`;

  const edits: { start: number; end: number; text: string }[] = [];
  if (wb.namesEl) {
    edits.push({ start: wb.namesEl.start, end: wb.namesEl.end, text: namesXml });
  } else {
    const after = ['externalReferences', 'functionGroups', 'sheets']
      .map((l) => findFirst(workbook, l, root.tagEnd, root.contentEnd, p))
      .find((el) => el !== null)!;
    edits.push({ start: after.end, end: after.end, text: namesXml });
  }
  edits.push({ start: wb.sheetsEl.tagEnd, end: wb.sheetsEl.contentEnd, text: sheetsXml.join('') });
  const view = findFirst(workbook, 'workbookView', root.tagEnd, root.contentEnd, p);
  if (view) {
    let tag = view.tag;
    for (const attr of ['activeTab', 'firstSheet']) {
      const old = Number(attributes(view.tag).get(attr) ?? 0);
      const moved = own.has(old) ? place.insertAt : (place.newIndex(old) ?? 0);
      if (moved !== old) tag = moved === 0 ? removeAttr(tag, attr) : setAttr(tag, attr, String(moved));
    }
    if (tag !== view.tag) edits.push({ start: view.start, end: view.tagEnd, text: tag });
  }
  for (const e of edits.sort((a, b) => b.start - a.start)) workbook = splice(workbook, e.start, e.end, e.text);
  return workbook;
}

/**
 * The defined names kept (those local to a kept sheet, their `localSheetId` moved; workbook-level
 * ones not pointing into a removed sheet), then the mark and the new sheet's print titles.
 */
function definedNamesXml(workbook: string, wb: WorkbookXml, place: Placement, model: ReportSheetModel): string {
  const { p } = wb;
  const keptNames = wb.names
    .filter((n) => !isOwnSheetMark(n))
    .filter((n) => n.localSheetId === null || place.newIndex(n.localSheetId) !== null)
    .filter(
      (n) =>
        n.localSheetId !== null || !referencedSheets(n.formula).some((s) => place.removedNames.has(sheetNameKey(s))),
    );
  let namesXml = keptNames
    .map((n) => {
      const text = workbook.slice(n.el.start, n.el.end);
      if (n.localSheetId === null) return text;
      const moved = place.newIndex(n.localSheetId)!;
      return moved === n.localSheetId ? text : text.replace(n.el.tag, setAttr(n.el.tag, 'localSheetId', String(moved)));
    })
    .join('');
  namesXml += `<${p}definedName name="${OWN_SHEET_MARK}">${escapeText(qualifiedCell(place.sheetName, '$A$1'))}</${p}definedName>`;
  const titles = model.print.titleRows;
  if (titles) {
    // Any print titles of the sheet index the new one takes were local to a removed sheet: gone above.
    namesXml += `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${place.insertAt}">${escapeText(qualifiedCell(place.sheetName, `$${titles.top + 1}:$${titles.bottom + 1}`))}</${p}definedName>`;
  }
  return namesXml;
}

/** A number attribute of the first workbook view (`activeTab`, `firstSheet`), 0 when absent. */
function bookViewNumber(workbook: string, prefix: string, attr: string): number {
  const view = findFirst(workbook, 'workbookView', 0, workbook.length, prefix);
  return view ? Number(attributes(view.tag).get(attr) ?? 0) || 0 : 0;
}

/**
 * `[Content_Types].xml` without the removed parts' overrides, and a content type for every new part:
 * nothing when a Default of its extension already gives that type, else an Override — a `vml` part
 * with no Default for `vml` gets that Default, as Excel writes it (LibreOffice 4.1 writes only
 * Overrides, not even a Default for `rels`: then the new relationships part gets an Override).
 */
function contentTypes(xml: string, removedParts: string[], newParts: [string, string][]): string {
  const removed = new Set(removedParts.map(partKey));
  const overridesEls = findAll(xml, 'Override').filter((el) =>
    removed.has(partKey(attributes(el.tag).get('PartName') ?? '')),
  );
  let out = without(xml, overridesEls);
  const root = rootElement(out);
  const pre = root.prefix;
  const defaults = new Map(
    findAll(out, 'Default').map((el) => {
      const a = attributes(el.tag);
      return [(a.get('Extension') ?? '').toLowerCase(), (a.get('ContentType') ?? '').toLowerCase()] as const;
    }),
  );
  let add = '';
  for (const [part, type] of newParts) {
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    const byDefault = defaults.get(ext);
    if (byDefault === type.toLowerCase()) continue;
    if (byDefault === undefined && ext === 'vml') {
      add += `<${pre}Default Extension="vml" ContentType="${type}"/>`;
      defaults.set(ext, type.toLowerCase());
    } else add += `<${pre}Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`;
  }
  out = appendChildren(out, root, add);
  return out;
}

const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** Content types of the parts a relationship of this type (the part after the class prefix) targets. */
const TYPE_OF_RELATIONSHIP: Record<string, string> = {
  worksheet: `${SML}.worksheet+xml`,
  chartsheet: `${SML}.chartsheet+xml`,
  styles: `${SML}.styles+xml`,
  sharedStrings: `${SML}.sharedStrings+xml`,
  calcChain: `${SML}.calcChain+xml`,
  comments: `${SML}.comments+xml`,
  table: `${SML}.table+xml`,
  pivotTable: `${SML}.pivotTable+xml`,
  pivotCacheDefinition: `${SML}.pivotCacheDefinition+xml`,
  pivotCacheRecords: `${SML}.pivotCacheRecords+xml`,
  externalLink: `${SML}.externalLink+xml`,
  printerSettings: `${SML}.printerSettings`,
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  'extended-properties': 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  'custom-properties': 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  'metadata/core-properties': 'application/vnd.openxmlformats-package.core-properties+xml',
  vbaProject: 'application/vnd.ms-office.vbaProject',
};
const DEFAULT_TYPES: [string, string][] = [
  ['rels', CT.relationships],
  ['xml', 'application/xml'],
  ['vml', CT.vml],
  ['png', 'image/png'],
  ['jpeg', 'image/jpeg'],
  ['jpg', 'image/jpeg'],
  ['gif', 'image/gif'],
  ['emf', 'image/x-emf'],
  ['wmf', 'image/x-wmf'],
];

/** The relationships of `source`, none when its rels part is no XML (its targets then get their Default type). */
function readableRels(pkg: Package, source: string): Relationship[] {
  try {
    return pkg.relationships(source);
  } catch (err) {
    if (err instanceof BrokenPartError) return [];
    throw err;
  }
}

/**
 * A `[Content_Types].xml` for a package that has none (Excel refuses such a file; LibreOffice and
 * some generators read it): Defaults by extension, and an Override for every part a relationship
 * of a known type targets. A part of an unknown type keeps the Default of its extension.
 */
function rebuiltContentTypes(pkg: Package, workbookPart: string): string {
  // Part key → [part, type]; the workbook first: a package without `_rels/.rels` names it in no relationship.
  const overrides = new Map<string, [string, string]>([
    [partKey(workbookPart), [workbookPart, `${SML}.sheet.main+xml`]],
  ]);
  let macros = false;
  for (const e of pkg.entries) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(partName(e.name));
    if (!m || !pkg.isPart(e)) continue;
    for (const r of readableRels(pkg, `${m[1]}${m[2]}`)) {
      if (!r.part) continue;
      const kind = r.type.slice(r.type.lastIndexOf('relationships/') + 'relationships/'.length);
      if (kind === 'vbaProject') macros = true;
      const type = kind === 'officeDocument' ? `${SML}.sheet.main+xml` : TYPE_OF_RELATIONSHIP[kind];
      if (type) overrides.set(partKey(r.part), [r.part, type]);
    }
  }
  if (macros)
    for (const [key, [part, type]] of overrides)
      if (type === `${SML}.sheet.main+xml`)
        overrides.set(key, [part, 'application/vnd.ms-excel.sheet.macroEnabled.main+xml']);
  const defaults = DEFAULT_TYPES.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('');
  const parts = [...overrides.values()]
    .map(([part, type]) => `<Override PartName="/${escapeAttr(part)}" ContentType="${type}"/>`)
    .join('');
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults}${parts}</Types>`;
}
