/**
 * Renders a picture of chitieu's summary sheet for the README (`npm run picture`, needs LibreOffice
 * and poppler-utils): runs the CLI on a fixture, keeps only the summary sheet with its formulas
 * replaced by their values (so the page prints alone), converts it to PDF with LibreOffice headless
 * and the first page to PNG with pdftoppm.
 *
 *   node bin/run-ts.js scripts/picture.ts [input.xlsx] [docs/summary-sheet.png]
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main';
import { ownSheetNames } from '../src/cli/readWorkbook';

const input = resolve(process.argv[2] ?? 'tests/fixtures/phuc-dong-2020.xlsx');
const png = resolve(process.argv[3] ?? 'docs/summary-sheet.png');
const dir = mkdtempSync(join(tmpdir(), 'chitieu-picture-'));
const out = join(dir, 'bao-cao.xlsx');
const header = ['--don-vi', 'Đảng ủy phường Phúc Đồng', '--cap-tren', 'Đảng bộ quận Long Biên'];
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
