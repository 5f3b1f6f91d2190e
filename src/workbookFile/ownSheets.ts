/**
 * Workbook-level defined name that marks the sheets chitieu created (it points at their A1), so a
 * later run neither reads them as data nor keeps them: it replaces them. Excel keeps the name in
 * step when the user renames the sheet.
 */
export const OWN_SHEET_MARK = 'chitieu.BaoCao';
