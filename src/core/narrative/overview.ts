/**
 * The overview sentences of a report, one overview per table period (tables of different periods
 * are never merged), in the unit's own words:
 * - a year: `Năm 2020 phường được quận giao 12 chỉ tiêu, kết quả 12/12 chỉ tiêu đều đạt và vượt (07
 *   vượt, 05 đạt), trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.`; all exceeded:
 *   `… kết quả hoàn thành vượt mức 04 chỉ tiêu …`;
 * - part of a year: `Chín tháng đầu năm 2024, phường thực hiện 09 chỉ tiêu quận giao, ước cả năm 7/9
 *   chỉ tiêu đạt và vượt (06 vượt, 01 đạt).`;
 * - a term: `Nhiệm kỳ 2015 - 2020, phường thực hiện 05 chỉ tiêu Nghị quyết Đại hội đề ra, kết quả …`, only
 *   rows with a Nghị quyết target counted; a plan's period: `Giai đoạn 2021 - 2025, … 02 chỉ tiêu kế
 *   hoạch đề ra, …` (detection says which, `detect/planOrTerm.ts`);
 * - a second overview of a period already named names its table (`distinctLeads`);
 * - a term in progress: `Sau 2,5 năm thực hiện Nghị quyết, có 03/08 chỉ tiêu đã đạt và vượt, …`;
 * - targets assigned from above beside the unit's own: the assigned ones counted, then `So với chỉ
 *   tiêu phường đề ra, …` (see `ownTally`);
 * then `Còn 02 chỉ tiêu chưa đạt: A và B.`, the indicators without a target and no figure to tell
 * (`Chỉ tiêu chi ngân sách không có kế hoạch giao, chỉ theo dõi kết quả thực hiện.`; one with a
 * figure says it in its own sentence, `followedNote`) and those with a target but too few
 * figures (`Có 01 chỉ tiêu chưa đủ số liệu để đánh giá: …`).
 *
 * Rules chosen where the spec is silent:
 * - The unit is the settings' `unitName` as typed (`phường Phúc Đồng`), else the level word of the
 *   title block (`phường`, as the seeds write it); the superior is the level word of `superiorName`
 *   or of the title block (`quận`). Nothing names the unit: `Năm 2020 có 12 chỉ tiêu được giao, …`.
 * - Only top-level indicators with a target (of a period or of the term) count as "được giao".
 * - "Đạt cao": an exceeded indicator at 150% of its target or more, at most two, best first.
 */
import type { IndicatorResult, PeriodFigures, Status, TableResult } from '../indicator';
import { isTyped } from '../sourceCell';
import { formatCount, formatNumber, joinList } from './format';
import { inSentence } from './indicator';
import { isPartialPeriod, periodLead } from './partial';
import { fromYearStart, isWholeYear, NO_PERIOD, yearSpan, type Period } from '../detect/period';
import { planWord, spendsBudget } from './budget';
import { DECIMALS, type NarrativeSettings } from './style';
import { foldText } from '../text';
import { levelOf, levelRank, NO_TITLE, type TitleBlock, type TitleBlocks } from '../titleBlock';

/** Achievement that makes an indicator stand out in the overview ("đạt cao"): half again its target. */
const HIGH_ACHIEVEMENT = 150;

/** What the overview knows of the workbook beyond the figures. */
export interface NarrativeContext {
  /** The title blocks (`readTitleBlocks`), which name the unit and its superior. */
  titles: TitleBlocks;
  /**
   * Whether an indicator's target cells hold anything — a target, a text, an error — so that one
   * with an unreadable target is "chưa đủ số liệu", not "không có kế hoạch giao". Default: it has a
   * target figure.
   */
  targetTyped: (ind: IndicatorResult) => boolean;
  /** Called after each indicator's sentence, for a host's progress. */
  onIndicator: () => void;
}

/**
 * Whether an indicator's target cells hold anything — a target read, or a text or an error typed
 * where one goes: such a row was given a target, even one that cannot be read.
 */
export function targetTyped(ind: IndicatorResult): boolean {
  return (
    hasTarget(ind) ||
    isTyped(ind.term?.cells.termTarget) ||
    ind.periods.some((p) => isTyped(p.cells.target) || isTyped(p.cells.assignedTarget))
  );
}

export const NO_CONTEXT: NarrativeContext = {
  titles: { workbook: NO_TITLE, bySheet: new Map() },
  targetTyped,
  onIndicator: () => undefined,
};

