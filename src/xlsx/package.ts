/**
 * The opened package, by the Open Packaging Conventions (ECMA-376 Part 2), read once per file and
 * shared by sniffing, reading and injecting: the zip's central directory parsed once, then the
 * content types and each part's relationships parsed on first use.
 *
 * Parts are found by name as spreadsheet programs find them, for packages written by tools that
 * bend the conventions: case-insensitively (part names are), with `\` read as `/`, `%XX` escapes
 * decoded, `.`/`..` segments resolved and a leading `/` dropped — on the zip's entry names and on
 * relationship targets and content-type overrides alike. A name stored twice is the later entry of
 * the central directory, the one openpyxl and ExcelJS read.
 *
 * The workbook is the target of the package's `officeDocument` relationship; without a usable one
 * (`_rels/.rels` missing, unreadable or pointing at no part) it is the part whose content type is a
 * workbook's, else the conventional `xl/workbook.xml` — openpyxl finds it by content type alone, and
 * opens such packages.
 */
import { parseRels, relsPathOf, type Relationship } from './rels';
import { attributes, findAll, namespaceDeclarations, prefixOf, rootElement, unprefixed } from './xml';
import { entryText, readZip, UnsupportedPackageError, type ZipEntry } from './zip';

/** The file is a zip but not a spreadsheet package (a renamed .docx, .zip…). */
export class NotAWorkbookError extends Error {
  override name = 'NotAWorkbookError';
}

/** A part the workbook needs is missing or unreadable: the package is broken, and this says where. */
export class BrokenPartError extends Error {
  override name = 'BrokenPartError';
  constructor(readonly part: string) {
    super(`broken part ${part}`);
  }
}

const CONTENT_TYPES_PART = '[Content_Types].xml';
const CONTENT_TYPES_NS = ['http://schemas.openxmlformats.org/package/2006/content-types'];
const CONVENTIONAL_WORKBOOK = 'xl/workbook.xml';

/** Content types of a workbook's main part (.xlsx, .xlsm, .xltx, .xltm). */
const WORKBOOK_CONTENT_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
];

/**
 * A zip entry name or a resolved target as a part name: `\` as `/`, `%XX` decoded, dot segments
 * resolved, no leading `/` (`/xl/./worksheets/Sheet%201.xml` → `xl/worksheets/Sheet 1.xml`).
 */
export function partName(name: string): string {
  let n = name.replace(/\\/g, '/');
  try {
    n = decodeURIComponent(n);
  } catch {
    // A lone `%` is part of the name as written.
  }
  const segments: string[] = [];
  for (const seg of n.split('/')) {
    if (seg === '..') segments.pop();
    else if (seg !== '.' && seg !== '') segments.push(seg);
  }
  return segments.join('/');
}

/** A part name as programs compare them: `partName`, in lower case (part names are case-insensitive). */
export function partKey(name: string): string {
  return partName(name).toLowerCase();
}

/** An XML part's text with its namespace `uris` made the default one (any prefix removed). */
export function partInNamespace(xml: string, uris: readonly string[]): string {
  const root = rootElement(xml);
  const prefix = prefixOf(namespaceDeclarations(root.tag), uris) ?? '';
  return unprefixed(xml, prefix);
}

interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

/** The opened package. */
export class Package {
  /** The zip's entries in central-directory order, directories included. */
  readonly entries: readonly ZipEntry[];
  private readonly parts = new Map<string, ZipEntry>();
  private readonly relsCache = new Map<string, Relationship[]>();
  private types: ContentTypes | null | undefined;

  constructor(bytes: Uint8Array) {
    this.entries = readZip(bytes);
    for (const e of this.entries) {
      if (/[/\\]$/.test(e.name)) continue;
      this.parts.set(partKey(e.name), e);
    }
  }

  has(part: string): boolean {
    return this.parts.has(partKey(part));
  }

  /** The zip entry holding `part` (the later one when the name is stored twice). */
  entry(part: string): ZipEntry | undefined {
    return this.parts.get(partKey(part));
  }

  /** True when `entry` is the one the package reads for its name (not a directory, not shadowed by a later copy). */
  isPart(entry: ZipEntry): boolean {
    return this.parts.get(partKey(entry.name)) === entry;
  }

