/** What both benchmarks (`bench.ts`, `bench-consolidate.ts`) need: seeded data, medians, options. */

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