/** The headline figure of an indicator: its term %, else its latest period's %. */
export function headlinePct(ind: IndicatorResult): number | null {
  const t = ind.term;
  if (t && (t.termAchievementPct !== null || t.cumulativePct !== null)) return t.termAchievementPct ?? t.cumulativePct;
  for (let i = ind.periods.length - 1; i >= 0; i--) {
    const p = ind.periods[i];
    if (p.achievementPct !== null && p.target !== null && p.actual !== null) return p.achievementPct;
  }
  return null;
}

/** What the headline % is a share of: the term target (a plan's, a Nghị quyết's), else its period's plan or dự toán (budget.ts). */
function headlineOf(ind: IndicatorResult, plan: boolean): string {
  if (ind.term?.termAchievementPct != null) return plan ? 'chỉ tiêu kế hoạch' : 'chỉ tiêu Nghị quyết';
  const judged = [...ind.periods].reverse().find((p) => p.achievementPct !== null && p.target !== null);
  return judged ? planWord(judged) : 'kế hoạch';
}

/** The period an indicator's status is judged on: its latest with a target and an actual; null in a term. */
function judgedPeriod(ind: IndicatorResult): PeriodFigures | null {
  if (ind.term?.termTarget != null) return null;
  for (let i = ind.periods.length - 1; i >= 0; i--) {
    const p = ind.periods[i];
    if (p.target !== null && p.actual !== null) return p;
  }
  return null;
}

/** Whether an indicator was given a target, for a period or for the term. */
export function hasTarget(ind: IndicatorResult): boolean {
  return (ind.term?.termTarget ?? null) !== null || ind.periods.some((p) => p.target !== null);
}

/**
 * The overview of a term in progress (§7.5): `Sau 2,5 năm thực hiện Nghị quyết, có 03/08 chỉ tiêu
 * đã đạt và vượt, 04 chỉ tiêu có khả năng đạt, 01 chỉ tiêu khó đạt.` — top-level indicators with an
 * outlook, the years elapsed with the Vietnamese decimal comma.
 */
export function inProgressOverview(t: TableResult, s: NarrativeSettings): string | null {
  if (!t.termProgress) return null;
  const top = t.indicators.filter((i) => i.parent === null && i.term?.outlook);
  if (top.length === 0) return null;
  const n = (k: number) => formatCount(k, s.leadingZero);
  const count = (o: string) => top.filter((i) => i.term?.outlook === o).length;
  // None met yet is said in words, never `00/02`.
  const met = count('da_dat');
  const parts = [met ? `có ${n(met)}/${n(top.length)} chỉ tiêu đã đạt và vượt` : 'chưa có chỉ tiêu nào đã đạt'];
  if (count('co_kha_nang_dat')) parts.push(`${n(count('co_kha_nang_dat'))} chỉ tiêu có khả năng đạt`);
  if (count('kho_dat')) parts.push(`${n(count('kho_dat'))} chỉ tiêu khó đạt`);
  return `Sau ${elapsedWords(t.termProgress.elapsedYears)} thực hiện ${t.plan ? 'kế hoạch' : 'Nghị quyết'}, ${parts.join(', ')}.`;
}

/**
 * The time a term has run, as a report says it: whole or half years as they are (`3 năm`, `3,5
 * năm`), else `gần 3 năm` / `hơn 2 năm` — never `2,75 năm`; under a year in months.
 */
export function elapsedWords(years: number): string {
  const half = Math.round(years * 2) / 2;
  if (Math.abs(years - half) < 1e-9) return `${formatNumber(half, 1)} năm`;
  if (years < 1) return `${formatNumber(Math.round(years * 12), 0)} tháng`;
  return years - Math.floor(years) > 0.5 ? `gần ${Math.ceil(years)} năm` : `hơn ${Math.floor(years)} năm`;
}

/** The judged period's % (of its plan or dự toán), the figure of the period an overview names. */
function judgedPct(ind: IndicatorResult): number | null {
  const p = judgedPeriod(ind);
  return p && p.achievementPct !== null ? p.achievementPct : null;
}

