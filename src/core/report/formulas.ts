/**
 * Excel formula text for the summary sheet: references to source cells with sheet names quoted
 * correctly, and the typed formulas of DOMAIN.md §4 written the way Excel, LibreOffice and
 * HyperFormula all evaluate them.
 */
import { columnLetters } from '../grid';
import type { ResolvedTarget } from '../indicator';
import { OUTLOOK_TEXT, PROGRESS_TEXT, STATUS_TEXT } from './model';

/**
 * A sheet name as it stands in a formula: always quoted, inner quotes doubled.
 * @example quoteSheet("Chỉ tiêu 2020") // → "'Chỉ tiêu 2020'"
 * @example quoteSheet("Bà O'Hara") // → "'Bà O''Hara'"
 */
export function quoteSheet(name: string): string {
  let quoted = QUOTED.get(name);
  if (quoted === undefined) QUOTED.set(name, (quoted = `'${name.replace(/'/g, "''")}'`));
  return quoted;
}
/** The quoted names met so far: a workbook has a few sheets and the sheet names them on every row. */
const QUOTED = new Map<string, string>();

/**
 * A cell as Excel writes it in a reference it shows: the sheet quoted only when it must be (not a
 * plain name of letters, digits, `_`, `.`, or a name Excel would take for a cell: `AB12`, `R1C1`).
 * @example qualifiedCell('Sheet1', 'E8') // → 'Sheet1!E8'
 * @example qualifiedCell('Chỉ tiêu 2020', 'G15') // → "'Chỉ tiêu 2020'!G15"
 */
export function qualifiedCell(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^([a-z]{1,3}\d+|r\d*c?\d*|c\d*)$/i.test(sheet);
  return `${plain ? sheet : quoteSheet(sheet)}!${cell}`;
}

/** `'Sheet'!E8` */
export function sheetRef(sheet: string, row: number, col: number): string {
  return `${columnRef(sheet, col)}${row + 1}`;
}

/** `'Sheet'!E`: how a reference to a source column starts, built once per column met. */
function columnRef(sheet: string, col: number): string {
  let columns = COLUMN_REFS.get(sheet);
  if (columns === undefined) COLUMN_REFS.set(sheet, (columns = []));
  return (columns[col] ??= `${quoteSheet(sheet)}!${columnLetters(col)}`);
}
const COLUMN_REFS = new Map<string, string[]>();

/** A string literal inside a formula. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The words a status formula writes for each outcome (literals). */
export interface StatusWords {
  vuot: string;
  dat: string;
  chua: string;
  /** A figure missing. */
  kdg: string;
  /** A `min` target of 0 (nothing to judge against). */
  kdgZero: string;
}

const S: StatusWords = {
  vuot: literal(STATUS_TEXT.vuot),
  dat: literal(STATUS_TEXT.dat),
  chua: literal(STATUS_TEXT.chua_dat),
  kdg: literal(STATUS_TEXT.khong_danh_gia),
  kdgZero: literal(STATUS_TEXT.khong_danh_gia),
};
const DTT = literal(STATUS_TEXT.dang_thuc_hien);

/**
 * The words of a partial period's accumulating figure against its year's target (§7.4, the rule of
 * `figures.partialStatus`): higher is better — not reached yet is `Đang thực hiện`; lower is better
 * — within the cap so far is `Đang thực hiện`, past it `Chưa đạt`.
 */
export function partialWords(direction: 'increase' | 'decrease'): Partial<StatusWords> {
  return direction === 'increase' ? { chua: DTT } : { vuot: DTT, dat: DTT };
}

/**
 * The words of a term-in-progress status (§7.5): met now stays `Vượt`/`Đạt`, the rest is
 * `Đang thực hiện`; a lower-is-better total (a cap over the term) is `Chưa đạt` once past the cap.
 */
export function termInProgressWords(cap: boolean): Partial<StatusWords> {
  return cap ? { vuot: DTT, dat: DTT } : { chua: DTT, kdgZero: DTT };
}

/** The words of a term-in-progress outlook when the projection is judged (§7.5). */
const PROJECTED: Partial<StatusWords> = {
  vuot: literal(OUTLOOK_TEXT.co_kha_nang_dat),
  dat: literal(OUTLOOK_TEXT.co_kha_nang_dat),
  chua: literal(OUTLOOK_TEXT.kho_dat),
  kdg: literal(OUTLOOK_TEXT.kho_dat),
  kdgZero: literal(OUTLOOK_TEXT.kho_dat),
};

/** `=IFERROR(ROUND(a/t*100,1),"")` */
export function pctFormula(a: string, t: string, decimals: number): string {
  return `=IFERROR(ROUND(${a}/${t}*100,${decimals}),"")`;
}

/** Year-over-year change in %: `=IFERROR(ROUND((a/p-1)*100,1),"")`. */
export function yoyPctFormula(a: string, prev: string, decimals: number): string {
  return `=IFERROR(ROUND((${a}/${prev}-1)*100,${decimals}),"")`;
}

