/**
 * Excel formula text for the summary sheet: references to source cells with sheet names quoted
 * correctly, and the typed formulas of DOMAIN.md §4 written the way Excel, LibreOffice and
 * HyperFormula all evaluate them.
 */
import { cellAddress } from '../grid';
import type { ResolvedTarget } from '../indicator';
import { STATUS_TEXT } from './model';

/**
 * A sheet name as it stands in a formula: always quoted, inner quotes doubled.
 * @example quoteSheet("Chỉ tiêu 2020") // "'Chỉ tiêu 2020'"
 * @example quoteSheet("Bà O'Hara") // "'Bà O''Hara'"
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Sheet'!E8` */
export function sheetRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${cellAddress(row, col)}`;
}

/** A string literal inside a formula. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const S = {
  vuot: literal(STATUS_TEXT.vuot),
  dat: literal(STATUS_TEXT.dat),
  chua: literal(STATUS_TEXT.chua_dat),
  kdg: literal(STATUS_TEXT.khong_danh_gia),
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
export function statusFormula(kind: ResolvedTarget, a: string, t: string): string | null {
  const missing = `OR(NOT(ISNUMBER(${a})),NOT(ISNUMBER(${t})))`;
  switch (kind.kind) {
    case 'min': {
      const body = kind.strict
        ? `IF(AND(${a}>${t},NOT(${eq(a, t)})),${S.vuot},${S.chua})`
        : `IF(${eq(a, t)},${S.dat},IF(${a}>${t},${S.vuot},${S.chua}))`;
      return `=IF(${missing},${S.kdg},IF(${t}=0,${S.kdg},${body}))`;
    }
    case 'max': {
      const body = kind.strict
        ? `IF(AND(${a}<${t},NOT(${eq(a, t)})),${S.vuot},${S.chua})`
        : `IF(${eq(a, t)},${S.dat},IF(${a}<${t},${S.vuot},${S.chua}))`;
      return `=IF(${missing},${S.kdg},${body})`;
    }
    case 'range': {
      const lo = String(kind.low);
      const hi = String(kind.high);
      return `=IF(NOT(ISNUMBER(${a})),${S.kdg},IF(AND(${a}<${lo},NOT(${eq(a, lo)})),${S.chua},IF(AND(${a}>${hi},NOT(${eq(a, hi)})),${S.vuot},${S.dat})))`;
    }
    case 'zero':
      return `=IF(NOT(ISNUMBER(${a})),${S.kdg},IF(ABS(${a})<=0.000000001,${S.dat},${S.chua}))`;
    default:
      return null;
  }
}
