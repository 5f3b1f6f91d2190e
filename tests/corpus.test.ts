/**
 * The corpus: the CLI (`report`, and `report -o`) over a folder of real files — the fixtures, the
 * bundled sample, the trait files of tests/xlsx/traits.ts and the refusals a user can hand it
 * (text, a .docx zip, an OLE file, a truncated zip). For each file: a report (exit 0), or exactly one
 * Vietnamese line on stderr (exit 2); never a stack trace, never English text, never exit 1; with
 * `-o`, a copy only when the report succeeded.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO_ROOT, VIETNAMESE_LETTER, makeTempDir, nonEmptyLines, oleFile, runCli } from './cli/harness';
import { writeTraitFiles } from './xlsx/traits';

/** The corpus folder: every file a user might pass, by name. */
async function buildCorpus(dir: string): Promise<string[]> {
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.xlsx')))
    copyFileSync(join(FIXTURES, f), join(dir, f));
  copyFileSync(join(REPO_ROOT, 'assets', 'mau-chi-tieu.xlsx'), join(dir, 'mau-chi-tieu.xlsx'));
  const traits = await writeTraitFiles(join(FIXTURES, 'phuc-dong-2020.xlsx'), join(dir, 'dac-diem'));
  for (const t of traits) copyFileSync(t.path, join(dir, t.path.split('/').pop()!));
  writeFileSync(join(dir, 'van-ban.xlsx'), 'STT,Chỉ tiêu\n1,Thu ngân sách\n');
  writeFileSync(join(dir, 'cu.xlsx'), oleFile(['Root Entry', 'Workbook']));
  const docx = new JSZip();
  docx.file('word/document.xml', '<w:document/>');
  writeFileSync(join(dir, 'docx.xlsx'), await docx.generateAsync({ type: 'nodebuffer' }));
  const whole = readFileSync(join(FIXTURES, 'phuc-dong-2020.xlsx'));
  writeFileSync(join(dir, 'cut.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  return readdirSync(dir).filter((n) => n.endsWith('.xlsx'));
}

/** Words of an English error a crash would show (`Cannot read properties of undefined…`). */
const ENGLISH = /\b(Cannot|undefined|Error|TypeError|properties|reading)\b/;

describe('the CLI over the corpus: a report or one Vietnamese line for every file', async () => {
  const dir = makeTempDir();
  const files = await buildCorpus(dir);

  it('the corpus holds the fixtures, the traits and the refusals', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  for (const name of files) {
    it(name, { timeout: 120_000 }, () => {
      const input = join(dir, name);
      const out = join(dir, `${name}.bao-cao.xlsx`);
      for (const args of [
        ['report', input],
        ['report', input, '-o', out],
      ]) {
        const run = runCli(args, dir);
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect([0, 2], `${args.join(' ')}: ${run.stderr}`).toContain(run.status);
        if (run.status === 0) {
          expect(run.stdout.trim()).toMatch(VIETNAMESE_LETTER);
        } else {
          expect(nonEmptyLines(run.stderr)).toHaveLength(1);
          expect(run.stderr).toMatch(VIETNAMESE_LETTER);
          expect(run.stderr).not.toMatch(ENGLISH);
        }
        if (args.includes('-o')) expect(existsSync(out)).toBe(run.status === 0);
      }
    });
  }
});
