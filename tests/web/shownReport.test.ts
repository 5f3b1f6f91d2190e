/**
 * What the page lays out of a long report: the first `SHOWN_SENTENCES` sentences and findings, in
 * their order, and how many more there are; a report within the limit is shown as it is. Checked
 * on reports the engine makes from tables of 3 to 1,300 indicators (a sentence per indicator and
 * more), against the counts the report itself holds.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { SHOWN_SENTENCES, shownReport } from '../../src/web/shownReport';

/** A one-year table of `n` indicators, every other one short of its target. */
function table(n: number): Grid {
  const values: (string | number)[][] = [['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2020', 'Thực hiện 2020']];
  for (let i = 1; i <= n; i++)
    values.push([i, `Số hộ được hỗ trợ tại tổ ${i}`, 'Hộ', 100 + i, i % 2 ? 90 + i : 120 + i]);
  return { sheet: 'Chỉ tiêu 2020', values };
}

describe('the report as the page lays it out', () => {
  it.each([3, 200, 1_300])('%i indicators: the first sentences in order, the rest counted', (n) => {
    const run = runReport([table(n)]);
    if (!run.ok) throw new Error(run.message);
    const { report } = run;
    const shown = shownReport(report);
    const kept = Math.min(report.narrative.length, SHOWN_SENTENCES);
    expect(shown.report.narrative).toEqual(report.narrative.slice(0, kept));
    expect(shown.sentencesLeft).toBe(report.narrative.length - kept);
    expect(shown.report.checks.length + shown.checksLeft).toBe(report.checks.length);
    // The counts and tables are the report's own.
    expect(shown.report.counts).toBe(report.counts);
    expect(shown.report.tables).toBe(report.tables);
    if (report.narrative.length <= SHOWN_SENTENCES && report.checks.length <= SHOWN_SENTENCES)
      expect(shown.report).toBe(report);
    else expect(report.narrative.length).toBeGreaterThan(SHOWN_SENTENCES);
  });
});
