/**
 * The ward a workbook reports on, read from its header block or title, as a sentence names it.
 */
import type { Grid } from '../grid';
import type { Report } from '../indicator';
import { mentionsIn, titleOf, titleTexts, type Mention } from '../titleBlock';

/**
 * The ward a text names, or null: `ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG` → `phường Phúc Đồng`, `… NĂM 2020 CỦA
 * PHƯỜNG NGỌC LÂM` → `phường Ngọc Lâm`, `Phường Việt Hưng` → `phường Việt Hưng`, `UBND PHƯỜNG 12` →
 * `phường 12`, `UBND P. THƯỢNG THANH` → `phường Thượng Thanh`. The rules of the name are those of
 * the title block (`../titleBlock`); levels above the ward (quận, huyện, thị xã, tỉnh) are never
 * taken — `THỊ XÃ ĐỨC PHỔ` names no ward, nor does `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`.
 * @example wardNameFromText('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG') // → 'phường Phúc Đồng'
 */
export function wardNameFromText(text: string): string | null {
  return wardOf(mentionsIn(text));
}

function wardOf(mentions: Mention[]): string | null {
  const named = mentions.filter((m) => m.rank === 1 && m.name);
  const unit = titleOf(named).unit;
  return unit ? `${unit.level} ${unit.name}` : null;
}

/**
 * The ward a workbook reports on. Read, in order: its title blocks (every sheet's rows above its
 * first table, at most 15, and its tables' header rows; a line that opens with a body — `ĐẢNG ỦY
 * PHƯỜNG …`, `UBND XÃ …` — before a title `… CỦA PHƯỜNG NGỌC LÂM`), then its sheet names
 * (`P. Thượng Thanh`), then the file name when it names a ward (`Phường Việt Hưng.xlsx`); failing
 * all, the file name as it is, without its extension (the column must be labelled, and an
 * unreadable file is labelled the same way).
 * @example wardNameOf([{ sheet: 'S', values: [['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']] }], null, 'a.xlsx') // → 'phường Phúc Đồng'
 */
export function wardNameOf(grids: Grid[], report: Report | null, fileName: string): string {
  return wardInputOf(grids, report, fileName).ward;
}

/**
 * The ward of a workbook as the consolidation takes it: its name (`wardNameOf`), and `unnamed`
 * when nothing in the workbook names a ward and the name is only its file's: a
 * sentence never names a unit by a file name.
 * @example wardInputOf([{ sheet: 'Sheet1', values: [[]] }], null, 'bao-cao.xlsx') // → { ward: 'bao-cao', unnamed: true }
 */
export function wardInputOf(grids: Grid[], report: Report | null, fileName: string): { ward: string; unnamed?: true } {
  const tables = report?.tables ?? [];
  const fromTitles = wardOf(grids.flatMap((g) => titleTexts(g, tables).flatMap(mentionsIn)));
  if (fromTitles) return { ward: fromTitles };
  for (const g of grids) {
    const fromSheet = wardNameFromText(g.sheet);
    if (fromSheet) return { ward: fromSheet };
  }
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const fromFile = wardNameFromText(base);
  return fromFile ? { ward: fromFile } : { ward: base, unnamed: true };
}

/** Ward levels in the order reports list them together (`các xã, phường, thị trấn`). */
const LEVEL_ORDER = ['xã', 'phường', 'thị trấn', 'đặc khu'];

/**
 * The word the district sentences count the wards with (`14 phường`, `xếp thứ 01/14 xã`): the
 * setting when given, else the level of the ward names, several levels listed as reports do
 * (`xã, phường`); `phường` when no name has a level.
 * @example levelWordOf(['xã Phổ An', 'phường Phổ Hòa'], '') // → 'xã, phường'
 */
export function levelWordOf(names: string[], setting: string): string {
  if (setting) return setting;
  const levels = new Set(
    names
      .map((n) => mentionsIn(n)[0])
      .filter((m) => m && m.rank === 1)
      .map((m) => m!.level),
  );
  const present = LEVEL_ORDER.filter((l) => levels.has(l));
  return present.length ? present.join(', ') : 'phường';
}
