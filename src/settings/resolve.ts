/**
 * What the engine and the summary sheet take, from what the user gave and from the workbook — the
 * one mapping every host (the add-in, the page, the command line) runs.
 *
 * Rules (a text left empty was not given; what the user typed always wins):
 * - The unit the sentences name: the unit typed, else the unit of the issuing body typed
 *   (`Đảng ủy phường Phúc Đồng` → `phường Phúc Đồng`), else none — the engine then writes the level
 *   word of the title block (`Năm 2020 phường được quận giao…`, as the seeds do). The superior's
 *   level (`được quận giao`) comes from the superior typed, else from the title block.
 * - The header's block: the one chosen, else the block of the issuing body typed (`UBND …`: state),
 *   else the workbook's (`readWorkbookHeader`), else the party's.
 * - The issuing body and the superior: those typed, else the workbook's when they belong to the
 *   header's block (a party body is never put under the national motto, nor the reverse: the line is
 *   then left empty for the officer).
 * - The place: the one typed, else the issuing body typed's unit name, else the workbook's.
 * - The date: the host's today (the engine has no clock); null leaves `ngày … tháng … năm …`.
 */
import type { ReportSettings } from '../core/index';
import { defaultSheetSettings, type SheetSettings } from '../core/report/header';
import { blockOf, placeOf, unitInSentence, type Body } from './bodies';
import { parseWording, type UserSettings } from './userSettings';
import { NO_HEADER, type WorkbookHeader } from './workbookHeader';

/** The engine's settings. */
export function engineSettings(u: UserSettings): Partial<ReportSettings> {
  return {
    unitName: u.unitName.trim() || unitInSentence(u.issuingBody),
    superiorName: u.superiorBody.trim(),
    leadingZero: u.narrative.leadingZero,
    rateGap: u.narrative.rateGap,
    ...parseWording({ ...u.narrative }),
    directionOverrides: { ...u.directionOverrides },
    directionByName: { ...u.directionByName },
    ...(u.excludedTables?.length ? { excludedTables: [...u.excludedTables] } : {}),
  };
}

/** The summary sheet's header settings (and the Word appendix's). */
export function sheetSettings(
  u: UserSettings,
  workbook: WorkbookHeader = NO_HEADER,
  today: Date | null,
): SheetSettings {
  const issuingBody = u.issuingBody.trim();
  const bodyType = u.bodyType ?? blockOf(issuingBody) ?? workbook.block ?? 'party';
  const fromWorkbook = (b: Body | null) => (b && b.block === bodyType ? b.written : '');
  return {
    ...defaultSheetSettings,
    bodyType,
    issuingBody: issuingBody || fromWorkbook(workbook.issuing),
    superiorBody: u.superiorBody.trim() || fromWorkbook(workbook.superior),
    place: u.place.trim() || (issuingBody ? placeOf(issuingBody) : workbook.place),
    date: today ? { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() } : null,
  };
}
