/**
 * Excel's rules for a sheet's name, in one place for every host (the ExcelJS renderer, the package
 * injector and the add-in): at most 31 characters, none of `: \ / ? * [ ]`, no apostrophe at either
 * end, and names that differ only in case are the same name.
 */

/**
 * Workbook-level defined name that marks the sheets chitieu created (it points at their A1), so a
 * later run neither reads them as data nor keeps them: it replaces them. Excel keeps the name in
 * step when the user renames the sheet. Every host writes and reads the same mark.
 */
export const OWN_SHEET_MARK = 'chitieu.BaoCao';

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/** A sheet's name as Excel compares it (without case): equal keys, the same sheet. */
export function sheetNameKey(name: string): string {
  return name.toLocaleLowerCase('vi');
}

/** True when Excel takes `a` and `b` for the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

/**
 * `name` as Excel accepts it: each forbidden character becomes `-`, apostrophes at the ends and
 * surrounding spaces go, and it is cut to 31 characters (`fallback` when nothing is left).
 * @example validSheetName('Báo cáo 6/2020') // → 'Báo cáo 6-2020'
 * @example validSheetName("'Tổng hợp'") // → 'Tổng hợp'
 */
export function validSheetName(name: string, fallback = 'chitieu'): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/^[\s']+|[\s']+$/g, '')
    .slice(0, MAX_SHEET_NAME)
    .replace(/[\s']+$/, '');
  return cleaned || fallback;
}

/**
 * The first name among `base`, `base (2)`, `base (3)`… not taken (Excel compares names without
 * case), each made valid and cut so the suffix still fits in 31 characters.
 * @example freeSheetName(['Báo cáo chỉ tiêu', 'BÁO CÁO CHỈ TIÊU (2)'], 'Báo cáo chỉ tiêu') // → 'Báo cáo chỉ tiêu (3)'
 */
export function freeSheetName(taken: Iterable<string>, base: string): string {
  const names = [...taken];
  const valid = validSheetName(base);
  const numbered = (n: number) => {
    const suffix = ` (${n})`;
    return `${validSheetName(valid.slice(0, MAX_SHEET_NAME - suffix.length))}${suffix}`;
  };
  let name = valid;
  for (let n = 2; names.some((t) => sameSheetName(t, name)); n++) name = numbered(n);
  return name;
}
