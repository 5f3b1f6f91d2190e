/**
 * The header a workbook gives itself, read from its title block (the rows above its tables, see
 * `core/titleBlock`): the issuing body, the body above it, the block and the place.
 *
 * Rules:
 * - The issuing body is the lowest-level body line (`ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG` under `ĐẢNG BỘ QUẬN
 *   LONG BIÊN`); the superior, the nearest body line above its level. Lines are read in sheet and
 *   row order, the first wins a tie (a workbook that gathers several wards takes its first sheet's).
 * - The block is the motto's (`ĐẢNG CỘNG SẢN VIỆT NAM`: party; `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`:
 *   state), else the issuing body's; unknown when neither is there.
 * - The place is the date line's (`Giang Biên, ngày 15 tháng 7 năm 2024`), else the issuing body's
 *   unit name.
 */
import type { Grid } from '../core/grid';
import { foldText } from '../core/text';
import { levelRank, titleTexts, type TablePlace } from '../core/titleBlock';
import { bodyOf, placeOf, type Body } from './bodies';
import type { BodyType } from './userSettings';

export interface WorkbookHeader {
  issuing: Body | null;
  superior: Body | null;
  block: BodyType | null;
  place: string;
}

export const NO_HEADER: WorkbookHeader = { issuing: null, superior: null, block: null, place: '' };

const MOTTOS: [string, BodyType][] = [
  ['dang cong san viet nam', 'party'],
  ['cong hoa xa hoi chu nghia viet nam', 'state'],
];

/** `Giang Biên, ngày 15 tháng 7 năm 2024` → `Giang Biên`; at most 4 words before `, ngày`. */
const DATE_LINE = /^\s*([^,\d]{2,40}?)\s*,\s*ngày\b/iu;

/** The header of a workbook's sheets, given the tables found on them (see the module comment). */
export function readWorkbookHeader(grids: Grid[], tables: TablePlace[]): WorkbookHeader {
  const lines = grids.flatMap((g) => titleTexts(g, tables)).flatMap((t) => t.split(/\r?\n/));
  const bodies = lines.map(bodyOf).filter((b): b is Body => b !== null);
  const rank = (b: Body) => levelRank(b.unit.level);
  const lowest = (list: Body[]) => list.reduce<Body | null>((m, b) => (m === null || rank(b) < rank(m) ? b : m), null);
  const issuing = lowest(bodies);
  const superior = issuing ? lowest(bodies.filter((b) => rank(b) > rank(issuing))) : null;
  const motto = lines.map(mottoOf).find((m) => m !== null) ?? null;
  const dated = lines.map((l) => DATE_LINE.exec(l)?.[1]).find((p) => p && p.trim().split(/\s+/).length <= 4);
  return {
    issuing,
    superior,
    block: motto ?? issuing?.block ?? null,
    place: dated?.trim() ?? (issuing ? placeOf(issuing.written) : ''),
  };
}

function mottoOf(line: string): BodyType | null {
  const folded = foldText(line);
  return MOTTOS.find(([m]) => folded === m)?.[1] ?? null;
}