function highlights(top: IndicatorResult[], pctOf: (i: IndicatorResult) => number | null, plan = false): string {
  const high = top
    .filter((i) => i.overallStatus === 'vuot' && i.direction === 'increase')
    .map((i) => ({ i, pct: pctOf(i) }))
    .filter((x): x is { i: IndicatorResult; pct: number } => x.pct !== null && x.pct >= HIGH_ACHIEVEMENT)
    .sort((a, b) => b.pct - a.pct)
    // The same indicator in two tables (a year sheet and a term sheet) is named once, at its best.
    .filter((x, k, all) => all.findIndex((y) => foldText(y.i.name) === foldText(x.i.name)) === k)
    .slice(0, 2);
  if (high.length === 0) return '';
  const items = high.map(
    (x) => `${inSentence(x.i.name)} đạt ${formatNumber(x.pct, DECIMALS.pct)}% ${headlineOf(x.i, plan)}`,
  );
  return `, trong đó có chỉ tiêu đạt cao như ${joinList(items)}`;
}

/** Tables of one period, said by one overview. */
export interface PeriodGroup {
  /** `2020`, `9 tháng 2024`, `2015-2020`; for a table without one, its indicators' first and last years. */
  at: Period;
  term: boolean;
  /** A plan's term (`Kế hoạch … giai đoạn`): `Giai đoạn 2021 - 2025`, its targets the plan's. */
  plan: boolean;
  tables: TableResult[];
}

/** The years a table's periods cover (`2018-2020`), `NO_PERIOD` when they name none. */
function spanOfPeriods(t: TableResult): Period {
  let [from, to] = [Infinity, -Infinity];
  for (const i of t.indicators)
    for (const { at } of i.periods) {
      const year = at.span ? at.span.from : Number(at.year || NaN);
      if (Number.isFinite(year)) [from, to] = [Math.min(from, year), Math.max(to, year)];
    }
  if (from === Infinity) return NO_PERIOD;
  return from === to ? fromYearStart(String(from), 12) : yearSpan(from, to);
}

/** What a table's targets are: a term's (a Nghị quyết's or a plan's) or a period's. */
export interface TermOf {
  term: boolean;
  plan: boolean;
}

/** A table with term targets is a term's: a plan's when detection read it so. */
export function termOf(t: TableResult): TermOf {
  let known = termsOf.get(t);
  if (!known) {
    const term = t.indicators.some((i) => i.term?.termTarget != null);
    known = { term, plan: term && !!t.plan };
    termsOf.set(t, known);
  }
  return known;
}

/** A table's kind of term, read once: every sentence of the table asks it (a scan per row was quadratic). */
const termsOf = new WeakMap<TableResult, TermOf>();

/** The tables grouped by period, in the order they come; a term in progress is grouped alone. */
export function periodGroups(tables: TableResult[]): PeriodGroup[] {
  const groups: PeriodGroup[] = [];
  for (const t of tables) {
    const at = t.period ? t.at : spanOfPeriods(t);
    const { term, plan } = termOf(t);
    const same = groups.find(
      (g) =>
        g.at.label === at.label && g.term === term && g.plan === plan && !t.termProgress && !g.tables[0].termProgress,
    );
    if (same) same.tables.push(t);
    else groups.push({ at, term, plan, tables: [t] });
  }
  return groups;
}

/**
 * How the sentence opens on the table's period: `Năm 2020`, `Chín tháng đầu năm 2024`, `Nhiệm kỳ 2015
 * - 2020` for a Nghị quyết's term, `Giai đoạn 2021 - 2025` for a plan's.
 */
function leadOf(g: PeriodGroup): string {
  const span = g.at.span;
  if (span && g.term) return `${g.plan ? 'Giai đoạn' : 'Nhiệm kỳ'} ${span.from} - ${span.to}`;
  if (span) return `Từ năm ${span.from} đến năm ${span.to}`;
  return g.at.label ? periodLead(g.at) : 'Trong kỳ báo cáo';
}

/** The unit and its superior as the sentence writes them (see the module comment). */
function unitWords(block: TitleBlock, s: NarrativeSettings, assignedBy: string): { unit: string; superior: string } {
  const unit = s.unitName.trim() || block.unit?.level || '';
  const superior = levelOf(s.superiorName ?? '') || block.superior?.level || levelOf(assignedBy);
  const rank = levelRank(levelOf(unit) || unit);
  // A superior at or below the unit's own level (a typo, a merged workbook) is not a superior.
  return { unit, superior: rank && levelRank(superior) <= rank ? '' : superior };
}

/** A status an overview counts. */
type StatusOf = (i: IndicatorResult) => Status;
/** Against what the superior assigned where the row has it: "được … giao" counts that. */
const assignedOrOwn: StatusOf = (i) => i.overallAssignedStatus ?? i.overallStatus;
const ownStatus: StatusOf = (i) => i.overallStatus;

