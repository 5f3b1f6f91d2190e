/**
 * Money units (đồng, nghìn đồng, triệu đồng, tỷ đồng) through mathjs units, so a target typed as
 * `25,3 tỷ` in a row kept in `Triệu đồng` is compared in the same unit. Counts (hộ, người, hồ sơ,
 * đồng chí…) are never converted: they are not money.
 */
import { create, createUnitDependencies, unitDependencies } from 'mathjs';
import { memoByText } from './memo';
import { foldText } from './text';

/**
 * The mathjs instance with the money units, made on the first conversion between two different
 * units: creating it costs ~0.1 s, and most workbooks keep each row in one unit.
 */
let math: ReturnType<typeof create> | null = null;

function moneyMath(): ReturnType<typeof create> {
  if (math) return math;
  math = create({ createUnitDependencies, unitDependencies });
  math.createUnit('dong');
  math.createUnit('nghindong', '1000 dong');
  math.createUnit('trieudong', '1000000 dong');
  math.createUnit('tydong', '1000000000 dong');
  return math;
}

export type MoneyUnit = 'dong' | 'nghindong' | 'trieudong' | 'tydong';

/** The scale word opening a money unit; a misspelling counts only with the currency after it. */
const SCALES: [RegExp, MoneyUnit, boolean][] = [
  [/^(?:ty|ti)$/, 'tydong', true],
  [/^(?:trieu|tr)$/, 'trieudong', true],
  [/^(?:nghin|ngan|1000|1 000)$/, 'nghindong', true],
  [/^tieu$/, 'trieudong', false],
  [/^ng$/, 'nghindong', false],
];
/** The currency word: the đồng, and nothing else (`Triệu USD` is no money in đồng). */
const DONG = /^(?:dong|d|vnd|vn d)$/;
/** Spellings written as one word (`Trđ`, `Tỷđ`, `1000đ`). */
const GLUED: [RegExp, MoneyUnit][] = [
  [/^(?:tyd|tid)$/, 'tydong'],
  [/^trd$/, 'trieudong'],
  [/^(?:1000d|nghind)$/, 'nghindong'],
];

/**
 * A money unit is a scale (`tỷ`, `triệu`/`Tr`, `nghìn`/`1.000`) followed by the đồng, or alone; or
 * the đồng alone. A scale followed by another word (`Triệu USD`, `Triệu người`, `Nghìn lượt`,
 * `Tỷ lệ`) is not money; nor is `đồng chí` (comrades). Words after the đồng (`Triệu đồng/năm`)
 * keep it money. Common misspellings (`Tiệu đồng`) count when the đồng follows.
 */
function parseMoney(folded: string): MoneyUnit | null {
  const words = folded.split(' ');
  for (const [re, unit] of GLUED) if (re.test(words[0])) return unit;
  if (DONG.test(words[0])) return words[1] === 'chi' ? null : 'dong';
  for (const [re, unit, alone] of SCALES) {
    for (const n of [2, 1]) {
      const scale = words.slice(0, n).join(' ');
      if (!re.test(scale)) continue;
      const rest = words.slice(n);
      if (rest.length === 0) return alone ? unit : null;
      if (DONG.test(rest[0]) || DONG.test(rest.slice(0, 2).join(' '))) return unit;
      return null;
    }
  }
  return null;
}

/**
 * The money unit a unit text names, or null when it is not money.
 * @example moneyUnitOf('Tr.đồng') // → 'trieudong'
 * @example moneyUnitOf('Tỷ lệ') // → null
 * @example moneyUnitOf('đồng chí') // → null
 */
export function moneyUnitOf(unit: string | undefined): MoneyUnit | null {
  if (!unit) return null;
  return moneyUnitOfText(unit);
}

/** Each unit text is read once: a table has a handful of them over thousands of rows. */
const moneyUnitOfText = memoByText((unit) => parseMoney(foldText(unit)));

/** How sentences write each money unit, whatever spelling the sheet used (`Tr.đồng` → `triệu đồng`). */
export const MONEY_UNIT_WORDS: Record<MoneyUnit, string> = {
  dong: 'đồng',
  nghindong: 'nghìn đồng',
  trieudong: 'triệu đồng',
  tydong: 'tỷ đồng',
};

/**
 * Converts an amount between money units.
 * @example convertMoney(25.3, 'tydong', 'trieudong') // → 25300
 * @example convertMoney(1500, 'nghindong', 'trieudong') // → 1.5
 */
export function convertMoney(value: number, from: MoneyUnit, to: MoneyUnit): number {
  if (from === to) return value;
  return Number(moneyMath().unit(value, from).toNumber(to).toPrecision(15));
}
