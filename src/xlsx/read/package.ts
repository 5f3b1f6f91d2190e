/**
 * The package layer of the reader, by the Open Packaging Conventions (ECMA-376 Part 2): the zip's
 * parts by name (case-insensitive, as part names are), their content types, and relationships
 * resolved to part names. The workbook is the target of the package's `officeDocument`
 * relationship (`_rels/.rels`), wherever the producer put it and whatever it named it.
 *
 * Transitional and Strict OOXML differ here only in the relationship type URIs
 * (`http://schemas.openxmlformats.org/officeDocument/2006/relationships/…` and
 * `http://purl.oclc.org/ooxml/officeDocument/relationships/…`); both are read, by the type's last
 * segment (`worksheet`, `styles`…). The relationship parts are parsed by `../rels.ts`, the reading
 * the package injector edits with.
 */
import { attributes, findAll, namespaceDeclarations, prefixOf, rootElement, unprefixed } from '../xml';
import { parseRels, relsPathOf as relsPartOf, type Relationship } from '../rels';
import { entryText, readZip, UnsupportedPackageError, type ZipEntry } from '../zip';

export { relsPartOf, type Relationship };

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

const CONTENT_TYPES_NS = ['http://schemas.openxmlformats.org/package/2006/content-types'];

/** Content types of a workbook's main part (.xlsx, .xlsm, .xltx, .xltm). */
const WORKBOOK_CONTENT_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
];

/** An XML part's text with its namespace `uris` made the default one (any prefix removed). */
export function partInNamespace(xml: string, uris: readonly string[]): string {
  const root = rootElement(xml);
  const prefix = prefixOf(namespaceDeclarations(root.tag), uris) ?? '';
  return unprefixed(xml, prefix);
}

/** The opened package. */
export class Package {
  private readonly parts = new Map<string, ZipEntry>();
  private readonly relsCache = new Map<string, Relationship[]>();
  private types: { defaults: Map<string, string>; overrides: Map<string, string> } | null | undefined;

  constructor(bytes: Uint8Array) {
    for (const e of readZip(bytes)) {
      if (e.name.endsWith('/')) continue;
      const name = e.name.replace(/^\/+/, '').toLowerCase();
      if (this.parts.has(name)) throw new UnsupportedPackageError(`duplicate part ${e.name}`);
      this.parts.set(name, e);
    }
  }

  has(part: string): boolean {
    return this.parts.has(part.toLowerCase());
  }

  /** The part's text, or null when the package has no such part. */
  text(part: string): string | null {
    const e = this.parts.get(part.toLowerCase());
    return e ? entryText(e) : null;
  }

  /** The relationships whose source is `part` (`''` for the package), empty without a rels part. */
  relationships(part: string): Relationship[] {
    let rels = this.relsCache.get(part);
    if (!rels) {
      const relsPart = relsPartOf(part);
      const xml = this.text(relsPart);
      rels = xml === null ? [] : parseRelationships(xml, part, relsPart);
      this.relsCache.set(part, rels);
    }
    return rels;
  }

  /** The content type of a part ([Content_Types].xml: its Override, else the Default of its extension). */
  contentType(part: string): string | undefined {
    if (this.types === undefined) this.types = this.readContentTypes();
    if (!this.types) return undefined;
    const name = part.toLowerCase();
    return this.types.overrides.get(name) ?? this.types.defaults.get(name.slice(name.lastIndexOf('.') + 1));
  }

  /** Names of the parts (lower case). */
  names(): string[] {
    return [...this.parts.keys()];
  }

  private readContentTypes(): { defaults: Map<string, string>; overrides: Map<string, string> } | null {
    const raw = this.text('[Content_Types].xml');
    if (raw === null) return null;
    const xml = partInNamespace(raw, CONTENT_TYPES_NS);
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    for (const el of findAll(xml, 'Default', 0, xml.length, '')) {
      const a = attributes(el.tag);
      defaults.set((a.get('Extension') ?? '').toLowerCase(), a.get('ContentType') ?? '');
    }
    for (const el of findAll(xml, 'Override', 0, xml.length, '')) {
      const a = attributes(el.tag);
      overrides.set((a.get('PartName') ?? '').replace(/^\/+/, '').toLowerCase(), a.get('ContentType') ?? '');
    }
    return { defaults, overrides };
  }

  /**
   * The workbook part: the package's `officeDocument` relationship; without `_rels/.rels` (a
   * broken producer), the part whose content type is a workbook's. NotAWorkbookError when neither.
   */
  workbookPart(): string {
    const office = this.relationships('').find((r) => r.kind === 'officeDocument' && r.part !== null);
    if (office?.part) return office.part;
    const typed = this.names().find((n) => WORKBOOK_CONTENT_TYPES.includes(this.contentType(n) ?? ''));
    if (typed) return typed;
    throw new NotAWorkbookError('no officeDocument relationship');
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
