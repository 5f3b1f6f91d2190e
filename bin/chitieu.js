#!/usr/bin/env node
// `chitieu` command. Runs the bundle `dist/chitieu.mjs` (+ `dist/chunks/`, built by `npm run build:cli`, which
// `npm ci` runs through `prepare`) when it is newer than every source file it was built from;
// otherwise runs the TypeScript sources through tsx, so an edited checkout never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'chitieu.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

function bundleIsFresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  const sources = ['src/core', 'src/settings', 'src/cli', 'src/workbookFile', 'src/xlsx', 'src/docx'];
  return sources.every((d) => !existsSync(join(root, d)) || newestSource(join(root, d)) <= built);
}

let entry;
if (bundleIsFresh()) {
  entry = await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  entry = await import('../src/cli/main.ts');
}
process.exitCode = await entry.main(process.argv.slice(2));
