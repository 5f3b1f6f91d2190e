// Whether the command line's bundle (dist/chitieu.mjs) was built after the last change to any source
// it is built from. Those sources are every folder under src/ except the hosts' user interfaces,
// which the command line never imports: a folder added later (a new layer the CLI reaches) counts
// without being listed here, so an edit to it never leaves the CLI running stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of src/ that only the add-in or the web page load (see the layering in the README). */
export const HOST_UI_FOLDERS = new Set(['taskpane', 'commands', 'web', 'excel']);

function newestFile(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** The src/ folders the command line's bundle is built from (absolute paths). */
export function bundleSourceFolders(root) {
  const src = join(root, 'src');
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !HOST_UI_FOLDERS.has(d.name))
    .map((d) => join(src, d.name));
}

/** True when `dist/chitieu.mjs` under `root` exists and no bundle source is newer than it. */
export function bundleIsFresh(root) {
  const bundle = join(root, 'dist', 'chitieu.mjs');
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  const src = join(root, 'src');
  // A file directly in src/ (none today) would be bundled too.
  const loose = readdirSync(src, { withFileTypes: true }).filter((d) => d.isFile());
  if (loose.some((d) => statSync(join(src, d.name)).mtimeMs > built)) return false;
  return bundleSourceFolders(root).every((dir) => newestFile(dir) <= built);
}
