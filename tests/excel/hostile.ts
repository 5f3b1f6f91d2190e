/**
 * What the add-in's hostile-workbook tests share (`hostile.test.ts`, and the 200,000-row ones in
 * `hostile.size.test.ts`): run the add-in against the strict fake host with Excel on the web's 5 MB
 * payload limit, and check that the user's sheets are unchanged. How long a run takes (the
 * hardening issue's 30 s) is measured by `npm run bench:bounds`, not asserted.
 */
/// <reference types="office-js" />
import { expect } from 'vitest';
import { generateReport } from '../../src/excel/runInExcel';
import type { FakeExcel } from '../fake-excel';

export { HEADER, expectedCounts as counts, indicatorRows } from '../hardening/workbooks';

const FIVE_MB = 5_000_000;

/** Runs the add-in; checks payloads and that the user's sheets are unchanged. */
export async function run(fake: FakeExcel) {
  const userSheets = fake.state.sheets.map((s) => s.name);
  const before = userSheets.map((n) => fake.state.snapshot(n));
  const result = await generateReport(fake.newContext(), {}, undefined, { today: null });
  for (const s of fake.syncs) {
    expect(s.requestBytes).toBeLessThan(FIVE_MB);
    expect(s.responseBytes).toBeLessThan(FIVE_MB);
  }
  expect(userSheets.map((n) => fake.state.snapshot(n))).toEqual(before);
  return { result, newSheets: fake.state.sheets.map((s) => s.name).filter((n) => !userSheets.includes(n)) };
}

export function expectOneVietnameseLine(message: string) {
  expect(message).not.toContain('\n');
  expect(message).not.toMatch(/Error:|at .*\(|undefined|TypeError/);
  expect(message).toMatch(/[ạảãàáâậầấẩẫăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/i);
}
