/**
 * The `Office` and `Excel` globals as far as the adapter touches them: requirement sets
 * (`Office.context.requirements.isSetSupported`), document settings (`Office.context.document.settings`
 * with get/set/remove/saveAsync, persisted as JSON the way Office stores them in the file), and
 * `Excel.run`. Tests install them on `globalThis`; office.js itself is never loaded.
 */
import type { FakeRequestContext } from './client';

/** Settings as Office keeps them: an in-memory copy, saved into the document as JSON by saveAsync. */
export class FakeSettings {
  private live: Record<string, unknown>;
  saves = 0;
  /** When set, the next saveAsync fails with this message (e.g. a read-only document). */
  failNextSave: string | null = null;

  constructor(public persisted: string = '{}') {
    this.live = JSON.parse(persisted) as Record<string, unknown>;
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

  saveAsync(
    optionsOrCallback?: unknown,
    maybeCallback?: (result: { status: string; error?: { message: string } }) => void,
  ): void {
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as
      ((result: { status: string; error?: { message: string } }) => void) | undefined;
    const fail = this.failNextSave;
    this.failNextSave = null;
    if (!fail) {
      this.persisted = JSON.stringify(this.live);
      this.saves++;
    }
    queueMicrotask(() => callback?.(fail ? { status: 'failed', error: { message: fail } } : { status: 'succeeded' }));
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
}

/** Installs `Office` and `Excel` on globalThis; returns a function restoring what was there. */
export function installOfficeGlobals(options: OfficeGlobalsOptions = {}): {
  settings: FakeSettings;
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
      document: { settings },
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  g.Excel = {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      if (!options.newContext) throw new Error('fake: Excel.run needs a context factory');
      const context = options.newContext();
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };
  return {
    settings,
    restore: () => {
      g.Office = before.Office;
      g.Excel = before.Excel;
    },
  };
}
