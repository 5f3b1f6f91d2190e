/**
 * The Word appendix opened by another program: LibreOffice Writer (headless) converts it to PDF,
 * and the PDF (poppler's pdfinfo / pdftotext) shows A4 pages, landscape for the tables then
 * portrait, no page number on page 1 and the number at the top of page 2, every figure of the
 * sheet's tables unbroken, and every sentence. `.ci/run` installs `libreoffice-writer-nogui` and
 * `poppler-utils`; without them the test is skipped locally and fails in CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAppendix, sheetShows, sheetTables, WORKBOOKS, type Made } from './harness';

const ok = (cmd: string, args: string[]) => spawnSync(cmd, args).status === 0;
const hasTools = ok('soffice', ['--version']) && ok('pdftotext', ['-v']) && ok('pdfinfo', ['-v']);
if (!hasTools && process.env.CI)
  throw new Error('LibreOffice Writer and poppler-utils are required in CI: .ci/run installs them');

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000, env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

const NAMES = ['phuc-dong-2020', 'duc-giang-2015-2020'];

/**
 * Converts the appendices to PDF with one LibreOffice start; a name maps to null when this
 * LibreOffice has no Writer (calc-only install).
 */
function toPdfs(made: Map<string, Made>, dir: string): Map<string, string | null> {
  const docx = [...made].map(([name, m]) => {
    writeFileSync(join(dir, `${name}.docx`), m.bytes);
    return join(dir, `${name}.docx`);
  });
  const lo = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, ...docx], {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, HOME: dir },
  });
  const converted = lo.status === 0 && !/no export filter/i.test(lo.stderr);
  return new Map(
    [...made.keys()].map((name) => {
      const pdf = join(dir, `${name}.pdf`);
      return [name, converted && existsSync(pdf) ? pdf : null];
    }),
  );
}

/** Page sizes in points, `[width, height]`, page by page. */
function pageSizes(pdf: string): [number, number][] {
  const info = run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const pageText = (pdf: string, page: number) => run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']);

function count<T>(xs: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

describe.skipIf(!hasTools)('LibreOffice Writer renders the Word appendix', () => {
  let dir: string;
  const appendices = new Map<string, Made>();
  let pdfs: Map<string, string | null>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chitieu-docx-lo-'));
    for (const name of NAMES) appendices.set(name, await makeAppendix(WORKBOOKS[name]));
    pdfs = toPdfs(appendices, dir);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of NAMES) {
    describe(name, () => {
      let made: Made;
      let pdf: string | null;
      beforeAll(() => {
        made = appendices.get(name)!;
        pdf = pdfs.get(name)!;
      });

      it('converts (LibreOffice has Writer)', () => {
        expect(pdf, 'soffice has no Writer: install libreoffice-writer-nogui').not.toBeNull();
      });

      it('lays out A4 pages: landscape first (the tables), portrait last (the sentences)', () => {
        const sizes = pageSizes(pdf!);
        const a4 = (w: number, h: number) => Math.abs(w - 841.9) < 1 && Math.abs(h - 595.3) < 1;
        expect(a4(...sizes[0]), `page 1 ${sizes[0]}`).toBe(true);
        const [w, h] = sizes[sizes.length - 1];
        expect(a4(h, w), `last page ${w} x ${h}`).toBe(true);
      });

      it('numbers page 2 at its top, not page 1', () => {
        expect(pageText(pdf!, 1).trim().split('\n')[0].trim()).not.toMatch(/^\d+$/);
        expect(pageText(pdf!, 2).trim().split('\n')[0].trim()).toBe('2');
      });

      it('shows every figure of the sheet unbroken and every sentence', () => {
        const text = run('pdftotext', [pdf!, '-']);
        const tokens = count(text.split(/\s+/));
        const figures = sheetTables(made.model).flatMap((t) =>
          t.cells.filter((c) => typeof (c.formula ? c.expected?.value : c.value) === 'number').map(sheetShows),
        );
        // A figure with its measure (`+0,89 điểm %`) is unbroken when it sits whole on one line.
        const lines = text.split('\n').map((l) => ` ${l.replace(/\s+/g, ' ').trim()} `);
        const onOneLine = (figure: string) => lines.reduce((k, l) => k + l.split(` ${figure} `).length - 1, 0);
        for (const [figure, n] of count(figures)) {
          const seen = figure.includes(' ') ? onOneLine(figure) : (tokens.get(figure) ?? 0);
          expect(seen, figure).toBeGreaterThanOrEqual(n);
        }
        const flat = text.replace(/\s+/g, ' ');
        for (const sentence of made.report.narrative) expect(flat).toContain(sentence.replace(/\s+/g, ' '));
      });
    });
  }
});
