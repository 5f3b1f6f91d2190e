/**
 * The add-in's settings, kept in the workbook itself (`Office.context.document.settings`), so a
 * ward's workbook remembers its unit, bodies and wording wherever it is opened.
 *
 * Stored under one key, `chitieu.settings`, as `{ version: 1, …AddinSettings }`. Reading is
 * tolerant: a missing key, another type, unknown fields or invalid values fall back to the defaults
 * field by field; older shapes are understood — the flat one (`leadingZero`/`rateGap` beside the
 * unit names, before `narrative` existed) and a JSON string instead of an object.
 */
/// <reference types="office-js" />
import type { ReportSettings } from '../core/index';
// From the header module itself, not the report barrel: the pane's first screen loads this file.
import { defaultSheetSettings, type SheetSettings } from '../core/report/header';
import { refuse, refusalMessage, type Refusal } from '../core/refusal';
import { WORDING_CHOICES, type NarrativeSettings, type WordingSetting } from '../core/narrative/style';

export const SETTINGS_KEY = 'chitieu.settings';
export const SETTINGS_VERSION = 1;

export type BodyType = 'party' | 'state';
export type Direction = 'increase' | 'decrease';

/**
 * The wording where two styles are both correct (`rateTarget`, `termExcess`, …); a setting left out
 * is the engine's default, the seeds' way.
 */
export type Wording = Partial<Pick<NarrativeSettings, WordingSetting>>;

export interface NarrativeStyle extends Wording {
  /** Counts below 10 with a leading zero (`03 chi bộ`). */
  leadingZero: boolean;
  /** Rate gaps in `điểm phần trăm` or the traditional `%`. */
  rateGap: 'points' | 'percent';
}

export interface AddinSettings {
  /** The unit as it reads in a sentence: `phường Phúc Đồng`. */
  unitName: string;
  /** `Đảng bộ quận Long Biên`, `UBND quận Long Biên`. */
  superiorBody: string;
  /** `Đảng ủy phường Phúc Đồng`, `UBND phường Phúc Đồng`. */
  issuingBody: string;
  /** Place of the date line: `Phúc Đồng`. */
  place: string;
  bodyType: BodyType;
  narrative: NarrativeStyle;
  /** Per-indicator direction overrides, keyed `sheet!row` (1-based row). */
  directionOverrides: Record<string, Direction>;
  /** Tables left out of the report (unticked in the task pane), keyed by `tableKey`; absent = none. */
  excludedTables?: string[];
}

export const defaultAddinSettings: AddinSettings = {
  unitName: '',
  superiorBody: '',
  issuingBody: '',
  place: '',
  bodyType: 'party',
  narrative: { leadingZero: true, rateGap: 'points' },
  directionOverrides: {},
};

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

const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

/** Any stored value → valid settings (see the module comment). */
export function parseSettings(raw: unknown): AddinSettings {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      value = null;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return structuredClone(defaultAddinSettings);
  const o = value as Record<string, unknown>;
  const d = defaultAddinSettings;
  const narrative = (typeof o.narrative === 'object' && o.narrative !== null ? o.narrative : o) as Record<
    string,
    unknown
  >;
  return {
    unitName: text(o.unitName, d.unitName),
    superiorBody: text(o.superiorBody, d.superiorBody),
    issuingBody: text(o.issuingBody, d.issuingBody),
    place: text(o.place, d.place),
    bodyType: o.bodyType === 'state' || o.bodyType === 'party' ? o.bodyType : d.bodyType,
    narrative: {
      leadingZero: bool(narrative.leadingZero, d.narrative.leadingZero),
      rateGap:
        narrative.rateGap === 'percent' || narrative.rateGap === 'points' ? narrative.rateGap : d.narrative.rateGap,
      ...parseWording(narrative),
    },
    directionOverrides: parseOverrides(o.directionOverrides),
    ...parseExcluded(o.excludedTables),
  };
}

/** The wording settings stored with a value they have; the others are left out (the defaults). */
export function parseWording(o: Record<string, unknown>): Wording {
  const out: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(WORDING_CHOICES))
    if ((values as readonly unknown[]).includes(o[key])) out[key] = o[key];
  return out as Wording;
}

function parseExcluded(v: unknown): { excludedTables?: string[] } {
  const keys = Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
  return keys.length > 0 ? { excludedTables: [...new Set(keys)] } : {};
}

function parseOverrides(v: unknown): Record<string, Direction> {
  const out: Record<string, Direction> = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return out;
  for (const [k, d] of Object.entries(v)) if (d === 'increase' || d === 'decrease') out[k] = d;
  return out;
}

/** The settings stored in the open workbook (defaults when there are none), as this runtime last read them. */
export function loadSettings(store: SettingsStore = documentSettings()): AddinSettings {
  return parseSettings(store.get(SETTINGS_KEY));
}

/**
 * The settings as saved in the document now: `refreshAsync` first, then `loadSettings`. The
 * ribbon's function file keeps its own copy of the settings from when it started, so a change the
 * task pane has saved since would otherwise be missed. If the refresh fails, the copy at hand is
 * used (the run still works, with the settings it had).
 */
export function loadSavedSettings(store: SettingsStore = documentSettings()): Promise<AddinSettings> {
  return new Promise((resolve) => {
    if (typeof store.refreshAsync !== 'function') {
      resolve(loadSettings(store));
      return;
    }
    store.refreshAsync(() => resolve(loadSettings(store)));
  });
}

/** Stores the settings in the workbook and saves them with it. */
export function saveSettings(settings: AddinSettings, store: SettingsStore = documentSettings()): Promise<SaveResult> {
  store.set(SETTINGS_KEY, { version: SETTINGS_VERSION, ...parseSettings(settings) });
  return new Promise((resolve) =>
    store.saveAsync((result) => {
      if (result.status === 'succeeded') resolve({ ok: true });
      else resolve(refuse('settings-not-saved', String(result.error?.code ?? 'Unknown')));
    }),
  );
}

/** A failed save, in one Vietnamese sentence with Office's error code (its own text is English). */
export function saveFailedMessage(code: number | string | undefined): string {
  return refusalMessage('settings-not-saved', String(code ?? 'Unknown'));
}

/** What the engine takes from the settings. */
export function toReportSettings(s: AddinSettings): Partial<ReportSettings> {
  return {
    unitName: s.unitName,
    superiorName: s.superiorBody,
    leadingZero: s.narrative.leadingZero,
    rateGap: s.narrative.rateGap,
    ...parseWording({ ...s.narrative }),
    directionOverrides: { ...s.directionOverrides },
    ...(s.excludedTables?.length ? { excludedTables: [...s.excludedTables] } : {}),
  };
}

/** What the summary sheet's header takes from the settings, with the date of the day. */
export function toSheetSettings(s: AddinSettings, today: Date | null): SheetSettings {
  return {
    ...defaultSheetSettings,
    bodyType: s.bodyType,
    superiorBody: s.superiorBody,
    issuingBody: s.issuingBody,
    place: s.place,
    date: today ? { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() } : null,
  };
}
