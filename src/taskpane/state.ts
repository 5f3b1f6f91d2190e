/**
 * The task pane's state and its transitions, as a pure reducer (no React, no Office): what the
 * pane shows follows from these actions only, which keeps the components thin and lets the rules
 * (one error at a time, overrides equal to the inferred direction are dropped, a finished run
 * clears the progress…) be tested without a browser.
 */
import type { Direction, Finding, Report, TableResult } from '../core/indicator';
import type { DistrictReport } from '../core/consolidate/types';
import type { AnalyzeResult } from '../excel/analyze';
import type { ConsolidateResult } from '../excel/consolidateInExcel';
import type { DraftSource, GenerateResult, Progress } from '../excel/runInExcel';
import type { SelectResult } from '../excel/selectCell';
import type { SaveResult } from '../excel/settings';
import type { UserSettings } from '../settings/userSettings';
import type { WorkbookHeader } from '../settings/workbookHeader';
import type { ChosenFile } from './files';

/** The settings the pane edits: the workbook's add-in settings and the tables left out. */
export type PaneSettings = UserSettings & { excludedTables: string[] };

/**
 * What the pane asks of its host — Excel through `src/excel` in the add-in (`index.tsx`), a stub
 * in tests. Components never reach `Excel` or `Office` themselves.
 */
export interface TaskpaneHost {
  loadSettings(): PaneSettings;
  saveSettings(settings: PaneSettings): Promise<SaveResult>;
  analyze(settings: PaneSettings): Promise<AnalyzeResult>;
  /**
   * `confirmReplace`: asked when chitieu's earlier report sheet was edited since (true: replace it).
   * `previousYear`: last year's report file, for the cùng kỳ the tables lack (`--cung-ky`).
   */
  generate(
    settings: PaneSettings,
    onProgress: (p: Progress) => void,
    confirmReplace?: (sheetName: string) => Promise<boolean>,
    previousYear?: ChosenFile,
  ): Promise<GenerateResult>;
  /** "Tổng hợp các phường": one sheet per ward → the district sheet. */
  consolidate(settings: PaneSettings, onProgress: (p: Progress) => void): Promise<ConsolidateResult>;
  /** "Tổng hợp các phường" from the wards' files the user chose → the district sheet. */
  consolidateFiles(
    files: ChosenFile[],
    settings: PaneSettings,
    onProgress: (p: Progress) => void,
  ): Promise<ConsolidateResult>;
  /** The term's report from the workbook's yearly sheets: the term table and its summary sheet. */
  termReport(
    settings: PaneSettings,
    onProgress: (p: Progress) => void,
    confirmReplace?: (sheetName: string) => Promise<boolean>,
  ): Promise<GenerateResult>;
  selectCell(sheet: string, address: string): Promise<SelectResult>;
  /** Writes text to the clipboard; false when the browser refuses. */
  copyText(text: string): Promise<boolean>;
  /** The draft báo cáo (.docx) of the report just written: its file name and bytes. */
  baoCao(generated: Generated): Promise<{ name: string; bytes: Uint8Array }>;
}

export interface Analysis {
  tables: TableResult[];
  autoDirections: Record<string, Direction>;
  checks: Finding[];
  workbookHeader: WorkbookHeader;
}

export interface Generated {
  report: Report;
  sheetName: string;
  /** The sheet model and settings the draft báo cáo is built from (absent: no draft offered). */
  draft?: DraftSource;
}

export interface Consolidated {
  district: DistrictReport;
  sheetName: string;
}

export type Busy = 'analyze' | 'generate' | 'consolidate' | 'term' | null;

export interface PaneState {
  settings: PaneSettings;
  busy: Busy;
  progress: Progress | null;
  analysis: Analysis | null;
  result: Generated | null;
  /** The last district consolidation written. */
  district: Consolidated | null;
  /** The one error shown (a MessageBar); a new one replaces it. */
  error: string | null;
  warnings: string[];
  /** A short polite announcement (copied, cell selected, settings saved). */
  status: string | null;
}

export type PaneAction =
  | { type: 'settings'; settings: PaneSettings }
  | { type: 'start'; busy: Exclude<Busy, null> }
  | { type: 'progress'; progress: Progress }
  | { type: 'analyzed'; result: AnalyzeResult }
  | { type: 'generated'; result: GenerateResult }
  | { type: 'consolidated'; result: ConsolidateResult }
  | { type: 'error'; message: string }
  | { type: 'dismissError' }
  | { type: 'status'; message: string | null };

