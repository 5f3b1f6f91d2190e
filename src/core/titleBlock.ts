/**
 * The unit a workbook reports on and the body above it, read from its title block (the rows above
 * its tables) and its table headers: `ĐẢNG BỘ QUẬN LONG BIÊN` over `ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG` give the
 * unit `phường Phúc Đồng` under `quận Long Biên`; `Chỉ tiêu quận giao` names the superior's level.
 *
 * Rules:
 * - Levels, lowest first: `phường`, `xã`, `thị trấn`, `đặc khu`; `quận`, `huyện`, `thị xã`; `thành
 *   phố`; `tỉnh` — in any case, abbreviated (`P.`, `X.`, `TT.`, `Q.`, `H.`, `TX.`, `TP.`), or as a
 *   party committee (`QUẬN ỦY`, `HUYỆN ỦY`, `THỊ ỦY`, `THÀNH ỦY`, `TỈNH ỦY`).
 * - A level is followed by its name (`PHÚC ĐỒNG`, `Phường 12`): at most 5 words, ended by a
 *   punctuation mark, a year, a period (`năm 2020`, `nhiệm kỳ`…), an opening bracket, and in mixed
 *   case by a word in lower case. A level with no name (`Đảng bộ phường nhiệm kỳ…`, `quận giao`)
 *   still tells the level.
 * - Not a level: `xã hội` (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `KINH TẾ - XÃ HỘI`) unless a body
 *   word opens it (`UBND XÃ HỘI XUÂN`), `hợp tác xã`, and plurals (`các phường`, `những xã`).
 * - The unit is the lowest level named (a header line that opens with a body — `ĐẢNG ỦY`, `UBND`… —
 *   first, then the other lines in reading order); the superior is the nearest level above it.
 * - Each cell's lines are read separately (a header block typed in one cell over two lines).
 */
import type { CellValue, Grid } from './grid';
import { cleanSpaces, foldText, isUpperCaseText } from './text';
import { minOf, pushAll } from './arrays';

/** A level with its name, as a sentence writes them: `{ level: 'phường', name: 'Phúc Đồng' }`; name `''` when unknown. */
export interface NamedLevel {
  level: string;
  name: string;
}

export interface TitleBlock {
  unit: NamedLevel | null;
  superior: NamedLevel | null;
}

export const NO_TITLE: TitleBlock = { unit: null, superior: null };

/** Rank of each level: 1 for the wards (the level that reports), higher above. */
const RANK: Record<string, number> = {
  phường: 1,
  xã: 1,
  'thị trấn': 1,
  'đặc khu': 1,
  quận: 2,
  huyện: 2,
  'thị xã': 2,
  'thành phố': 2.5,
  tỉnh: 3,
};

/** Written forms (lower case, NFC) → level. */
const WRITTEN: Record<string, string> = {
  ...Object.fromEntries(Object.keys(RANK).map((l) => [l, l])),
  'p.': 'phường',
  'x.': 'xã',
  'tt.': 'thị trấn',
  'q.': 'quận',
  'h.': 'huyện',
  'tx.': 'thị xã',
  'tp.': 'thành phố',
  'quận ủy': 'quận',
  'huyện ủy': 'huyện',
  'thị ủy': 'thị xã',
  'thành ủy': 'thành phố',
  'tỉnh ủy': 'tỉnh',
};

/** Bodies that open a header line: `ĐẢNG ỦY PHƯỜNG …`, `UBND PHƯỜNG …` (folded). */
const BODY =
  /^(?:dang uy|dang bo|ban thuong vu dang uy|ban thuong vu|ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|uy ban mttq|mttq|chi bo)\s/;

/** Words before a level that make it a plural or a common noun, not a named unit (folded). */
const NOT_BEFORE = /^(?:cac|nhung|moi|tac)$/;

/**
 * Two-word openings of a period or a title's tail, which end a name: `năm 2020`, `nhiệm kỳ`,
 * `giai đoạn`, `quý I`, `khóa X`, `lần thứ`, `6 tháng` (folded). A word alone never ends a name, so
 * `phường Phương Nam`, `xã Phú Quý` are kept whole.
 */
