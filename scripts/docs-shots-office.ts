/**
 * The guide's pictures of the draft báo cáo and the summary sheet's chart (`npm run docs:shots`,
 * needs LibreOffice and poppler-utils), in docs/img/:
 * - `bao-cao-trang-1.png`: page 1 of the draft (`chitieu report --bao-cao`) of thuong-thanh-9-thang-2024,
 *   LibreOffice Writer → PDF → pdftoppm;
 * - `bang-tong-hop-bieu-do.png`: the page of the copy (`chitieu report -o`, phuc-dong-2020) that
 *   LibreOffice Calc prints the summary sheet's chart on (the page whose text holds the chart's series).
 * The page's own chart (`bieu-do-trang-web.png`) is taken by `tests/e2e/webChart.test.ts` in Chromium
 * with `UPDATE_SCREENSHOTS=1`. Small files: 60 dpi.
 *
 *   node bin/run-ts.js scripts/docs-shots-office.ts (part of `npm run docs:shots`)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main';

const OUT = resolve('docs/img');
const HEADER = ['--don-vi', 'Đảng ủy phường Thượng Thanh', '--cap-tren', 'Đảng bộ quận Long Biên'];

function run(cmd: string, args: string[], home: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, HOME: home }, timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return r.stdout;
}

/** Page `page` of `pdf` as `png`, 60 dpi. */
function pagePng(pdf: string, page: number, png: string, dir: string): void {
  const args = ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page)];
  run('pdftoppm', [...args, pdf, join(dir, 'page')], dir);
  renameSync(join(dir, 'page.png'), png);
  console.log(`Đã ghi ảnh: ${png}`);
}

async function draftFirstPage(dir: string): Promise<void> {
  const docx = join(dir, 'bao-cao.docx');
  const input = resolve('tests/fixtures/thuong-thanh-9-thang-2024-uoc-ca-nam.xlsx');
  if ((await main(['report', input, '--bao-cao', docx, ...HEADER])) !== 0) throw new Error('chitieu report failed');
  run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], dir);
  pagePng(join(dir, 'bao-cao.pdf'), 1, join(OUT, 'bao-cao-trang-1.png'), dir);
}

async function sheetChartPage(dir: string): Promise<void> {
  const xlsx = join(dir, 'so-chi-tieu.xlsx');
  const input = resolve('tests/fixtures/phuc-dong-2020.xlsx');
  if ((await main(['report', input, '-o', xlsx])) !== 0) throw new Error('chitieu report failed');
  run('soffice', ['--headless', '--calc', '--convert-to', 'pdf', '--outdir', dir, xlsx], dir);
  const pdf = join(dir, 'so-chi-tieu.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf], dir))![1]);
  for (let p = 1; p <= pages; p++) {
    const text = run('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], dir);
    if (text.includes('Tỷ lệ thực hiện (%)')) return pagePng(pdf, p, join(OUT, 'bang-tong-hop-bieu-do.png'), dir);
  }
  throw new Error('no page of the copy shows the chart');
}

mkdirSync(OUT, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'chitieu-docs-shots-'));
await draftFirstPage(dir);
await sheetChartPage(dir);
