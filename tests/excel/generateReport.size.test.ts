/**
 * generateReport on long tables (the size tests: the `size` vitest project, which `npm test` runs
 * once and `npm run test:quick` skips): at 5,000 indicators, and 3,000 over five years, the whole
 * report still takes 3 syncs, no request or response reaches Excel on the web's 5 MB, the figures
 * equal the engine's, and an old report sheet that long is read back in bands.
 */
/// <reference types="office-js" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPLACE_CANCELLED_MESSAGE } from '../../src/excel/runInExcel';
import { createFakeExcel, installOfficeGlobals } from '../fake-excel';
import { editCell, engineModel, FIVE_MB, generate, generateAsking } from './generate';
import { bigTermWorkbook, bigWorkbook, expectFiguresMatch } from './helpers';

let restore: () => void;
beforeEach(() => (restore = installOfficeGlobals().restore));
afterEach(() => restore());

describe('generateReport at 5,000 indicators', () => {
  it('≤ 3 syncs and every request under 5 MB; figures still equal the engine', async () => {
    const grid = bigWorkbook(5000);
    const fake = createFakeExcel([grid]);
    const r = await generate(fake);
    const model = engineModel([grid]);
    expect(model.cells.filter((c) => c.style === 'name').length).toBe(5000);
    expect(r.syncs).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(r.syncs);
    const largest = Math.max(...fake.syncs.map((s) => s.requestBytes));
    const largestResponse = Math.max(...fake.syncs.map((s) => s.responseBytes));
    console.log(
      `5,000 indicators: ${fake.syncCount} syncs; requests ${fake.syncs.map((s) => `${(s.requestBytes / 1e6).toFixed(3)} MB`).join(', ')}; ` +
        `largest request ${(largest / 1e6).toFixed(3)} MB, largest response ${(largestResponse / 1e6).toFixed(3)} MB`,
    );
    expect(fake.syncs.length).toBe(3);
    for (const s of fake.syncs) {
      expect(s.requestBytes).toBeLessThan(FIVE_MB);
      expect(s.responseBytes).toBeLessThan(FIVE_MB);
    }
    expect(expectFiguresMatch(fake.state, r.sheetName, model)).toBeGreaterThan(15_000);
  });
});

describe('generateReport at 3,000 indicators × 5 years (term layout, 25 columns a row)', () => {
  it('3 syncs, every request and response under 5 MB; figures equal the engine', async () => {
    const grid = bigTermWorkbook(3000);
    const fake = createFakeExcel([grid]);
    const r = await generate(fake);
    const model = engineModel([grid]);
    expect(model.cells.filter((c) => c.style === 'name').length).toBe(3000);
    console.log(
      `3,000 × 5 years: ${fake.syncCount} syncs; requests ${fake.syncs.map((s) => `${(s.requestBytes / 1e6).toFixed(3)} MB`).join(', ')}`,
    );
    expect(fake.syncs.length).toBe(3);
    for (const s of fake.syncs) {
      expect(s.requestBytes).toBeLessThan(FIVE_MB);
      expect(s.responseBytes).toBeLessThan(FIVE_MB);
    }
    expect(expectFiguresMatch(fake.state, r.sheetName, model)).toBeGreaterThan(30_000);
  });
});

describe('generateReport: an edited report sheet is replaced only when the user agrees', () => {
  it('5,000 indicators: the old sheet is read back in bands (one sync each, every response < 5 MB)', async () => {
    const fake = createFakeExcel([bigWorkbook(5000)]);
    const first = await generate(fake);
    fake.resetStats();
    const unedited = await generateAsking(fake, false);
    expect(unedited.r.ok ? '' : unedited.r.message).toBe('');
    expect(unedited.asked).toEqual([]);
    const bandSyncs = unedited.r.syncs - 3;
    expect(bandSyncs).toBeGreaterThanOrEqual(1);
    expect(bandSyncs).toBeLessThanOrEqual(3);
    expect(Math.max(...fake.syncs.map((s) => s.responseBytes))).toBeLessThan(FIVE_MB);
    // An edit on the last sentence row, far below the first band, is noticed.
    const sheet = fake.state.sheet(first.sheetName);
    const lastRow = (sheet.usedRect(true) ?? { bottom: 0 }).bottom;
    await editCell(fake, first.sheetName, `A${lastRow + 1}`, 'sửa tay');
    const edited = await generateAsking(fake, false);
    expect(edited.asked).toEqual(['Báo cáo chỉ tiêu']);
    expect(edited.r).toMatchObject({ ok: false, message: REPLACE_CANCELLED_MESSAGE });
  });
});
