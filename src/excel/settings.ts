/**
 * The add-in keeps the user's settings (`src/settings`) in the workbook itself
 * (`Office.context.document.settings`, key `chitieu.settings`), so a ward's workbook remembers its
 * unit, bodies and wording wherever it is opened.
 */
/// <reference types="office-js" />
import { refuse, type Refusal } from '../core/refusal';
import { parseSettings, SETTINGS_KEY, storedSettings, type UserSettings } from '../settings/userSettings';

export { defaultUserSettings as defaultAddinSettings } from '../settings/userSettings';

/** What an Office async call reports (`Office.AsyncResult`, the part used here). */
type AsyncOutcome = { status: unknown; error?: { code?: number | string; message: string } | null };

/** The part of `Office.Settings` used here (so tests and other hosts can pass their own). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: AsyncOutcome) => void): void;
  /** Reads the settings saved in the document again (Settings requirement set; absent on some stores). */
  refreshAsync?(callback?: (result: AsyncOutcome) => void): void;
}

export type SaveResult = { ok: true } | Refusal;

function documentSettings(): SettingsStore {
  return Office.context.document.settings as unknown as SettingsStore;
}

/** The settings stored in the open workbook (defaults when there are none), as this runtime last read them. */
export function loadSettings(store: SettingsStore = documentSettings()): UserSettings {
  return parseSettings(store.get(SETTINGS_KEY));
}

/**
 * The settings as saved in the document now: `refreshAsync` first, then `loadSettings`. The
 * ribbon's function file keeps its own copy of the settings from when it started, so a change the
 * task pane has saved since would otherwise be missed. If the refresh fails, the copy at hand is
 * used (the run still works, with the settings it had).
 */
export function loadSavedSettings(store: SettingsStore = documentSettings()): Promise<UserSettings> {
  return new Promise((resolve) => {
    if (typeof store.refreshAsync !== 'function') {
      resolve(loadSettings(store));
      return;
    }
    store.refreshAsync(() => resolve(loadSettings(store)));
  });
}

/** Stores the settings in the workbook and saves them with it. */
export function saveSettings(settings: UserSettings, store: SettingsStore = documentSettings()): Promise<SaveResult> {
  store.set(SETTINGS_KEY, storedSettings(settings));
  return new Promise((resolve) =>
    store.saveAsync((result) => {
      if (result.status === 'succeeded') resolve({ ok: true });
      else resolve(refuse('settings-not-saved', String(result.error?.code ?? 'Unknown')));
    }),
  );
}
