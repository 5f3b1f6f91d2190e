/**
 * The ward a workbook reports on, read from its header block or title, as a sentence names it.
 */
import type { Grid } from '../grid';
import type { Report } from '../indicator';
import { cleanSpaces, foldText, isUpperCaseText } from '../text';

/** Levels a ward-like unit can have, as written (any case). */
const LEVEL = /(?:^|[\s,;:(\-–])(phường|xã|thị trấn)\s+(.+)$/iu;

/** Bodies that open a header line: `ĐẢNG ỦY PHƯỜNG …`, `UBND PHƯỜNG …`. */
const BODY =
  /^(?:dang uy|dang bo|ban thuong vu dang uy|ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|uy ban mttq|mttq)\s/;

/**
 * Two-word openings of a period or a title's tail, which end a ward's name: `năm 2020`, `nhiệm kỳ`,
 * `giai đoạn`, `quý I`, `khóa X`, `lần thứ`, `6 tháng` (folded). A word alone never ends a name, so
 * `phường Phương Nam`, `xã Phú Quý` are kept whole.
 */
const STOP_PAIR = /^(?:nam \d|nhiem ky|giai doan|quy (?:i|ii|iii|iv|\d)\b|khoa [ivx\d]|lan thu|thang \d|\d+ thang)/;

/** A year (`2020`) ends a name; a ward number (`Phường 12`) does not. */
const YEAR = /^(?:19|20)\d{2}$/;

/** Rows above the first table of a sheet that are searched (header block and title). */
const HEADER_ROWS = 15;

/** Lower case, first letter of each word upper (`PHÚC ĐỒNG` → `Phúc Đồng`). */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/**
 * The ward a text names, or null: `ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG` → `phường Phúc Đồng`, `… NĂM 2020 CỦA
 * PHƯỜNG NGỌC LÂM` → `phường Ngọc Lâm`, `Phường Việt Hưng` → `phường Việt Hưng`, `UBND PHƯỜNG 12` →
 * `phường 12`. The name runs to the end of the text or to a punctuation mark, a year, or a word that
 * starts a period (`năm 2020`, `nhiệm kỳ`, `giai đoạn`…), at most 5 words; upper-case names are put in
 * title case. Levels above the ward (quận, huyện, tỉnh) are never taken.
 * @example wardNameFromText('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG') // → 'phường Phúc Đồng'
 */
export function wardNameFromText(text: string): string | null {
  const m = LEVEL.exec(cleanSpaces(text.normalize('NFC')));
  if (!m) return null;
  const raws = m[2].split(/\s+/);
  const words: string[] = [];
  for (let i = 0; i < raws.length && words.length < 5; i++) {
    const raw = raws[i];
    if (/^[("“'[]/u.test(raw)) break;
    const word = raw.replace(/[,;:.)"”'–-]+$/u, '');
    const folded = foldText(word);
    if (folded === '' || YEAR.test(folded) || STOP_PAIR.test(`${folded} ${foldText(raws[i + 1] ?? '')}`)) break;
    words.push(word);
    if (word !== raw) break;
  }
  if (words.length === 0) return null;
  const name = words.join(' ');
  const level = m[1].toLowerCase();
  return `${level} ${isUpperCaseText(name) ? titleCase(name) : name}`;
}

/** 0-based top row of the first table of each sheet, from the report's A1 ranges. */
function tableTops(report: Report | null): Map<string, number> {
  const tops = new Map<string, number>();
  for (const t of report?.tables ?? []) {
    const row = Number(/\d+/.exec(t.range)?.[0] ?? 1) - 1;
    tops.set(t.sheet, Math.min(tops.get(t.sheet) ?? Infinity, row));
  }
  return tops;
}

/**
 * The ward a workbook reports on. Searched, in order: header lines that open with a body
 * (`ĐẢNG ỦY PHƯỜNG …`, `UBND PHƯỜNG …`), then any other text above the first table (a title
 * `… CỦA PHƯỜNG NGỌC LÂM`), on every sheet (at most 15 rows above a table, or the first 15 rows of a
 * sheet without one); then the file name (`Phường Việt Hưng.xlsx`); failing all, the file name
 * as it is, without its extension.
 * @example wardNameOf([{ sheet: 'S', values: [['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']] }], null, 'a.xlsx') // → 'phường Phúc Đồng'
 */
export function wardNameOf(grids: Grid[], report: Report | null, fileName: string): string {
  const tops = tableTops(report);
  const texts: string[] = [];
  for (const g of grids) {
    const end = Math.min(tops.get(g.sheet) ?? HEADER_ROWS, HEADER_ROWS, g.values.length);
    for (let r = 0; r < end; r++) {
      for (const v of g.values[r] ?? []) if (typeof v === 'string' && v.trim()) texts.push(v);
    }
  }
  const bodies = texts.filter((t) => BODY.test(foldText(t)));
  for (const t of [...bodies, ...texts]) {
    const name = wardNameFromText(t);
    if (name) return name;
  }
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return wardNameFromText(base) ?? base;
}
