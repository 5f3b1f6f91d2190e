/**
 * What the page shows around the pipeline: each step announced at its start (0) and its end (1),
 * in order, the Word step only when the appendix is asked for, nothing after a refusal; and the
 * names of the downloads, which never take the input's own name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WORKBOOK } from '../../src/cli/main';
import { outputName, reportWorkbookFile, type FileStep } from '../../src/workbookFile/report';

async function stepsOf(bytes: Uint8Array, docx: boolean): Promise<string[]> {
  const seen: string[] = [];
  const onProgress = (step: FileStep, fraction: number) => seen.push(`${step} ${fraction}`);
  await reportWorkbookFile(bytes, 'so.xlsx', { docx, onProgress });
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
