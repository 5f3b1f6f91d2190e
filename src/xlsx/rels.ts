/**
 * Relationship parts (OPC `.rels`): where a part's relationships are, what they say, and targets
 * resolved against, or made relative to, their source part — one reading for the package injector
 * and the reader.
 */
import { attributes, findAll, namespaceDeclarations, prefixOf, rootElement, type Found } from './xml';

/** Relationship types are these bases plus a kind, Transitional and Strict OOXML respectively. */
const RELATIONSHIP_TYPE_BASES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/',
];
const PACKAGE_RELS_NS = ['http://schemas.openxmlformats.org/package/2006/relationships'];

export interface Relationship {
  id: string;
  /** The type URI as written. */
  type: string;
  /** The type's last segment, Transitional or Strict alike: `worksheet`, `styles`, `officeDocument`… */
  kind: string;
  /** The target as written. */
  target: string;
  /** The target part, resolved to a package path without the leading `/`; null for external ones. */
  part: string | null;
  /** Where the element stands in the part's text (for editing it in place). */
  el: Found;
}

/** The kind of a relationship type: its segment after the Transitional or Strict base, else the whole type. */
export function relationshipKind(type: string): string {
  for (const base of RELATIONSHIP_TYPE_BASES) if (type.startsWith(base)) return type.slice(base.length);
  return type;
}

/** The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `''` → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target resolved against the folder of its source part (a leading `/` is the
 * package root; `\` read as `/`). `%XX` escapes are left as written: parts are looked up through
 * `partKey`, which decodes them once, on targets and zip entry names alike.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = target.trim().replace(/\\/g, '/');
  const base = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of t.replace(/^\/+/, '').split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** The relative target of a relationship from `sourcePart` to `targetPart` (`../comments1.xml`). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * The relationships of a `.rels` part whose source is `sourcePart` (`''` for the package's own), in
 * document order and at their positions in `xml`: the elements of the relationships namespace,
 * under whatever prefix the root binds it to (any prefix when it binds none). A part with no root
 * element raises `UnsupportedPackageError`.
 */
export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const prefix = prefixOf(namespaceDeclarations(rootElement(xml).tag), PACKAGE_RELS_NS);
  return findAll(xml, 'Relationship', 0, xml.length, prefix === undefined ? undefined : prefix && `${prefix}:`).map(
    (el) => {
      const a = attributes(el.tag);
      const external = (a.get('TargetMode') ?? '').toLowerCase() === 'external';
      const target = a.get('Target') ?? '';
      const type = a.get('Type') ?? '';
      return {
        id: a.get('Id') ?? '',
        type,
        kind: relationshipKind(type),
        target,
        part: external ? null : resolveTarget(sourcePart, target),
        el,
      };
    },
  );
}
