/**
 * Money units (đồng, nghìn đồng, triệu đồng, tỷ đồng) through mathjs units, so a target typed as
 * `25,3 tỷ` in a row kept in `Triệu đồng` is compared in the same unit. Counts (hộ, người, hồ sơ,
 * đồng chí…) are never converted: they are not money.
 */
import { create, createUnitDependencies, unitDependencies } from 'mathjs';
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

const SPELLINGS: [RegExp, MoneyUnit][] = [
  // `tỷ lệ` (rate) is not `tỷ` (billion).
  [/^(?:ty|ty dong|ty d|ty vnd|ti|ti dong|tyd)(?:\s(?!le\b)|$)/, 'tydong'],
  [/^(?:trieu|trieu dong|tr dong|tr d|trd|tr|trieu vnd|tr vnd)(?:\s|$)/, 'trieudong'],
  [/^(?:nghin|nghin dong|ngan|ngan dong|ng d|1000 dong|1 000 dong|1000d|nghin vnd)(?:\s|$)/, 'nghindong'],
  // `đồng chí` (comrades) is a count, not money.
  [/^(?:dong|d|vnd|vn d)(?:\s(?!chi\b)|$)/, 'dong'],
];

/**
 * The money unit a unit text names, or null when it is not money.
 * @example moneyUnitOf('Tr.đồng') // → 'trieudong'
 * @example moneyUnitOf('Tỷ lệ') // → null
 * @example moneyUnitOf('đồng chí') // → null
 */
export function moneyUnitOf(unit: string | undefined): MoneyUnit | null {
  if (!unit) return null;
  const folded = foldText(unit);
  for (const [re, u] of SPELLINGS) if (re.test(folded)) return u;
  return null;
}

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
