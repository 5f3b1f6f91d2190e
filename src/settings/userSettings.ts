/**
 * What a user gives chitieu, in every host: the unit, the bodies and the place of the header, the
 * header's block, the wording, and per workbook the direction overrides and the tables left out.
 * The pane and the page edit it in a form, the add-in keeps it in the workbook, the page in the
 * browser, the command line builds it from its flags. A text left empty was not given: the value
 * then comes from the workbook (`./resolve`).
 *
 * Stored as `{ version: 2, …UserSettings }`. Reading is tolerant: a missing value, another type,
 * unknown fields or invalid values fall back to the defaults field by field; older shapes are
 * understood — the flat one (`leadingZero`/`rateGap` beside the unit names), a JSON string, and
 * version 1, which stored `bodyType: 'party'` whether or not the user chose it (it was the form's
 * default), so a version-1 `party` reads as not chosen and the workbook's own header decides.
 */
import { WORDING_CHOICES, type NarrativeSettings, type WordingSetting } from '../core/narrative/style';

export const SETTINGS_KEY = 'chitieu.settings';
export const SETTINGS_VERSION = 2;

/** The header's block: the party's (Hướng dẫn 36-HD/VPTW) or the state's (Nghị định 30/2020/NĐ-CP). */
export type BodyType = 'party' | 'state';
export type Direction = 'increase' | 'decrease';

/** The wording where two styles are both correct (`rateTarget`, `termExcess`…); left out = the engine's default. */
export type Wording = Partial<Pick<NarrativeSettings, WordingSetting>>;

export interface NarrativeStyle extends Wording {
  /** Counts below 10 with a leading zero (`03 chi bộ`). */
  leadingZero: boolean;
  /** Rate gaps in `điểm phần trăm` or the traditional `%`. */
  rateGap: 'points' | 'percent';
}

export interface UserSettings {
  /** The unit as it reads in a sentence: `phường Phúc Đồng`. */
  unitName: string;
  /** `Đảng bộ quận Long Biên`, `UBND quận Long Biên`. */
  superiorBody: string;
  /** `Đảng ủy phường Phúc Đồng`, `UBND phường Phúc Đồng`. */
  issuingBody: string;
  /** Place of the date line: `Phúc Đồng`. */
  place: string;
  /** The header's block; absent: the workbook's (its title block), else the party's. */
  bodyType?: BodyType;
  narrative: NarrativeStyle;
  /** Per-indicator direction overrides, keyed `sheet!row` (1-based row). */
  directionOverrides: Record<string, Direction>;
  /**
   * Direction overrides by indicator name (`Số đơn thư tồn đọng` → `decrease`), for hosts that know
   * names rather than cells (the command line, the web page); a `sheet!row` override wins over a name.
   */
  directionByName: Record<string, Direction>;
  /** Tables left out of the report (unticked in the task pane), keyed by `tableKey`; absent = none. */
  excludedTables?: string[];
}

export const defaultUserSettings: UserSettings = {
  unitName: '',
  superiorBody: '',
  issuingBody: '',
  place: '',
  narrative: { leadingZero: true, rateGap: 'points' },
  directionOverrides: {},
  directionByName: {},
};

const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

/** Any stored value → valid settings (see the module comment). */
export function parseSettings(raw: unknown): UserSettings {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      value = null;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return structuredClone(defaultUserSettings);
  const o = value as Record<string, unknown>;
  const d = defaultUserSettings;
  const narrative = (typeof o.narrative === 'object' && o.narrative !== null ? o.narrative : o) as Record<
    string,
    unknown
  >;
  return {
    unitName: text(o.unitName, d.unitName),
    superiorBody: text(o.superiorBody, d.superiorBody),
    issuingBody: text(o.issuingBody, d.issuingBody),
    place: text(o.place, d.place),
    ...parseBodyType(o),
    narrative: {
      leadingZero: bool(narrative.leadingZero, d.narrative.leadingZero),
      rateGap:
        narrative.rateGap === 'percent' || narrative.rateGap === 'points' ? narrative.rateGap : d.narrative.rateGap,
      ...parseWording(narrative),
    },
    directionOverrides: parseOverrides(o.directionOverrides),
    directionByName: parseOverrides(o.directionByName),
    ...parseExcluded(o.excludedTables),
  };
}

/** The block as chosen: a stored version-1 `party` was the form's default, not a choice. */
function parseBodyType(o: Record<string, unknown>): { bodyType?: BodyType } {
  if (o.bodyType === 'state') return { bodyType: 'state' };
  const older = typeof o.version === 'number' && o.version < SETTINGS_VERSION;
  return o.bodyType === 'party' && !older ? { bodyType: 'party' } : {};
}

/** The settings as stored, with the version that says how to read them. */
export function storedSettings(settings: UserSettings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, ...parseSettings(settings) };
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
