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
 * - A Chiều cell reads `Tăng`/`↑`/`+`/`cao hơn` as increase, `Giảm`/`↓`/`thấp hơn` as decrease; an
 *   empty cell, `-` or `x` says nothing (no value), so the next rule decides.
 */
import type {
  Direction,
  ParsedValue,
  RelativeTarget,
  ResolvedTarget,
  Target,
  TargetKind,
  ValueKind,
} from './indicator';
import { moneyUnitOf, type MoneyUnit } from './money';
import { cleanFloat, foldText, hasPhrase, plainLower } from './text';
import { isBlankCell } from './values';

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
  let ratio = false;
  let rating = false;
  let yesNo = false;
  for (const v of values) {
    if (v === null) continue;
    if (v.kind === 'ratio') ratio = true;
    else if (v.kind === 'rating') rating = true;
    else if (v.kind === 'boolean') yesNo = true;
  }
  if (ratio) return 'ratio';
  if (rating) return 'rating';
  if (yesNo) return 'boolean';
  const folded = foldText(unit);
  if (folded) {
    if (RATE_UNITS.has(folded) || folded.startsWith('%')) return 'rate';
    if (moneyUnitOf(unit) || FOREIGN_CURRENCY.test(folded)) return 'amount';
    return 'count';
  }
  if (typedMoneyUnit(values)) return 'amount';
  const typedPercent = values.some((v) => v !== null && v.kind === 'number' && v.percent);
  if (typedPercent || /^ty le\b|^ti le\b/.test(foldText(name))) return 'rate';
  return 'count';
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

/** The action is done, not left undone (`chưa xử lý`, `không giải quyết` are lower-is-better again). */
function actedAgainst(folded: string, action: string): boolean {
  return hasPhrase(folded, action) && !hasPhrase(folded, `chua ${action}`) && !hasPhrase(folded, `khong ${action}`);
}

/**
 * Direction implied by the name alone (DOMAIN.md §3): poverty, accidents, crime… are lower-is-better;
 * acting against them (`thoát nghèo`, `điều tra khám phá`, `xử lý vi phạm`) is higher-is-better.
 */
export function directionFromName(name: string): Direction {
  const folded = foldText(name);
  if (ACTIONS_AGAINST.some((w) => actedAgainst(folded, w)) || folded.startsWith('giam ')) return 'increase';
  return LOWER_IS_BETTER.some((w) => hasPhrase(folded, w)) ? 'decrease' : 'increase';
}

/**
 * Direction: the `Chiều` column; then a `max` or `zero` target (a relative `Giảm …` target is a
 * max), or a relative `Tăng …` target; then the name; else higher is better.
 */
export function directionOf(name: string, cellDirection: Direction | null, targets: (Target | null)[]): Direction {
  if (cellDirection) return cellDirection;
  const lowerTarget = (t: Target | null) =>
    t !== null && (t.kind === 'max' || t.kind === 'zero' || (t.kind === 'relative' && t.change === 'decrease'));
  if (targets.some(lowerTarget)) return 'decrease';
  // `Tăng 5% so với cùng kỳ` says which way is better, whatever the name.
  if (targets.some((t) => t?.kind === 'relative' && t.change === 'increase')) return 'increase';
  return directionFromName(name);
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
export function resolveTarget(t: Target | null, direction: Direction, bases?: TargetBases): ResolvedTarget | null {
  if (!t) return null;
  if (t.kind === 'relative') return bases ? resolveRelative(t, bases) : null;
  if (t.kind !== 'plain') return t;
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

/** The kind a target resolves to, without building the resolved target. */
export function resolvedKind(t: Target | null, direction: Direction): TargetKind | null {
  if (!t) return null;
  if (t.kind === 'relative') return t.change === 'decrease' ? 'max' : t.high > t.low ? 'range' : 'min';
  if (t.kind !== 'plain') return t.kind;
  return direction === 'increase' ? 'min' : 'max';
}
