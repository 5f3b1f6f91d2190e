/**
 * The row tree of an indicator table: which rows are sections, groups, lines that introduce
 * children, and indicators — and for each indicator its parent indicator and its level.
 *
 * Rules (chosen as a finance officer reads a published table; the last two differ from DOMAIN.md
 * §1, and say why):
 * - A row's **marker** is its STT cell, or the opening of its name when the STT cell is empty
 *   (`I.`, `1.`, `a)`, `- `). Markers rank, from the top: a capital letter `A` (a Roman-looking
 *   letter is a letter right after the letter before it: `B` then `C`), a Roman numeral `I`, a
 *   number `1`, `1.1` (one step deeper per dot), a small letter `a`, a dash `-`, a plus `+`, a star
 *   or dot `*`/`•`. A row sits under the nearest row above it of a higher rank.
 * - A row with no marker sits under a group or an introducing line right above it. Else its
 *   **depth** decides: leading spaces in the name cell, two per level of Excel's cell indent, and
 *   two more for an italic row with figures. Two or more deeper than the indicator above puts it
 *   under that row (`Lao động nữ` indented or in italics under `Tổng số lao động`); else it sits
 *   beside the nearest unmarked indicator above it no deeper than itself; else under the marked
 *   indicator above it (read without styles: a sub-row set apart by italics; with them, an
 *   unnumbered row in a numbered table is still a part, never a top-level row of its own) — a row
 *   shallower than the row above under the marked indicator as shallow as itself; with none,
 *   beside the outermost indicator.
 *   Italics count only where the rows with figures are some italic, some upright: a table set all
 *   in italics gives no hierarchy. Italics never make a caption with no figures a group.
 * - `Trong đó:`, `Bao gồm:`, `Chia ra:`, `Chia theo`, `Gồm:`, `Cụ thể:`, `Phân theo` alone on a
 *   line introduce the children of the indicator above: the line is not an indicator and never
 *   the parent of its siblings. With a name after it (`Trong đó: thu cổ tức`) the row is the first
 *   child, and the marked rows that follow at its rank are its siblings.
 * - A row with no figure is a **section** when its marker is a capital letter or a Roman numeral,
 *   or its name is in upper case — a section of its own, whatever came before (`III` after `II`).
 *   Otherwise it is a **group** (`1 Cà phê` then `- Diện tích`) when the row below sits under it,
 *   else a caption (skipped). A group's children whose names are short measures (four words or
 *   fewer: `Diện tích`, `Sản lượng`, `Kim ngạch xuất khẩu`) are named after it as a report writes
 *   them, `Cà phê — diện tích`; longer names stand on their own.
 * - A row with figures is an indicator, a subtotal with a Roman or letter marker included; its
 *   parent is the nearest indicator above it in the tree (sections and groups are not parents).
 * - A total — a name that is only `Tổng cộng`, `Tổng số`, `Tổng`, `Cộng`, or that names its
 *   operands `(I+II+III)`, `(1+2)` — with no marker is the parent of the rows it sums: the rows
 *   below it when it opens its section, else the rows above it in its section (a bottom total).
 * - `level` counts the indicators above a row in the tree: 0 for a top-level indicator. Counts,
 *   overviews and rankings take level 0 only, so a total and its items never both count.
 * - Unlike DOMAIN.md §1 (a Roman-numbered name is always a section): a Roman or letter row **with
 *   figures** is an indicator with children (`I Thu nội địa 11.080.000` over `1 Thu từ DNNN…`).
 *   Budget tables print a subtotal's own figures on its Roman row; as a section those figures
 *   would be lost and its items counted at the top beside the total they make up.
 * - Unlike DOMAIN.md §1 (`-` and `+` are siblings): a `+` row sits under the `-` row above it.
 *   Vietnamese documents write `+` for the parts of a `-` item; as siblings, an item and its own
 *   parts would each count once.
 */
import { isRomanNumeral, isUpperCaseText, nameInSentence, plainLower, sentenceCase } from '../text';

/** One data row as the tree reads it. */
export interface TreeLine {
  /** The STT cell's text (`''` when none). */
  stt: string;
  /** The name cell's text, spaces cleaned. */
  name: string;
  /** Leading spaces typed in the name cell. */
  indent: number;
  /** Whether the row holds a figure in a target or actual cell. */
  hasValues: boolean;
  /** The name cell is in italics. */
  italic?: boolean;
  /** The name cell's indent level in Excel (Format Cells → Alignment → Indent). */
  cellIndent?: number;
}

