/**
 * `node bin/run-ts.js scripts/phases-copy.ts FILE [--warm]`: the CPU time (user + system) of each
 * phase of `chitieu report FILE -o OUT` in one process, as the CLI runs them: read the package, the
 * engine, the sheet model, then the copy split into the chart, the sheet order, the sheet XML, its
 * CRC and its deflate, and the whole injection. Not part of `npm test`; see docs/benchmark.md.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { useNodeCodec } from '../src/cli/nativeDeflate';
import { READ_FALLBACK } from '../src/cli/readWorkbook';
import { WRITE_FALLBACK } from '../src/cli/writeResults';
import { runReport } from '../src/core/index';
import { buildReportModel } from '../src/core/report';
import { summaryChartSpec } from '../src/core/report/sheetChart';
import { defaultUserSettings, engineSettings, runSheetSettings } from '../src/settings';
import { readWorkbookBytes } from '../src/workbookFile/read';
import { reportCopy } from '../src/workbookFile/write';
import { renderSheetXml, sheetOrder } from '../src/xlsx/sheetXml';
import { StyleBook } from '../src/xlsx/styles';
import { crc32 } from '../src/xlsx/zip';
import { openPackage } from '../src/xlsx/package';

const [file, ...flags] = process.argv.slice(2);
const rounds = flags.includes('--warm') ? 2 : 1;
// The codec the command line reads, CRCs and deflates with.
useNodeCodec();
const rows: [string, number][] = [];
async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const before = process.cpuUsage();
  const out = await work();
  const used = process.cpuUsage(before);
  rows.push([name, (used.user + used.system) / 1000]);
  return out;
}
for (let round = 0; round < rounds; round++) {
  rows.length = 0;
  const bytes = new Uint8Array(readFileSync(file));
  const read = await phase('read (package → grids)', () => readWorkbookBytes(bytes, basename(file), READ_FALLBACK));
  if (!read.ok) throw new Error(read.message);
  const run = await phase('engine (runReport)', () => runReport(read.grids, engineSettings(defaultUserSettings)));
  if (!run.ok) throw new Error(run.message);
  const model = await phase('sheet model (buildReportModel)', () =>
    buildReportModel(
      run.report,
      run.grids,
      runSheetSettings(defaultUserSettings, run.grids, run.report.tables, new Date(2026, 0, 1)),
    ),
  );
  await phase('copy: chart spec', () => summaryChartSpec(model));
  await phase('copy: sheet order', () => sheetOrder(model));
  const pieces: Uint8Array[] = [];
  const stylesXml = openPackage(read.bytes).text('xl/styles.xml') ?? '';
  await phase('copy: sheet XML (bytes, no deflate)', () =>
    renderSheetXml(
      model,
      new StyleBook(stylesXml),
      { cachedResults: true, tabSelected: false, legacyDrawingId: null },
      (b) => pieces.push(b.slice()),
    ),
  );
  const size = pieces.reduce((n, p) => n + p.length, 0);
  await phase(`copy: CRC of ${(size / 1e6).toFixed(1)} MB`, () => pieces.reduce((c, p) => crc32(p, c), 0));
  await phase('copy: deflate', () => pieces.forEach((p, i) => WRITE_FALLBACK.deflate!(p, i === pieces.length - 1)));
  await phase('copy, whole (reportCopy)', () => reportCopy({ bytes: read.bytes, name: file }, model, WRITE_FALLBACK));
}
for (const [name, ms] of rows) console.log(`${name.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms`);
