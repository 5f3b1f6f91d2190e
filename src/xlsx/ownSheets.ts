/**
 * chitieu's own sheets in a package: the workbook-level defined name `OWN_SHEET_MARK` points at
 * the A1 of each sheet an earlier run created, so a later run neither reads them as data nor keeps
 * them (it replaces them). Excel keeps the name in step when the user renames the sheet. A name of
 * the same text local to one sheet is the user's, not the mark.
 */
import { OWN_SHEET_MARK, sheetNameKey } from '../core/sheetName';

export { OWN_SHEET_MARK };

/** A defined name as the reader and the injector see it. */
interface NamedFormula {
  name: string;
  /** The sheet index the name is local to; null for a workbook-level name. */
  localSheetId: number | null;
  formula: string;
}

/** True for the mark: the workbook-level name `OWN_SHEET_MARK` (names compared without case, as Excel does). */
export function isOwnSheetMark(n: NamedFormula): boolean {
  return n.localSheetId === null && n.name.toLowerCase() === OWN_SHEET_MARK.toLowerCase();
}

/** Keys (`sheetNameKey`) of the sheets the mark points at. */
export function ownSheetKeys(names: NamedFormula[]): Set<string> {
  return new Set(names.filter(isOwnSheetMark).flatMap((n) => referencedSheets(n.formula).map(sheetNameKey)));
}

/** Sheet names of the references in a defined name's formula (`'A b'!$A$1,C!B2` → `A b`, `C`). */
export function referencedSheets(formula: string): string[] {
  const names: string[] = [];
  const re = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|([^\s'!,:()=+\-*/&^<>;{}"[\]]+)!/g;
  for (let m = re.exec(formula); m; m = re.exec(formula)) {
    if (m[1] !== undefined) names.push(m[1].replace(/''/g, "'"));
    else if (m[2] !== undefined) names.push(m[2]);
  }
  return names;
}
