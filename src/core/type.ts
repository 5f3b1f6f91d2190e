/**
 * Typing an indicator (DOMAIN.md §3): value kind, direction, and each target resolved to
 * min/max/range/zero/rating/boolean.
 *
 * Rules chosen where the spec is silent:
 * - A unit in another currency (`Triệu USD`, `Nghìn USD`) is an amount, not money in đồng: it is never
 *   converted or written in đồng; a scale before another word (`Triệu người`, `Nghìn lượt`) is a count.
 * - The values decide before the unit: a ratio (`42/50`) makes a `ratio`, a rating a `rating`,
 *   a yes/no a `boolean`; then the unit; with no unit, a money unit typed with a value (`25,3 tỷ`)
 *   makes an `amount` (kept in that unit), a `%` typed in a value or a name opening with `Tỷ lệ` a
 *   `rate`, anything else a `count`.
 * - A direction override from the task pane wins over every rule.
 * - After the table's own words (its `Chiều` column, its unit and values, the target's words and
 *   explicit words of the name: `giảm còn`, `không quá`, `dưới 5`, a name opening with `Giảm`), the
 *   indicator dictionary (`./dictionary`) decides; then the name's words of poverty, accidents,
 *   crime…; only then is a direction or kind inferred (higher is better, a count), and the indicator
 *   says so (`directionSource`/`kindSource` = `inferred`) so that the report can name it.
 * - A Chiều cell reads `Tăng`/`↑`/`+`/`cao hơn` as increase, `Giảm`/`↓`/`thấp hơn` as decrease; an
 *   empty cell, `-` or `x` says nothing (no value), so the next rule decides.
 */
import type {
  Direction,
  DirectionSource,
  GrowthTarget,
  KindSource,
  ParsedValue,
  RangeAim,
  RelativeTarget,
  ResolvedTarget,
  Target,
  TargetKind,
  ValueKind,
} from './indicator';
import { moneyUnitOf, type MoneyUnit } from './money';
import { cleanFloat, foldText, hasPhrase, plainLower } from './text';
import { isBlankCell } from './values';
import { lookup } from './dictionary';
import { rangeAim } from './figures';

const RATE_UNITS = new Set(['%', '‰', 'ty le', 'ty le %', 'phan tram', 'ti le']);

/** An amount in another currency (`Triệu USD`): an amount, never converted to or written as đồng. */
const FOREIGN_CURRENCY = /\b(?:usd|eur|do la|yen|nhan dan te)\b/;

const LOWER_IS_BETTER = [
  'ho ngheo',
  'ho can ngheo',
  'suy dinh duong',
  'tai nan',
  'pham phap',
  'toi pham',
  'vi pham',
  'chay no',
  'o nhiem',
  'no dong',
  'that nghiep',
  'bo hoc',
  'khong hoan thanh',
];

/**
 * Value kind of an indicator from its values and unit.
 * @example valueKindOf('Triệu đồng', 'Thu ngân sách', []) // → 'amount'
 */
export function valueKindOf(unit: string, name: string, values: (ParsedValue | Target | null)[]): ValueKind {
  return valueKindWithSource(unit, name, values).kind;
}

/** Dictionary kinds a row of untyped numbers can take (a rating or yes/no needs its words typed). */
const NUMERIC_KINDS: ReadonlySet<ValueKind> = new Set(['amount', 'count', 'rate']);

/**
 * Value kind and where it came from: the values or unit (`table`), a name opening with `Tỷ lệ`
 * (`name`), the dictionary, else a count `inferred`.
 * @example valueKindWithSource('', 'Bảo hiểm y tế', []) // → { kind: 'rate', source: 'dictionary' }
 */
