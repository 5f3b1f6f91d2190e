/**
 * The fixture workbooks through the CLI path (reader → engine → JSON), judged by the shared
 * comparator `compare_report.py`: every indicator, figure, status, count and check finding must
 * match, with nothing extra — including the period rules of DOMAIN.md §7 (a 9-month report with an
 * estimated full year, a mid-term review). The copies in `tests/fixtures/` must equal their sources
 * in `../shared` when it is beside the repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_TOOL, expected, fixture, FIXTURE_SOURCES, FIXTURES_DIR } from './fixtures/sources';

const root = resolve(__dirname, '..');
const shared = resolve(root, '..', 'shared');
const fixtures = [
  'phuc-dong-2020',
  'duc-giang-2015-2020',
  'so-lieu-dai-2018-2020',
  'thuong-thanh-9-thang-2024-uoc-ca-nam',
  'giang-bien-giua-nhiem-ky-2020-2025',
  // Text in TCVN3 (.VnTime / .VnTimeH), decoded to Unicode by the run (DOMAIN.md §7.6).
  'ngoc-thuy-2012-tcvn3',
];

describe('fixtures match their expected results (compare_report.py)', () => {
  const out = mkdtempSync(join(tmpdir(), 'chitieu-fixtures-'));
  for (const name of fixtures) {
    it(`${name}: 0 problems`, () => {
      const json = join(out, `${name}.json`);
      execFileSync(process.execPath, [join(root, 'bin/chitieu.js'), 'report', fixture(name), '--json', json]);
      const report = JSON.parse(readFileSync(json, 'utf8'));
      expect(report.tables.length).toBeGreaterThan(0);
      const compare = spawnSync('python3', [COMPARE_TOOL, expected(name), json]);
      const text = `${compare.stdout}${compare.stderr}`;
      expect(text, text).toMatch(/indicators match, 0 extra, counts ok, checks ok/);
      expect(compare.status, text).toBe(0);
    });
  }
});

describe('tests/fixtures holds what the tests need, identical to ../shared where that is present', () => {
  for (const source of FIXTURE_SOURCES) {
    it(source, () => {
      const copy = resolve(FIXTURES_DIR, basename(source));
      expect(existsSync(copy), `${copy} missing: run npm run fixtures`).toBe(true);
      const original = resolve(shared, source);
      if (existsSync(original)) {
        expect(readFileSync(copy).equals(readFileSync(original)), `${source} differs: run npm run fixtures`).toBe(true);
      }
    });
  }
});
