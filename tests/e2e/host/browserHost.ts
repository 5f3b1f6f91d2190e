/**
 * The fake Office host in the browser: bundled by esbuild at test time and injected with
 * `page.addInitScript` before the add-in's pages run, in place of office.js (whose CDN address the
 * test routes to an empty script). `window.__chitieuSetup(seed)` builds the fake workbook from
 * grids the CLI reader read in Node, and installs `Office` / `Excel`: requirement sets, document
 * settings, `Excel.run`, `Office.onReady`, `Office.actions.associate`, the dialog API and the theme.
 * `window.__chitieu` lets the test look at the workbook afterwards.
 */
/// <reference types="office-js" />
import type { Grid } from '../../../src/core/grid';
import {
  createFakeExcel,
  FakeSettings,
  HostError,
  installOfficeGlobals,
  type FakeExcel,
  type FakeRequestContext,
} from '../../fake-excel';
import { installRangeSelect, selectionOf, type Selection } from './select';

export interface FakeSeed {
  grids: Grid[];
  /** Document settings as saved in the file (JSON); default none. */
  settings?: string;
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor?: string } | null;
  excelApiMinor?: number;
  /**
   * The next `Excel.run` rejects with a host error (`GeneralException`) of this English text: a
   * host failure the adapter does not expect.
   */
  failRunWith?: string;
  /** `displayDialogAsync` fails (e.g. a dialog already open, 12007). */
  dialogFails?: boolean;
  /** Every `context.sync()` waits this long first (a slow host, to watch the progress). */
  syncDelayMs?: number;
  /** `Office.context.document.url`. */
  documentUrl?: string;
}

export interface DialogRecord {
  url: string;
  options: unknown;
  closed: boolean;
  handlers: Record<string, (arg: unknown) => void>;
}

export interface BrowserHost {
  fake: FakeExcel;
  settings: FakeSettings;
  actions: Record<string, (event: unknown) => unknown>;
  dialogs: DialogRecord[];
  /** Messages sent by a dialog page (`Office.context.ui.messageParent`). */
  parentMessages: string[];
  sheetNames(): string[];
  activeSheet(): string | null;
  selection(): Selection | null;
  /** Shown values (formulas evaluated by HyperFormula) of 0-based cells. */
  values(sheet: string, cells: [number, number][]): unknown[];
  persistedSettings(): Record<string, unknown>;
  /** Another runtime (the task pane beside the function file) saves `value` under `key` in the document. */
  saveFromOtherRuntime(key: string, value: unknown): Promise<void>;
  /** Every text shown on a sheet (constants and evaluated formulas). */
  texts(sheet: string): string[];
}

declare global {
  interface Window {
    __chitieuSetup(seed: FakeSeed): void;
    __chitieu: BrowserHost;
  }
}

window.__chitieuSetup = (seed: FakeSeed) => {
  installRangeSelect();
  const fake = createFakeExcel(seed.grids);
  const newContext = () => {
    const context = fake.newContext() as unknown as FakeRequestContext;
    const delay = seed.syncDelayMs ?? 0;
    if (delay > 0) {
      const sync = context.sync.bind(context);
      context.sync = () => new Promise<void>((r) => setTimeout(r, delay)).then(sync);
    }
    return context;
  };
  const { settings } = installOfficeGlobals({
    newContext,
    settings: new FakeSettings(seed.settings ?? '{}'),
    excelApiMinor: seed.excelApiMinor,
    documentUrl: seed.documentUrl,
  });
  const g = globalThis as unknown as {
    Office: Record<string, unknown>;
    Excel: { run: (...args: unknown[]) => Promise<unknown> };
  };
  let failRunWith = seed.failRunWith ?? null;
  const run = g.Excel.run.bind(g.Excel);
  g.Excel.run = (...args: unknown[]) => {
    if (failRunWith) {
      const message = failRunWith;
      failRunWith = null;
      return Promise.reject(new HostError('GeneralException', message));
    }
    return run(...args);
  };

  const actions: BrowserHost['actions'] = {};
  const dialogs: DialogRecord[] = [];
  const parentMessages: string[] = [];
  const office = g.Office;
  const context = office.context as Record<string, unknown>;
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  office.onReady = (callback?: (i: typeof info) => void) =>
    Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  office.actions = {
    associate(name: string, fn: (event: unknown) => unknown) {
      actions[name] = fn;
    },
  };
  office.EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
  context.officeTheme = seed.officeTheme ?? undefined;
  context.ui = {
    displayDialogAsync(url: string, options: unknown, callback: (r: unknown) => void) {
      if (seed.dialogFails) {
        setTimeout(() => callback({ status: 'failed', error: { code: 12007, message: 'A dialog is already open.' } }));
        return;
      }
      const record: DialogRecord = { url, options, closed: false, handlers: {} };
      dialogs.push(record);
      const dialog = {
        addEventHandler(type: string, handler: (arg: unknown) => void) {
          record.handlers[type] = handler;
        },
        close() {
          record.closed = true;
        },
      };
      setTimeout(() => callback({ status: 'succeeded', value: dialog }));
    },
    messageParent(message: string) {
      parentMessages.push(message);
    },
  };

  window.__chitieu = {
    fake,
    settings,
    actions,
    dialogs,
    parentMessages,
    sheetNames: () => fake.state.sheets.map((s) => s.name),
    activeSheet: () => fake.state.sheets.find((s) => s.id === fake.state.activeSheetId)?.name ?? null,
    selection: () => selectionOf(fake.state),
    values: (sheet, cells) => {
      const s = fake.state.sheet(sheet);
      return cells.map(([r, c]) => fake.state.valueOf(s, r, c));
    },
    persistedSettings: () => JSON.parse(settings.persisted) as Record<string, unknown>,
    saveFromOtherRuntime: (key, value) =>
      new Promise((resolve) => {
        const other = settings.attach();
        other.set(key, value);
        other.saveAsync(() => resolve());
      }),
    texts: (sheet) => {
      const s = fake.state.sheet(sheet);
      const out: string[] = [];
      s.forEachCell((r, c) => {
        const v = fake.state.valueOf(s, r, c);
        if (typeof v === 'string') out.push(v);
      });
      return out;
    },
  };
};
