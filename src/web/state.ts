/**
 * The web page's state and its transitions, as a pure reducer (like the pane's `taskpane/state.ts`):
 * a file chosen, the worker's progress, then the report or the one refusal line.
 */
import type { TableResult } from '../core/indicator';
import { vi } from '../taskpane/i18n/vi';
import type { PaneSettings } from '../taskpane/state';
import { WEB_STEPS, type DraftReply, type PageReport, type WebStep } from './protocol';
import type { RunOutcome } from './reportWorker';

export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
  /** A term from yearly files (`nhiem-ky`): the files; `bytes` is then unused. */
  yearly?: ChosenFile[];
}

export interface WebState {
  settings: PaneSettings;
  file: ChosenFile | null;
  busy: boolean;
  progress: { step: WebStep; fraction: number } | null;
  result: PageReport | null;
  /** The run's report is shown and its draft báo cáo is being written. */
  draftPending: boolean;
  /** Every table of the file, from its first run (a later run leaves the unticked ones out). */
  tables: TableResult[] | null;
  /** The one error shown: the pipeline's refusal line, or the unexpected-error line. */
  error: string | null;
  /** A short polite announcement (copied, settings saved). */
  status: string | null;
}

export type WebAction =
  | { type: 'file'; file: ChosenFile }
  | { type: 'settings'; settings: PaneSettings }
  | { type: 'start' }
  | { type: 'progress'; step: WebStep; fraction: number }
  | { type: 'finished'; outcome: RunOutcome; unexpected: (code: string) => string }
  /** The draft báo cáo of the report shown, or why it could not be made. */
  | { type: 'draft'; draft: DraftReply }
  | { type: 'error'; message: string }
  | { type: 'dismissError' }
  | { type: 'status'; message: string | null };

export function initialWebState(settings: PaneSettings): WebState {
  return {
    settings,
    file: null,
    busy: false,
    progress: null,
    result: null,
    draftPending: false,
    tables: null,
    error: null,
    status: null,
  };
}

export function webReducer(state: WebState, action: WebAction): WebState {
  switch (action.type) {
    case 'file':
      // A new workbook: its own tables, none left out yet.
      return { ...state, file: action.file, tables: null, settings: { ...state.settings, excludedTables: [] } };
    case 'settings':
      return { ...state, settings: action.settings };
    case 'start':
      return { ...state, busy: true, progress: null, result: null, draftPending: false, error: null, status: null };
    case 'progress':
      return { ...state, progress: { step: action.step, fraction: action.fraction } };
    case 'finished':
      return {
        ...finished(state, action.outcome, action.unexpected),
        busy: false,
        progress: null,
        draftPending: action.outcome.kind === 'report',
      };
    case 'draft':
      return state.result && state.draftPending
        ? { ...state, result: withDraft(state.result, action.draft), draftPending: false }
        : state;
    case 'error':
      return { ...state, error: action.message };
    case 'dismissError':
      return { ...state, error: null };
    case 'status':
      return { ...state, status: action.message };
  }
}

function finished(state: WebState, outcome: RunOutcome, unexpected: (code: string) => string): WebState {
  if (outcome.kind === 'refusal') return { ...state, result: null, error: outcome.message };
  if (outcome.kind === 'crashed') return { ...state, result: null, error: unexpected(outcome.code) };
  if (outcome.kind === 'blocked') return { ...state, result: null, error: vi.web.workerBlocked };
  return { ...state, result: outcome.report, tables: state.tables ?? outcome.report.report.tables, error: null };
}

/** The report with its draft báo cáo to download, or with the line saying it failed among its notices. */
function withDraft(result: PageReport, draft: DraftReply): PageReport {
  if ('failed' in draft)
    return { ...result, notices: [...result.notices, draft.failed], failed: [...(result.failed ?? []), 'baoCao'] };
  return { ...result, baoCao: draft.bytes, baoCaoName: draft.name };
}

/** The progress bar's value: each step an equal share, moved on within the step by its fraction. */
export function webProgressValue(step: WebStep, fraction: number): number {
  const share = 1 / WEB_STEPS.length;
  return (WEB_STEPS.indexOf(step) + Math.min(1, Math.max(0, fraction))) * share;
}

/** The notices of a run, each once: the pipeline's (conversion, rebuilt copy) and the reader's (TCVN3…). */
export function noticesOf(result: PageReport): string[] {
  return [...new Set([...(result.report.notices ?? []), ...result.notices])];
}
