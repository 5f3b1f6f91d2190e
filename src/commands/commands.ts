/**
 * The ribbon's "Sinh báo cáo" (ExecuteFunction `generateReport` in manifest.xml): one click reads
 * the workbook with the settings saved in it, writes the summary sheet, and shows it.
 *
 * How the outcome is shown without a task pane, in Excel desktop (Windows, Mac) and on the web:
 * - success: nothing but the sheet — `generateReport` activates the new "Báo cáo chỉ tiêu" sheet,
 *   which is the feedback;
 * - success with warnings (a sheet read in part), a Vietnamese refusal (no indicator table, a
 *   protected workbook…) or an unexpected error: a small Office dialog (`displayDialogAsync`, the
 *   DialogApi 1.1 every supported host has) showing `dialog.html` with the message in its query
 *   string; its "Đóng" button sends `close` back (`messageParent`), and the dialog is closed here.
 * - chitieu's earlier report sheet edited by the user since it was written: the command does not
 *   replace it (there is no UI to ask, and writing the new report beside it would leave the old
 *   one unmarked, to be read as data next time): it refuses, in the dialog, with the task pane's
 *   cancel message and a hint (use the task pane, which asks, or delete the sheet).
 * `event.completed()` is always called exactly once: right away when nothing is shown, and once
 * the dialog is closed otherwise (completing earlier would let Office unload the function file
 * and the dialog with it), or when the dialog cannot be opened.
 */
/// <reference types="office-js" />
import { errorCode, runExcel } from '../excel/host';
import { generateReport } from '../excel/runInExcel';
import { loadSavedSettings } from '../excel/settings';
import { vi } from '../taskpane/i18n/vi';
import { dialogUrl } from './url';

/** The part of `Office.AddinCommands.Event` used here. */
export interface CommandEvent {
  completed(options?: unknown): void;
}

export type Outcome = { kind: 'silent' } | { kind: 'dialog'; title: string; message: string };

/** Runs the report in one `Excel.run` and says what the user should be told. */
export async function runCommand(): Promise<Outcome> {
  try {
    // The settings as saved now: the pane may have changed them since this function file started.
    const settings = await loadSavedSettings();
    // No UI to ask with: an edited report sheet is never replaced from the ribbon (see the module comment).
    const result = await runExcel((context) =>
      generateReport(context, settings, undefined, { confirmReplace: () => Promise.resolve(false) }),
    );
    if (!result.ok) {
      const message = result.code === 'cancelled' ? `${result.message}\n${vi.dialog.replaceHint}` : result.message;
      return { kind: 'dialog', title: vi.dialog.failed, message };
    }
    if (result.warnings.length > 0) {
      return {
        kind: 'dialog',
        title: vi.dialog.doneWithWarnings,
        message: [vi.results.done(result.sheetName), ...result.warnings].join('\n'),
      };
    }
    return { kind: 'silent' };
  } catch (e) {
    return { kind: 'dialog', title: vi.dialog.failed, message: vi.errors.unexpected(errorCode(e)) };
  }
}

/** Shows the outcome in a dialog; resolves when it is closed (or could not be opened). */
export function showDialog(title: string, message: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      dialogUrl(window.location.href, title, message),
      { height: 30, width: 30, displayInIframe: true },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = opened.value;
        const done = () => {
          dialog.close();
          resolve();
        };
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        // The user closed it with the X (error 12006), or it failed to load: nothing to close.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}

/** The handler associated with `generateReport`: always completes the event, exactly once. */
export async function generateReportCommand(event: CommandEvent): Promise<void> {
  let completed = false;
  const complete = () => {
    if (!completed) {
      completed = true;
      event.completed();
    }
  };
  try {
    const outcome = await runCommand();
    if (outcome.kind === 'dialog') await showDialog(outcome.title, outcome.message);
  } catch {
    // Only showDialog itself could throw here (a host without the dialog API): nothing more to show.
  } finally {
    complete();
  }
}

// Hosts whose office.js predates `Office.actions.associate` look the function up by its manifest
// name on the function file's global object (Microsoft's templates do both).
(globalThis as Record<string, unknown>).generateReport = generateReportCommand;

void Office.onReady(() => {
  Office.actions?.associate('generateReport', generateReportCommand);
});
