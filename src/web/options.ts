/**
 * The page's settings as the file pipeline takes them — completed the way the command line completes
 * its options: a field left empty is left out, so the pipeline derives it from the issuing body
 * (the unit the sentences name, the place of the date line) and the date is today's. With nothing
 * set, the page's copy is the one `chitieu report -o` writes with no option.
 */
import { toReportSettings } from '../excel/settings';
import type { PaneSettings } from '../taskpane/state';
import type { RunOptions } from './protocol';

/** `{ key: value }` when `value` is not empty, else `{}`. */
function given<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const v = value.trim();
  return v ? ({ [key]: v } as Record<K, string>) : {};
}

export function runOptions(s: PaneSettings): RunOptions {
  // The engine's settings as the add-in maps them (wording, overrides, tables left out), but for the
  // unit names: left out when empty, so the pipeline derives them from the bodies as the CLI does.
  const { unitName: _unit, superiorName: _superior, ...engine } = toReportSettings(s);
  return {
    settings: { ...given('unitName', s.unitName), ...engine },
    sheetSettings: {
      issuingBody: s.issuingBody.trim(),
      superiorBody: s.superiorBody.trim(),
      bodyType: s.bodyType,
      ...given('place', s.place),
    },
  };
}