export function valueKindWithSource(
  unit: string,
  name: string,
  values: (ParsedValue | Target | null)[],
): { kind: ValueKind; source: KindSource } {
  let ratio = false;
  let rating = false;
  let yesNo = false;
  for (const v of values) {
    if (v === null) continue;
    if (v.kind === 'ratio') ratio = true;
    else if (v.kind === 'rating') rating = true;
    // `Giữ vững` as a target keeps a level as well as a title: the values decide.
    else if (v.kind === 'boolean' && !('keep' in v && v.keep)) yesNo = true;
  }
  if (ratio) return { kind: 'ratio', source: 'table' };
  if (rating) return { kind: 'rating', source: 'table' };
  if (yesNo) return { kind: 'boolean', source: 'table' };
  const folded = foldText(unit);
  if (folded) {
    if (RATE_UNITS.has(folded) || folded.startsWith('%')) return { kind: 'rate', source: 'table' };
    return { kind: moneyUnitOf(unit) || FOREIGN_CURRENCY.test(folded) ? 'amount' : 'count', source: 'table' };
  }
  if (typedMoneyUnit(values)) return { kind: 'amount', source: 'table' };
  if (values.some((v) => v !== null && v.kind === 'number' && v.percent)) return { kind: 'rate', source: 'table' };
  if (/^ty le\b|^ti le\b/.test(foldText(name))) return { kind: 'rate', source: 'name' };
  const known = lookup(name)?.entry.kind;
  if (known && NUMERIC_KINDS.has(known)) return { kind: known, source: 'dictionary' };
  return { kind: 'count', source: 'inferred' };
}

/**
 * The first money unit typed with a value or a target of a row (`25,3 tỷ` → tỷ đồng), if any.
 * @example typedMoneyUnit([parseValue('25,3 tỷ')]) // → 'tydong'
 */
export function typedMoneyUnit(values: (ParsedValue | Target | null)[]): MoneyUnit | null {
  for (const v of values) {
    const unit = v && 'unit' in v ? v.unit : undefined;
    const money = moneyUnitOf(unit);
    if (money) return money;
  }
  return null;
}

/** Direction words of a `Chiều` column cell. */
export function directionFromCell(value: unknown): Direction | null {
  // `-` in a Chiều column is "no value" (DOMAIN.md §2), not a minus sign meaning Giảm.
  if (typeof value !== 'string' || isBlankCell(value)) return null;
  const f = plainLower(value).trim();
  if (/^(?:tang|↑|cao hon|cang cao cang tot|\+)/.test(f)) return 'increase';
  if (/^(?:giam|↓|thap hon|cang thap cang tot|-)/.test(f)) return 'decrease';
  return null;
}

/** Actions against what is lower-is-better: `điều tra khám phá … phạm pháp` is higher-is-better. */
const ACTIONS_AGAINST = [
  'thoat ngheo',
  'dieu tra',
  'kham pha',
  'xu ly',
  'giai quyet',
  'triet pha',
  'bat giu',
  'khac phuc',
];

/** Each action with its words left undone: `chưa xử lý`, `không giải quyết` are lower-is-better again. */
const ACTIONS_UNDONE = ACTIONS_AGAINST.map((action) => ({ action, undone: [`chua ${action}`, `khong ${action}`] }));

/** The action is done, not left undone. */
function actedAgainst(folded: string, { action, undone }: (typeof ACTIONS_UNDONE)[number]): boolean {
  return hasPhrase(folded, action) && !hasPhrase(folded, undone[0]) && !hasPhrase(folded, undone[1]);
}

/** `Giảm còn`, `giảm xuống`, `không quá`, `tối đa`, `dưới 2%`: the name states a cap (`dưới 5 tuổi` does not). */
const CAP_WORDS = /\b(?:giam con|giam xuong|khong qua|khong vuot qua|toi da|duoi \d+(?: \d+)? ?[%‰])/;
/** `Mức giảm`, `Tỷ lệ giảm`, `Số giảm` or a name opening with `Giảm`: the size of a reduction. */
const REDUCTION_WORDS = /^(?:giam|muc giam|ty le giam|ti le giam|so giam)\b/;

/**
 * Direction stated by explicit words of the name: acting against what is lower-is-better
 * (`thoát nghèo`, `điều tra khám phá`, `xử lý vi phạm`) or the size of a reduction (`Giảm tỷ lệ hộ
 * nghèo`, `Mức giảm …`) is higher-is-better; a cap in the name (`… giảm còn dưới 2%`) lower.
 */
function directionFromWords(name: string): Direction | null {
  const folded = foldText(name);
  if (CAP_WORDS.test(folded)) return 'decrease';
  if (ACTIONS_UNDONE.some((w) => actedAgainst(folded, w)) || REDUCTION_WORDS.test(folded)) return 'increase';
  return null;
}

