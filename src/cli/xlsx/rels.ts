/**
 * Relationship parts (OPC `.rels`): where a part's relationships are, what they say, and targets
 * resolved against, or made relative to, their source part — one reading for the package injector
 * and the reader.
 */
import { attributes, findAll, type Found } from './xml';

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  /** The target part, resolved to a package path without the leading `/`; null for external ones. */
  part: string | null;
  el: Found;
}

/** The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `''` → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part (a leading `/` is the package root). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.trim();
  try {
    t = decodeURI(t);
  } catch {
    // Kept as written.
  }
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

/** The relationships of a `.rels` part whose source is `sourcePart` (`''` for the package's own). */
export function parseRels(xml: string, sourcePart: string): Relationship[] {
  return findAll(xml, 'Relationship').map((el) => {
    const a = attributes(el.tag);
    const external = (a.get('TargetMode') ?? '').toLowerCase() === 'external';
    const target = a.get('Target') ?? '';
    return {
      id: a.get('Id') ?? '',
      type: a.get('Type') ?? '',
      target,
      part: external ? null : resolveTarget(sourcePart, target),
      el,
    };
  });
}
