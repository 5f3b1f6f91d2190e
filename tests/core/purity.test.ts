/**
 * The layers hold even where lint is not run (the table is layers.mjs, which eslint.config.mjs reads):
 * - src/core is pure (ARCHITECTURE.md): no office-js, ExcelJS, DOM, UI library, Node I/O or adapter
 *   imports, and no clock; src/settings, src/xlsx, src/docx and src/workbookFile, which the page's
 *   worker runs, import no Node API;
 * - each folder imports only the folders below it: core ← settings ← xlsx, docx ← workbookFile ←
 *   cli, web; core ← settings ← excel ← taskpane, commands; the page never loads the add-in's runtime;
 * - no import cycle between modules, type-only imports included (a type shared by two modules lives
 *   in the lower one).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '../../src');
const core = join(src, 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

const withoutComments = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

const FORBIDDEN_IMPORTS =
  /from\s+['"](?:exceljs|hyperformula|docx|react|react-dom|@fluentui\/[^'"]+|node:[^'"]+|fs|path|os|child_process|[^'"]*\/(?:excel|cli|taskpane|commands|docx)\/[^'"]*)['"]/;
const FORBIDDEN_GLOBALS = /\b(?:Excel\.run|Office\.|document\.|window\.|Date\.now\(|new Date\(|performance\.now\()/;

describe('src/core is pure', () => {
  const files = sources(core);
  it('has sources to check', () => expect(files.length).toBeGreaterThan(15));
  for (const file of files) {
    it(`${file.slice(core.length + 1)} imports no adapter, I/O or UI library and reads no clock`, () => {
      const code = withoutComments(file);
      expect(code).not.toMatch(FORBIDDEN_IMPORTS);
      expect(code).not.toMatch(FORBIDDEN_GLOBALS);
    });
  }
});

/** Each folder of src and the folders it may import: the lint rules' own table. */
const LINT_CONFIG = '../../layers.mjs';
const { LAYERS } = (await import(LINT_CONFIG)) as { LAYERS: Record<string, string[]> };
/** The add-in's runtime, which the page never loads. */
const ADDIN_RUNTIME = /^taskpane\/(?:App|engine|index|PaneRoot|prerender)\.tsx?$/;
const BROWSER_SAFE = ['core', 'settings', 'xlsx', 'docx', 'workbookFile'];
const NODE_API = /from\s+['"](?:node:[^'"]+|fs|path|os|zlib|child_process)['"]/;

const SPECIFIER =
  /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The modules of src a file imports (relative imports, type-only ones included), as paths under src. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of withoutComments(file).matchAll(SPECIFIER)) {
    const base = resolve(dirname(file), m[1] ?? m[2]);
    const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
    if (target) out.push(relative(src, target));
  }
  return out;
}

const folderOf = (path: string) => path.split(/[\\/]/)[0];

describe('each folder imports only the layers below it', () => {
  const files = sources(src).map((f) => relative(src, f).replace(/\\/g, '/'));
  it('every folder of src is in the table', () => {
    const folders = new Set(files.map(folderOf).filter((f) => !/\.tsx?$/.test(f)));
    expect([...folders].sort()).toEqual(Object.keys(LAYERS).sort());
  });
  for (const folder of Object.keys(LAYERS)) {
    it(`src/${folder} imports only ${LAYERS[folder].join(', ') || 'itself'}`, () => {
      const wrong: string[] = [];
      for (const file of files.filter((f) => folderOf(f) === folder)) {
        for (const target of importsOf(join(src, file))) {
          const to = folderOf(target);
          if (to !== folder && !LAYERS[folder].includes(to)) wrong.push(`${file} → ${target}`);
          if (folder === 'web' && ADDIN_RUNTIME.test(target.replace(/\\/g, '/'))) wrong.push(`${file} → ${target}`);
        }
        if (BROWSER_SAFE.includes(folder) && NODE_API.test(withoutComments(join(src, file))))
          wrong.push(`${file} → a Node API`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('no import cycle', () => {
  it('between the modules of src, type-only imports included', () => {
    const graph = new Map(sources(src).map((f) => [relative(src, f), importsOf(f)]));
    // Tarjan's strongly connected components: a component of more than one module is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      index.set(v, index.size);
      low.set(v, index.get(v)!);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) !== index.get(v)) return;
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    };
    for (const v of graph.keys()) if (!index.has(v)) visit(v);
    expect(cycles).toEqual([]);
  });
});
