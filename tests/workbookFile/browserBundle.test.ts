/**
 * The pipeline the page runs is the CLI's, bundled for a browser: esbuild's browser bundle of
 * `src/workbookFile/report.ts` builds, and nothing in it is a Node built-in (`node:*`, fs, zlib,
 * path, buffer…) — only the host's optional fallbacks (ExcelJS, SheetJS) may stay outside.
 */
import { builtinModules } from 'node:module';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const MAY_STAY_OUTSIDE = new Set(['exceljs', '@e965/xlsx']);

async function browserBundle(entry: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: [...MAY_STAY_OUTSIDE],
  });
  return result.metafile;
}

/**
 * Every import of the bundle's inputs that names a Node built-in, or stays outside without leave. A
 * package's own browser field may turn a built-in off (`"crypto": false` in seedrandom, which
 * mathjs uses): esbuild then bundles an empty module (`(disabled):…`), and nothing of Node is used.
 */
function forbiddenImports(meta: Metafile): string[] {
  const found: string[] = [];
  for (const [file, input] of Object.entries(meta.inputs))
    for (const i of input.imports) {
      const path = i.original ?? i.path;
      if (i.path.startsWith('(disabled):')) continue;
      if (NODE_BUILTINS.has(path) || NODE_BUILTINS.has(i.path)) found.push(`${file} → ${path}`);
      else if (i.external && !MAY_STAY_OUTSIDE.has(i.path)) found.push(`${file} → ${path} (external)`);
    }
  return found;
}

describe('the workbook-file pipeline in a browser bundle', () => {
  for (const entry of ['src/workbookFile/report.ts', 'src/workbookFile/convert.ts']) {
    it(`${entry} bundles for the browser with no Node built-in`, async () => {
      const meta = await browserBundle(entry);
      expect(Object.keys(meta.inputs).some((f) => f.includes('src/xlsx/zip.ts') || f.includes('convert.ts'))).toBe(
        true,
      );
      expect(forbiddenImports(meta)).toEqual([]);
    }, 60_000);
  }

  it('the ExcelJS fallback the CLI and the page share bundles for the browser and never imports ExcelJS itself', async () => {
    const meta = await browserBundle('src/workbookFile/exceljsFallback.ts');
    expect(forbiddenImports(meta)).toEqual([]);
    const imported = Object.values(meta.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imported).not.toContain('exceljs');
  }, 60_000);

  it('the check itself fails on a Node built-in: the CLI reader (node:fs) does not bundle for a browser', async () => {
    await expect(browserBundle('src/cli/readWorkbook.ts')).rejects.toThrow(/node:fs/);
  }, 60_000);
});
