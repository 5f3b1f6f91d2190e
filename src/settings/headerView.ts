/**
 * The header a run will write, field by field, with where each value comes from — what every host
 * shows before it writes or offers a download (the page's and the pane's header fields, the
 * command line's summary), so the officer sees the workbook's header and can change it.
 *
 * Rules: the values are `sheetSettings`'s (one rule for what is written); a field's source is
 * - `typed` when the user gave it, or it follows from what the user gave (the place and the block
 *   of an issuing body typed: `UBND phường Ngọc Thụy` → state, `Ngọc Thụy`);
 * - `workbook` when it was read from the workbook's title block;
 * - `none` when nothing gave it: an empty line (the officer writes it on the printed copy), or the
 *   party's block, the default.
 */
import { blockOf } from './bodies';
import { sheetSettings } from './resolve';
import type { BodyType, UserSettings } from './userSettings';
import type { WorkbookHeader } from './workbookHeader';

export type HeaderSource = 'typed' | 'workbook' | 'none';

export interface HeaderValue<T> {
  value: T;
  source: HeaderSource;
}

export interface RunHeader {
  bodyType: HeaderValue<BodyType>;
  superiorBody: HeaderValue<string>;
  issuingBody: HeaderValue<string>;
  place: HeaderValue<string>;
}

/** The header written with `u` on a workbook whose title block gives `workbook` (see the module comment). */
export function runHeader(u: UserSettings, workbook: WorkbookHeader): RunHeader {
  const s = sheetSettings(u, workbook, null);
  const issuingTyped = u.issuingBody.trim() !== '';
  const source = (typed: boolean, value: string): HeaderSource => (typed ? 'typed' : value ? 'workbook' : 'none');
  const blockTyped = u.bodyType !== undefined || (issuingTyped && blockOf(u.issuingBody) !== null);
  return {
    bodyType: {
      value: s.bodyType,
      source: blockTyped ? 'typed' : workbook.block !== null ? 'workbook' : 'none',
    },
    superiorBody: { value: s.superiorBody, source: source(u.superiorBody.trim() !== '', s.superiorBody) },
    issuingBody: { value: s.issuingBody, source: source(issuingTyped, s.issuingBody) },
    place: { value: s.place, source: source(u.place.trim() !== '' || (issuingTyped && s.place !== ''), s.place) },
  };
}
