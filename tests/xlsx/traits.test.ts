/**
 * Issue 14's reading cases: the same workbook written the way other producers write it (prefixed
 * XML, rows and cells without `r`, worksheet and workbook parts with other names and folders,
 * Strict OOXML, content types with only Overrides or none) reads as the same grids, by the package
 * reader itself; a zip encrypted by a zip tool gets the password message.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { readPackageFast } from '../../src/workbookFile/read';
import { FIXTURES, makeTempDir } from '../cli/harness';
import { writeTraitFiles } from './traits';

const SOURCE = join(FIXTURES, 'phuc-dong-2020.xlsx');

describe('every trait of a real producer reads as the same grids, or is refused for the true reason', async () => {
  const dir = makeTempDir();
  const files = await writeTraitFiles(SOURCE, dir);
  const source = await readWorkbook(SOURCE);
  if (!source.ok) throw new Error(source.message);

  it('the traits are all built (zip -P included)', () => {
    expect(files.map((f) => f.trait)).toContain('ZipCrypto-encrypted zip');
    expect(files.length).toBe(9);
  });

  for (const file of files) {
    it(file.trait, async () => {
      const read = await readWorkbook(file.path);
      if (file.refusal) {
        expect(read.ok ? '' : read.message).toContain(file.refusal);
        return;
      }
      // By the package reader itself, not by the ExcelJS fallback.
      expect(await readPackageFast(readFileSync(file.path), basename(file.path))).toStrictEqual(read);
      expect(read.ok && read.grids).toStrictEqual(source.grids);
    });
  }
});

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;

describe.skipIf(!hasSoffice)('LibreOffice\'s "Calc Office Open XML" filter', () => {
  it('writes a workbook that reads as the Transitional export does', { timeout: 180_000 }, async () => {
    const dir = makeTempDir();
    const grids = [];
    for (const filter of ['xlsx:Calc MS Excel 2007 XML', 'xlsx:Calc Office Open XML']) {
      const out = join(dir, filter.replace(/\W+/g, '-'));
      mkdirSync(out);
      const lo = spawnSync('soffice', ['--headless', '--convert-to', filter, '--outdir', out, SOURCE], {
        timeout: 170_000,
        env: { ...process.env, HOME: dir },
      });
      expect(lo.status, String(lo.stderr)).toBe(0);
      const read = await readWorkbook(join(out, readdirSync(out)[0]));
      if (!read.ok) throw new Error(read.message);
      grids.push(read.grids);
    }
    expect(grids[1]).toStrictEqual(grids[0]);
  });
});
