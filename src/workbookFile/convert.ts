/**
 * Old and other formats: an Excel 97–2003 `.xls` (BIFF) or an OpenDocument `.ods` workbook becomes
 * an `.xlsx` package in memory — the source sheets converted (values, cached results of formulas,
 * number formats, merges, column widths) — and from there everything is as for an `.xlsx`: the same
 * reader gives the grids, the summary sheet is injected into the converted package, so its formulas
 * point at the converted sheets. The input file is never touched; the output must be an `.xlsx`.
 *
 * The reader is SheetJS Community Edition 0.20.3 as republished on the npm registry by
 * `@e965/xlsx` (the registry's own `xlsx` package is frozen at 0.18.5, with CVE-2023-30533 fixed in
 * 0.19.3 and CVE-2024-22363 fixed in 0.20.2): see the README, "Old formats". It runs in Node and in
 * browsers; it is loaded only when a file needs it, and a host hands this function to the pipeline
 * (`FileFallback.convert`) rather than the pipeline importing it.
 */
import type * as SheetJS from '@e965/xlsx';

export type ConvertedKind = 'xls' | 'ods';

export type Conversion = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'encrypted' | 'corrupted' };

/** The `.xls`/`.ods` workbook as `.xlsx` bytes, or why it cannot be read. */
export async function convertToXlsx(bytes: Uint8Array): Promise<Conversion> {
  const X = await import('@e965/xlsx');
  let book: SheetJS.WorkBook;
  try {
    book = quietly(() => X.read(bytes, { type: 'array', cellNF: true, cellStyles: true, cellDates: false }));
  } catch (err) {
    return { ok: false, reason: /password-protected/i.test(String(err)) ? 'encrypted' : 'corrupted' };
  }
  if (book.SheetNames.length === 0) return { ok: false, reason: 'corrupted' };
  for (const name of book.SheetNames) keepOnlyWhatConverts(book.Sheets[name]);
  const out = X.write(book, { type: 'array', bookType: 'xlsx', compression: true, cellStyles: true }) as ArrayBuffer;
  return { ok: true, bytes: new Uint8Array(out) };
}

/**
 * A sheet as the conversion keeps it: each cell's value (a formula cell keeps its cached result, as
 * the engine reads cached results anyway; its formula text is dropped, since SheetJS cannot always
 * translate old formulas and a wrong formula in the copy would be worse than a value), its number
 * format; merges, column widths and row heights stay on the sheet.
 */
function keepOnlyWhatConverts(sheet: SheetJS.WorkSheet): void {
  for (const ref of Object.keys(sheet)) {
    if (ref.startsWith('!')) continue;
    const cell = sheet[ref] as SheetJS.CellObject;
    delete cell.f;
    delete cell.F;
    delete cell.s;
    if (cell.z === 'General') delete cell.z;
  }
  const cols = sheet['!cols'];
  if (cols) sheet['!cols'] = cols.map((c) => (c ? { wch: c.wch, hidden: c.hidden } : c));
}

/** Runs `read` with SheetJS' console warnings (e.g. about ODS number formats) kept off the user's screen. */
function quietly<T>(read: () => T): T {
  const { warn, error, log } = console;
  console.warn = console.error = console.log = () => undefined;
  try {
    return read();
  } finally {
    Object.assign(console, { warn, error, log });
  }
}