/**
 * Direction implied by the name alone (DOMAIN.md §3): its explicit words, then the dictionary, then
 * the words of poverty, accidents, crime… (lower is better); higher is better when none says.
 */
export function directionFromName(name: string): Direction {
  return directionFromNameWithSource(name).direction;
}

function directionFromNameWithSource(name: string): { direction: Direction; source: DirectionSource } {
  const stated = directionFromWords(name);
  if (stated) return { direction: stated, source: 'name' };
  const known = lookup(name);
  if (known) return { direction: known.entry.direction, source: 'dictionary' };
  const folded = foldText(name);
  if (LOWER_IS_BETTER.some((w) => hasPhrase(folded, w))) return { direction: 'decrease', source: 'name' };
  return { direction: 'increase', source: 'inferred' };
}

/**
 * Direction: the `Chiều` column; then a `max` or `zero` target (a relative `Giảm …` target is a
 * max), or a relative `Tăng …` target; then the name; else higher is better.
 */
export function directionOf(name: string, cellDirection: Direction | null, targets: (Target | null)[]): Direction {
  return directionWithSource(name, cellDirection, targets).direction;
}

/**
 * The direction and where it came from: `table` (the Chiều column), `target` (its words), `name`
 * (explicit words), `dictionary`, else `inferred`.
 * @example directionWithSource('Số hộ tái nghèo', null, []) // → { direction: 'decrease', source: 'dictionary' }
 */
export function directionWithSource(
  name: string,
  cellDirection: Direction | null,
  targets: (Target | null)[],
): { direction: Direction; source: DirectionSource } {
  if (cellDirection) return { direction: cellDirection, source: 'table' };
  const lowerTarget = (t: Target | null) =>
    t !== null && (t.kind === 'max' || t.kind === 'zero' || (t.kind === 'relative' && t.change === 'decrease'));
  if (targets.some(lowerTarget)) return { direction: 'decrease', source: 'target' };
  // `Tăng 5% so với cùng kỳ`, `Không dưới 90%`, `Trên 50` say which way is better, whatever the name.
  const higherTarget = (t: Target | null) =>
    t !== null && ((t.kind === 'relative' && t.change === 'increase') || t.kind === 'growth' || t.kind === 'min');
  if (targets.some(higherTarget)) return { direction: 'increase', source: 'target' };
  const byName = directionFromNameWithSource(name);
  // Where nothing else says, a plain 0 is a cap: nobody sets "at least 0" (`Số vụ việc …`: 0).
  // A known higher-is-better name with a 0 target stays so (T = 0 on a min: không đánh giá).
  if (byName.source === 'inferred' && targets.some((t) => t?.kind === 'plain' && t.value === 0))
    return { direction: 'decrease', source: 'target' };
  return byName;
}

/** The figures a relative target is stated against, for one period. */
export interface TargetBases {
  assigned: number | null;
  previous: number | null;
  /** Rates change by percentage points, other values by % of the base. */
  points: boolean;
}

/**
 * A plain target becomes `min` when higher is better, `max` when lower is better; a relative one
 * becomes a number derived from its base (null when the base is missing):
 * `Vượt/Tăng X%` → min base×(1+X%), `Vượt X-Y%` → range, `Giảm X%` (or `X-Y%`: the smaller
 * reduction) → max base×(1−X%); for rates X is in percentage points.
 */
export function resolveTarget(
  t: Target | null,
  direction: Direction,
  bases?: TargetBases,
  steadyName = false,
): ResolvedTarget | null {
  if (!t) return null;
  if (t.kind === 'range') return aimedRange(t, rangeAim(direction, steadyName || !!t.steady));
  if (t.kind === 'relative') return bases ? resolveRelative(t, bases) : null;
  if (t.kind === 'growth') return bases ? resolveGrowth(t, bases) : null;
  if (t.kind === 'boolean' && t.keep && bases && bases.previous !== null)
    return resolveRelative(keptLevel(t, direction), bases);
  if (t.kind !== 'plain') return t;
  // A cap of 0 on what is lower-is-better (`Số vụ ngộ độc thực phẩm`: 0) is "none": 0 is đạt.
  if (t.value === 0 && direction === 'decrease' && !t.byEnd) return { kind: 'zero', text: t.text };
  const kind = direction === 'increase' ? 'min' : 'max';
  // A literal of fixed shape, not a spread: this runs for every period of every indicator.
  const resolved: ResolvedTarget & { kind: 'min' | 'max' } = {
    kind,
    value: t.value,
    strict: false,
    text: t.text,
    average: t.average,
  };
  if (t.unit !== undefined) resolved.unit = t.unit;
  if (t.byEnd) resolved.byEnd = true;
  return resolved;
}

