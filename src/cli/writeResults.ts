/**
 * The CLI's file writing around the pipeline (`reportCommand` writes what `reportWorkbookFile` built).
 *
 * Rules:
 * - The input file is never written: an output path resolving to the input (same path, a symlink
 *   or a hard link to it) is refused.
 * - A write the user can fix (missing folder, no permission) is a Vietnamese refusal.
 * - The CLI's fallback for a package the injector cannot edit (no styles part, zip64…) is ExcelJS
 *   (`src/workbookFile/exceljsFallback`, the page's too), which rewrites the whole workbook and
 *   keeps what ExcelJS models.
 * - The JSON is written a piece at a time, never as one string.
 */
import { realpathSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { refuse, type Refusal } from '../core/refusal';
import type { FileFallback } from '../workbookFile/fallback';
import { nativeDeflate, nativeGzip } from './nativeDeflate';
import { EXCELJS_FALLBACK } from './readWorkbook';

/** The CLI's writers: node:zlib's deflate, and for a package the injector cannot edit ExcelJS, loaded only then. */
export const WRITE_FALLBACK: FileFallback = {
  rebuildCopy: EXCELJS_FALLBACK.rebuildCopy,
  deflate: nativeDeflate,
  gzip: nativeGzip,
};

/** A write the user can fix (missing folder, no permission) becomes a message; anything else is a bug. */
export function writeFailure(path: string) {
  return (err: unknown): Refusal => {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (!['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EISDIR', 'EROFS'].includes(code)) throw err;
    return refuse('write-failed', path);
  };
}

/** True when `b` names the same file as `a` (after resolving symlinks; hard links by inode). */
export function isSameFile(a: string, b: string): boolean {
  const [ra, rb] = [canonicalPath(a), canonicalPath(b)];
  if (ra === rb) return true;
  try {
    const [sa, sb] = [statSync(a), statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function canonicalPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    // Not there yet: resolve its folder, which may itself be a symlink.
    try {
      return join(realpathSync(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

/** Levels of the JSON written piece by piece; below them each value is one `JSON.stringify`. */
const JSON_DEPTH = 4;
/** Characters gathered before a write. */
const JSON_PIECE = 1 << 20;

/**
 * `JSON.stringify(value, null, 2)` and a newline, written to `path` a piece at a time: the text of
 * a 100,000-indicator report (~450 MB) is never one string. Same bytes as the one-string form.
 */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const file = await open(path, 'w');
  try {
    let pending = '';
    for (const piece of jsonPieces(value, '', 0)) {
      pending += piece;
      if (pending.length >= JSON_PIECE) {
        await file.write(pending);
        pending = '';
      }
    }
    await file.write(`${pending}\n`);
  } finally {
    await file.close();
  }
}

/** The pieces of `JSON.stringify(value, null, 2)` for a value at `indent` (not undefined). */
function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  const nested = typeof value === 'object' && value !== null && !('toJSON' in value);
  if (!nested || depth >= JSON_DEPTH) {
    // Strings never hold a raw line break, so re-indenting the lines is exact.
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v) => [null, v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v])
    : Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield `${open}\n`;
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i];
    yield key === null ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* jsonPieces(v, inner, depth + 1);
    if (i < entries.length - 1) yield ',\n';
  }
  yield `\n${indent}${close}`;
}
