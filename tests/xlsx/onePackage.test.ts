/**
 * One run opens the input package once: sniffing the file, reading its sheets and injecting the
 * summary sheet into its copy share one central-directory parse (and with it one reading of the
 * content types and relationships).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { WRITE_FALLBACK } from '../../src/cli/writeResults';
import { runReport } from '../../src/core/index';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { reportWorkbookFile } from '../../src/workbookFile/report';
import { reportCopy } from '../../src/workbookFile/write';
import * as zip from '../../src/xlsx/zip';
import { fixture } from '../fixtures/sources';

vi.mock(import('../../src/xlsx/zip'), async (original) => {
  const actual = await original();
  return { ...actual, readZip: vi.fn(actual.readZip) };
});

/** The central directories parsed since the last call, by the bytes they were parsed from. */
function parsed(): Uint8Array[] {
  const calls = vi.mocked(zip.readZip).mock.calls.map(([bytes]) => bytes);
  vi.mocked(zip.readZip).mockClear();
  return calls;
}

describe('the input package is opened once per run', () => {
  it('the pipeline: sniff, read and copy share one parse of the input', async () => {
    const bytes = new Uint8Array(readFileSync(fixture('phuc-dong-2020')));
    parsed();
    const out = await reportWorkbookFile(bytes, 'phuc-dong-2020.xlsx', { fallback: WRITE_FALLBACK });
    expect(out.ok).toBe(true);
    expect(parsed()).toEqual([bytes]);
  });

  it('the command line’s read, then its copy: one parse', async () => {
    parsed();
    const read = await readWorkbook(fixture('duc-giang-2015-2020'));
    if (!read.ok) throw new Error(read.message);
    const run = runReport(read.grids);
    if (!run.ok) throw new Error(run.message);
    const model = buildReportModel(run.report, read.grids, defaultSheetSettings);
    const copy = await reportCopy({ bytes: read.bytes, name: 'duc-giang.xlsx' }, model);
    expect(copy.ok).toBe(true);
    const opened = parsed();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toBe(read.bytes);
  });
});
