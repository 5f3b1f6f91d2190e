import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Three projects, all run by `npm test`:
 * - `quick`: the tests that import the code and check what it returns. They share one module
 *   graph per worker (`isolate: false`), so mathjs, ExcelJS and the engine are loaded once per
 *   worker rather than once per file (≈2 s each on a 2-core machine). A file there must leave no
 *   state behind: no module mock, no fake timer, no global it does not restore.
 * - `quick-isolated`: the tests that do leave state or replace modules (vi.mock, fake timers, the
 *   office-js globals of the fake host, the DOM, the browser tests), each in a fresh module graph.
 * - `size`: the 30,000+-row workbooks and the long fuzzing runs (`*.size.test.ts`), which a developer
 *   skips with `npm run test:quick` (both quick projects).
 */
const SIZE_TESTS = 'tests/**/*.size.test.ts';
/** What marks a test file that leaves state behind or replaces modules: found in the file, never listed by hand. */
const LEAVES_STATE = /\bvi\.(?:mock|doMock|spyOn|useFakeTimers|stubGlobal|stubEnv)\b|installOfficeGlobals/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const ISOLATED_TESTS = [
  'tests/e2e/**/*.test.ts',
  'tests/excel/**/*.test.ts',
  'tests/taskpane/**/*.test.ts',
  'tests/web/**/*.test.ts',
  'tests/deploy.test.ts',
  ...testFiles('tests').filter((f) => LEAVES_STATE.test(readFileSync(f, 'utf8'))),
];

/**
 * The size project's files first, its browser tests before the rest: they are the longest (the page
 * on 100,000 indicators alone takes ≈4 min, mostly in Chromium), and started last they ran alone at
 * the end while a worker stood idle. The order is otherwise vitest's own.
 */
class SizeFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const size = (f: TestSpecification) => (f.project.name !== 'size' ? 2 : f.moduleId.includes('/tests/e2e/') ? 0 : 1);
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => size(a.f) - size(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: SizeFirst },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One temporary folder for the whole run, removed at its end (tests/setup/tempRoot.ts).
    globalSetup: ['tests/setup/tempRoot.ts'],
    // At least two files at a time, even on 2 cores (vitest's default is one file per core but one):
    // many files spend most of their time waiting for a child process (LibreOffice, chromium, the CLI).
    // (Three on 2 cores left the whole run as long: the page's 100,000-indicator test, its critical
    // path, got slower by as much as the rest gained.)
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'quick',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, SIZE_TESTS, ...ISOLATED_TESTS],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'quick-isolated', include: ISOLATED_TESTS, exclude: [...configDefaults.exclude, SIZE_TESTS] },
      },
      // A longer hang guard (not a bound: the bounds are in `npm run bench:bounds`) for 200,000 rows
      // on a machine shared with other work.
      { extends: true, test: { name: 'size', include: [SIZE_TESTS], testTimeout: 300_000 } },
    ],
  },
});
