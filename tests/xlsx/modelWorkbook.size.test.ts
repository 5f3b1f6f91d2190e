/**
 * A city's district workbook, 168 wards × 50 indicators (`npm run bench`'s city), written by the
 * package writer, reads back in ExcelJS as the ExcelJS renderer writes it: every cell's value,
 * formula and cached result, look and note, the merges, widths, heights, colours and print
 * settings of the three sheets.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { districtWorkbookModels } from '../../src/core/consolidate/model';
import { consolidateWorkbookFiles } from '../../src/workbookFile/consolidate';
import { writeCity } from '../consolidate/cityWards';
import { expectSameAsExcelJs } from './modelWorkbookHarness';

const dir = mkdtempSync(join(tmpdir(), 'chitieu-city-workbook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('168 wards × 50 indicators: the same three sheets as the ExcelJS renderer', async () => {
  const paths = await writeCity(dir, { wards: 168, indicators: 50 });
  const files = paths.map((p) => () => Promise.resolve({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  const run = await consolidateWorkbookFiles(files, { fallback: READ_FALLBACK });
  if (!run.ok) throw new Error(run.message);
  expect(run.district.ranking).toHaveLength(168);
  const seen = await expectSameAsExcelJs(districtWorkbookModels(run.district));
  expect(Object.keys(seen)).toEqual(['Tổng hợp các phường', 'Xếp hạng', 'Kiểm tra']);
});
