/**
 * The fake host itself: it must be as strict as Excel where the adapter could go wrong (reading
 * unloaded properties, null objects, queued writes, typed-input parsing), or the adapter's tests
 * would prove nothing.
 */
/// <reference types="office-js" />
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read, office-addins/no-navigational-load --
   these tests read properties before loading or syncing on purpose: the fake must throw as Excel does. */
import { describe, expect, it } from 'vitest';
import { createFakeExcel, HostError } from '../fake-excel';

const seed = () =>
  createFakeExcel([
    {
      sheet: 'Nguồn',
      values: [
        ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
        ['Thu', 100, 120],
      ],
      numberFormats: [[], [null, '#,##0', '#,##0']],
    },
  ]);

describe('fake Excel host: load/sync semantics', () => {
  it('reading a property that was not loaded throws PropertyNotLoaded, like office.js', async () => {
    const fake = seed();
    const range = fake.context.workbook.worksheets.getItem('Nguồn').getRange('A1:C2');
    expect(() => range.values).toThrowError(/not available/);
    try {
      void range.address;
    } catch (e) {
      expect((e as HostError).code).toBe('PropertyNotLoaded');
    }
    range.load('values');
    // Loaded but not yet synced: still not readable.
    expect(() => range.values).toThrowError(/not available/);
    await fake.context.sync();
    expect(range.values).toEqual([
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      ['Thu', 100, 120],
    ]);
    // Only what was loaded.
    expect(() => range.numberFormat).toThrowError(/not available/);
  });

  it('getItemOrNullObject gives a proxy whose isNullObject must itself be loaded', async () => {
    const fake = seed();
    const missing = fake.context.workbook.worksheets.getItemOrNullObject('Không có');
    const present = fake.context.workbook.worksheets.getItemOrNullObject('nguồn');
    expect(missing).not.toBeNull();
    expect(() => missing.isNullObject).toThrowError(/not available/);
    missing.load('isNullObject');
    present.load('isNullObject,name');
    await fake.context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    expect(present.name).toBe('Nguồn');
  });

  it('getItem of a missing sheet rejects the sync with ItemNotFound', async () => {
    const fake = seed();
    fake.context.workbook.worksheets.getItem('Không có').load('name');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('writes are queued and applied only at sync, in order; every sync is counted', async () => {
    const fake = seed();
    const sheet = fake.context.workbook.worksheets.add('Mới');
    sheet.getRange('A1:B1').formulas = [["='Nguồn'!C2*2", "'=1+1"]];
    expect(fake.state.sheetByName('Mới')).toBeUndefined();
    expect(fake.syncCount).toBe(0);
    await fake.context.sync();
    expect(fake.syncCount).toBe(1);
    const s = fake.state.sheet('Mới');
    expect(fake.state.valueOf(s, 0, 0)).toBe(240);
    expect(s.content(0, 1)).toEqual({ kind: 'const', value: '=1+1', quotePrefix: true });
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(0);
  });

  it("clear('Contents') empties the cells and keeps their formats; clear('Formats') the reverse", async () => {
    const fake = seed();
    const sheet = fake.context.workbook.worksheets.add('Mới');
    (sheet.getRange('A1:B2') as unknown as { formulasR1C1: string }).formulasR1C1 = '=ROW()';
    (sheet.getRange('A1:B2') as unknown as { numberFormat: string }).numberFormat = '0.0';
    sheet.getRange('A2:B2').clear('Contents');
    sheet.getRange('B1').clear('Formats');
    await fake.context.sync();
    const s = fake.state.sheet('Mới');
    expect([s.content(0, 0)?.kind, s.content(1, 0), s.content(1, 1)]).toEqual(['formula', undefined, undefined]);
    expect([s.format(1, 0)?.numberFormat, s.format(0, 1)]).toEqual(['0.0', undefined]);
  });

  it('text typed without an apostrophe is parsed as Excel parses input: formulas, numbers, booleans', async () => {
    const fake = seed();
    const sheet = fake.context.workbook.worksheets.getItem('Nguồn');
    sheet.getRange('E1:J1').values = [['=1+1', '+1', '@x', '007', 'TRUE', 'chữ']];
    await fake.context.sync();
    const s = fake.state.sheet('Nguồn');
    expect(s.content(0, 4)?.kind).toBe('formula');
    expect(s.content(0, 5)).toMatchObject({ kind: 'const', value: 1 });
    expect(s.content(0, 6)?.kind).toBe('formula');
    expect(s.content(0, 7)).toMatchObject({ kind: 'const', value: 7 });
    expect(s.content(0, 8)).toMatchObject({ kind: 'const', value: true });
    expect(s.content(0, 9)).toMatchObject({ kind: 'const', value: 'chữ' });
  });

  it('a 2-D array must match the range: a mismatch rejects the sync with InvalidArgument', async () => {
    const fake = seed();
    fake.context.workbook.worksheets.getItem('Nguồn').getRange('A1:B2').values = [[1, 2]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('a failing action leaves the earlier actions of its batch applied (no transactions)', async () => {
    const fake = seed();
    fake.context.workbook.worksheets.add('Trước');
    fake.context.workbook.worksheets.getItem('Không có').delete();
    fake.context.workbook.worksheets.add('Sau');
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.state.sheetByName('Trước')).toBeDefined();
    expect(fake.state.sheetByName('Sau')).toBeUndefined();
  });

  it('an object of one request context cannot be used in another', () => {
    const fake = seed();
    const other = fake.newContext();
    const range = fake.context.workbook.worksheets.getItem('Nguồn').getRange('A1');
    expect(() => other.workbook.names.add('x', range)).toThrowError(/request contexts/);
  });

  it('a name follows its sheet and turns into #REF! when the sheet is deleted', async () => {
    const fake = seed();
    const sheet = fake.context.workbook.worksheets.add('Báo cáo');
    fake.context.workbook.names.add('chitieu.BaoCao', sheet.getRange('A1'));
    await fake.context.sync();
    const name = fake.context.workbook.names.getItem('CHITIEU.BAOCAO').load('formula');
    await fake.context.sync();
    expect(name.formula).toBe("='Báo cáo'!$A$1");
    fake.context.workbook.worksheets.getItem('Báo cáo').delete();
    name.load('formula');
    await fake.context.sync();
    expect(name.formula).toBe('=#REF!$A$1');
  });

  it('like Excel on the web, a request above the payload limit fails the sync', async () => {
    const fake = createFakeExcel([{ sheet: 'A', values: [] }], { payloadLimit: 10_000 });
    fake.context.workbook.worksheets.getItem('A').getRange('A1:A200').values = Array.from({ length: 200 }, () => [
      'x'.repeat(100),
    ]);
    await expect(fake.context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.syncs[0].failed).toBe('RequestPayloadSizeLimitExceeded');
  });

  it('records the JSON size of each request and response', async () => {
    const fake = seed();
    const r = fake.context.workbook.worksheets.getItem('Nguồn').getRange('A1:C2').load('values');
    await fake.context.sync();
    expect(r.values.length).toBe(2);
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(100);
    expect(fake.syncs[0].responseBytes).toBeGreaterThan(JSON.stringify(r.values).length);
  });
});
