/**
 * What a host may hand the pipeline for the files its own code does not cover, each loaded only
 * when a file needs it: the CLI and the web page hand all three (SheetJS, and ExcelJS through
 * `exceljsFallback`); another host may hand fewer.
 * Without one, the file gets the Vietnamese refusal of that case, never a crash.
 */
import type { Grid } from '../core/grid';
import type { Refusal } from '../core/refusal';
import type { ReportSheetModel } from '../core/report';
import type { RawDeflate } from '../xlsx/zip';
import type { GzipStream } from '../docx/bodyEntry';
import type { Conversion, ConvertedKind } from './convert';

/** A workbook as read: its grids, and the `.xlsx` package the copy is written from. */
export type WorkbookRead = { ok: true; grids: Grid[]; bytes: Uint8Array; convertedFrom?: ConvertedKind } | Refusal;

export interface FileFallback {
  /** An `.xls` or `.ods` workbook as `.xlsx` bytes (SheetJS: `convertToXlsx`). */
  convert?: (bytes: Uint8Array) => Promise<Conversion>;
  /** The grids of a package whose markup the package reader does not follow (ExcelJS), or its refusal. */
  readGrids?: (bytes: Uint8Array, name: string) => Promise<WorkbookRead>;
  /** The whole copy rewritten when the package cannot be injected into (ExcelJS); null when that fails too. */
  rebuildCopy?: (bytes: Uint8Array, model: ReportSheetModel) => Promise<Uint8Array | null>;
  /** A native deflate for the parts the copy writes (node:zlib); fflate without. */
  deflate?: RawDeflate;
  /** A gzip stream at the copy's level for the Word appendix's body (node:zlib); the platform's without. */
  gzip?: GzipStream;
}
