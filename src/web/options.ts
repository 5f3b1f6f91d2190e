/**
 * The page's settings as the file pipeline takes them — completed the way the command line completes
 * its options: a field left empty is left out, so the pipeline derives it from the issuing body
 * (the unit the sentences name, the place of the date line) and the date is today's. With nothing
 * set, the page's copy is the one `chitieu report -o` writes with no option.
 */
import { parseWording } from '../excel/settings';
import type { PaneSettings } from '../taskpane/state';
import type { RunOptions } from './protocol';

/** `{ key: value }` when `value` is not empty, else `{}`. */
function given<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const v = value.trim();
  return v ? ({ [key]: v } as Record<K, string>) : {};
}

export function runOptions(s: PaneSettings): RunOptions {
  return {
    settings: {
      ...given('unitName', s.unitName),
      leadingZero: s.narrative.leadingZero,
      rateGap: s.narrative.rateGap,
      ...parseWording({ ...s.narrative }),
      directionOverrides: { ...s.directionOverrides },
      ...(s.excludedTables.length > 0 ? { excludedTables: [...s.excludedTables] } : {}),
    },
    sheetSettings: {
      issuingBody: s.issuingBody.trim(),
      superiorBody: s.superiorBody.trim(),
      bodyType: s.bodyType,
      ...given('place', s.place),
    },
  };
}
