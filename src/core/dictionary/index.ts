/**
 * The indicator dictionary: what an indicator's name says about it when the table does not — its
 * value kind, direction and measure (flow or stock) — and the canonical name the district
 * consolidation matches wards by.
 *
 * Matching, by meaning-bearing words: a name and each variant are folded (case, diacritics,
 * punctuation), `tỉ` read as `tỷ`, and stripped of words that carry no meaning here — numbering, a
 * `Số` before the noun, `của`, `các`, `những`, `được`, `đã`, `trên địa bàn (phường/xã…)`, years,
 * bare numbers after the first word and `%`. A variant matches when its words occur in the name as
 * a run; the longest run wins (`Tỷ lệ hộ nghèo` beats `Hộ nghèo`), ties going to the entry listed
 * first; a variant of one or two words must be at least half of the name (see `covers`). `Số hộ thoát nghèo` never matches `Hộ nghèo`: the words must be consecutive.
 *
 * The dictionary is consulted after the table's own words (the `Chiều` column, the target's words,
 * explicit words of the name such as `giảm còn`, `không quá`): see `../type.ts`.
 */
import type { Direction, ValueKind } from '../indicator';
import { memoByText } from '../memo';
import { foldText } from '../text';
import { DICTIONARY_FAMILIES, type DictionaryRow, type Measure } from './entries';

export type { Measure } from './entries';

/** One indicator of the dictionary. */
export interface DictionaryEntry {
  /** Canonical key (the first name, folded to its meaning words): the same for every variant. */
  key: string;
  /** The canonical name, as reports write it. */
  name: string;
  names: readonly string[];
  family: string;
  kind: ValueKind;
  unit: string;
  direction: Direction;
  measure: Measure;
}

/** A name looked up: the entry, and whether the variant is the whole name (not a part of it). */
export interface DictionaryMatch {
  entry: DictionaryEntry;
  /** The variant matched, folded to its meaning words. */
  variant: string;
  /** The variant covers every meaning word of the name (`Thu NSNN trên địa bàn` = `Thu ngân sách`). */
  whole: boolean;
}

const FILLER = new Set(['cua', 'cac', 'nhung', 'duoc', 'da', '%', '‰']);
const PLACE = /\b(?:tren )?dia ban(?: (?:phuong|xa|thi tran|quan|huyen|thanh pho|tinh))?\b/g;
/** Numbering and list marks before a name: `1.`, `2.3)`, `(4)`, `II.`, `a)`, `-`, `+`. */
const NUMBERING =
  /^\s*(?:\(?\d{1,3}(?:\.\d{1,2})*\s*[.):–-]?|\(\d{1,3}\)|[IVXLC]+\s*[.):–-]|[a-zđ]\s*[.)]|[-+*•–—])\s*/u;
const YEAR = /\b(?:nam )?(?:19|20)\d\d\b/g;

/**
 * The meaning words of a name, folded and joined by single spaces.
 * @example meaningWords('1. Thu ngân sách nhà nước trên địa bàn phường năm 2024') // → 'thu ngan sach nha nuoc'
 * @example meaningWords('Số hộ nghèo') // → 'ho ngheo'
 */
export const meaningWords: (name: string) => string = memoByText(meaningWordsOf);

function meaningWordsOf(name: string): string {
  const f = foldText(name.replace(NUMBERING, '')).replace(YEAR, ' ').replace(PLACE, ' ').replace(/\s+/g, ' ').trim();
  const words = f.split(' ').map((w) => (w === 'ti' ? 'ty' : w));
  const kept = words.filter((w, i) => w !== '' && !FILLER.has(w) && !(i === 0 && (w === 'so' || w === 'tong')));
  return kept.join(' ');
}

function entryOf(row: DictionaryRow, family: string): DictionaryEntry {
  const [names, kind, unit, sign, measure] = row;
  const list = names.split('|').map((n) => n.trim());
  return {
    key: meaningWords(list[0]),
    name: list[0],
    names: list,
    family,
    kind,
    unit,
    direction: sign === '+' ? 'increase' : 'decrease',
    measure,
  };
}

/** Every entry of the dictionary, in the order of its families. */
export const DICTIONARY: readonly DictionaryEntry[] = Object.entries(DICTIONARY_FAMILIES).flatMap(([family, rows]) =>
  rows.map((row) => entryOf(row, family)),
);

interface Variant {
  words: string[];
  entry: DictionaryEntry;
  order: number;
}

/** Variants by their first meaning word, for a look-up that only tries the runs that can match. */
const BY_FIRST_WORD: Map<string, Variant[]> = (() => {
  const map = new Map<string, Variant[]>();
  let order = 0;
  for (const entry of DICTIONARY) {
    for (const name of entry.names) {
      const words = meaningWords(name).split(' ');
      if (words[0] === '') continue;
      const list = map.get(words[0]) ?? [];
      list.push({ words, entry, order: order++ });
      map.set(words[0], list);
    }
  }
  return map;
})();

/**
 * A short variant only names an indicator whose name it mostly is: `Số đảng viên` (2 words) is not
 * `Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ` (8); a variant of 3 words or more stands on its own.
 */
function covers(variantWords: number, nameWords: number): boolean {
  return variantWords >= 3 || variantWords * 2 >= nameWords;
}

/**
 * The dictionary's entry for an indicator name, or null when none of its variants occurs in it.
 * @example lookup('Số hộ tái nghèo')?.entry.direction // → 'decrease'
 * @example lookup('Mức giảm tỷ lệ hộ nghèo')?.entry.direction // → 'increase'
 */
export const lookup: (name: string) => DictionaryMatch | null = memoByText(lookupOnce);

function lookupOnce(name: string): DictionaryMatch | null {
  const words = meaningWords(name).split(' ');
  let best: Variant | null = null;
  for (let i = 0; i < words.length; i++) {
    for (const v of BY_FIRST_WORD.get(words[i]) ?? []) {
      if (i + v.words.length > words.length || !covers(v.words.length, words.length)) continue;
      if (
        best &&
        (v.words.length < best.words.length || (v.words.length === best.words.length && v.order > best.order))
      )
        continue;
      if (v.words.every((w, k) => words[i + k] === w)) best = v;
    }
  }
  return best ? { entry: best.entry, variant: best.words.join(' '), whole: best.words.length === words.length } : null;
}

/**
 * The canonical key of an indicator name when the whole name is one of the dictionary's variants
 * (`Thu ngân sách nhà nước trên địa bàn` and `Thu ngân sách` give the same key); null otherwise — a
 * name that only contains a variant (`Thu ngân sách từ kinh tế tư nhân`) is another indicator.
 * @example canonicalKey('Thu NSNN trên địa bàn') === canonicalKey('Thu ngân sách') // → true
 */
export function canonicalKey(name: string): string | null {
  const match = lookup(name);
  return match?.whole ? match.entry.key : null;
}