const STOP_PAIR = /^(?:nam \d|nhiem ky|giai doan|quy (?:i|ii|iii|iv|\d)\b|khoa [ivx\d]|lan thu|thang \d|\d+ thang)/;

/** The word after `giao` when `quận giao` means "assigned by the quận" (`QUẬN GIAO NĂM 2020`), not a name (`HUYỆN GIAO THỦY`). */
const AFTER_ASSIGNS = /^(?:|cho|nam|cac|ke|chi|thuc|nhiem|giai|\d+)$/;

/** A year (`2020`) ends a name; a ward number (`Phường 12`) does not. */
const YEAR = /^(?:19|20)\d{2}$/;

const MAX_NAME_WORDS = 5;

/** Rows above the first table of a sheet that are read (header block and title). */
const HEADER_ROWS = 15;
/** Rows of a table's own header read for `Chỉ tiêu quận giao`. */
const TABLE_HEADER_ROWS = 3;

/** A level met in a text. */
export interface Mention extends NamedLevel {
  rank: number;
  /** The line opens with a body (`ĐẢNG ỦY`, `UBND`…). */
  body: boolean;
  /** `quận giao`: the level that assigns the targets, never the unit. */
  assigns: boolean;
}

function lower(word: string): string {
  return word.toLowerCase().replace(/uỷ/g, 'ủy');
}

/** Lower case, first letter of each word upper (`PHÚC ĐỒNG` → `Phúc Đồng`). */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** The level written at `words[i]` and how many words it takes, or null. */
function levelAt(words: string[], i: number): { level: string; length: number } | null {
  const bare = (w: string | undefined) => lower((w ?? '').replace(/[,;:]+$/u, ''));
  const two = `${bare(words[i])} ${bare(words[i + 1])}`;
  if (WRITTEN[two]) return { level: WRITTEN[two], length: 2 };
  const one = bare(words[i]);
  return WRITTEN[one] ? { level: WRITTEN[one], length: 1 } : null;
}

