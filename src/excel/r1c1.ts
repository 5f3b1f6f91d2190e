/**
 * A1 formulas → R1C1, so a column of formulas that differ only by their row (`=IFERROR(E10/D10…`,
 * `=IFERROR(E11/D11…`) becomes one formula (`=IFERROR(RC[-1]/RC[-2]…`) written once to the whole
 * run with `range.formulasR1C1` — the request-size saving that keeps a 5,000-indicator report in
 * one write sync.
 *
 * Conservative on purpose: a formula is converted only when every name in it is a cell reference,
 * a function (followed by `(`), `TRUE`/`FALSE` or a sheet prefix (followed by `!`); anything else
 * (defined names, whole rows or columns, structured references) returns null and the formula is
 * written as A1 text, as it is.
 */
import { parseAddress } from '../core/grid';

/** The R1C1 form of an A1 `formula` in the 0-based cell (`row`, `col`); null when unsure. */
export function toR1C1(formula: string, row: number, col: number): string | null {
  if (!formula.startsWith('=')) return null;
  let out = '';
  let i = 0;
  const s = formula;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      const end = closing(s, i, '"');
      if (end < 0) return null;
      out += s.slice(i, end + 1);
      i = end + 1;
    } else if (ch === "'") {
      // A quoted sheet name: copied as it is, with its `!`.
      const end = closing(s, i, "'");
      if (end < 0 || s[end + 1] !== '!') return null;
      out += s.slice(i, end + 2);
      i = end + 2;
    } else if (/[A-Za-z_$\\]/.test(ch)) {
      let j = i;
      while (j < s.length && /[A-Za-z0-9_.$\\]/.test(s[j])) j++;
      const word = s.slice(i, j);
      const next = s[j];
      if (next === '(' || next === '!' || /^(TRUE|FALSE)$/i.test(word)) out += word;
      else {
        const ref = cellRef(word, row, col);
        if (ref === null) return null;
        out += ref;
      }
      i = j;
    } else if (/[0-9.]/.test(ch)) {
      // A number (digits, a point, an exponent): never a reference.
      let j = i;
      while (j < s.length && /[0-9.]/.test(s[j])) j++;
      if (/[eE]/.test(s[j] ?? '') && /[+\-0-9]/.test(s[j + 1] ?? '')) {
        j += 2;
        while (j < s.length && /[0-9]/.test(s[j])) j++;
      }
      if (/[A-Za-z_:]/.test(s[j] ?? '')) return null;
      out += s.slice(i, j);
      i = j;
    } else {
      if (ch === '[' || ch === '#' || ch === '{') return null;
      out += ch;
      i++;
    }
  }
  return out;
}

/** Index of the quote closing the one at `start` (doubled quotes are part of the text). */
function closing(s: string, start: number, quote: string): number {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] !== quote) continue;
    if (s[i + 1] === quote) i++;
    else return i;
  }
  return -1;
}

/** `E10` / `$E$10` in the cell (row, col) → `R[d]C[d]` / `R10C5`; null for anything else. */
function cellRef(word: string, row: number, col: number): string | null {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(word);
  if (!m) return null;
  const at = parseAddress(word);
  if (!at || at.col > 16_383 || at.row > 1_048_575) return null;
  const r = m[3] ? `R${at.row + 1}` : at.row === row ? 'R' : `R[${at.row - row}]`;
  const c = m[1] ? `C${at.col + 1}` : at.col === col ? 'C' : `C[${at.col - col}]`;
  return r + c;
}