/** `kết quả 12/12 chỉ tiêu đều đạt và vượt (07 vượt, 05 đạt)`, `kết quả hoàn thành vượt mức 04 chỉ tiêu`. */
function resultWords(top: IndicatorResult[], status: StatusOf, word: string, s: NarrativeSettings): string {
  const n = (k: number) => formatCount(k, s.leadingZero);
  const assigned = top.length;
  const vuot = top.filter((i) => status(i) === 'vuot').length;
  const dat = top.filter((i) => status(i) === 'dat').length;
  const going = top.filter((i) => status(i) === 'dang_thuc_hien').length;
  if (vuot === assigned) return `${word} hoàn thành vượt mức ${n(vuot)} chỉ tiêu`;
  const parts: string[] = [];
  if (vuot + dat > 0) {
    const split = vuot && dat ? ` (${n(vuot)} vượt, ${n(dat)} đạt)` : '';
    const all = vuot + dat === assigned ? 'đều ' : '';
    parts.push(`${word} ${vuot + dat}/${assigned} chỉ tiêu ${all}${vuot ? 'đạt và vượt' : 'đạt'}${split}`);
  }
  if (going) parts.push(`${n(going)} chỉ tiêu đang thực hiện`);
  return parts.length ? parts.join(', ') : `${word} chưa có chỉ tiêu nào đạt`;
}

/**
 * What an overview counts and how it names it. The lead is the period of the statuses counted: the
 * judged period most counted rows share (`Năm 2023` over 2023's statuses, never `Từ năm 2022 đến năm
 * 2023`; `Mười tháng đầu năm 2024`, never `Tháng 10`), and only rows judged on it are counted. An
 * estimated full year after a reported part of it keeps the part's lead and says `ước cả năm`; an
 * estimated part of a year says `ước`, never `ước cả năm`.
 */
interface Counted {
  rows: IndicatorResult[];
  lead: string;
  /** The period the lead names. */
  at: Period;
  word: string;
}

/** Whether a row of a term table holds a Nghị quyết target (read, or typed and unreadable). */
function termTargeted(i: IndicatorResult): boolean {
  return i.term?.termTarget != null || isTyped(i.term?.cells.termTarget);
}

/** The judged period the most rows share, the latest of them on a tie. */
function namedPeriod(rows: IndicatorResult[]): PeriodFigures | null {
  const byLabel = new Map<string, { p: PeriodFigures; n: number; at: number }>();
  rows.forEach((i, at) => {
    const p = judgedPeriod(i);
    if (!p) return;
    const seen = byLabel.get(p.period);
    byLabel.set(p.period, { p, n: (seen?.n ?? 0) + 1, at });
  });
  let best: { p: PeriodFigures; n: number; at: number } | null = null;
  for (const c of byLabel.values()) if (!best || c.n > best.n || (c.n === best.n && c.at > best.at)) best = c;
  return best?.p ?? null;
}

function countedOf(g: PeriodGroup, top: IndicatorResult[], ctx: NarrativeContext): Counted {
  // Spending against its dự toán is not a target met or missed (budget.ts).
  const targeted = top.filter((i) => (g.term ? termTargeted(i) : ctx.targetTyped(i)) && !spendsBudget(i));
  const named = g.term ? null : namedPeriod(targeted);
  const ofGroup = { lead: leadOf(g), at: g.at };
  if (!named) return { rows: targeted, ...ofGroup, word: 'kết quả' };
  const rows = targeted.filter((i) => (judgedPeriod(i)?.period ?? named.period) === named.period);
  const of = (p: PeriodFigures | undefined) => (p?.period ? { lead: periodLead(p.at), at: p.at } : ofGroup);
  if (!named.estimated) return { rows, ...of(named), word: 'kết quả' };
  if (isPartialPeriod(named)) return { rows, ...of(named), word: 'ước' };
  const part = rows.flatMap((i) => i.periods).find((p) => !p.estimated && p.actual !== null && isPartialPeriod(p));
  return { rows, ...of(part ?? named), word: 'ước cả năm' };
}

/** A group's top-level indicators, the ones its overview counts. */
function topOf(g: PeriodGroup): IndicatorResult[] {
  return g.tables.flatMap((t) => t.indicators).filter((i) => i.parent === null);
}

/** `Đối với biểu theo dõi từ năm 2018 đến năm 2020`, else the sheet's name: the table an overview is of. */
function tableWords(g: PeriodGroup): string {
  const span = g.at.span;
  if (span) return `Đối với biểu theo dõi từ năm ${span.from} đến năm ${span.to}`;
  return `Đối với biểu "${g.tables[0].sheet}"`;
}