/** The name that follows a level, from `words[start]` (see the module comment), `''` for none. */
function nameFrom(words: string[], start: number, upper: boolean): string {
  const out: string[] = [];
  for (let i = start; i < words.length && out.length < MAX_NAME_WORDS; i++) {
    const raw = words[i];
    if (/^[("“'[*]/u.test(raw)) break;
    const word = raw.replace(/[,;:.)"”'–*-]+$/u, '');
    const folded = foldText(word);
    const pair = `${folded} ${foldText(words[i + 1] ?? '')}`;
    if (folded === '' || YEAR.test(folded) || STOP_PAIR.test(pair)) break;
    if (out.length === 0 && folded === 'giao' && AFTER_ASSIGNS.test(foldText(words[i + 1] ?? ''))) break;
    if (!upper && !/^[\p{Lu}\d]/u.test(word)) break;
    out.push(word);
    if (word !== raw) break;
  }
  const name = out.join(' ');
  return upper ? titleCase(name) : name;
}

/**
 * The levels a line of text names, in order.
 * @example mentionsIn('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG') // → [{ level: 'phường', name: 'Phúc Đồng', rank: 1, body: true, assigns: false }]
 */
function mentionsInLine(line: string): Mention[] {
  const text = cleanSpaces(line.normalize('NFC')).replace(/(^|[\s(,])(P|X|TT|Q|H|TX|TP)\.(?=\p{L})/giu, '$1$2. ');
  const words = text.split(' ').filter((w) => w);
  const folded = foldText(text);
  const body = BODY.test(`${folded} `);
  const upper = isUpperCaseText(text);
  const out: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const at = levelAt(words, i);
    if (!at) continue;
    const before = foldText(words[i - 1] ?? '');
    const openedByBody = body && BODY.test(`${foldText(words.slice(0, i).join(' '))} `);
    const name = nameFrom(words, i + at.length, upper);
    const assigns = !name && foldText(words[i + at.length] ?? '') === 'giao';
    const society = at.level === 'xã' && /^hoi\b/.test(foldText(name)) && !openedByBody;
    if (!NOT_BEFORE.test(before) && !society) out.push({ level: at.level, name, rank: RANK[at.level], body, assigns });
    i += at.length - 1;
  }
  return out;
}

/** The levels a cell's text names, line by line. */
export function mentionsIn(text: string): Mention[] {
  return text.split(/\r?\n/).flatMap(mentionsInLine);
}

/** The lowest level named, body lines first; then the nearest level above it. */
export function titleOf(mentions: Mention[]): TitleBlock {
  if (mentions.length === 0) return NO_TITLE;
  const byRank = (a: Mention, b: Mention) =>
    a.rank - b.rank || Number(!!b.name) - Number(!!a.name) || Number(b.body) - Number(a.body);
  const plain = (m: Mention | undefined): NamedLevel | null => (m ? { level: m.level, name: m.name } : null);
  const unit = mentions.filter((m) => !m.assigns).sort(byRank)[0];
  const above = mentions.filter((m) => !unit || m.rank > unit.rank).sort(byRank)[0];
  return { unit: plain(unit), superior: plain(above) };
}

/** The texts of rows `from`…`to` (exclusive) of a grid. */
function rowTexts(values: CellValue[][], from: number, to: number): string[] {
  const texts: string[] = [];
  for (let r = Math.max(0, from); r < Math.min(to, values.length); r++) {
    for (const v of values[r] ?? []) if (typeof v === 'string' && v.trim()) texts.push(v);
  }
  return texts;
}

/** Where a table is: its A1 range and the 1-based rows of its indicators (its header is above them). */
export interface TablePlace {
  sheet: string;
  range: string;
  indicators: { row: number }[];
}

/** 0-based rows of each table's header on a sheet: `[top, end)`, at most `TABLE_HEADER_ROWS`. */
function headerRows(sheet: string, tables: TablePlace[]): [number, number][] {
  return tables
    .filter((t) => t.sheet === sheet)
    .map((t) => {
      const top = Number(/\d+/.exec(t.range)?.[0] ?? 1) - 1;
      const firstData = t.indicators.reduce((m, i) => Math.min(m, i.row - 1), Infinity);
      return [top, Math.min(top + TABLE_HEADER_ROWS, firstData)];
    });
}

/** The texts of a sheet's title block (above its first table) and of its tables' header rows. */
export function titleTexts(grid: Grid, tables: TablePlace[]): string[] {
  const headers = headerRows(grid.sheet, tables);
  const first = headers.length ? minOf(headers.map(([top]) => top)) : HEADER_ROWS;
  const texts = rowTexts(grid.values, 0, Math.min(first, HEADER_ROWS));
  for (const [top, end] of headers) pushAll(texts, rowTexts(grid.values, top, end));
  return texts;
}

/** The title block of a workbook and of each of its sheets, a sheet's missing parts from the workbook's. */
export interface TitleBlocks {
  workbook: TitleBlock;
  bySheet: Map<string, TitleBlock>;
}

/**
 * Reads the title blocks of a workbook's sheets (see the module comment).
 * @example readTitleBlocks([{ sheet: 'S', values: [['ĐẢNG BỘ QUẬN LONG BIÊN'], ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']] }], []).workbook // → { unit: { level: 'phường', name: 'Phúc Đồng' }, superior: { level: 'quận', name: 'Long Biên' } }
 */
export function readTitleBlocks(grids: Grid[], tables: TablePlace[]): TitleBlocks {
  const perSheet = grids.map((g) => ({ sheet: g.sheet, mentions: titleTexts(g, tables).flatMap(mentionsIn) }));
  const workbook = titleOf(perSheet.flatMap((s) => s.mentions));
  const bySheet = new Map<string, TitleBlock>();
  for (const s of perSheet) {
    const own = titleOf(s.mentions);
    const unit = own.unit ?? workbook.unit;
    const superior =
      own.superior ??
      (unit && workbook.superior && RANK[workbook.superior.level] > RANK[unit.level] ? workbook.superior : null);
    bySheet.set(s.sheet, { unit, superior });
  }
  return { workbook, bySheet };
}

/** The level a body's or unit's name states (`Đảng bộ quận Long Biên` → `quận`), or `''`. */
export function levelOf(text: string): string {
  return mentionsIn(text)[0]?.level ?? '';
}

/** Rank of a level (1 for the wards), 0 for an unknown one. */
export function levelRank(level: string): number {
  return RANK[level] ?? 0;
}
