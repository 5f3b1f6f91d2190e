/** The files of a file input, read into memory (the pane reads them with the file pipeline). */
import type { ChosenFile } from '../files';

/** Each chosen file's name and bytes; null when the browser could not read one (a file moved meanwhile). */
export async function readChosen(
  files: ArrayLike<File> | null,
): Promise<{ ok: true; files: ChosenFile[] } | { ok: false; name: string }> {
  const out: ChosenFile[] = [];
  for (const file of Array.from(files ?? [])) {
    try {
      out.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      return { ok: false, name: file.name };
    }
  }
  return { ok: true, files: out };
}

/** The workbook files a chooser offers. */
export const WORKBOOK_FILES = '.xlsx,.xlsm,.xls,.ods';