/** `opening`: the pane analyses the workbook as it opens, so it starts busy (its buttons disabled). */
export function initialState(settings: PaneSettings, opening = false): PaneState {
  return {
    settings,
    busy: opening ? 'analyze' : null,
    progress: null,
    analysis: null,
    result: null,
    district: null,
    error: null,
    warnings: [],
    status: null,
  };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'settings':
      return { ...state, settings: action.settings };
    case 'start':
      return {
        ...state,
        busy: action.busy,
        progress: null,
        error: null,
        status: null,
        ...(action.busy === 'generate' || action.busy === 'term' ? { result: null } : {}),
        ...(action.busy === 'consolidate' ? { district: null } : {}),
      };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'analyzed': {
      const r = action.result;
      if (!r.ok) return { ...state, busy: null, progress: null, analysis: null, error: r.message, warnings: [] };
      return {
        ...state,
        busy: null,
        progress: null,
        analysis: {
          tables: r.tables,
          autoDirections: r.autoDirections,
          checks: r.checks,
          workbookHeader: r.workbookHeader,
        },
        warnings: r.warnings,
        error: null,
      };
    }
    case 'generated': {
      const r = action.result;
      if (!r.ok) return { ...state, busy: null, progress: null, result: null, error: r.message };
      return {
        ...state,
        busy: null,
        result: { report: r.report, sheetName: r.sheetName, ...(r.draft ? { draft: r.draft } : {}) },
        warnings: r.warnings,
        error: null,
      };
    }
    case 'consolidated': {
      const r = action.result;
      if (!r.ok) return { ...state, busy: null, progress: null, district: null, error: r.message };
      return {
        ...state,
        busy: null,
        progress: null,
        district: { district: r.district, sheetName: r.sheetName },
        warnings: r.warnings,
        error: null,
      };
    }
    case 'error':
      return { ...state, busy: null, progress: null, error: action.message };
    case 'dismissError':
      return { ...state, error: null };
    case 'status':
      return { ...state, status: action.message };
  }
}

// ----- settings edits (pure: the pane dispatches the result and saves it) -----

/** Ticks or unticks a table (by `tableKey`). */
export function withTableIncluded(s: PaneSettings, key: string, included: boolean): PaneSettings {
  const others = s.excludedTables.filter((k) => k !== key);
  return { ...s, excludedTables: included ? others : [...others, key] };
}

/**
 * Sets an indicator's direction; choosing the direction the engine infers, or `null`, removes the
 * override (the workbook then follows the engine if the table changes).
 */
export function withDirection(
  s: PaneSettings,
  key: string,
  direction: Direction | null,
  inferred: Direction | undefined,
): PaneSettings {
  const overrides = { ...s.directionOverrides };
  if (direction === null || direction === inferred) delete overrides[key];
  else overrides[key] = direction;
  return { ...s, directionOverrides: overrides };
}

/** The direction shown for an indicator: the user's, else the engine's. */
export function shownDirection(
  s: PaneSettings,
  autoDirections: Record<string, Direction>,
  key: string,
  fallback: Direction,
): Direction {
  return s.directionOverrides[key] ?? autoDirections[key] ?? fallback;
}

/** Whether a table (by its `tableKey`) goes into the report. */
export function isIncluded(s: PaneSettings, key: string): boolean {
  return !s.excludedTables.includes(key);
}

/** The periods of a table, in order of first appearance (`2015`, `2016`…). */
export function tablePeriods(table: TableResult): string[] {
  const seen: string[] = [];
  for (const ind of table.indicators)
    for (const p of ind.periods) if (p.period && !seen.includes(p.period)) seen.push(p.period);
  return seen;
}

/** Progress as a fraction for the ProgressBar. */
export const STEP_FRACTION: Record<Progress['step'], number> = { read: 0.15, compute: 0.45, write: 0.75, done: 1 };

/** The progress bar's value: the step's share, moved on within a step done in parts. */
export function progressValue(p: Progress): number {
  const steps = Object.keys(STEP_FRACTION) as Progress['step'][];
  const next = steps[steps.indexOf(p.step) + 1];
  const room = next ? STEP_FRACTION[next] - STEP_FRACTION[p.step] : 0;
  return STEP_FRACTION[p.step] + Math.min(1, Math.max(0, p.fraction ?? 0)) * room;
}
