/**
 * The web page keeps the ward's settings (unit, bodies, wording, the directions chosen by indicator
 * name) in the browser's localStorage, on this computer only, read as tolerantly as the add-in reads
 * them from a workbook. What belongs to one workbook — the tables left out, per-cell direction
 * overrides — is not kept.
 */
import { parseSettings, SETTINGS_KEY, storedSettings, type UserSettings } from '../settings/userSettings';
import type { PaneSettings } from '../taskpane/state';

/** localStorage may be refused (a locked-down browser, a private window's quota): nothing is kept then. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadWebSettings(): PaneSettings {
  let raw: unknown = null;
  try {
    raw = storage()?.getItem(SETTINGS_KEY) ?? null;
  } catch {
    raw = null;
  }
  const s = parseSettings(raw);
  return { ...s, directionOverrides: {}, excludedTables: [] };
}

/** Saves the settings on this computer; false when the browser refuses. */
export function saveWebSettings(settings: UserSettings): boolean {
  const store = storage();
  if (!store) return false;
  const { excludedTables: _excluded, ...kept } = parseSettings(settings);
  try {
    store.setItem(SETTINGS_KEY, JSON.stringify(storedSettings({ ...kept, directionOverrides: {} })));
    return true;
  } catch {
    return false;
  }
}
