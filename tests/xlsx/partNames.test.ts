/**
 * A part is found whatever way a producer spells its name, in the zip or in a relationship target:
 * case, `\` for `/`, a leading `/`, `./` and `dir/../` segments, `%XX` escapes — as Excel, LibreOffice
 * and openpyxl find it. Property-checked over random part paths, each zipped by fflate under one
 * spelling and looked up through a relationship written under another.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openPackage } from '../../src/xlsx/package';

/** A path segment as producers name parts: letters, digits, a space, Vietnamese letters, dots inside. */
const segment = fc
  .array(fc.constantFrom(...'abcXYZ019 _-ếđăơ'.split('')), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join('').trim())
  .filter((s) => s !== '' && s !== '.' && s !== '..');

const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((segs) => `${segs.join('/')}.xml`);

/** One way of spelling `part` (its own case and escapes kept unless the way changes them). */
type Spelling = (part: string) => string;
const SPELLINGS: Record<string, Spelling> = {
  plain: (p) => p,
  upper: (p) => p.toUpperCase(),
  backslashes: (p) => p.replace(/\//g, '\\'),
  leadingSlash: (p) => `/${p}`,
  dotSegments: (p) => `./${p.replace(/\//, '/x/../')}`,
  escaped: (p) => p.split('/').map(encodeURIComponent).join('/'),
};
const spelling = fc.constantFrom(...Object.keys(SPELLINGS));

/** A package holding `entry`, and a workbook whose relationship `rId1` targets `target` (from the root). */
function packageWith(entry: string, target: string): Uint8Array {
  const rels =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="urn:x/worksheet" Target="/${target.replace(/^\//, '').replace(/&/g, '&amp;')}"/>` +
    '</Relationships>';
  return zipSync({ [entry]: strToU8('<worksheet/>'), 'xl/_rels/workbook.xml.rels': strToU8(rels) });
}

describe('part names as producers spell them', () => {
  it('an entry is the part a relationship targets, whichever spellings the two use', () => {
    fc.assert(
      fc.property(path, spelling, spelling, (part, inZip, inTarget) => {
        const entry = SPELLINGS[inZip](part);
        const target = SPELLINGS[inTarget](part);
        const pkg = openPackage(packageWith(entry, target));
        const rel = pkg.relationships('xl/workbook.xml')[0];
        expect(rel.part).not.toBeNull();
        expect(pkg.entry(rel.part!)?.name).toBe(entry);
        expect(pkg.text(rel.part!)).toBe('<worksheet/>');
      }),
      { numRuns: 200 },
    );
  });

  it('different parts stay different: a name is not found under another name', () => {
    fc.assert(
      fc.property(path, path, spelling, (a, b, inZip) => {
        fc.pre(a.toLowerCase() !== b.toLowerCase());
        const pkg = openPackage(packageWith(SPELLINGS[inZip](a), b));
        expect(pkg.has(b)).toBe(false);
        expect(pkg.has(a)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
