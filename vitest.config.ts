import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`: `quick` (every test but the size tests) and `size` (the
 * 30,000+-row workbooks, `*.size.test.ts`), which a developer skips with `npm run test:quick`.
 */
const SIZE_TESTS = 'tests/**/*.size.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'quick', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, SIZE_TESTS] },
      },
      // A longer hang guard (not a bound: the bounds are in `npm run bench:bounds`) for 200,000 rows
      // on a machine shared with other work.
      { extends: true, test: { name: 'size', include: [SIZE_TESTS], testTimeout: 300_000 } },
    ],
  },
});