export type TreeRow =
  | { kind: 'skip' }
  | { kind: 'section'; name: string }
  | { kind: 'group'; name: string }
  | { kind: 'intro' }
  | { kind: 'indicator'; name: string; parent: number | null; level: number; section: string | null };

const RANK = { letter: 0, roman: 1, number: 2, small: 10, dash: 11, plus: 12, star: 13 } as const;
/** Rank of the top: above every marker. */
const TOP = -1;
/** A total's or a child's rank sits between its parent's and the next marker's. */
const STEP = 0.25;

const INTRO = /^(?:trong do|trong so|bao gom|chia ra|chia theo|phan theo|cu the|gom)\b\s*[:,\-–]?\s*/;
const NAME_MARK =
  /^(?:([IVXLC]+|[A-Z])\s*[.):\-–]\s*|([IVXLC]+)\s+(?=\S)|(\d+(?:\.\d+)*)\s*[.)]\s+|(\d+(?:\.\d+)+)\s+|([a-zđ])\s*[.)]\s+|([-–—−+•*])\s*)/;
/** How much deeper than the row above a row must sit to be under it: two leading spaces. */
const STEP_DEPTH = 2;
/** Excel's indent level 1 is about three characters wide: one step at least. */
const INDENT_LEVEL_DEPTH = STEP_DEPTH;
/** Italics set a row one step under an upright row. */
const ITALIC_DEPTH = STEP_DEPTH;
/** The introducing words fit in the name's first characters. */
const INTRO_REACH = 14;
const TOTAL_WORDS = /^(?:tong cong|tong so|tong|cong)\s*[:.]?$/;
const OPERANDS = /\(\s*(?:[IVXLA-Z]+|\d+)(?:\s*\+\s*(?:[IVXLA-Z]+|\d+))+\s*\)/;

interface Marker {
  rank: number;
  /** The capital letter, for telling `C` (after `B`) from the Roman `C`. */
  letter?: string;
}

/** The rank of a marker text (`II`, `1.2`, `a`, `-`), or null for a text that is not one. */
function markerOf(text: string, lastLetter: string | null): Marker | null {
  const t = text.trim().replace(/[\s.):\-–]+$/, '') || text.trim();
  if (/^[-–—−]$/.test(t)) return { rank: RANK.dash };
  if (t === '+') return { rank: RANK.plus };
  if (/^[*•·]$/.test(t)) return { rank: RANK.star };
  if (/^\d+$/.test(t)) return { rank: RANK.number };
  if (/^\d+(?:\.\d+)+$/.test(t)) return { rank: Math.min(RANK.number + t.split('.').length - 1, RANK.small - 1) };
  if (/^[A-Z]$/.test(t)) {
    const follows = lastLetter !== null && lastLetter.charCodeAt(0) + 1 === t.charCodeAt(0);
    return isRomanNumeral(t) && !follows ? { rank: RANK.roman } : { rank: RANK.letter, letter: t };
  }
  if (isRomanNumeral(t)) return { rank: RANK.roman };
  if (/^[a-zđ]$/.test(t)) return { rank: RANK.small };
  return null;
}

/** A line read: its marker, its name without marker, introducing words and trailing marks. */
interface Read {
  marker: Marker | null;
  name: string;
  /** Opens with `Trong đó`, `Bao gồm`… */
  intro: boolean;
  total: boolean;
  /** How far in the name sits: leading spaces and Excel's indent. */
  indent: number;
  /** `indent`, with a step more for an italic row with figures when italics mark sub-rows. */
  depth: number;
  hasValues: boolean;
}

function stripMark(name: string, lastLetter: string | null): { marker: Marker | null; rest: string } {
  const m = NAME_MARK.exec(name);
  if (!m) return { marker: null, rest: name };
  const text = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
  const marker = markerOf(text, lastLetter);
  return marker ? { marker, rest: name.slice(m[0].length) } : { marker: null, rest: name };
}

