// The stamp of a finished `npm run build`: dist/addin/.build-stamp holds a hash of everything the
// build reads, and of ADDIN_URL (which changes the manifest). `npm run build` writes it as its last
// step, so the browser tests (tests/e2e/harness.ts) use a build CI already made, and rebuild only
// when the stamp is missing or names other sources.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILD_STAMP = join(ROOT, 'dist/addin/.build-stamp');

/** Everything `npm run build` reads (the web page's worker bundles the file pipeline too). */
const BUILD_INPUTS = [
  'src',
  'assets',
  'scripts/icons.ts',
  'scripts/addin-manifest.ts',
  'scripts/manifest-xsd.ts',
  'scripts/one-file-page.mjs',
  'schemas/manifest',
  'webpack.config.js',
  'manifest.xml',
  'package-lock.json',
  'tsconfig.json',
];

function filesUnder(path) {
  const abs = resolve(ROOT, path);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [abs];
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** The hash a build of the current sources (with the current ADDIN_URL) is stamped with. */
export function sourceHash() {
  const h = createHash('sha256');
  h.update(`ADDIN_URL=${process.env.ADDIN_URL ?? ''}\n`);
  for (const f of BUILD_INPUTS.flatMap(filesUnder)) {
    h.update(relative(ROOT, f));
    h.update(readFileSync(f));
  }
  return h.digest('hex');
}

/** True when dist/addin and dist/web were built from the current sources. */
export function buildIsFresh(hash = sourceHash()) {
  return existsSync(BUILD_STAMP) && readFileSync(BUILD_STAMP, 'utf8') === hash;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(BUILD_STAMP, sourceHash());
}
