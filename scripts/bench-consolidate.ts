/**
 * Benchmark of the district consolidation (`npm run bench:consolidate -- --wards 30 --indicators 50
 * --runs 3`), not part of `npm test`. Target: 30 ward workbooks of 50 indicators in < 5 s.
 *
 * Generates in a temp dir `wards` workbooks in the five fixture shapes of
 * tests/consolidate/wardWorkbooks.ts (annual with sections, hand-typed text numbers, two-row
 * header, long layout, assigned + own target), each with the same `indicators` indicators (money in
 * triệu or tỷ đồng, rates, counts, lower-is-better counts), then measures, as medians:
 * - `chitieu consolidate … -o quan.xlsx` in-process (`consolidateCommand`): read every file, run the
 *   engine, consolidate, write the district workbook;
 * - its parts: reading the files (ExcelJS), the engine on every ward (`runReport`), `consolidate`;
 * - once, the command in a new process (`node bin/chitieu.js consolidate …`), start-up included, and
 *   its peak RSS. `npm run bench` runs it for a city: 168 wards × 50 indicators (goal < 3 s).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consolidateCommand, readWard } from '../src/cli/consolidate';
import { readWorkbook } from '../src/cli/readWorkbook';
import { consolidate, type WardInput } from '../src/core/consolidate/index';
import { runReport, type Grid } from '../src/core/index';
import { integerOptions, MAXRSS_HOOK, median, peakRss, random } from './bench-common';
import { writeWard, type WardLayout, type WardRow } from '../tests/consolidate/wardWorkbooks';

export interface Size {
  wards: number;
  indicators: number;
  runs: number;
}

const TARGET_MS = 5000;
/** A city's consolidation (168 wards × 50 indicators) as one command, start-up included. */
const CITY_GOAL_MS = 3000;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'chitieu.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true }))
    t = Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs);
  return t;
}

/** What `bin/chitieu.js` runs: the bundle when it is newer than the sources it bundles, else the sources via tsx. */
function binMode(): string {
  const bundle = join(ROOT, 'dist', 'chitieu.mjs');
  if (!existsSync(bundle)) return 'sources via tsx: no dist/chitieu.mjs';
  const built = statSync(bundle).mtimeMs;
  const fresh = ['src/core', 'src/cli', 'src/workbookFile', 'src/docx'].every((d) => newest(join(ROOT, d)) <= built);
  return fresh ? 'bundle dist/chitieu.mjs' : 'sources via tsx: dist/chitieu.mjs is older than src (npm run build:cli)';
}
const LAYOUTS: WardLayout[] = ['annual', 'annualText', 'twoRow', 'long', 'assigned'];
const KINDS = [
  { name: 'Thu ngân sách từ nguồn', unit: 'Triệu đồng', base: 10_000 },
  { name: 'Tỷ lệ hộ gia đình văn hóa tại tổ dân phố', unit: '%', base: 88 },
  { name: 'Kết nạp đảng viên mới tại chi bộ', unit: 'Đảng viên', base: 12 },
  { name: 'Số hộ nghèo tại tổ dân phố', unit: 'Hộ', base: 20 },
] as const;
const WARD_NAMES = ['PHÚC ĐỒNG', 'ĐỨC GIANG', 'SÀI ĐỒNG', 'THẠCH BÀN', 'GIA THỤY', 'NGỌC LÂM', 'BỒ ĐỀ', 'LONG BIÊN'];

function parseSize(argv: string[]): Size {
  return integerOptions(argv, { wards: 30, indicators: 50, runs: 3 });
}

function rows(ward: number, size: Size, next: () => number): WardRow[] {
  const billions = ward % 7 === 3;
  return Array.from({ length: size.indicators }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    const money = kind.unit === 'Triệu đồng';
    const scale = money && billions ? 1000 : 1;
    const round = (v: number) => (kind.unit === '%' || money ? Math.round(v * 10) / 10 : Math.round(v));
    const target = round((kind.base * (0.8 + next() * 0.4)) / scale);
    const actual = round(target * (0.85 + next() * 0.35));
    return {
      name: `${kind.name} ${i + 1}`,
      unit: money && billions ? 'Tỷ đồng' : kind.unit,
      target,
      actual,
      assigned: target,
      prevTarget: target,
      prevActual: round(actual * 0.95),
      section: i % 12 === 0 ? `NHÓM CHỈ TIÊU ${i / 12 + 1}` : undefined,
    };
  });
}