/** Difference `a − b` rounded, blank when either is missing. */
export function differenceFormula(a: string, b: string, decimals: number): string {
  return `=IF(COUNT(${a},${b})<2,"",ROUND(${a}-${b},${decimals}))`;
}

function eq(a: string, t: string): string {
  return `ABS(${a}-${t})<=0.000000001*MAX(1,ABS(${t}))`;
}

/**
 * Status text formula for a numeric target kind, given expressions for the actual and the target
 * (the same rules as `figures.statusOf`). Null for kinds the sheet shows as engine text.
 */
export function statusFormula(
  kind: ResolvedTarget,
  a: string,
  t: string,
  words: Partial<StatusWords> = {},
): string | null {
  const W = { ...S, ...words };
  const missing = `OR(NOT(ISNUMBER(${a})),NOT(ISNUMBER(${t})))`;
  switch (kind.kind) {
    case 'min': {
      const body = kind.strict
        ? `IF(AND(${a}>${t},NOT(${eq(a, t)})),${W.vuot},${W.chua})`
        : `IF(${eq(a, t)},${W.dat},IF(${a}>${t},${W.vuot},${W.chua}))`;
      return `=IF(${missing},${W.kdg},IF(${t}=0,${W.kdgZero},${body}))`;
    }
    case 'max': {
      const body = kind.strict
        ? `IF(AND(${a}<${t},NOT(${eq(a, t)})),${W.vuot},${W.chua})`
        : `IF(${eq(a, t)},${W.dat},IF(${a}<${t},${W.vuot},${W.chua}))`;
      return `=IF(${missing},${W.kdg},${body})`;
    }
    case 'range': {
      const lo = String(kind.low);
      const hi = String(kind.high);
      // Below, above: the sides of `figures.rangeStatus`, each side's word by the range's aim.
      const below = kind.aim === 'lower' ? W.vuot : W.chua;
      const above = kind.aim === undefined ? W.vuot : W.chua;
      return `=IF(NOT(ISNUMBER(${a})),${W.kdg},IF(AND(${a}<${lo},NOT(${eq(a, lo)})),${below},IF(AND(${a}>${hi},NOT(${eq(a, hi)})),${above},${W.dat})))`;
    }
    case 'zero':
      return `=IF(NOT(ISNUMBER(${a})),${W.kdg},IF(ABS(${a})<=0.000000001,${W.dat},${W.chua}))`;
    default:
      return null;
  }
}

/** Share of the year elapsed by a partial period, `=ROUND(9/12*100,1)` (§7.4). */
export function elapsedFormula(months: number, decimals: number): string {
  return `=ROUND(${months}/12*100,${decimals})`;
}

/**
 * Keeping pace (§7.4, `figures.progressOf`): the share done A / T × 100 at least the time elapsed
 * (higher is better) or at most it (lower is better); blank without both figures. Unrounded, so it
 * agrees with the engine where the shown % rounds across the elapsed share.
 */
export function progressFormula(a: string, t: string, months: number, direction: 'increase' | 'decrease'): string {
  const share = `${a}/${t}*100`;
  const elapsed = `${months}/12*100`;
  const onPace = direction === 'increase' ? `${share}>=${elapsed}-0.000000001` : `${share}<=${elapsed}+0.000000001`;
  const yes = literal(PROGRESS_TEXT.dat_tien_do);
  const no = literal(PROGRESS_TEXT.cham_tien_do);
  return `=IF(COUNT(${a},${t})<2,"",IFERROR(IF(${onPace},${yes},${no}),""))`;
}

/**
 * Outlook of a term in progress (§7.5, `figures.outlookOf`) from its status cell and — where the
 * target is numeric — the projection judged against the term target: `Đã đạt` when met now,
 * `Khó đạt` when it can no longer be met, else `Có khả năng đạt` if the projection meets it.
 */
export function outlookFormula(
  status: string,
  projected: { spec: ResolvedTarget; a: string; t: string } | null,
): string {
  const judged = projected ? statusFormula(projected.spec, projected.a, projected.t, PROJECTED) : null;
  const onCourse = judged ? judged.slice(1) : literal(OUTLOOK_TEXT.kho_dat);
  const met = `OR(${status}=${S.vuot},${status}=${S.dat})`;
  return `=IF(${met},${literal(OUTLOOK_TEXT.da_dat)},IF(${status}=${DTT},${onCourse},IF(${status}=${S.chua},${literal(OUTLOOK_TEXT.kho_dat)},"")))`;
}

/**
 * The latest actual moved on to the term's end in a straight line (§7.5, `figures.linearProjection`):
 * `latest + (latest − first) / (tLatest − tFirst) × (tEnd − tLatest)` as an expression; points in
 * time are constants (where each period ends), the actuals are cells.
 */
export function linearProjection(
  first: { cell: string; at: number },
  latest: { cell: string; at: number },
  end: number,
): string {
  if (latest.at <= first.at) return latest.cell;
  return `${latest.cell}+(${latest.cell}-${first.cell})/(${latest.at}-${first.at})*(${end}-${latest.at})`;
}
