/**
 * The shared fixture workbooks through the CLI path (ExcelJS → engine → JSON), judged by the shared
 * comparator `shared/tools/compare_report.py`: every indicator, figure, status, count and check
 * finding must match, with nothing extra.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const shared = resolve(root, '..', 'shared');
const fixtures = ['phuc-dong-2020', 'duc-giang-2015-2020', 'so-lieu-dai-2018-2020'];

describe('shared fixtures match their expected results (compare_report.py)', () => {
  const out = mkdtempSync(join(tmpdir(), 'chitieu-fixtures-'));
  for (const name of fixtures) {
    it(`${name}: 0 problems`, () => {
      const json = join(out, `${name}.json`);
      execFileSync(process.execPath, [
        join(root, 'bin/chitieu.js'),
        'report',
        join(shared, 'fixtures', `${name}.xlsx`),
        '--json',
        json,
      ]);
      const report = JSON.parse(readFileSync(json, 'utf8'));
      expect(report.tables.length).toBeGreaterThan(0);
      const compare = spawnSync('python3', [
        join(shared, 'tools/compare_report.py'),
        join(shared, 'fixtures', `${name}.expected.json`),
        json,
      ]);
      const text = `${compare.stdout}${compare.stderr}`;
      expect(text, text).toMatch(/indicators match, 0 extra, counts ok, checks ok/);
      expect(compare.status, text).toBe(0);
    });
  }
});