/**
 * Each group's lead, told apart so that no two overviews of one report open alike: where several
 * count the same period (`Năm 2020` for the 2020 sheet, and for a 2018–2020 table judged on 2020),
 * a table covering a span names itself first — `Đối với biểu theo dõi từ năm 2018 đến năm 2020, năm
 * 2020 …` — and of the others the first keeps the bare lead, the next ones name their sheet.
 */
export function distinctLeads(groups: PeriodGroup[], ctx = NO_CONTEXT): Map<PeriodGroup, string> {
  const leads = new Map<PeriodGroup, string>();
  for (const g of groups) {
    const top = topOf(g);
    if (top.length) leads.set(g, countedOf(g, top, ctx).lead);
  }
  const byLead = new Map<string, PeriodGroup[]>();
  for (const [g, lead] of leads) byLead.set(lead.toLowerCase(), [...(byLead.get(lead.toLowerCase()) ?? []), g]);
  for (const same of byLead.values()) {
    if (same.length < 2) continue;
    const spans = same.filter((g) => g.at.span && !g.term);
    const keeper = same.find((g) => !spans.includes(g)) ?? null;
    for (const g of same) {
      if (g === keeper) continue;
      const lead = leads.get(g)!;
      leads.set(g, `${tableWords(g)}, ${lead.charAt(0).toLowerCase()}${lead.slice(1)}`);
    }
  }
  return leads;
}

/** The first sentence of a group's overview, or null when no indicator has a target. */
function groupOverview(
  g: PeriodGroup,
  c: Counted,
  ctx: NarrativeContext,
  s: NarrativeSettings,
  lead: string,
): string | null {
  const assigned = c.rows;
  if (assigned.length === 0) return null;
  const block = ctx.titles.bySheet.get(g.tables[0].sheet) ?? ctx.titles.workbook;
  const assignedBy = assigned.map((i) => judgedPeriod(i)?.targetLabels?.assigned).find(Boolean) ?? '';
  const { unit, superior } = unitWords(block, s, assignedBy);
  const count = `${formatCount(assigned.length, s.leadingZero)} chỉ tiêu`;
  const given = g.plan
    ? 'kế hoạch đề ra'
    : g.term
      ? 'Nghị quyết Đại hội đề ra'
      : superior
        ? `${superior} giao`
        : 'được giao';
  const fullYear = !g.term && (isWholeYear(c.at) || !c.at.label);
  let opening: string;
  if (!unit) opening = `${lead} có ${count} ${given}`;
  else if (fullYear) opening = `${lead} ${unit} được ${superior ? `${superior} ` : ''}giao ${count}`;
  else opening = `${lead}, ${unit} thực hiện ${count} ${given}`;
  const highlight = highlights(assigned, g.term ? headlinePct : judgedPct, g.plan);
  return `${opening}, ${resultWords(assigned, assignedOrOwn, c.word, s)}${highlight}.`;
}

/**
 * Beside targets assigned from above, the unit's own (stricter) targets are tallied after them:
 * `So với chỉ tiêu phường đề ra, ước cả năm 02/04 chỉ tiêu đạt và vượt; 02 chỉ tiêu chưa đạt: A và B.`
 */
function ownTally(c: Counted, s: NarrativeSettings): string | null {
  const both = c.rows.filter((i) => i.overallAssignedStatus !== null);
  if (both.length === 0) return null;
  const label = both.map((i) => judgedPeriod(i)?.targetLabels?.own).find(Boolean) ?? 'chỉ tiêu đơn vị đề ra';
  const missed = both.filter((i) => i.overallStatus === 'chua_dat').map((i) => inSentence(i.name));
  const rest = missed.length
    ? `; ${formatCount(missed.length, s.leadingZero)} chỉ tiêu chưa đạt: ${joinList(missed)}`
    : '';
  return `So với ${label}, ${resultWords(both, ownStatus, c.word, s)}${rest}.`;
}

/** Whether an indicator has a sentence of its own: some figure to tell. */
function toldAlone(i: IndicatorResult): boolean {
  return i.periods.some((p) => p.actual !== null);
}

/**
 * A top-level indicator given no target carries the note in its own sentence, at the end of its
 * first sentence (before `Cụ thể: …`): `Chi ngân sách đạt 18.200 triệu đồng, tăng 4,9% so với cùng
 * kỳ (không giao chỉ tiêu, chỉ theo dõi kết quả thực hiện).`; in a term table `(Nghị quyết không đề
 * ra mức cụ thể, chỉ theo dõi kết quả thực hiện)`. Any other sentence is returned as it is.
 */
