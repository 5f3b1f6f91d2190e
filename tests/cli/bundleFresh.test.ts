/**
 * `node bin/chitieu.js` runs the bundle dist/chitieu.mjs only while no source it is built from has
 * changed since; otherwise it runs the TypeScript sources, so an edited checkout never runs stale
 * code. The sources are checked against esbuild's own list of what the bundle reads.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleIsFresh, bundleSourceFolders } from '../../bin/bundle-fresh.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const BUILT = new Date('2026-01-02T03:04:05Z');
const EARLIER = new Date('2026-01-01T00:00:00Z');
const LATER = new Date('2026-01-03T00:00:00Z');

/** A checkout with one file per folder, all written before the bundle was built. */
function checkout(folders: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'chitieu-fresh-'));
  temps.push(root);
  const files = [...folders.map((f) => `src/${f}/index.ts`), 'dist/chitieu.mjs'];
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), EARLIER, EARLIER);
  }
  utimesSync(join(root, 'dist/chitieu.mjs'), BUILT, BUILT);
  return root;
}

function edit(root: string, file: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), 'export {};\n');
  utimesSync(join(root, file), LATER, LATER);
}

describe('the command line bundle is fresh until a source it is built from changes', () => {
  const folders = ['core', 'cli', 'workbookFile', 'xlsx', 'docx', 'excel', 'taskpane', 'commands', 'web'];

  it('is fresh when every source is older than the bundle, stale when there is no bundle', () => {
    const root = checkout(folders);
    expect(bundleIsFresh(root)).toBe(true);
    rmSync(join(root, 'dist/chitieu.mjs'));
    expect(bundleIsFresh(root)).toBe(false);
  });

  it.each(['src/xlsx/read.ts', 'src/xlsx/inject/parts.ts', 'src/core/detect.ts', 'src/cli/main.ts', 'src/docx/x.ts'])(
    'an edited %s makes the bundle stale',
    (file) => {
      const root = checkout(folders);
      edit(root, file);
      expect(bundleIsFresh(root)).toBe(false);
    },
  );

  it('a folder added to src/ later (a new layer) counts without being listed anywhere', () => {
    const root = checkout(folders);
    edit(root, 'src/settings/index.ts');
    expect(bundleIsFresh(root)).toBe(false);
  });

  it.each(['src/taskpane/App.tsx', 'src/commands/commands.ts', 'src/web/index.tsx', 'src/excel/writeReport.ts'])(
    'an edit to a host user interface (%s), which the command line never loads, keeps it fresh',
    (file) => {
      const root = checkout(folders);
      edit(root, file);
      expect(bundleIsFresh(root)).toBe(true);
    },
  );

  it('covers every src/ folder esbuild reads to build the bundle (the same options as `npm run build:cli`)', async () => {
    const result = await build({
      entryPoints: [join(REPO_ROOT, 'src/cli/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      splitting: true,
      outdir: join(tmpdir(), 'chitieu-fresh-unused'),
      external: ['exceljs', '@e965/xlsx'],
      write: false,
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: REPO_ROOT,
    });
    const read = new Set(
      Object.keys(result.metafile.inputs)
        .filter((f) => f.startsWith('src/'))
        .map((f) => f.split('/').slice(0, 2).join('/')),
    );
    expect(read.has('src/xlsx')).toBe(true);
    const checked = bundleSourceFolders(REPO_ROOT).map((d) => relative(REPO_ROOT, d));
    for (const folder of read) expect(checked, folder).toContain(folder);
  });
});