  /** The part's text, or null when the package has no such part. */
  text(part: string): string | null {
    const e = this.entry(part);
    return e ? entryText(e) : null;
  }

  /** The keys (see `partKey`) of the parts. */
  keys(): string[] {
    return [...this.parts.keys()];
  }

  /**
   * The relationships whose source is `part` (`''` for the package), empty without a rels part;
   * BrokenPartError when the rels part is no XML.
   */
  relationships(part: string): Relationship[] {
    const key = partKey(part);
    let rels = this.relsCache.get(key);
    if (!rels) {
      const relsPart = relsPathOf(part);
      const xml = this.text(relsPart);
      rels = xml === null ? [] : parseRelationships(xml, part, relsPart);
      this.relsCache.set(key, rels);
    }
    return rels;
  }

  /** The content type of a part ([Content_Types].xml: its Override, else the Default of its extension). */
  contentType(part: string): string | undefined {
    const types = this.contentTypes();
    if (!types) return undefined;
    const key = partKey(part);
    return types.overrides.get(key) ?? types.defaults.get(key.slice(key.lastIndexOf('.') + 1));
  }

  /** The workbook part (see the module comment). NotAWorkbookError when the package has none. */
  workbookPart(): string {
    const office = this.packageRelationships().find((r) => r.kind === 'officeDocument' && r.part !== null);
    if (office?.part && this.has(office.part)) return office.part;
    const overrides = this.contentTypes()?.overrides ?? new Map<string, string>();
    for (const [key, type] of overrides) {
      const entry = this.parts.get(key);
      if (entry && WORKBOOK_CONTENT_TYPES.includes(type)) return partName(entry.name);
    }
    const conventional = this.entry(CONVENTIONAL_WORKBOOK);
    if (conventional) return partName(conventional.name);
    throw new NotAWorkbookError('no workbook part');
  }

  /** The package's own relationships; none when `_rels/.rels` is unreadable (the workbook is then found by type). */
  packageRelationships(): Relationship[] {
    try {
      return this.relationships('');
    } catch (err) {
      if (err instanceof BrokenPartError) return [];
      throw err;
    }
  }

  private contentTypes(): ContentTypes | null {
    if (this.types === undefined) this.types = this.readContentTypes();
    return this.types;
  }

  private readContentTypes(): ContentTypes | null {
    const raw = this.text(CONTENT_TYPES_PART);
    if (raw === null) return null;
    let xml: string;
    try {
      xml = partInNamespace(raw, CONTENT_TYPES_NS);
    } catch {
      return null;
    }
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    for (const el of findAll(xml, 'Default', 0, xml.length, '')) {
      const a = attributes(el.tag);
      defaults.set((a.get('Extension') ?? '').toLowerCase(), a.get('ContentType') ?? '');
    }
    for (const el of findAll(xml, 'Override', 0, xml.length, '')) {
      const a = attributes(el.tag);
      overrides.set(partKey(a.get('PartName') ?? ''), a.get('ContentType') ?? '');
    }
    return { defaults, overrides };
  }
}

/** The relationships of `source` (see `parseRels`); a rels part that is no XML is a broken part. */
function parseRelationships(raw: string, source: string, relsPart: string): Relationship[] {
  try {
    return parseRels(raw, source);
  } catch (err) {
    if (err instanceof UnsupportedPackageError) throw new BrokenPartError(relsPart);
    throw err;
  }
}

/** Packages opened in this run, by the bytes they were opened from (see `openPackage`). */
const opened = new WeakMap<Uint8Array, Package | { failed: unknown }>();

/**
 * The package of `bytes`, opened once: sniffing, reading and injecting the same bytes share one
 * central-directory parse and one reading of the content types and relationships. Throws what
 * `readZip` throws (the same error every time for the same bytes).
 */
export function openPackage(bytes: Uint8Array): Package {
  let pkg = opened.get(bytes);
  if (!pkg) {
    try {
      pkg = new Package(bytes);
    } catch (failed) {
      pkg = { failed };
    }
    opened.set(bytes, pkg);
  }
  if (pkg instanceof Package) return pkg;
  throw pkg.failed;
}
