/**
 * The draft báo cáo of the report the pane has just written, as a .docx: built from the same sheet
 * model and settings the sheet was written with (`DraftSource`), by the functions the command line's
 * `--bao-cao` and the web page use. Loaded on demand (the Word writer is its own chunk).
 */
import { outputName } from '../core/outputName';
import { draftOfModel } from '../core/report/draft';
import { baoCaoBytes } from '../docx/baoCao';
import type { Generated } from './state';

/** `Sổ chỉ tiêu 2025 - du thao bao cao.docx`: the workbook's file name (the last part of its address), marked. */
export function baoCaoName(workbookUrl: string): string {
  const last = (workbookUrl.split(/[\\/]/).pop() ?? '').replace(/[?#].*$/, '');
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // An address with a stray `%`: its name as written.
  }
  return outputName(name, 'docx', 'du thao bao cao');
}

/** The draft's file name and bytes; a report without its draft source is a bug of the caller. */
export async function paneBaoCao(
  generated: Generated,
  workbookUrl: string,
): Promise<{ name: string; bytes: Uint8Array }> {
  const source = generated.draft;
  if (!source) throw new Error('paneBaoCao: the report has no draft source');
  const draft = draftOfModel(generated.report, source.model, source.sheet, source.narrative);
  return { name: baoCaoName(workbookUrl), bytes: await baoCaoBytes(draft) };
}
