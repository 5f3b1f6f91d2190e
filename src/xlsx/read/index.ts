/**
 * The CLI's reader of .xlsx packages, by ECMA-376 (Open Packaging Conventions and SpreadsheetML,
 * Transitional and Strict), a module per part over the opened package (`../package`: parts,
 * content types, relationships): `workbook` (sheets, defined names, date system), `styles`
 * (number formats), `sharedStrings`, `sheet` (the scanner). A package → the workbook's facts, and each worksheet's grid on demand.
 *
 * Errors: `NotAWorkbookError` (a zip that is no spreadsheet), `NoWorksheetError` (a workbook
 * without a worksheet to read), `BrokenPartError` (a part the workbook needs is missing or
 * unreadable, named), `EncryptedZipError` (a zip tool's password),
 * `UnsupportedPackageError` (markup this reader does not follow; another reader may try).
 */
import type { Grid } from '../../core/grid';
import { BrokenPartError, openPackage } from '../package';
import { readSharedStrings } from './sharedStrings';
import { readSheet } from './sheet';
import { readCellFormats, type CellFormats } from './styles';
import { mainPart, readWorkbookPart, type DefinedName, type SheetEntry } from './workbook';

export { BrokenPartError, NotAWorkbookError } from '../package';
export { NoWorksheetError } from './workbook';

export interface OpenedWorkbook {
  /** The workbook uses the 1904 date system. */
  date1904: boolean;
  /** Strict OOXML (the `purl.oclc.org` namespaces). */
  strict: boolean;
  /** The worksheets in tab order. */
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  /** The grid of worksheet `index` (of `sheets`). */
  readSheet(index: number): Grid;
}

/** Opens the package and its workbook part (the sheets are read by `readSheet`). */
export function openWorkbook(bytes: Uint8Array): OpenedWorkbook {
  const pkg = openPackage(bytes);
  const wb = readWorkbookPart(pkg);
  const partXml = (part: string, root: string): string => {
    const raw = pkg.text(part);
    if (raw === null) throw new BrokenPartError(part);
    return mainPart(raw, root, part);
  };
  const formats: CellFormats = wb.stylesPart ? readCellFormats(partXml(wb.stylesPart, 'styleSheet')) : [];
  let sharedStrings: string[] | undefined;
  const context = {
    formats,
    date1904: wb.date1904,
    sharedStrings: (): string[] => {
      if (!wb.sharedStringsPart) throw new BrokenPartError(wb.part.replace(/[^/]*$/, 'sharedStrings.xml'));
      return (sharedStrings ??= readSharedStrings(partXml(wb.sharedStringsPart, 'sst')));
    },
  };
  return {
    date1904: wb.date1904,
    strict: wb.strict,
    sheets: wb.sheets,
    definedNames: wb.definedNames,
    readSheet(index: number): Grid {
      const sheet = wb.sheets[index];
      return readSheet(partXml(sheet.part, 'worksheet'), sheet.name, context);
    },
  };
}
