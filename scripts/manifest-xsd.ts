/**
 * XML Schema validation of an add-in manifest with libxml2 (xmllint-wasm: no network, no native
 * library). Used by the build (a production manifest that does not validate is not written), by
 * the tests, and by `npm run manifest:check` — `-- dist/addin/manifest.xml` for a built manifest,
 * `-- --xsd DIR` to validate against another set of schema files, such as Microsoft's own
 * (OfficeAppManifestV1_1.xsd and the files it imports; see schemas/manifest/README.md).
 *
 * Microsoft's copies once published with the documentation carry two defects libxml2 refuses (the
 * XML Schema namespace written `https://www.w3.org/…`, and a `{0,3}?` quantifier, which is .NET's
 * syntax, not XML Schema's); `repairOfficialSchema` fixes both in memory, never on disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

export const PROFILE_DIR = fileURLToPath(new URL('../schemas/manifest/', import.meta.url));
export const PROFILE_MAIN = 'chitieu-manifest.xsd';
export const OFFICIAL_MAIN = 'OfficeAppManifestV1_1.xsd';

export type XsdResult = { valid: true } | { valid: false; errors: string[] };

/** Microsoft's published schema text, made acceptable to libxml2 (see the module comment). */
export function repairOfficialSchema(text: string): string {
  return text
    .replaceAll('xmlns:xs="https://www.w3.org/2001/XMLSchema"', 'xmlns:xs="http://www.w3.org/2001/XMLSchema"')
    .replaceAll('{0,3}?', '{0,3}');
}

/** Validates `xml` against the schema `main` of `dir` (every other .xsd there is loaded for its imports). */
export async function validateManifest(xml: string, dir = PROFILE_DIR, main = PROFILE_MAIN): Promise<XsdResult> {
  const read = (f: string) => repairOfficialSchema(readFileSync(join(dir, f), 'utf8'));
  const others = readdirSync(dir).filter((f) => f.endsWith('.xsd') && f !== main);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [read(main)],
    preload: others.map((f) => ({ fileName: f, contents: read(f) })),
  });
  return result.valid ? { valid: true } : { valid: false, errors: result.errors.map((e) => e.rawMessage) };
}

/** `manifest-xsd [--xsd DIR] [files…]` (default: manifest.xml). Exit 1 when one does not validate. */
async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--xsd');
  const dir = at >= 0 ? resolve(argv[at + 1]) : PROFILE_DIR;
  const schema = at >= 0 ? OFFICIAL_MAIN : PROFILE_MAIN;
  const files = argv.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  let failed = 0;
  for (const file of files.length > 0 ? files : ['manifest.xml']) {
    const r = await validateManifest(readFileSync(file, 'utf8'), dir, schema);
    if (r.valid) console.log(`${file}: hợp lệ theo ${join(dir, schema)}`);
    else {
      failed++;
      console.log(`${file}: KHÔNG hợp lệ theo ${join(dir, schema)}\n  ${r.errors.join('\n  ')}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (process.argv[1] && basename(process.argv[1]) === 'manifest-xsd.ts')
  process.exitCode = await main(process.argv.slice(2));
