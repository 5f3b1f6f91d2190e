/**
 * What the benchmarks (`bench.ts`, `bench-page.ts`, `bench-consolidate.ts`) and the size tests need:
 * the generated workbook, seeded data, medians, options.
 */
import ExcelJS from 'exceljs';

/** One measured size: indicators × years of KH | TH, and how many interleaved rounds. */
export interface BenchSize {
  indicators: number;
  years: number;
  runs: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same workbooks. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median wall time in ms of `runs` runs of `work`. */
export async function median(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** `--key value` pairs of positive integers into `defaults` (a key it lacks is refused). */
export function integerOptions<T extends Record<string, number>>(argv: string[], defaults: T): T {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!(key in out) || !Number.isInteger(value) || value < 1) throw new Error(`Tham số không hợp lệ: ${argv[i]}`);
    (out as Record<string, number>)[key] = value;
  }
  return out;
}

/**
 * Preloaded into a measured process (`node --import MAXRSS_HOOK …`): prints its peak RSS (KiB) and
 * its CPU time (user + system, µs, every thread) on exit. CPU time is the figure to compare on a
 * shared machine: wall time there mostly measures waiting for a core.
 */
export const MAXRSS_HOOK = `data:text/javascript,${encodeURIComponent(
  'process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("\\nmaxrss=" + u.maxRSS + " cpu=" + (u.userCPUTime + u.systemCPUTime) + "\\n"); });',
)}`;

/** The peak RSS (bytes) a process run with `MAXRSS_HOOK` printed on its stderr, or null. */
export function peakRss(stderr: string): number | null {
  const m = /maxrss=(\d+)/.exec(stderr);
  return m ? Number(m[1]) * 1024 : null;
}

const FIRST_YEAR = 2015;
const SECTION_EVERY = 40;
const UNITS = ['Triệu đồng', '%', 'Hộ', 'Đảng viên'] as const;
const NAMES: Record<(typeof UNITS)[number], string> = {
  'Triệu đồng': 'Thu ngân sách từ nguồn',
  '%': 'Tỷ lệ hộ gia đình văn hóa tại tổ dân phố',
  Hộ: 'Số hộ được hỗ trợ vay vốn tại tổ',
  'Đảng viên': 'Kết nạp đảng viên mới tại chi bộ',
};

/** The name of the generated workbook's indicator at 0-based `index`: unique, its number at the end. */
export function indicatorName(index: number): string {
  return `${NAMES[UNITS[index % UNITS.length]]} ${index + 1}`;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}

/** Target and actual of one year for a unit, actual around the target (±15%). */
function figures(unit: (typeof UNITS)[number], next: () => number): [number, number] {
  const base = {
    'Triệu đồng': 5000 + next() * 40_000,
    '%': 70 + next() * 20,
    Hộ: 5 + next() * 60,
    'Đảng viên': 3 + next() * 15,
  }[unit];
  const target = unit === 'Triệu đồng' || unit === '%' ? Math.round(base * 10) / 10 : Math.round(base);
  const actual = Math.round(target * (0.85 + next() * 0.3) * 10) / 10;
  return [target, unit === '%' || unit === 'Triệu đồng' ? actual : Math.round(actual)];
}

/**
 * The benchmarks' workbook: STT | Chỉ tiêu | ĐVT | per year a merged "Năm YYYY" over KH | TH, units
 * Triệu đồng / % / Hộ / Đảng viên, a section row "I", "II"… every 40 indicators; figures seeded.
 */
export async function generateWorkbook(path: string, size: Pick<BenchSize, 'indicators' | 'years'>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chỉ tiêu nhiệm kỳ');
  const years = Array.from({ length: size.years }, (_, i) => FIRST_YEAR + i);
  ws.addRow([`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN ${years[0]} - ${years.at(-1)}`]);
  ws.addRow([]);
  ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', ...years.flatMap((y) => [`Năm ${y}`, null])]);
  ws.addRow([null, null, null, ...years.flatMap(() => ['KH', 'TH'])]);
  for (const col of [1, 2, 3]) ws.mergeCells(3, col, 4, col);
  years.forEach((_, i) => ws.mergeCells(3, 4 + 2 * i, 3, 5 + 2 * i));
  const next = random(2020);
  for (let i = 0; i < size.indicators; i++) {
    if (i % SECTION_EVERY === 0) ws.addRow([roman(i / SECTION_EVERY + 1), `NHÓM CHỈ TIÊU ${i / SECTION_EVERY + 1}`]);
    const unit = UNITS[i % UNITS.length];
    ws.addRow([i + 1, indicatorName(i), unit, ...years.flatMap(() => figures(unit, next))]);
  }
  await wb.xlsx.writeFile(path);
}
