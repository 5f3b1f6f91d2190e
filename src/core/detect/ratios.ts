/**
 * What a typed ratio column divides (DOMAIN.md §5): a `%` column is checked against the two
 * columns it names, never against a pair it does not name.
 *
 * Rules chosen where the spec is silent:
 * - The column-number row under the header decides first: `4=3/2`, `5=4/3*100`, `(3)=(2)/(1)` say
 *   the ratio column is column 3 over column 2 of that row's numbering (any two columns, whatever
 *   their role). A formula that is no quotient (`4=3-2`) names no pair.
 * - Otherwise the header's own words: two sides joined by `/`, `với`, `so với` (`So sánh ƯTH/KH`,
 *   `So sánh năm 2026 với ƯTH năm 2025`, `DT 2026 với UTH 2025 (%)`, `ƯTH 2025/TH 2024`). When a
 *   side names a year, each side must match exactly one target/actual/cùng kỳ column by its year,
 *   its figure word (`DT`/`KH` a target, `TH`/`ƯTH` an actual, `cùng kỳ`) and an estimate mark;
 *   when no side names a year (`TH/KH`), the column is the achievement of its period, as §5 says.
 * - A ratio column that names operands chitieu cannot pin down is not checked (one notice says
 *   so): a wrong pair would make false findings.
 */
import type { GridView } from '../grid';
import { foldText } from '../text';
import { periodOf } from './period';
import { classifyHeader, type ColumnRole } from './vocabulary';

/** The two columns a ratio column divides: numerator / denominator × 100. */
export interface Operands {
  numerator: number;
  denominator: number;
}

/** The columns a ratio reads: its own role, the text, the period. */
interface OperandColumn {
  col: number;
  role: ColumnRole | 'year';
  ownText: string;
  estimated: boolean;
  period: { year: string; label: string; span?: unknown } | null;
}

/** `4`, `(4)`, `A` then an optional `= formula`. */
const NUMBERED = /^\(?([0-9A-Za-z]{1,2})\)?\s*(?:=\s*(.+))?$/;
/** `3/2`, `(3)/(2)`, `4/3*100`, `4:3x100%`. */
const QUOTIENT = /^\(?([0-9A-Za-z]{1,2})\)?\s*[/:]\s*\(?([0-9A-Za-z]{1,2})\)?\s*(?:[*x×]\s*100\s*%?)?$/;

interface ColumnNumber {
  label: string;
  formula: string | null;
}

/** The column-number row's label and formula of each column. */
export function columnNumbers(view: GridView, row: number): Map<number, ColumnNumber> {
  const out = new Map<number, ColumnNumber>();
  (view.grid.values[row] ?? []).forEach((v, col) => {
    if (v === null || v === undefined) return;
    const m = NUMBERED.exec(String(v).trim());
    if (m) out.set(col, { label: m[1].toUpperCase(), formula: m[2]?.trim() ?? null });
  });
  return out;
}

/** The columns a formula of the column-number row divides; null when it is no quotient of two labels. */
function formulaOperands(formula: string, numbers: Map<number, ColumnNumber>): Operands | null {
  const m = QUOTIENT.exec(formula);
  if (!m) return null;
  const colOf = (label: string) => [...numbers].filter(([, n]) => n.label === label.toUpperCase()).map(([c]) => c);
  const num = colOf(m[1]);
  const den = colOf(m[2]);
  return num.length === 1 && den.length === 1 ? { numerator: num[0], denominator: den[0] } : null;
}

/** One side of a comparison header: its year, its figure word, an estimate mark. */
interface Side {
  year: string;
  label: string;
  role: 'target' | 'actual' | 'previousActual' | null;
  estimated: boolean;
}

const SIDE_ROLES: ReadonlySet<string> = new Set(['target', 'actual', 'previousActual']);
/** `Dự toán` abbreviated (`DT 2026`), beside the vocabulary's figure words. */
const BUDGET = /^(?:dt|du toan)\b/;
const LEAD = /^(?:so sanh|ty le|ti le)\s+/;

function sideOf(text: string): Side | null {
  const folded = foldText(text).replace(/%/g, '').replace(LEAD, '').trim();
  if (!folded) return null;
  const period = periodOf(folded);
  const role = BUDGET.test(folded) ? 'target' : classifyHeader(folded);
  const figure = role && SIDE_ROLES.has(role) ? (role as Side['role']) : null;
  if (!figure && !period?.year) return null;
  return {
    year: period?.year ?? '',
    label: period?.label ?? '',
    role: figure,
    estimated: /\b(?:uoc|uth)\b/.test(folded),
  };
}

/**
 * The two sides a header compares (`So sánh năm 2026 với ƯTH năm 2025`, `ƯTH 2025/TH 2024`), or
 * null when it names no two.
 */
export function comparedSides(text: string): [Side, Side] | null {
  const plain = text.replace(/\(%\)|%/g, ' ');
  let pieces = plain.split('/');
  if (pieces.length !== 2) pieces = foldText(plain).split(/\s+(?:so voi|voi|so)\s+/);
  if (pieces.length !== 2) return null;
  const a = sideOf(pieces[0]);
  const b = sideOf(pieces[1]);
  return a && b ? [a, b] : null;
}

/**
 * A header that compares two figures (`DT 2026 với UTH 2025 (%)`, `ƯTH 2025/TH 2024`, `Thực hiện/Kế
 * hoạch`) is a ratio column: the sides differ in year or in kind (actual beside target), or the
 * text says `%`.
 */
export function isComparisonHeader(text: string): boolean {
  const sides = comparedSides(text);
  if (!sides) return false;
  const [a, b] = sides;
  return (
    (a.year !== '' && b.year !== '' && a.year !== b.year) ||
    (a.role !== b.role && a.role !== null && b.role !== null) ||
    /%/.test(text)
  );
}

function matchSide(side: Side, self: OperandColumn, columns: OperandColumn[]): number | null {
  let found = columns.filter((c) => c !== self && c.role !== 'year' && SIDE_ROLES.has(c.role));
  if (side.year) found = found.filter((c) => c.period && !c.period.span && c.period.year === side.year);
  if (side.label && side.label !== side.year) found = found.filter((c) => c.period?.label === side.label);
  if (side.role) found = found.filter((c) => c.role === side.role);
  if (found.length > 1) {
    const marked = found.filter((c) => c.estimated === side.estimated);
    if (marked.length > 0) found = marked;
  }
  return found.length === 1 ? found[0].col : null;
}

/**
 * The operands of a ratio column: the two columns it divides; `null` when it names operands that
 * cannot be pinned down; `undefined` when it names none (it is the achievement of its period).
 */
export function operandsOf(
  column: OperandColumn,
  columns: OperandColumn[],
  numbers: Map<number, ColumnNumber> | null,
): Operands | null | undefined {
  const formula = numbers?.get(column.col)?.formula;
  if (formula) return formulaOperands(formula.replace(/\s+/g, ''), numbers!);
  const sides = comparedSides(column.ownText);
  if (!sides || (!sides[0].year && !sides[1].year)) return undefined;
  // A side without a year takes the ratio column's own period (`Năm 2019` over `TH/KH`).
  const own = column.period && !column.period.span && column.period.year ? column.period : null;
  if (own) for (const side of sides) if (!side.year) Object.assign(side, { year: own.year, label: own.label });
  const numerator = matchSide(sides[0], column, columns);
  const denominator = matchSide(sides[1], column, columns);
  return numerator !== null && denominator !== null && numerator !== denominator ? { numerator, denominator } : null;
}