/** A typed range with its better side; the typed target carries none. */
function aimedRange(t: Target & { kind: 'range' }, aim: RangeAim | undefined): ResolvedTarget {
  return aim ? { ...t, aim } : t;
}

/**
 * A name that states a level to keep (`Tỷ lệ tăng dân số tự nhiên ổn định`, `Duy trì mức sinh
 * thay thế`): a range on it is met only inside (`figures.rangeAim`).
 */
export function steadyName(name: string): boolean {
  const f = foldText(name);
  return hasPhrase(f, 'on dinh') || /^duy tri\b/.test(f);
}

/**
 * A year's growth target: for an amount or a count, `Tăng 8%/năm` is `Tăng 8% so với cùng kỳ` (the
 * year-over-year change against the rate); for a rate (`Tốc độ tăng trưởng`, already a growth in %)
 * it is the level to reach, a yearly average.
 */
function resolveGrowth(t: GrowthTarget, bases: TargetBases): ResolvedTarget | null {
  if (bases.points) return { kind: 'min', value: t.rate, strict: false, text: t.text, average: true };
  return resolveRelative(
    { kind: 'relative', change: 'increase', low: t.rate, high: t.rate, base: 'previous', text: t.text },
    bases,
  );
}

function resolveRelative(t: RelativeTarget, bases: TargetBases): ResolvedTarget | null {
  const base = t.base === 'assigned' ? bases.assigned : bases.previous;
  if (base === null) return null;
  const sign = t.change === 'increase' ? 1 : -1;
  const at = (pct: number) => cleanFloat(bases.points ? base + sign * pct : base * (1 + (sign * pct) / 100));
  const derived = { base: t.base, low: sign * t.low, high: sign * t.high, points: bases.points };
  if (t.change === 'decrease')
    return { kind: 'max', value: at(t.low), strict: false, text: t.text, average: false, derived };
  if (t.high > t.low) return { kind: 'range', low: at(t.low), high: at(t.high), text: t.text, average: false, derived };
  return { kind: 'min', value: at(t.low), strict: false, text: t.text, average: false, derived };
}

/** `Giữ vững` (`Duy trì`) with no number as the target of a figure, not of a title. */
export function keepsLevel(t: Target | null, valueKind: ValueKind): boolean {
  return t !== null && t.kind === 'boolean' && t.keep === true && NUMERIC_KINDS.has(valueKind);
}

/**
 * `Giữ vững` with no number on a figure: last year's level kept — not below it, or not above it
 * where lower is better.
 */
function keptLevel(t: Target & { kind: 'boolean' }, direction: Direction): RelativeTarget {
  const change = direction === 'decrease' ? 'decrease' : 'increase';
  return { kind: 'relative', change, low: 0, high: 0, base: 'previous', text: t.text };
}

/**
 * The kind a target resolves to, without building the resolved target. `Giữ vững` is yes/no on a
 * title (`Đạt chuẩn văn minh đô thị`), and on a figure the level kept (`min`, `max` where lower is
 * better), whether or not last year's figure is there to resolve it.
 */
export function resolvedKind(t: Target | null, direction: Direction, valueKind?: ValueKind): TargetKind | null {
  if (!t) return null;
  if (t.kind === 'boolean' && valueKind !== undefined && keepsLevel(t, valueKind))
    return resolvedKind(keptLevel(t, direction), direction);
  if (t.kind === 'relative') return t.change === 'decrease' ? 'max' : t.high > t.low ? 'range' : 'min';
  if (t.kind === 'growth') return 'min';
  if (t.kind !== 'plain') return t.kind;
  if (t.value === 0 && direction === 'decrease' && !t.byEnd) return 'zero';
  return direction === 'increase' ? 'min' : 'max';
}
