/**
 * The bodies that issue a ward's report, as a header line or a setting writes them, and the block
 * each belongs to: `Đảng ủy phường Phúc Đồng` (party) and `UBND phường Phúc Đồng` (state).
 *
 * Rules:
 * - A body is one of the forms below, in any case and with or without diacritics, followed by the
 *   unit it heads (`ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG`, `UBND P. PHÚC ĐỒNG`), or a party committee named by
 *   its level (`QUẬN ỦY LONG BIÊN`, `THÀNH ỦY HÀ NỘI`).
 * - Party: đảng ủy, đảng bộ, chi bộ, ban thường vụ / ban chấp hành, the committees; state: UBND,
 *   ủy ban nhân dân, HĐND, hội đồng nhân dân. A mass organisation (MTTQ…) is neither.
 * - Written back in the settings' case: the body's own words as officials write them (`Đảng ủy`,
 *   `UBND`), the level in lower case, the unit's name with its capitals (`Đảng ủy phường Phúc Đồng`).
 */
import { foldText } from '../core/text';
import { mentionsIn, type NamedLevel } from '../core/titleBlock';
import type { BodyType } from './userSettings';

/** Folded opening → the body's words as written, and its block. */
const FORMS: [folded: string, written: string, block: BodyType][] = [
  ['ban thuong vu dang uy', 'Ban Thường vụ Đảng ủy', 'party'],
  ['ban chap hanh dang bo', 'Ban Chấp hành Đảng bộ', 'party'],
  ['dang uy', 'Đảng ủy', 'party'],
  ['dang bo', 'Đảng bộ', 'party'],
  ['chi bo', 'Chi bộ', 'party'],
  ['uy ban nhan dan', 'Ủy ban nhân dân', 'state'],
  ['ubnd', 'UBND', 'state'],
  ['hoi dong nhan dan', 'Hội đồng nhân dân', 'state'],
  ['hdnd', 'HĐND', 'state'],
];

/** A party committee named by its level: `quận ủy` → `Quận ủy`. */
const COMMITTEES: Record<string, string> = {
  'quan uy': 'Quận ủy',
  'huyen uy': 'Huyện ủy',
  'thi uy': 'Thị ủy',
  'thanh uy': 'Thành ủy',
  'tinh uy': 'Tỉnh ủy',
};

export interface Body {
  /** As a setting writes it: `Đảng ủy phường Phúc Đồng`. */
  written: string;
  block: BodyType;
  /** The unit it heads. */
  unit: NamedLevel;
}

/** The body a line of text opens with (see the module comment), or null. */
export function bodyOf(line: string): Body | null {
  const folded = foldText(line);
  const unit = mentionsIn(line)[0];
  if (!unit?.name) return null;
  const committee = Object.keys(COMMITTEES).find((c) => folded === c || folded.startsWith(`${c} `));
  if (committee) return { written: `${COMMITTEES[committee]} ${unit.name}`, block: 'party', unit: plain(unit) };
  const form = FORMS.find(([f]) => folded.startsWith(`${f} `));
  if (!form) return null;
  return { written: `${form[1]} ${unit.level} ${unit.name}`, block: form[2], unit: plain(unit) };
}

function plain(m: NamedLevel): NamedLevel {
  return { level: m.level, name: m.name };
}

/** The block a body's name states (`UBND phường …` → state), or null. */
export function blockOf(text: string): BodyType | null {
  return bodyOf(text)?.block ?? null;
}

/** `Đảng ủy phường Phúc Đồng` → `phường Phúc Đồng`, the unit as a sentence names it; `''` for none. */
export function unitInSentence(body: string): string {
  const b = bodyOf(body.trim());
  if (b) return `${b.unit.level} ${b.unit.name}`;
  const unit = body.trim();
  return unit ? unit[0].toLocaleLowerCase('vi') + unit.slice(1) : '';
}

/**
 * `Đảng ủy phường Phúc Đồng` → `Phúc Đồng`, the place of the date line. A numbered ward
 * (`phường 12`) is no place a date line names: none then, for the officer to write.
 */
export function placeOf(body: string): string {
  const b = bodyOf(body.trim());
  const name = b ? b.unit.name : (mentionsIn(body)[0]?.name ?? '');
  return /^\d+$/.test(name) ? '' : name;
}
