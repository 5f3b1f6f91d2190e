/**
 * The settings a person gives (issuing body, the body above it, the header style) completed the
 * way every host completes them: the place of the date line and the unit the sentences name are
 * taken from the issuing body, the date is today's (the engine has no clock; the host has).
 */
import type { ReportSettings } from '../core/index';
import type { SheetSettings } from '../core/report';

const BODY_WORDS =
  /^(?:đảng ủy|đảng uỷ|ban thường vụ đảng ủy|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hđnd|hội đồng nhân dân|ủy ban mttq|chi bộ|đảng bộ)\s+/iu;

/** `Đảng ủy phường Phúc Đồng` → `phường Phúc Đồng`, the unit as a sentence names it. */
export function unitInSentence(issuingBody: string): string {
  const unit = issuingBody.trim().replace(BODY_WORDS, '');
  return unit ? unit[0].toLocaleLowerCase('vi') + unit.slice(1) : '';
}

/** `Đảng ủy phường Phúc Đồng` → `Phúc Đồng`, the place of the date line. */
export function placeOf(issuingBody: string): string {
  return unitInSentence(issuingBody).replace(/^(?:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh)\s+/iu, '');
}

/** Header settings of the summary sheet: what was given, the rest from the issuing body and `now`. */
export function completeSheetSettings(given: Partial<SheetSettings> = {}, now = new Date()): Partial<SheetSettings> {
  const issuingBody = given.issuingBody ?? '';
  return {
    issuingBody,
    superiorBody: given.superiorBody ?? '',
    bodyType: given.bodyType ?? 'party',
    place: placeOf(issuingBody),
    date: { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() },
    ...given,
  };
}

/** The engine's settings: the units the sentences name come from the header's bodies unless given. */
export function engineSettings(
  sheet: Partial<SheetSettings>,
  given: Partial<ReportSettings> = {},
): Partial<ReportSettings> {
  return {
    unitName: unitInSentence(sheet.issuingBody ?? ''),
    superiorName: unitInSentence(sheet.superiorBody ?? ''),
    ...given,
  };
}
