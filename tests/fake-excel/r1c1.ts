/**
 * R1C1 → A1 inside the fake host (what Excel does with `range.formulasR1C1`), independent of the
 * adapter's A1 → R1C1 (`src/excel/r1c1.ts`): figures evaluated after the round trip prove both.
 */
import { colLetters } from './address';

const REF = /^R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/;

/** The A1 text of an R1C1 formula written into the 0-based cell (row, col). */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const before = i === 0 ? '' : formula[i - 1];
    const m = /[A-Za-z0-9_.]/.test(before) ? null : REF.exec(formula.slice(i));
    const after = m ? (formula[i + m[0].length] ?? '') : '';
    if (m && !/[A-Za-z0-9_(]/.test(after)) {
      const r = part(m[1], row);
      const c = part(m[2], col);
      out += `${c.abs ? '$' : ''}${colLetters(c.index)}${r.abs ? '$' : ''}${r.index + 1}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function part(spec: string | undefined, at: number): { index: number; abs: boolean } {
  if (spec === undefined) return { index: at, abs: false };
  if (spec.startsWith('[')) return { index: at + Number(spec.slice(1, -1)), abs: false };
  return { index: Number(spec) - 1, abs: true };
}
