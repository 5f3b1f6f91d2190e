/**
 * The `@example`s of the engine's doc comments (src/core/**), run as mathjs runs its own: an
 * example shows what a function gives, so it must still give it. Format (TESTING.md):
 *
 *   @example achievementPct(36015, minTarget(10500)) // → 343
 *   @example
 *   const r = runReport([grid]);
 *   r.report.counts.vuot // → 1
 *
 * A line `expression // → expected` asserts that the expression deep-equals `expected` (any
 * JavaScript value); `expression // ≈ 0.295` that it equals the number to the decimals shown; any
 * other line runs as it is. The code is TypeScript, sees every export of its own module, then of
 * the engine's entry points and building blocks (`core/index`, `core/report`, `core/consolidate`,
 * `core/grid`, `core/values`, `core/text`, `core/narrative/style`), and
 * shows at least one result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core/', import.meta.url));
const ENTRY_POINTS = [
  'index.ts',
  'report/index.ts',
  'consolidate/index.ts',
  'grid.ts',
  'values.ts',
  'text.ts',
  'narrative/style.ts',
];

export interface Example {
  /** The first line of code, to name the test. */
  title: string;
  code: string[];
}

/** Each `@example` of the file's doc comments: the text after the tag up to the next tag. */
export function examplesOf(source: string): Example[] {
  const examples: Example[] = [];
  for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    let current: string[] | null = null;
    for (const line of comment[1].split('\n').map((l) => l.replace(/^\s*\* ?/, '').trimEnd())) {
      if (line.startsWith('@')) {
        current = line.startsWith('@example') ? [] : null;
        if (current) examples.push({ title: '', code: current });
        const rest = line.replace(/^@example\s*/, '');
        if (current && rest) current.push(rest);
      } else if (current) current.push(line);
    }
  }
  for (const e of examples) {
    while (e.code.length > 0 && e.code.at(-1) === '') e.code.pop();
    e.title = e.code.find((l) => l.trim() !== '') ?? '(empty)';
  }
  return examples;
}

const RESULT = /^(.*\S)\s*\/\/\s*(→|≈)\s*(.+)$/;

/** The example as a function body: each result line becomes a call of `__check`. */
export function exampleBody(code: string[]): { body: string; results: number } {
  let results = 0;
  const lines = code.map((line) => {
    const m = RESULT.exec(line);
    if (!m) return line;
    results++;
    const expression = m[1].replace(/;\s*$/, '');
    return `__check((${expression}), (${m[3]}), ${JSON.stringify(m[2])}, ${JSON.stringify(line.trim())});`;
  });
  const js = transformSync(lines.join('\n'), { loader: 'ts' }).code;
  return { body: js, results };
}

function check(actual: unknown, expected: unknown, kind: string, line: string): void {
  if (kind === '≈') {
    const decimals = (String(expected).split('.')[1] ?? '').length;
    expect(actual, line).toBeCloseTo(expected as number, decimals);
  } else {
    expect(actual, line).toEqual(expected);
  }
}

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f))
    .sort();
}

async function scopeOf(file: string): Promise<Record<string, unknown>> {
  const modules = await Promise.all(
    [...ENTRY_POINTS.map((e) => join(CORE, e)), file].map((f) => import(pathToFileURL(f).href)),
  );
  return Object.assign({}, ...modules);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

async function runExample(file: string, example: Example): Promise<void> {
  const { body, results } = exampleBody(example.code);
  expect(results, 'an example shows at least one result: `expression // → expected`').toBeGreaterThan(0);
  const scope = await scopeOf(file);
  const names = Object.keys(scope).filter((n) => IDENTIFIER.test(n));
  new Function('__scope', '__check', `const { ${names.join(', ')} } = __scope;\n${body}`)(scope, check);
}

const files = coreFiles(CORE).map((file) => ({ file, examples: examplesOf(readFileSync(file, 'utf8')) }));

describe('the @examples of src/core run and give what they show', () => {
  it('there are enough of them to matter', () => {
    expect(files.reduce((n, f) => n + f.examples.length, 0)).toBeGreaterThanOrEqual(15);
  });

  for (const { file, examples } of files.filter((f) => f.examples.length > 0))
    describe(relative(CORE, file), () => {
      examples.forEach((example, i) => it(`${i + 1}: ${example.title}`, () => runExample(file, example)));
    });
});