/** Writes `size.wards` ward workbooks of 2020 into `dir` (the page's size test uses them too); their paths. */
export async function generate(dir: string, size: Size): Promise<string[]> {
  const next = random(2020);
  const paths: string[] = [];
  for (let w = 0; w < size.wards; w++) {
    const name = `${WARD_NAMES[w % WARD_NAMES.length]} ${Math.floor(w / WARD_NAMES.length) + 1}`;
    const layout = LAYOUTS[w % LAYOUTS.length];
    const path = join(dir, `phuong-${w + 1}.xlsx`);
    await writeWard(path, {
      file: path,
      layout,
      year: 2020,
      lines: [`ĐẢNG ỦY PHƯỜNG ${name}`, '', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'],
      rows: rows(w, size, next),
    });
    paths.push(path);
  }
  return paths;
}

async function bench(size: Size): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-bench-quan-'));
  try {
    const paths = await generate(dir, size);
    const output = join(dir, 'quan.xlsx');
    let rows = 0;
    let ranked = 0;
    const command = await median(size.runs, async () => {
      const outcome = await consolidateCommand({ inputs: paths, output, json: null });
      if (!outcome.ok) throw new Error(outcome.message);
      rows = outcome.district.indicators.length;
      ranked = outcome.district.ranking.length;
    });
    const grids: Grid[][] = [];
    const read = await median(size.runs, async () => {
      grids.length = 0;
      for (const p of paths) {
        const r = await readWorkbook(p);
        if (!r.ok) throw new Error(r.message);
        grids.push(r.grids);
      }
    });
    const engine = await median(size.runs, () => grids.map((g) => runReport(g)));
    const inputs: WardInput[] = [];
    for (const p of paths) inputs.push(await readWard(p));
    const merge = await median(size.runs, () => consolidate(inputs));
    const start = performance.now();
    const child = spawnSync(process.execPath, ['--import', MAXRSS_HOOK, BIN, 'consolidate', ...paths, '-o', output], {
      encoding: 'utf8',
    });
    const process_ = performance.now() - start;
    if (child.status !== 0) throw new Error(child.stderr);
    const peak = peakRss(child.stderr);

    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const table = [
      ['Wards', `${size.wards} workbooks × ${size.indicators} indicators (5 layouts, triệu/tỷ đồng, %, counts)`],
      ['Matrix', `${rows} indicators × ${ranked} ranked wards`],
      [`chitieu consolidate -o, in-process (median of ${size.runs})`, s(command)],
      ['— reading the files (ExcelJS)', s(read)],
      ['— engine on every ward (runReport)', s(engine)],
      ['— consolidate (matrix, ranking, findings, sentences)', s(merge)],
      [`chitieu consolidate -o, new process, start-up included (${binMode()})`, s(process_)],
      ['— its peak RSS', peak === null ? 'not measured' : `${(peak / 1024 / 1024).toFixed(0)} MB`],
      ['Target', `< ${s(TARGET_MS)}: ${command < TARGET_MS ? 'met' : 'NOT met'}`],
      [`Goal of a city (168 wards): the new process < ${s(CITY_GOAL_MS)}`, process_ < CITY_GOAL_MS ? 'met' : 'NOT met'],
      ['Node', process.version],
      ['Load average (1 min) when it ended', os.loadavg()[0].toFixed(1)],
    ];
    console.log('| Measure | Value |\n|---|---|');
    for (const [measure, value] of table) console.log(`| ${measure} | ${value} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run as a script (not when a test imports the generator).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await bench(parseSize(process.argv.slice(2)));
