/**
 * A1 addresses inside the fake host. Deliberately independent of `src/excel/address.ts`, so the
 * adapter's parser is checked against a second implementation rather than against itself.
 */

/** An inclusive rectangle, 0-based. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function colLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `A1` | `$A$1` | `A1:B2` | `5:9` (whole rows) | `A:C` (whole columns), no sheet part. */
export function parseRef(ref: string): Rect | null {
  const parts = ref.replace(/\$/g, '').trim().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const [a, b = a] = parts;
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) {
    const r = {
      top: Math.min(+ca[2], +cb[2]) - 1,
      bottom: Math.max(+ca[2], +cb[2]) - 1,
      left: Math.min(colIndex(ca[1]), colIndex(cb[1])),
      right: Math.max(colIndex(ca[1]), colIndex(cb[1])),
    };
    return inBounds(r) ? r : null;
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const r = { top: Math.min(+a, +b) - 1, bottom: Math.max(+a, +b) - 1, left: 0, right: MAX_COLS - 1 };
    return inBounds(r) ? r : null;
  }
  if (/^[A-Za-z]{1,3}$/.test(a) && /^[A-Za-z]{1,3}$/.test(b)) {
    const r = {
      top: 0,
      bottom: MAX_ROWS - 1,
      left: Math.min(colIndex(a), colIndex(b)),
      right: Math.max(colIndex(a), colIndex(b)),
    };
    return inBounds(r) ? r : null;
  }
  return null;
}

function inBounds(r: Rect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLS;
}

export function refOf(r: Rect): string {
  const a = `${colLetters(r.left)}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${colLetters(r.right)}${r.bottom + 1}`;
}

/** How Excel writes a sheet name in an address: quoted unless it is a plain identifier. */
export function quoteName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return intersect(a, b) !== null;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
