/**
 * The draft báo cáo opened by another program: LibreOffice Writer (headless, one start for both
 * drafts) converts it to PDF, and the PDF (poppler's pdfinfo / pdftotext) shows A4 portrait pages for
 * the báo cáo and landscape ones for its appendix, no page number on page 1 and `2` at the top of
 * page 2, the headings in their order (the chart's title at the end of part I, each bar's % drawn
 * under it) and every sentence. Skipped locally without the tools; CI
 * (`.ci/run`) installs them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../fixtures/sources';
import { makeDraft, STATE, type MadeDraft } from './baoCaoHarness';

const ok = (cmd: string, args: string[]) => spawnSync(cmd, args).status === 0;
const hasTools = ok('soffice', ['--version']) && ok('pdftotext', ['-v']) && ok('pdfinfo', ['-v']);
if (!hasTools && process.env.CI)
  throw new Error('LibreOffice Writer and poppler-utils are required in CI: .ci/run installs them');

const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

const pageSizes = (pdf: string): [number, number][] =>
  [...run('pdfinfo', ['-f', '1', '-l', '999', pdf]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(
    (m) => [Number(m[1]), Number(m[2])],
  );
const pageText = (pdf: string, page: number) => run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']);
const a4Portrait = ([w, h]: [number, number]) => Math.abs(w - 595.3) < 1 && Math.abs(h - 841.9) < 1;

const DRAFTS = {
  'phuc-dong-2020 (khối Đảng)': { file: 'phuc-dong-2020', settings: undefined },
  'thuong-thanh-9-thang-2024 (chính quyền)': { file: 'thuong-thanh-9-thang-2024-uoc-ca-nam', settings: STATE },
};

describe.skipIf(!hasTools)('LibreOffice Writer renders the draft báo cáo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-baocao-lo-'));
  const made = new Map<string, MadeDraft>();
  let converted = false;
  beforeAll(async () => {
    const files: string[] = [];
    for (const [name, d] of Object.entries(DRAFTS)) {
      const m = await makeDraft(fixture(d.file), d.settings);
      made.set(name, m);
      const path = join(dir, `${d.file}.docx`);
      writeFileSync(path, m.bytes);
      files.push(path);
    }
    const lo = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, HOME: dir },
    });
    converted = lo.status === 0 && !/no export filter/i.test(lo.stderr);
  }, 300_000);

  it('converts (LibreOffice has Writer)', () => {
    expect(converted, 'soffice has no Writer: install libreoffice-writer-nogui').toBe(true);
  });

  describe.each(Object.entries(DRAFTS))('%s', (name, d) => {
    const pdf = () => join(dir, `${d.file}.pdf`);

    it('lays out A4 portrait pages for the báo cáo, landscape ones for the appendix at the end', () => {
      const sizes = pageSizes(pdf());
      expect(a4Portrait(sizes[0])).toBe(true);
      const [w, h] = sizes[sizes.length - 1];
      expect(a4Portrait([h, w]), `last page ${w} x ${h}`).toBe(true);
    });

    it('numbers page 2 at its top, not page 1', () => {
      expect(pageText(pdf(), 1).trim().split('\n')[0].trim()).not.toMatch(/^\d+$/);
      expect(pageText(pdf(), 2).trim().split('\n')[0].trim()).toBe('2');
    });

    it('shows the headings in order and every sentence', () => {
      const m = made.get(name)!;
      const flat = run('pdftotext', [pdf(), '-']).replace(/\s+/g, ' ');
      const headings = [
        'BÁO CÁO',
        m.draft.summary,
        'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
        m.draft.chart!.title,
        'II. HẠN CHẾ',
        'III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
        'Nơi nhận:',
        m.draft.signature.onBehalf,
        'PHỤ LỤC',
      ];
      const at = headings.map((h) => flat.indexOf(h));
      for (const [i, h] of headings.entries()) expect(at[i], h).toBeGreaterThanOrEqual(0);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      for (const sentence of m.report.narrative) expect(flat).toContain(sentence.replace(/\s+/g, ' '));
    });

    it('draws the chart: every bar’s % is printed between its title and II. HẠN CHẾ', () => {
      const m = made.get(name)!;
      const flat = run('pdftotext', [pdf(), '-']).replace(/\s+/g, ' ');
      const chart = flat.slice(flat.indexOf(m.draft.chart!.title), flat.indexOf('II. HẠN CHẾ'));
      // The chart's data labels, as LibreOffice writes the numbers (a point, no grouping).
      const printed = new Set(chart.split(' '));
      for (const bar of m.draft.chart!.bars)
        expect(printed.has(String(bar.value)), `${bar.name} ${bar.value}`).toBe(true);
    });
  });
});
