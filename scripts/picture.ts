/**
 * Renders a picture of chitieu's summary sheet for the README (`npm run picture`, needs LibreOffice
 * and poppler-utils): runs the CLI on a fixture, keeps only the summary sheet with its formulas
 * replaced by their values (so the page prints alone), converts it to PDF with LibreOffice headless
 * and the first page to PNG with pdftoppm. Without arguments it renders the annual report
 * (docs/summary-sheet.png) and the mid-term review, a term in progress
 * (docs/summary-sheet-giua-nhiem-ky.png).
 *
 *   node bin/run-ts.js scripts/picture.ts [input.xlsx] [docs/summary-sheet.png]
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main';
import { ownSheetNames } from '../src/workbookFile/exceljsFallback';

/** One picture: the CLI's summary sheet of `input`, first page, as `png`. */
async function picture(input: string, png: string, unit: string, superior: string) {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-picture-'));
  const out = join(dir, 'bao-cao.xlsx');
  const header = ['--don-vi', unit, '--cap-tren', superior];
  if ((await main(['report', input, '-o', out, ...header])) !== 0) throw new Error('chitieu report failed');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const own = ownSheetNames(wb);
  for (const ws of [...wb.worksheets]) if (!own.has(ws.name)) wb.removeWorksheet(ws.id);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = (cell.result as ExcelJS.CellValue) ?? null;
      }),
    );
  }
  const only = join(dir, 'chi-bao-cao.xlsx');
  await wb.xlsx.writeFile(only);
  const lo = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, only], {
    env: { ...process.env, HOME: dir },
  });
  if (lo.status !== 0) throw new Error(`LibreOffice failed: ${lo.stderr}`);
  const pp = spawnSync('pdftoppm', [
    '-r',
    '110',
    '-png',
    '-singlefile',
    '-f',
    '1',
    '-l',
    '1',
    join(dir, 'chi-bao-cao.pdf'),
    join(dir, 'page'),
  ]);
  if (pp.status !== 0) throw new Error(`pdftoppm failed: ${pp.stderr}`);
  renameSync(join(dir, 'page.png'), png);
  console.log(`Đã ghi ảnh: ${png}`);
}

if (process.argv[2]) {
  await picture(
    resolve(process.argv[2]),
    resolve(process.argv[3] ?? 'docs/summary-sheet.png'),
    'Đảng ủy phường Phúc Đồng',
    'Đảng bộ quận Long Biên',
  );
} else {
  // The annual report, and the mid-term review (a term in progress: projection and outlook).
  await picture(
    resolve('tests/fixtures/phuc-dong-2020.xlsx'),
    resolve('docs/summary-sheet.png'),
    'Đảng ủy phường Phúc Đồng',
    'Đảng bộ quận Long Biên',
  );
  await picture(
    resolve('tests/fixtures/giang-bien-giua-nhiem-ky-2020-2025.xlsx'),
    resolve('docs/summary-sheet-giua-nhiem-ky.png'),
    'Đảng ủy phường Giang Biên',
    'Đảng bộ quận Long Biên',
  );
}
