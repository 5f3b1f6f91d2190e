/**
 * What the adapter asks of the Office host besides the Excel object model: requirement sets, and
 * turning a host error (an `OfficeExtension.Error` rejected by `context.sync()`) into a Vietnamese
 * message at the edge.
 */
/// <reference types="office-js" />
import {
  refuse,
  refusalMessage,
  type HostStep,
  type Refusal,
  type RefusalCode,
  type REFUSAL_MESSAGES,
} from '../core/refusal';

/**
 * The lowest Excel JavaScript API set chitieu needs: 1.9 (`suspendScreenUpdatingUntilNextSync`,
 * `getCellProperties`…), which the manifest requires too. Hosts with it: Excel 2021 (volume
 * licence: up to 1.14), Excel 2024 (up to 1.17), Microsoft 365 on Windows and Mac, Excel on the
 * web. Not Excel 2016 (1.1) or the volume-licensed Excel 2019 (up to 1.7/1.8), whose Internet
 * Explorer webview could not run the pane anyway: those users run the command line (`chitieu
 * report`). Used when present: merged areas (1.13), `delayForCellEdit` (1.11), cell notes (1.18).
 */
export const MIN_EXCEL_API = 9;
export const DELAY_FOR_CELL_EDIT_API = 11;
export const MERGED_AREAS_API = 13;
export const NOTES_API = 18;

/** True when the host supports ExcelApi 1.`minor`. Without office.js (plain Node), nothing is. */
export function excelApiSupported(minor: number): boolean {
  if (typeof Office === 'undefined') return false;
  return Office.context?.requirements?.isSetSupported('ExcelApi', `1.${minor}`) === true;
}

/**
 * `Excel.run(batch)`, started with `delayForCellEdit` where the host has it (ExcelApi 1.11): a
 * user still typing in a cell then sees the run wait until the edit ends, instead of an error
 * asking to press Enter and click again. Older hosts get the plain run and that error
 * (`InvalidOperationInCellEditMode`, see `hostErrorMessage`).
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return excelApiSupported(DELAY_FOR_CELL_EDIT_API) ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch);
}

/** An error the host raised (office.js rejects `sync()` with one), as opposed to a bug in our code. */
export interface HostErrorLike {
  code: string;
  message: string;
}

export function isHostError(e: unknown): e is HostErrorLike {
  return typeof e === 'object' && e !== null && typeof (e as HostErrorLike).code === 'string' && 'debugInfo' in e;
}

/** One Vietnamese line for a host error raised while reading or writing the workbook (the catalogue's `host-error`). */
export function hostErrorMessage(step: HostStep, e: HostErrorLike): string {
  return refusalMessage('host-error', step, e.code);
}

/** The refusal of a host error raised while reading or writing the workbook. */
export function hostRefusal(step: HostStep, e: HostErrorLike, syncs: number): ExcelRefusal {
  return { ...refuse('host-error', step, e.code), syncs };
}

/** A refusal in the add-in: with the `context.sync()` calls made before it. */
export type ExcelRefusal = Refusal & { syncs: number };

/** `refuse(code, …)` after `syncs` syncs. */
export function excelRefusal<C extends RefusalCode>(
  syncs: number,
  code: C,
  ...args: Parameters<(typeof REFUSAL_MESSAGES)[C]>
): ExcelRefusal {
  return { ...refuse(code, ...args), syncs };
}

export { errorCode } from '../core/refusal';
