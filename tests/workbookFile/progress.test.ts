/**
 * What the page shows around the pipeline: each step announced at its start (0) and its end (1),
 * in order, the Word step only when the appendix is asked for, nothing after a refusal; and the
 * names of the downloads, which never take the input's own name.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WORKBOOK } from '../../src/cli/main';
import { outputName } from '../../src/core/outputName';
import { reportWorkbookFile, type FileStep } from '../../src/workbookFile/report';

async function stepsOf(bytes: Uint8Array, docx: boolean): Promise<string[]> {
  const seen: string[] = [];
  const onProgress = (step: FileStep, fraction: number) => seen.push(`${step} ${fraction}`);
  // A clock that stands still: only the start and the end of each step are heard.
  await reportWorkbookFile(bytes, 'so.xlsx', { docx, onProgress, now: () => 0 });
  return seen;
}

describe('progress', () => {
  const sample = new Uint8Array(readFileSync(SAMPLE_WORKBOOK));

  it('read, compute, write, then the Word appendix when asked, each from 0 to 1', async () => {
    const steps = ['read', 'compute', 'write', 'docx'].flatMap((s) => [`${s} 0`, `${s} 1`]);
    expect(await stepsOf(sample, true)).toEqual(steps);
    expect(await stepsOf(sample, false)).toEqual(steps.slice(0, 6));
  });

  it('a refused file stops after the read', async () => {
    expect(await stepsOf(new TextEncoder().encode('không phải sổ'), true)).toEqual(['read 0', 'read 1']);
  });
});

describe('download names', () => {
  it('the input name without its workbook extension, marked as chitieu’s, always .xlsx for the copy', () => {
    expect(outputName('Phúc Đồng 2020.xlsx', 'xlsx')).toBe('Phúc Đồng 2020 - chitieu.xlsx');
    expect(outputName('so-lieu.XLS', 'xlsx')).toBe('so-lieu - chitieu.xlsx');
    expect(outputName('so-lieu.ods', 'docx')).toBe('so-lieu - chitieu.docx');
    expect(outputName('bang.v2', 'xlsx')).toBe('bang.v2 - chitieu.xlsx');
    expect(outputName('.xlsx', 'xlsx')).toBe('so-chi-tieu - chitieu.xlsx');
  });
});

/** A table of `n` indicators (plan and result of one year), as an .xlsx file's bytes. */
async function bigWorkbook(n: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu 2024');
  ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện']);
  const units = ['Triệu đồng', '%', 'Hộ'];
  for (let i = 1; i <= n; i++) ws.addRow([i, `Chỉ tiêu số ${i}`, units[i % 3], 100 + (i % 50), 90 + (i % 37)]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The messages within each step (fractions strictly between 0 and 1) on a clock that moves `tick`
 * ms at each reading: a fake clock, so the count depends on the work seen, never on the machine.
 */
async function withinCounts(bytes: Uint8Array, tick: number): Promise<Map<FileStep, number[]>> {
  let t = 0;
  const within = new Map<FileStep, number[]>();
  await reportWorkbookFile(bytes, 'so.xlsx', {
    docx: true,
    now: () => (t += tick),
    onProgress: (step, fraction) => {
      if (fraction > 0 && fraction < 1) within.set(step, [...(within.get(step) ?? []), fraction]);
    },
  });
  return within;
}

describe('progress within the long steps', () => {
  it('the engine, the copy and the Word appendix each move on many times, forward, at most every 250 ms of the clock', async () => {
    const bytes = await bigWorkbook(1_200);
    // Each reading of the clock a second later: every chance to speak is taken.
    const everySecond = await withinCounts(bytes, 1_000);
    for (const step of ['compute', 'write', 'docx'] as const) {
      const fractions = everySecond.get(step) ?? [];
      expect(fractions.length, step).toBeGreaterThanOrEqual(4);
      expect(
        fractions.every((f, i) => i === 0 || f >= fractions[i - 1]),
        step,
      ).toBe(true);
    }
    // The engine speaks after each indicator computed and narrated (2 × 1,200), and after the sheet is read.
    expect(everySecond.get('compute')?.length).toBe(2 * 1_200 + 1);
    // A reading every 100 ms: one message in three readings (250 ms), never more.
    const tenthOfASecond = await withinCounts(bytes, 100);
    for (const step of ['compute', 'write', 'docx'] as const) {
      const fast = everySecond.get(step)!.length;
      const paced = tenthOfASecond.get(step)?.length ?? 0;
      expect(paced, step).toBeLessThanOrEqual(Math.ceil(fast / 3) + 1);
      expect(paced, step).toBeGreaterThanOrEqual(Math.floor(fast / 3) - 1);
    }
  });
});
