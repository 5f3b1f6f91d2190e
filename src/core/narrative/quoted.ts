/**
 * A target quoted in a sentence reads in words, as reports write it: never a comparison sign in
 * prose (`≤ 3,5%` → `không quá 3,5%`, `< 5%` → `dưới 5%`, `≥ 92%` → `92% trở lên`, `> 92%` →
 * `trên 92%`), and a count below ten written as the sentence writes counts (`không quá 5 vụ` →
 * `không quá 05 vụ` with the administrative leading zero); a rating in words (`HTTNV trở lên` →
 * `hoàn thành tốt nhiệm vụ trở lên`, rating.ts).
 */
import type { IndicatorResult } from '../indicator';
import { formatCount } from './format';
import { ratingsInWords } from './rating';
import type { NarrativeSettings } from './style';

/** A sign, then the figure it bounds (with its unit or `%`), up to the end or a comma. */
const SIGNED = /(≤|<=|≥|>=|<|>)\s*(\d[\d.,]*\s*(?:%|‰)?(?:\s*[^\s\d,;()][^,;()]*?)?)(?=$|[,;)])/gu;

const SIGN_WORDS: Record<string, (figure: string) => string> = {
  '≤': (f) => `không quá ${f}`,
  '<=': (f) => `không quá ${f}`,
  '<': (f) => `dưới ${f}`,
  '≥': (f) => `${f} trở lên`,
  '>=': (f) => `${f} trở lên`,
  '>': (f) => `trên ${f}`,
};

/**
 * A target's text with its comparison signs said in words (`≤ 3,5%` → `không quá 3,5%`); text
 * without a sign is returned as it is.
 * @example targetInWords('≥ 92%') // → '92% trở lên'
 */
export function targetInWords(text: string): string {
  return ratingsInWords(text.replace(SIGNED, (_, sign: string, figure: string) => SIGN_WORDS[sign](figure.trim())));
}

/**
 * A count's target with its small whole numbers as the sentence writes counts: `không quá 5 vụ` →
 * `không quá 05 vụ` (leading zero on); a percentage, a decimal or a figure of ten or more is kept.
 */
export function countsAsWritten(text: string, ind: IndicatorResult, s: NarrativeSettings): string {
  if (ind.valueKind !== 'count' || !s.leadingZero) return text;
  return text.replace(/(?<![\d.,/])([1-9])(?![\d.,/%‰])/gu, (d: string) => formatCount(Number(d), true));
}
