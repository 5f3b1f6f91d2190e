/**
 * Test helpers: the numbers a summary sheet shows, and the numbers a sentence states, so tests can
 * assert that no sentence states a figure the sheet does not show.
 */
import { excelRound } from '../../src/core/narrative/format';
import type { ReportSheetModel } from '../../src/core/report';

const VI_NUMBER = /(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d])/gu;

/** Parses `36.015`, `27,6`, `08` the Vietnamese way. */
export function viNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** Every number stated in a text (Vietnamese notation). */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(VI_NUMBER)].map((m) => viNumber(m[1]));
}

/** Every number the sheet shows: figures as rounded by their formulas, constants, numbers in texts. */
export function sheetNumbers(model: ReportSheetModel, sentences: string[]): number[] {
  const out: number[] = [];
  const remarks = new Set(sentences);
  for (const c of model.cells) {
    const e = c.expected;
    if (e && typeof e.value === 'number') out.push(excelRound(e.value, e.decimals ?? 3));
    if (typeof c.value === 'number') out.push(excelRound(c.value, 3));
    if (typeof c.value === 'string' && !remarks.has(c.value) && c.style !== 'finding') {
      // Headers, names, totals line: their numbers are shown too (years, "dưới 5 tuổi", counts).
      for (const n of numbersIn(c.value)) out.push(n);
      for (const m of c.value.matchAll(/\d+(?:\.\d+)?/g)) out.push(Number(m[0]));
    }
  }
  return out;
}

/**
 * Numbers of a sentence that the sheet must show: all of them except a count of years (`05 năm`)
 * and a multiple (`gấp 3,4 lần`, derived from a shown year-over-year %) — returned separately.
 */
export function sentenceNumbers(sentence: string): { plain: number[]; times: number[] } {
  const times = [...sentence.matchAll(/gấp (\d+(?:,\d+)?) lần/g)].map((m) => viNumber(m[1]));
  const stripped = sentence.replace(/gấp \d+(?:,\d+)? lần/g, '').replace(/(?<![\d,.])\d{1,2} năm(?!\p{L})/gu, '');
  return { plain: numbersIn(stripped), times };
}

/** A sentence states magnitudes (`giảm 14,3%` for a shown −14,3): signs are words there. */
export function shows(numbers: number[], n: number): boolean {
  return numbers.some((x) => Math.abs(Math.abs(x) - n) <= 1e-9 * Math.max(1, Math.abs(n)));
}
