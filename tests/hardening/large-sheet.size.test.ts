/**
 * Black box, a 200,000-row sheet (issue 5, item 2 b): the report must finish (or refuse with one
 * Vietnamese line), never hang, never crash. A size test (the `size` vitest project,
 * `npm run test:quick` skips it); how long it takes (the 30 s) is in `npm run bench:bounds`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectReport, expectedCounts, makeTempDir, runReport, writeLargeWorkbook } from './helpers';

describe('chitieu report on a 200,000-row sheet', () => {
  it('(b) a table followed by 200,000 rows of notes: the table is reported', async () => {
    const input = await writeLargeWorkbook(join(makeTempDir(), 'so-lieu.xlsx'), 6, 200_000);
    const report = await expectReport(input);
    expect(report.counts).toEqual(expectedCounts(6));
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].range).toBe('A1:E7');
  });

  it('(b) a table of 200,000 indicator rows gets one Vietnamese line, nothing written', async () => {
    const n = 200_000;
    const input = await writeLargeWorkbook(join(makeTempDir(), 'so-lieu.xlsx'), n, 0);
    const outcome = await runReport(input);
    expect(outcome.kind).toBe('refusal');
    if (outcome.kind === 'refusal') expect(outcome.message).toMatch(/^Sổ có 200\.000 dòng chỉ tiêu, quá 100\.000 dòng/);
  });
});
