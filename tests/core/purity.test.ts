/**
 * src/core is pure (ARCHITECTURE.md): no office-js, ExcelJS, DOM, UI library, Node I/O or adapter
 * imports, and no clock. The lint rules say the same; this test holds even where lint is not run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const core = resolve(__dirname, '../../src/core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN_IMPORTS =
  /from\s+['"](?:exceljs|hyperformula|docx|react|react-dom|@fluentui\/[^'"]+|node:[^'"]+|fs|path|os|child_process|[^'"]*\/(?:excel|cli|taskpane|commands|docx)\/[^'"]*)['"]/;
const FORBIDDEN_GLOBALS = /\b(?:Excel\.run|Office\.|document\.|window\.|Date\.now\(|new Date\(|performance\.now\()/;

describe('src/core is pure', () => {
  const files = sources(core);
  it('has sources to check', () => expect(files.length).toBeGreaterThan(15));
  for (const file of files) {
    it(`${file.slice(core.length + 1)} imports no adapter, I/O or UI library and reads no clock`, () => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(FORBIDDEN_IMPORTS);
      expect(code).not.toMatch(FORBIDDEN_GLOBALS);
    });
  }
});