function readLine(line: TreeLine, lastLetter: string | null, italicsCount: boolean): Read {
  let marker = line.stt ? markerOf(line.stt, lastLetter) : null;
  let name = line.name;
  const opening = stripMark(name, lastLetter);
  if (opening.marker) {
    name = opening.rest;
    marker ??= opening.marker;
  }
  const intro = INTRO.exec(plainLower(name.slice(0, INTRO_REACH)));
  if (intro) {
    name = name.slice(intro[0].length);
    const after = stripMark(name, lastLetter);
    if (after.marker && !/^[A-Z]$/.test(name[0])) {
      name = after.rest;
      marker ??= after.marker;
    }
  }
  name = name.replace(/^[:\s]+/, '').replace(/[\s.:;,]+$/, '');
  const total = !marker && !intro && (OPERANDS.test(name) || (name.length <= 12 && TOTAL_WORDS.test(plainLower(name))));
  const indent = line.indent + INDENT_LEVEL_DEPTH * (line.cellIndent ?? 0);
  const depth = indent + (italicsCount && line.italic && line.hasValues ? ITALIC_DEPTH : 0);
  return { marker, name, intro: !!intro, total, indent, depth, hasValues: line.hasValues };
}

/**
 * Italics tell sub-rows only in a table whose rows with figures are some italic, some upright: a
 * table set all in italics has no hierarchy from them.
 */
function italicsCount(lines: TreeLine[]): boolean {
  let italic = false;
  let upright = false;
  for (const l of lines) {
    if (!l.hasValues || !l.name) continue;
    if (l.italic) italic = true;
    else upright = true;
  }
  return italic && upright;
}

interface Node {
  index: number;
  rank: number;
  kind: 'section' | 'group' | 'intro' | 'indicator';
  marked: boolean;
  total: boolean;
  indent: number;
}

/** Whether a group's child is a short measure named after the group (`Diện tích`). */
function isMeasure(name: string): boolean {
  return name.split(/\s+/).length <= 4;
}

/** The stack of open rows, top last: the rows a new row may sit under. */
class Open {
  readonly nodes: Node[] = [];

  top(): Node | undefined {
    return this.nodes[this.nodes.length - 1];
  }

  push(node: Omit<Node, 'marked' | 'total' | 'indent'> & Partial<Node>) {
    this.nodes.push({ marked: true, total: false, indent: 0, ...node });
  }

  /** Closes the rows of the same or a lower rank. */
  closeTo(rank: number) {
    while (this.nodes.length && this.top()!.rank >= rank) this.nodes.pop();
  }

  nearest(pick: (n: Node) => boolean): Node | undefined {
    for (let k = this.nodes.length - 1; k >= 0; k--) if (pick(this.nodes[k])) return this.nodes[k];
    return undefined;
  }

  /** The indicator a new row under the top hangs from. */
  parent(): number | null {
    return this.nearest((n) => n.kind === 'indicator')?.index ?? null;
  }
}

/**
 * The tree of a table's data rows (see the module comment), one entry per line.
 * @example rowTree([{ stt: '1', name: 'Cà phê', indent: 0, hasValues: false }, { stt: '-', name: 'Diện tích', indent: 0, hasValues: true }])[1] // → { kind: 'indicator', name: 'Cà phê — diện tích', parent: null, level: 0, section: null }
 */
export function rowTree(lines: TreeLine[]): TreeRow[] {
  const reads: Read[] = [];
  let lastLetter: string | null = null;
  const italics = italicsCount(lines);
  for (const line of lines) {
    const r = readLine(line, lastLetter, italics);
    if (r.marker?.letter) lastLetter = r.marker.letter;
    reads.push(r);
  }
  const out: TreeRow[] = [];
  const parents: (number | null)[] = [];
  const open = new Open();
  const nameAt = (n: Node | undefined) => (n ? (out[n.index] as { name: string }).name : null);

  reads.forEach((r, i) => {
    const next = reads[i + 1];
    parents.push(null);
    if (r.intro && !r.name) {
      openIntro(open, i);
      out.push({ kind: 'intro' });
      return;
    }
    if (!r.name) {
      out.push({ kind: 'skip' });
      return;
    }
    if (!r.hasValues) {
      const section = (r.marker !== null && r.marker.rank <= RANK.roman) || (!r.intro && isUpperCaseText(r.name));
      if (!section && !(next !== undefined && next.hasValues && opensUnder(r, next))) {
        out.push({ kind: 'skip' });
        return;
      }
      const rank = section && !r.marker ? TOP : rankOf(r, next, open, i);
      open.closeTo(rank);
      open.push({ index: i, rank, kind: section ? 'section' : 'group', marked: !!r.marker, indent: r.indent });
      out.push(section ? { kind: 'section', name: r.name } : { kind: 'group', name: sentenceCase(r.name) });
      return;
    }
    const section = nameAt(open.nearest((n) => n.kind === 'section'));
    if (r.total && open.top()?.kind === 'indicator') {
      adoptAbove(i, open, out, parents);
      parents[i] = open.parent();
      out.push({ kind: 'indicator', name: r.name, parent: null, level: 0, section });
      return;
    }
    const rank = rankOf(r, next, open, i);
    open.closeTo(rank);
    const top = open.top();
    const group = top?.kind === 'group' ? nameAt(top) : null;
    const name = group && isMeasure(r.name) ? `${group} — ${nameInSentence(r.name)}` : r.name;
    parents[i] = open.parent();
    out.push({ kind: 'indicator', name, parent: null, level: 0, section });
    open.push({ index: i, rank, kind: 'indicator', marked: !!r.marker, total: r.total, indent: r.depth });
  });
  return withLevels(out, parents);
}

