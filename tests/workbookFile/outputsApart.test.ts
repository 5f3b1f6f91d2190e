/**
 * The page's run: a failure in one output (the copy, the Word appendix) keeps the others offered,
 * and says which one failed; the command line's run (without `outputsApart`) still stops at the
 * first failure, so it never writes some outputs and not others.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_WORKBOOK } from '../../src/cli/main';
import { reportWorkbookFile, type FileReport } from '../../src/workbookFile/report';

const failing = vi.hoisted(() => ({ appendix: false }));

vi.mock('../../src/workbookFile/appendix', async (original) => {
  const real = await original<typeof import('../../src/workbookFile/appendix')>();
  return {
    ...real,
    reportAppendix: (...args: Parameters<typeof real.reportAppendix>) =>
      failing.appendix
        ? Promise.reject(new RangeError('Maximum call stack size exceeded'))
        : real.reportAppendix(...args),
  };
});

const sample = new Uint8Array(readFileSync(SAMPLE_WORKBOOK));
/** A deflate that fails: the copy cannot be made. */
const brokenDeflate = () => {
  throw new RangeError('Array buffer allocation failed');
};

async function pageRun(options: Parameters<typeof reportWorkbookFile>[2] = {}): Promise<FileReport> {
  const run = await reportWorkbookFile(sample, 'so.xlsx', { docx: true, baoCao: true, outputsApart: true, ...options });
  if (!run.ok) throw new Error(run.message);
  return run;
}

describe('outputs apart (the page)', () => {
  it('all three made when nothing fails, and nothing said failed', async () => {
    const run = await pageRun();
    expect(run.failed).toBeUndefined();
    expect(run.xlsx.length).toBeGreaterThan(0);
    expect(run.docx?.length).toBeGreaterThan(0);
    expect(run.baoCao?.length).toBeGreaterThan(0);
  });

  it('the copy fails: the Word appendix and the draft are still offered, and the page says the copy failed', async () => {
    const run = await pageRun({ fallback: { deflate: brokenDeflate } });
    expect(run.failed).toEqual(['write']);
    expect(run.xlsx.length).toBe(0);
    expect(run.docx?.length).toBeGreaterThan(0);
    expect(run.baoCao?.length).toBeGreaterThan(0);
    expect(run.notices).toContain(
      'Không tạo được bản sao Excel do lỗi không mong đợi; các tệp còn lại vẫn tải về được.',
    );
    expect(run.notices.join(' ')).not.toMatch(/RangeError|Array buffer/);
  });

  it('the Word appendix fails: the copy and the draft are still offered', async () => {
    failing.appendix = true;
    try {
      const run = await pageRun();
      expect(run.failed).toEqual(['docx']);
      expect(run.docx).toBeUndefined();
      expect(run.xlsx.length).toBeGreaterThan(0);
      expect(run.baoCao?.length).toBeGreaterThan(0);
      expect(run.notices).toContain(
        'Không tạo được phụ lục Word do lỗi không mong đợi; các tệp còn lại vẫn tải về được.',
      );
    } finally {
      failing.appendix = false;
    }
  });
});

describe('all or nothing (the command line)', () => {
  it('a failing output ends the run, so no output is written', async () => {
    failing.appendix = true;
    try {
      await expect(reportWorkbookFile(sample, 'so.xlsx', { docx: true })).rejects.toThrow(RangeError);
    } finally {
      failing.appendix = false;
    }
    await expect(reportWorkbookFile(sample, 'so.xlsx', { fallback: { deflate: brokenDeflate } })).rejects.toThrow(
      RangeError,
    );
  });
});
