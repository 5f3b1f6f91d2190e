/**
 * The Word appendix of a large report (a size test: the `size` project, which `npm run test:quick`
 * skips). A term table of 20,000 and of 100,000 indicators over five years (KH | TH per year, a
 * section row every 40 indicators, as the bench's workbooks) becomes a .docx whose body holds one
 * table row per row of the appendix's tables, the last indicator among them — what `--docx` writes
 * from the same report, within Node's default heap here (4 GiB; the `docx` package alone ran
 * out of it at 20,560 rows; a spread of the cells overflowed the stack from 5,000). The body is
 * read back as a stream, as it must be from 100,000 indicators on (larger than a JavaScript string
 * can be).
 */
import { Unzip, UnzipInflate } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { appendixOf, buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { appendixBytes } from '../../src/docx/appendix';

const YEARS = [2015, 2016, 2017, 2018, 2019];
const UNITS = ['Triệu đồng', '%', 'Hộ', 'Đảng viên'];

/** A term workbook's sheet of `n` indicators, figures varied by a seeded sequence. */
function termSheet(n: number): Grid {
  let seed = 20;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const values: CellValue[][] = [
    [`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN 2015 - 2019`],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', ...YEARS.flatMap((y) => [`Năm ${y}`, null])],
    [null, null, null, ...YEARS.flatMap(() => ['KH', 'TH'])],
  ];
  const merges = [0, 1, 2].map((c) => ({ top: 2, left: c, bottom: 3, right: c }));
  YEARS.forEach((_, i) => merges.push({ top: 2, left: 3 + 2 * i, bottom: 2, right: 4 + 2 * i }));
  for (let i = 0; i < n; i++) {
    if (i % 40 === 0) values.push([`Nhóm ${i / 40 + 1}`, `NHÓM CHỈ TIÊU ${i / 40 + 1}`]);
    const unit = UNITS[i % UNITS.length];
    const figures = YEARS.flatMap(() => {
      const target = Math.round(50 + next() * 50);
      return [target, Math.round(target * (0.85 + next() * 0.3))];
    });
    values.push([i + 1, `Chỉ tiêu số ${i + 1} của tổ dân phố`, unit, ...figures]);
  }
  return { sheet: 'Chỉ tiêu nhiệm kỳ', values, merges };
}

/** How many table rows the .docx body holds and whether `needle` is in it, read as a stream. */
function readBody(docx: Uint8Array, needle: string): { rows: number; found: boolean } {
  let rows = 0;
  let found = false;
  let carry = '';
  const decoder = new TextDecoder();
  const unzip = new Unzip((file) => {
    if (file.name !== 'word/document.xml') return;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      const text = carry + decoder.decode(chunk, { stream: !final });
      // The carried characters cannot hold a whole `<w:tr>` or needle: nothing is counted twice.
      rows += text.split('<w:tr>').length - 1;
      found ||= text.includes(needle);
      carry = text.slice(-Math.max(needle.length, 6) + 1);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Pushed a slice at a time, so the body is inflated a slice at a time too.
  const slice = 1 << 16;
  for (let at = 0; at < docx.length; at += slice) unzip.push(docx.subarray(at, at + slice), at + slice >= docx.length);
  return { rows, found };
}

// 100,000 indicators: the page's size test (tests/e2e/webpage.size.test.ts) writes that appendix
// through the same builder and checks every indicator in it; `npm run bench` times the CLI's.
describe.each([20_000])('the Word appendix of %i indicators', (n) => {
  // A hang guard for a machine shared with other work, not a bound (the bounds are in the bench).
  it('is written, with every row of its tables and the last indicator', { timeout: 900_000 }, async () => {
    const grid = termSheet(n);
    const run = runReport([grid]);
    if (!run.ok) throw new Error(run.message);
    const model = buildReportModel(run.report, [grid], defaultSheetSettings);
    const appendix = appendixOf(model, 'party');
    const tableRows = appendix.tables.reduce((s, t) => s + t.rows.length, 0);
    const blockRows = appendix.blocks.reduce((s, b) => s + (b.table?.rows.length ?? 0), 0);
    expect(tableRows).toBeGreaterThan(n);
    const { rows, found } = readBody(await appendixBytes(appendix), `>Chỉ tiêu số ${n} của tổ dân phố<`);
    // The header block is a one-row table of its own.
    expect(rows).toBe(1 + tableRows + blockRows);
    expect(found).toBe(true);
  });
});
