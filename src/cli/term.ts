/**
 * `chitieu nhiem-ky 2021.xlsx 2022.xlsx … 2025.xlsx` (or one workbook with a sheet a year): the
 * reading half of the term's report from yearly files — every file's bytes (their refusals: missing,
 * a folder, no permission) handed to the host-neutral pipeline (`src/workbookFile/term`). The rest
 * (flags, outputs, printing) is `chitieu report`'s.
 */
import { basename } from 'node:path';
import { periodOf, type TermSpan } from '../core/detect/period';
import type { Refusal } from '../core/refusal';
import type { FileReport, FileReportOptions } from '../workbookFile/report';
import { readBytes } from './readWorkbook';

/**
 * `--nhiem-ky 2020-2025` (`giai đoạn 2021-2025` in words works too): the term's span, read as a
 * title would name it; a bare span is a term (`nhiệm kỳ`). Null when the text names no span.
 */
export function spanOption(text: string): TermSpan | null {
  const span = periodOf(/[a-zà-ỹ]/i.test(text) ? text : `nhiệm kỳ ${text}`)?.span;
  return span ?? null;
}

/** The term's report of the yearly files at `paths`, or the first refusal met. */
export async function termReport(
  paths: string[],
  options: FileReportOptions & { span?: TermSpan },
): Promise<FileReport | Refusal> {
  const files = [];
  for (const path of paths) {
    const file = await readBytes(path);
    if (!file.ok) return file;
    files.push({ bytes: new Uint8Array(file.bytes), name: basename(path) });
  }
  const { termWorkbookFiles } = await import('../workbookFile/term');
  return termWorkbookFiles(files, options);
}
