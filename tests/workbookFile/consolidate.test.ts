/**
 * The district pipeline on the ward files' bytes (`consolidateWorkbookFiles`), as any host calls it:
 * files the host could not read are findings, the others are consolidated; the JSON is the district
 * report with its period's label; the workbook holds the three district sheets; with no readable
 * ward nothing is built.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { refuse } from '../../src/core/refusal';
import { consolidateWorkbookFiles, type WardFile } from '../../src/workbookFile/consolidate';
import { fixture } from '../fixtures/sources';

const WARDS = ['phuc-dong-2020', 'ngoc-thuy-2012-tcvn3', 'duc-giang-2015-2020'];

async function files(): Promise<WardFile[]> {
  const read = await Promise.all(WARDS.map(async (n) => ({ name: `${n}.xlsx`, bytes: await readFile(fixture(n)) })));
  return [...read, { name: 'mat.xlsx', refusal: refuse('file-not-found', 'mat.xlsx') }];
}

describe('the district pipeline on ward files', () => {
  it('consolidates the readable wards and lists the file the host could not read', async () => {
    const run = await consolidateWorkbookFiles(await files(), { json: true });
    if (!run.ok) throw new Error(run.message);
    expect(run.district.wards.map((w) => [w.file, w.readable])).toEqual([
      ['phuc-dong-2020.xlsx', true],
      ['ngoc-thuy-2012-tcvn3.xlsx', true],
      ['duc-giang-2015-2020.xlsx', true],
      ['mat.xlsx', false],
    ]);
    expect(run.district.findings.some((f) => f.kind === 'unreadable' && f.ward === 'mat')).toBe(true);
    // The TCVN3 ward says its text was decoded, named by its file.
    expect(run.notices.some((n) => n.startsWith('ngoc-thuy-2012-tcvn3.xlsx: '))).toBe(true);
    const json = JSON.parse(run.json!) as Record<string, unknown>;
    expect(Object.keys(json)).not.toContain('at');
    expect(json.period).toBe(run.district.period);
    expect(run.xlsx).toBeUndefined();
  });

  it('writes the district workbook when asked', async () => {
    const run = await consolidateWorkbookFiles(await files(), { workbook: true });
    if (!run.ok) throw new Error(run.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(run.xlsx! as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp các phường', 'Xếp hạng', 'Kiểm tra']);
  });

  it('refuses with every file’s reason when no ward is readable', async () => {
    const run = await consolidateWorkbookFiles([
      { name: 'a.xlsx', refusal: refuse('file-not-found', 'a.xlsx') },
      { name: 'b.xlsx', bytes: new TextEncoder().encode('không phải sổ Excel') },
    ]);
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.message).toMatch(/a\.xlsx: .*b\.xlsx: /);
  });
});