export function followedNote(sentence: string, ind: IndicatorResult, g: TermOf, ctx = NO_CONTEXT): string {
  if (ind.parent !== null || ctx.targetTyped(ind) || spendsBudget(ind)) return sentence;
  const note = g.term
    ? ` (${termSetter(g)} không đề ra mức cụ thể, chỉ theo dõi kết quả thực hiện)`
    : ' (không giao chỉ tiêu, chỉ theo dõi kết quả thực hiện)';
  // The first sentence ends at a full stop before a capital or at the end (`36.015` is a number).
  const end = /\.(?=\s+\p{Lu}|$)/u.exec(sentence);
  return end ? `${sentence.slice(0, end.index)}${note}${sentence.slice(end.index)}` : `${sentence}${note}`;
}

/** What set a term's targets: the Nghị quyết, or the plan. */
function termSetter(g: TermOf): string {
  return g.plan ? 'Kế hoạch' : 'Nghị quyết';
}

/** `Chỉ tiêu chi ngân sách không có kế hoạch giao, chỉ theo dõi kết quả thực hiện.` */
function withoutTarget(names: string[], g: TermOf): string | null {
  if (names.length === 0) return null;
  // A name that already opens with `chỉ tiêu` takes no second one.
  const own = names.every((n) => /^chỉ tiêu\s/iu.test(n));
  const which = own
    ? `${names.length > 1 ? 'các ' : ''}${joinList(names)}`
    : `${names.length > 1 ? 'các chỉ tiêu' : 'chỉ tiêu'} ${joinList(names)}`;
  const follow = 'chỉ theo dõi kết quả thực hiện';
  if (g.term) return `${termSetter(g)} không đề ra mức cụ thể cho ${which}, ${follow}.`;
  return `${which[0].toUpperCase()}${which.slice(1)} không có kế hoạch giao, ${follow}.`;
}

/** The sentences that close a group's overview: not met, the own targets' tally, no target, too few figures. */
function closingSentences(
  g: PeriodGroup,
  top: IndicatorResult[],
  c: Counted,
  ctx: NarrativeContext,
  s: NarrativeSettings,
): string[] {
  const n = (k: number) => formatCount(k, s.leadingZero);
  const named = (pick: (i: IndicatorResult) => boolean) => top.filter(pick).map((i) => inSentence(i.name));
  const out: string[] = [];
  const notMet = c.rows.filter((i) => assignedOrOwn(i) === 'chua_dat').map((i) => inSentence(i.name));
  if (notMet.length) out.push(`Còn ${n(notMet.length)} chỉ tiêu chưa đạt: ${joinList(notMet)}.`);
  const own = ownTally(c, s);
  if (own) out.push(own);
  const spending = joinList(named(spendsBudget));
  if (spending)
    out.push(
      `${spending[0].toUpperCase()}${spending.slice(1)} được so sánh với dự toán, không tính vào số chỉ tiêu đạt hay chưa đạt.`,
    );
  // A row told by its own sentence carries the note there (`followedNote`); one with nothing to tell, here.
  const untargeted = withoutTarget(
    named((i) => !ctx.targetTyped(i) && !toldAlone(i)),
    g,
  );
  if (untargeted) out.push(untargeted);
  const unjudged = named(
    (i) => i.overallStatus === 'khong_danh_gia' && (g.term ? termTargeted(i) : ctx.targetTyped(i)) && !spendsBudget(i),
  );
  if (unjudged.length)
    out.push(`Có ${n(unjudged.length)} chỉ tiêu chưa đủ số liệu để đánh giá: ${joinList(unjudged)}.`);
  return out;
}

/**
 * The overview of one period's tables (see the module comment); `lead` the group's lead told apart
 * from the report's other overviews (`distinctLeads`), else its own.
 */
export function groupOverviewSentences(
  g: PeriodGroup,
  s: NarrativeSettings,
  ctx = NO_CONTEXT,
  lead?: string,
): string[] {
  const top = topOf(g);
  if (top.length === 0) return [];
  const inProgress = g.tables.map((t) => inProgressOverview(t, s)).filter((x): x is string => x !== null);
  const counted = countedOf(g, top, ctx);
  const first = inProgress.length ? null : groupOverview(g, counted, ctx, s, lead ?? counted.lead);
  return [...inProgress, ...(first ? [first] : []), ...closingSentences(g, top, counted, ctx, s)];
}
