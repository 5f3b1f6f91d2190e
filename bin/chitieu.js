#!/usr/bin/env node
// `chitieu` command. Runs the bundle `dist/chitieu.mjs` (+ `dist/chunks/`, built by `npm run build:cli`, which
// `npm ci` runs through `prepare`) when it is newer than every source file it was built from (bin/bundle-fresh.js);
// otherwise runs the TypeScript sources through tsx, so an edited checkout never runs stale code.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIsFresh } from './bundle-fresh.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'chitieu.mjs');

let entry;
if (bundleIsFresh(root)) {
  entry = await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  entry = await import('../src/cli/main.ts');
}
process.exitCode = await entry.main(process.argv.slice(2));