/** A line that introduces children: under the indicator above (or the same introduction again). */
function openIntro(open: Open, index: number): Node {
  const top = open.top();
  if (top?.kind === 'intro') return top;
  const below = open.nodes[open.nodes.length - 2];
  if (top?.kind === 'indicator' && below?.kind === 'intro' && top.rank > below.rank) {
    open.closeTo(below.rank + STEP / 2);
    return below;
  }
  open.push({ index, rank: (top?.rank ?? TOP) + 2 * STEP, kind: 'intro' });
  return open.top()!;
}

/** Whether the row below sits under a row with no figures (a group's first child). */
function opensUnder(group: Read, below: Read): boolean {
  if (below.intro) return false;
  if (below.marker) return group.marker ? below.marker.rank > group.marker.rank : below.marker.rank >= RANK.small;
  return group.marker !== null || below.indent >= group.indent + STEP_DEPTH;
}

/** A row's rank in the tree (see the module comment); opens the introduction it follows. */
function rankOf(r: Read, next: Read | undefined, open: Open, index: number): number {
  if (r.intro) {
    const intro = openIntro(open, index);
    // The marked rows after `Trong đó: thu cổ tức` are its siblings.
    const ahead = next && !next.intro ? next.marker?.rank : undefined;
    const marked = r.marker?.rank ?? ahead;
    return marked !== undefined && marked > intro.rank ? marked : intro.rank + STEP;
  }
  if (r.marker) return r.marker.rank;
  const top = open.top();
  if (!top) return r.total ? TOP + STEP : RANK.number;
  if (r.total) return (open.nearest((n) => n.kind !== 'indicator')?.rank ?? TOP) + STEP / 2;
  if (top.kind !== 'indicator' || top.total || r.depth >= top.indent + STEP_DEPTH) return top.rank + STEP;
  const peer = (n: Node) => n.kind === 'indicator' && !n.total && n.indent < r.depth + STEP_DEPTH;
  const beside = open.nearest((n) => peer(n) && !n.marked);
  if (beside) return beside.rank;
  if (r.depth + STEP_DEPTH > top.indent) return top.rank + STEP;
  // Shallower than the row above: under the marked indicator that deep, else beside the outermost.
  const marked = open.nearest(peer);
  return marked ? marked.rank + STEP : (open.nodes.find((n) => n.kind === 'indicator')?.rank ?? top.rank + STEP);
}

/**
 * A total below rows of its section takes as children the indicators of that section, group or
 * introduction that hung from nothing there: the rows it sums. The rows below it are not under it.
 */
function adoptAbove(total: number, open: Open, out: TreeRow[], parents: (number | null)[]) {
  while (open.top()?.kind === 'indicator') open.nodes.pop();
  const context = open.top();
  const from = context ? context.index + (context.kind === 'intro' ? 0 : 1) : 0;
  const outer = open.parent();
  for (let k = from; k < total; k++) {
    if (out[k].kind === 'indicator' && parents[k] === outer) parents[k] = total;
  }
}

function withLevels(out: TreeRow[], parents: (number | null)[]): TreeRow[] {
  const levelOf = (i: number): number => {
    let level = 0;
    for (let p = parents[i]; p !== null && level < out.length; p = parents[p]) level++;
    return level;
  };
  return out.map((row, i) => (row.kind === 'indicator' ? { ...row, parent: parents[i], level: levelOf(i) } : row));
}

/**
 * Whether a row carries a marker of its own, in its STT cell or at its name's opening (`1`, `II`,
 * `- `, `Trong đó: - `): such a row's place in the tree never depends on how its text is set.
 */
export function isMarkedLine(stt: string, name: string): boolean {
  return readLine({ stt, name, indent: 0, hasValues: true }, null, false).marker !== null;
}
