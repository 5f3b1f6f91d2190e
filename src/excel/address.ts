/**
 * A1 addresses as office-js returns them (`'Chỉ tiêu 2020'!A5:O14`, `Sheet1!B2`, a merged-areas list
 * `'a,b'!A1:B2,'a,b'!D4:E4`) → 0-based ranges, and back. The only place the adapter parses A1 text.
 */
import { cellAddress, parseRangeAddress, type CellRange } from '../core/grid';

/**
 * Splits `'Chỉ tiêu 2020'!A5:O14` into the sheet name (unquoted, `''` → `'`) and the reference.
 * A name may hold `!` and `,` only inside quotes, so the reference is what follows the name.
 * @example splitSheetAddress("'Bà O''Hara'!B2") // { sheet: "Bà O'Hara", ref: 'B2' }
 */
export function splitSheetAddress(address: string): { sheet: string | null; ref: string } {
  const a = address.trim();
  if (a.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < a.length) {
      if (a[i] === "'" && a[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (a[i] === "'") break;
      else name += a[i++];
    }
    return a[i + 1] === '!' ? { sheet: name, ref: a.slice(i + 2) } : { sheet: null, ref: a };
  }
  const bang = a.lastIndexOf('!');
  return bang < 0 ? { sheet: null, ref: a } : { sheet: a.slice(0, bang), ref: a.slice(bang + 1) };
}

/** `A5:O14` / `$B$2` / `B2` (no sheet part) → 0-based range; null for anything else. */
export const parseRef = parseRangeAddress;

/** A sheet-qualified address → its 0-based range. */
export function parseSheetAddress(address: string): CellRange | null {
  return parseRef(splitSheetAddress(address).ref);
}

/**
 * A comma-separated list of sheet-qualified areas (what `RangeAreas.address` returns) → ranges.
 * Commas inside a quoted sheet name do not split.
 */
export function parseAreaList(address: string): CellRange[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      if (quoted && address[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map(parseSheetAddress).filter((r): r is CellRange => r !== null);
}

/**
 * The sheet a defined name points at, from its formula (`='Báo cáo chỉ tiêu'!$A$1`); null when
 * it points nowhere (`=#REF!$A$1`, after its sheet was deleted) or at no sheet.
 */
export function sheetOfNameFormula(formula: unknown): string | null {
  if (typeof formula !== 'string') return null;
  const body = formula.replace(/^=/, '');
  if (body.startsWith('#REF!')) return null;
  const { sheet } = splitSheetAddress(body);
  return sheet && sheet !== '#REF' ? sheet : null;
}

/** `A1:J40` (or `A1` for one cell) of a 0-based range. */
export function refOf(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}
