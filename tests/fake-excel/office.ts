/**
 * The `Office` and `Excel` globals as far as the adapter touches them: requirement sets
 * (`Office.context.requirements.isSetSupported`), document settings (`Office.context.document.settings`
 * with get/set/remove/saveAsync/refreshAsync, persisted as JSON the way Office stores them in the
 * file), and `Excel.run` with its `RunOptions` (`delayForCellEdit`, ExcelApi 1.11) and the cell-edit
 * mode it waits for. Tests install them on `globalThis`; office.js itself is never loaded.
 */
import type { FakeRequestContext } from './client';
import { FakeLimitError, HostError } from './errors';

/** The settings part of the document file, shared by every runtime that opened it. */
interface SettingsDocument {
  json: string;
}

type AsyncCallback = (result: { status: string; error?: { code: number; message: string } }) => void;

/**
 * Settings as Office keeps them: each runtime (the task pane, the ribbon's function file) has its
 * own in-memory copy, read from the document when it starts; saveAsync writes that copy into the
 * document, refreshAsync reads the document again. So a change the pane saved is seen by the
 * function file only after its refreshAsync (`attach` gives the other runtime's copy).
 */
export class FakeSettings {
  private live: Record<string, unknown>;
  private readonly doc: SettingsDocument;
  saves = 0;
  refreshes = 0;
  /** When set, the next saveAsync fails with this message (e.g. a read-only document). */
  failNextSave: string | null = null;

  constructor(persisted: string | SettingsDocument = '{}') {
    this.doc = typeof persisted === 'string' ? { json: persisted } : persisted;
    this.live = JSON.parse(this.doc.json) as Record<string, unknown>;
  }

  /** The settings saved in the document. */
  get persisted(): string {
    return this.doc.json;
  }

  /** Another runtime's copy of the same document's settings (e.g. the function file beside the pane). */
  attach(): FakeSettings {
    return new FakeSettings(this.doc);
  }

  get(name: string): unknown {
    // Office returns null for a missing setting.
    return name in this.live ? structuredClone(this.live[name]) : null;
  }

  set(name: string, value: unknown): void {
    // Office serializes settings as JSON: what cannot round-trip is lost the same way here.
    this.live[name] = JSON.parse(JSON.stringify(value)) as unknown;
  }

  remove(name: string): void {
    delete this.live[name];
  }

  saveAsync(optionsOrCallback?: unknown, maybeCallback?: AsyncCallback): void {
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as
      AsyncCallback | undefined;
    const fail = this.failNextSave;
    this.failNextSave = null;
    if (!fail) {
      this.doc.json = JSON.stringify(this.live);
      this.saves++;
    }
    // Office's async errors carry a numeric code (5001: an internal error; 6000s: settings).
    queueMicrotask(() =>
      callback?.(fail ? { status: 'failed', error: { code: 5001, message: fail } } : { status: 'succeeded' }),
    );
  }

  /** Reads the document's settings again, dropping what this copy set and did not save. */
  refreshAsync(callback?: AsyncCallback): void {
    this.live = JSON.parse(this.doc.json) as Record<string, unknown>;
    this.refreshes++;
    queueMicrotask(() => callback?.({ status: 'succeeded' }));
  }

  /** The settings a fresh session would see after reopening the document. */
  reopen(): FakeSettings {
    return new FakeSettings(this.persisted);
  }
}

export interface OfficeGlobalsOptions {
  /** Highest ExcelApi 1.x supported by the simulated host (default 18). */
  excelApiMinor?: number;
  settings?: FakeSettings;
  /** Context factory for `Excel.run`. */
  newContext?: () => FakeRequestContext;
  /** `Office.context.document.url`: the workbook's address (a path on Windows, a URL online); default none. */
  documentUrl?: string;
}

/** ExcelApi 1.11 brings `RunOptions.delayForCellEdit`. */
export const DELAY_FOR_CELL_EDIT_API = 11;

/**
 * The user typing in a cell: while `editing`, a batch fails with InvalidOperationInCellEditMode at
 * its first sync, unless it was started with `delayForCellEdit`, which waits for `endEdit()`.
 */
export class CellEditMode {
  editing = false;
  private waiting: (() => void)[] = [];
  /** How each `Excel.run` was started. */
  readonly runs: { delayForCellEdit: boolean }[] = [];

  startEdit(): void {
    this.editing = true;
  }

  endEdit(): void {
    this.editing = false;
    for (const w of this.waiting.splice(0)) w();
  }

  untilEditEnds(): Promise<void> {
    return this.editing ? new Promise((r) => this.waiting.push(r)) : Promise.resolve();
  }
}

/** Installs `Office` and `Excel` on globalThis; returns a function restoring what was there. */
export function installOfficeGlobals(options: OfficeGlobalsOptions = {}): {
  settings: FakeSettings;
  cellEdit: CellEditMode;
  restore: () => void;
} {
  const g = globalThis as Record<string, unknown>;
  const before = { Office: g.Office, Excel: g.Excel };
  const settings = options.settings ?? new FakeSettings();
  const minor = options.excelApiMinor ?? 18;
  g.Office = {
    context: {
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name !== 'ExcelApi') return false;
          const m = /^1\.(\d+)$/.exec(version ?? '1.1');
          return m !== null && Number(m[1]) <= minor;
        },
      },
      document: { settings, ...(options.documentUrl === undefined ? {} : { url: options.documentUrl }) },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  const cellEdit = new CellEditMode();
  g.Excel = {
    async run<T>(
      optionsOrBatch: { delayForCellEdit?: boolean } | ((context: FakeRequestContext) => Promise<T>),
      maybeBatch?: (context: FakeRequestContext) => Promise<T>,
    ): Promise<T> {
      if (!options.newContext) throw new Error('fake: Excel.run needs a context factory');
      const runOptions = typeof optionsOrBatch === 'function' ? {} : optionsOrBatch;
      const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch!;
      const unknown = Object.keys(runOptions).filter((k) => k !== 'delayForCellEdit');
      if (unknown.length > 0) throw new FakeLimitError(`fake: Excel.run options ${unknown.join(', ')} not emulated`);
      const delay = runOptions.delayForCellEdit === true;
      // An older host does not know the option: the fake refuses to guess what it would do.
      if (delay && minor < DELAY_FOR_CELL_EDIT_API)
        throw new FakeLimitError('fake: delayForCellEdit passed to a host without ExcelApi 1.11');
      cellEdit.runs.push({ delayForCellEdit: delay });
      if (delay) await cellEdit.untilEditEnds();
      const context = options.newContext();
      const sync = context.sync.bind(context);
      context.sync = () => {
        if (!cellEdit.editing || !context._pending) return sync();
        context._discardPending();
        return Promise.reject(
          new HostError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode.'),
        );
      };
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };
  return {
    settings,
    cellEdit,
    restore: () => {
      g.Office = before.Office;
      g.Excel = before.Excel;
    },
  };
}
