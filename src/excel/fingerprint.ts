/**
 * Fingerprint of chitieu's report sheet, to tell whether the user edited it after generation:
 * before a new generation replaces the sheet, the task pane asks first.
 *
 * What it covers: the cell contents as `range.formulas` reads them back — formulas (A1 text),
 * numbers, texts (without the apostrophe prefix the writer adds) — keyed by their cell; empty cells
 * are left out. Formats, widths, notes and conditional formats are not covered: a user who only
 * recolours or resizes is not asked. Both sides are computed in JS: the writer from the model (no
 * read-back), the reader from the own sheet's used range loaded in its second sync.
 *
 * Where it lives: in the comment of the workbook name `chitieu.BaoCao` that marks the sheet
 * (`names.add(name, range, comment)`), so it travels with the mark — copied, deleted or left with
 * it — and needs no settings save. A mark without a fingerprint (written by an older version) means
 * "unknown": the sheet counts as unedited and is replaced as before.
 *
 * Size: reading the sheet back costs response bytes, which Excel on the web caps at 5 MB per sync.
 * The comment therefore also holds the estimated size of that read (`chitieu-fp1:<hash>:<bytes>`):
 * a sheet up to `FINGERPRINT_MAX_READ_BYTES` (about 1,500 indicators) is read in the reader's first
 * data sync with the user's sheets; a bigger one in bands of rows afterwards, one sync each.
 */
import type { ReportSheetModel } from '../core/report';
import { parseSheetAddress } from './address';

/** Prefix of the mark's comment holding the fingerprint. */
export const FINGERPRINT_PREFIX = 'chitieu-fp1:';

/** Above this estimated read-back size the own sheet is not checked (see "Size"). */
export const FINGERPRINT_MAX_READ_BYTES = 1_000_000;

/** A fingerprint and the estimated bytes of reading the sheet back (`formulas` of its block). */
export interface Fingerprint {
  hash: string;
  bytes: number;
}

const encoder = new TextEncoder();

/** The `formulas` entry Excel reads back for a model cell; "" for an empty one. */
function readBack(c: { formula?: string; value?: string | number | null }): string {
  if (c.formula) return c.formula;
  if (typeof c.value === 'number') return String(c.value);
  if (typeof c.value === 'string') return c.value;
  return '';
}

/** cyrb53: a fast 53-bit string hash (not cryptographic — it only has to notice an edit). */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function fingerprintOf(cells: { row: number; col: number; text: string }[]): string {
  const sorted = cells.filter((c) => c.text !== '').sort((a, b) => a.row - b.row || a.col - b.col);
  return hash53(sorted.map((c) => `${c.row},${c.col}\u0001${c.text}`).join('\u0002'));
}

/** The fingerprint of the sheet the writer renders from `model`. */
export function modelFingerprint(model: ReportSheetModel): Fingerprint {
  const cells = model.cells.map((c) => ({ row: c.row, col: c.col, text: readBack(c) }));
  // JSON of the block's `formulas`: every cell `"",` at least, plus the UTF-8 text (escapes ignored).
  let bytes = (model.lastRow + 1) * (model.lastCol + 2) * 3;
  for (const c of cells) bytes += encoder.encode(c.text).length;
  return { hash: fingerprintOf(cells), bytes };
}

/**
 * The fingerprint of loaded ranges (`address` + `formulas`: the whole used range, or its bands); an
 * empty sheet is one block with `address` null.
 */
export function formulasFingerprint(blocks: { address: string | null; formulas: unknown[][] }[]): string {
  const cells: { row: number; col: number; text: string }[] = [];
  for (const { address, formulas } of blocks) {
    const origin = address === null ? null : parseSheetAddress(address);
    if (origin)
      formulas.forEach((row, i) =>
        row.forEach((v, j) => {
          const text = v === null || v === undefined ? '' : String(v as string | number | boolean);
          cells.push({ row: origin.top + i, col: origin.left + j, text });
        }),
      );
  }
  return fingerprintOf(cells);
}

/** The mark's comment for a fingerprint. */
export function fingerprintComment(f: Fingerprint): string {
  return `${FINGERPRINT_PREFIX}${f.hash}:${f.bytes}`;
}

/** The fingerprint stored in a mark's comment, or null (no comment, another comment). */
export function fingerprintFromComment(comment: string | null | undefined): Fingerprint | null {
  if (typeof comment !== 'string' || !comment.startsWith(FINGERPRINT_PREFIX)) return null;
  const m = /^([0-9a-z]+):(\d+)$/.exec(comment.slice(FINGERPRINT_PREFIX.length));
  return m ? { hash: m[1], bytes: Number(m[2]) } : null;
}
