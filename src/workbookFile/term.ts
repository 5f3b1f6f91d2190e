/**
 * The term's report from yearly workbook files, the same in every host: each file (or, for a
 * single workbook, each of its sheets) is one year's report; they are read, lined up into one term
 * table (`core/term/assemble`), and that table is written as a NEW workbook ("Nhiệm kỳ"), which the
 * one file pipeline (`reportWorkbookFile`) then reports on like any workbook: the summary sheet
 * injected into it, the sentences, the Word appendix and draft. The yearly files are never changed.
 * What the lining up found (names matched nowhere, a figure two reports give differently) heads the
 * notices.
 */
import type { TermSpan } from '../core/detect/period';
import type { Grid } from '../core/grid';
import { refuse, type Refusal } from '../core/refusal';
import { assembleTerm, TERM_SHEET, type YearlySource } from '../core/term/assemble';
import { gridWorkbook } from '../xlsx/gridWorkbook';
import { readWorkbookBytes } from './read';
import { reportWorkbookFile, type FileReport, type FileReportOptions } from './report';

/** A yearly workbook file: its bytes and its name. */
export interface YearlyFile {
  bytes: Uint8Array;
  name: string;
}

export interface TermFileOptions extends FileReportOptions {
  /** The term's span when no file names it (`--nhiem-ky 2020-2025`). */
  span?: TermSpan;
}

/** The term's report (its workbook: the assembled table and the summary sheet), or why not. */
export async function termWorkbookFiles(
  files: YearlyFile[],
  options: TermFileOptions = {},
): Promise<(FileReport & { assembled: Grid }) | Refusal> {
  const sources: YearlySource[] = [];
  for (const file of files) {
    const read = await readWorkbookBytes(file.bytes, file.name, options.fallback);
    if (!read.ok) return read;
    if (files.length === 1) for (const grid of read.grids) sources.push({ name: grid.sheet, grids: [grid] });
    else sources.push({ name: file.name, grids: read.grids });
  }
  const term = assembleTerm(sources, options.span ? { span: options.span } : {});
  if (!term.ok) return term.reason === 'no-table' ? refuse('no-table') : refuse('term-one-period');
  const name = `${TERM_SHEET} ${term.periods[0]} - ${term.periods[term.periods.length - 1]}.xlsx`;
  const run = await reportWorkbookFile(gridWorkbook([term.grid]), name, options);
  if (!run.ok) return run;
  if (term.notices.length > 0) {
    run.report.notices = [...term.notices, ...(run.report.notices ?? [])];
    run.notices = [...term.notices, ...run.notices];
  }
  return { ...run, assembled: term.grid };
}
