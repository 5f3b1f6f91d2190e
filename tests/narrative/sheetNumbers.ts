/**
 * Test helpers: the numbers a summary sheet shows, the figures the report model holds, and the
 * numbers a sentence states, so tests can assert that no sentence states a figure the sheet does not
 * show, or one the engine did not compute.
 */
import type { Report } from '../../src/core/indicator';
import { excelRound } from '../../src/core/narrative/format';
import { DECIMALS } from '../../src/core/narrative/style';
import type { ReportSheetModel } from '../../src/core/report';

const VI_NUMBER = /(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d])/gu;

/** Parses `36.015`, `27,6`, `08` the Vietnamese way. */
export function viNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** Every number stated in a text (Vietnamese notation). */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(VI_NUMBER)].map((m) => viNumber(m[1]));
}

/** Every number the sheet shows: figures as rounded by their formulas, constants, numbers in texts. */
export function sheetNumbers(model: ReportSheetModel, sentences: string[]): number[] {
  const out: number[] = [];
  const remarks = new Set(sentences);
  for (const c of model.cells) {
    const e = c.expected;
    // As the cell shows it: its ROUND, or its number format for a value shown as read.
    const shown = formatDecimals(c.numberFormat);
    if (e && typeof e.value === 'number') out.push(excelRound(e.value, Math.min(e.decimals ?? 3, shown)));
    if (typeof c.value === 'number') out.push(excelRound(c.value, shown));
    // A share's counts shown beside it (`84 (42/50)`), a relative target's words in its cell's note.
    for (const q of (c.numberFormat ?? '').matchAll(/"([^"]*)"/g)) out.push(...numbersIn(q[1]));
    if (c.note?.startsWith('Chỉ tiêu: ')) out.push(...numbersIn(c.note));
    if (typeof c.value === 'string' && !remarks.has(c.value) && c.style !== 'finding') {
      // Headers, names, totals line: their numbers are shown too (years, "dưới 5 tuổi", counts).
      for (const n of numbersIn(c.value)) out.push(n);
      for (const m of c.value.matchAll(/\d+(?:\.\d+)?/g)) out.push(Number(m[0]));
    }
  }
  return out;
}

/** The excess of a term figure over its target (`vượt 17,6% so với chỉ tiêu …`): a shown % less 100. */
const EXCESS = /vượt (\d{1,3}(?:\.\d{3})*(?:,\d+)?)% so với chỉ tiêu (?:Nghị quyết|nhiệm kỳ)/g;

/**
 * Numbers of a sentence that the sheet must show: all of them except a count of years (`05 năm`),
 * a multiple (`gấp 3,4 lần`, derived from a shown year-over-year %) and an excess over a term target
 * (`vượt 17,6% so với chỉ tiêu …`, a shown term % less 100) — returned separately.
 */
export function sentenceNumbers(sentence: string): { plain: number[]; times: number[]; excess: number[] } {
  const times = [...sentence.matchAll(/gấp (\d{1,3}(?:\.\d{3})*(?:,\d+)?) lần/g)].map((m) => viNumber(m[1]));
  const excess = [...sentence.matchAll(EXCESS)].map((m) => viNumber(m[1]));
  const stripped = sentence
    .replace(/gấp \d{1,3}(?:\.\d{3})*(?:,\d+)? lần/g, '')
    .replace(EXCESS, '')
    .replace(/(?<![\d,.])\d{1,2} năm(?!\p{L})/gu, '');
  // `71 tỷ 952 triệu đồng` states one figure, 71,952 tỷ.
  const money: number[] = [];
  const rest = stripped.replace(/(\d{1,3}(?:\.\d{3})*) tỷ (\d{1,3}) triệu/g, (_, a: string, b: string) => {
    money.push(viNumber(a) + Number(b) / 1000);
    return '';
  });
  return { plain: [...money, ...numbersIn(rest)], times, excess };
}

/** A sentence states magnitudes (`giảm 14,3%` for a shown −14,3): signs are words there. */
export function shows(numbers: number[], n: number): boolean {
  return numbers.some((x) => Math.abs(Math.abs(x) - n) <= 1e-9 * Math.max(1, Math.abs(n)));
}

/**
 * Every figure the report model holds, rounded as the sheet rounds it (`DECIMALS`): targets and
 * actuals (and the numbers in a target's own words), the computed %, gaps and changes, the time
 * elapsed, the term figures the sentences may state (not the projection: it is said in words), the
 * counts, and the numbers in names, units and period labels.
 */
export function modelNumbers(report: Report): number[] {
  const out: number[] = [];
  const text = (t: string | null | undefined) => {
    if (!t) return;
    for (const n of numbersIn(t)) out.push(n);
    for (const m of t.matchAll(/\d+(?:\.\d+)?/g)) out.push(Number(m[0]));
  };
  const num = (v: unknown, d: number) => {
    if (typeof v === 'number') out.push(excelRound(v, d));
  };
  const c = report.counts;
  out.push(c.total, c.vuot, c.dat, c.chua_dat, c.khong_danh_gia, c.dang_thuc_hien ?? 0, c.vuot + c.dat);
  if (c.outlook) out.push(...Object.values(c.outlook));
  for (const t of report.tables) {
    text(t.period);
    if (t.termProgress) {
      num(t.termProgress.elapsedYears, 2);
      out.push(t.termProgress.termYears);
      text(t.termProgress.span);
    }
    const top = t.indicators.filter((i) => i.parent === null);
    out.push(top.length);
    // The overview counts, per table, the indicators given a target and their statuses (issue 11 rule 5).
    const given = top.filter((i) => i.term?.termTarget != null || i.periods.some((p) => p.target !== null));
    const counted = (st: string) => given.filter((i) => i.overallStatus === st).length;
    out.push(
      given.length,
      counted('vuot'),
      counted('dat'),
      counted('vuot') + counted('dat'),
      counted('dang_thuc_hien'),
    );
    out.push(counted('khong_danh_gia'), counted('chua_dat'), top.length - given.length);
    for (const o of ['da_dat', 'co_kha_nang_dat', 'kho_dat'])
      out.push(top.filter((i) => i.term?.outlook === o).length, top.filter((i) => i.term?.outlook).length);
    for (const ind of t.indicators) {
      text(ind.name);
      text(ind.unit);
      for (const p of ind.periods) {
        text(p.period);
        for (const v of [p.target, p.actual, p.previousActual, p.assignedTarget, p.monthActual, p.gap]) num(v, 3);
        for (const v of [p.achievementPct, p.assignedAchievementPct, p.yoyPct, p.elapsedPct]) num(v, DECIMALS.pct);
        for (const v of [p.gapPoints, p.yoyPoints]) num(v, DECIMALS.points);
        if (p.targetSpec && 'text' in p.targetSpec) text(p.targetSpec.text);
        if (typeof p.target === 'string') text(p.target);
      }
      const term = ind.term;
      if (!term) continue;
      num(term.average, DECIMALS.average);
      for (const v of [term.total, term.termTarget, term.latest]) num(v, 3);
      for (const v of [term.cagrPct, term.termAchievementPct, term.cumulativePct]) num(v, DECIMALS.pct);
      if (term.targetSpec && 'text' in term.targetSpec) text(term.targetSpec.text);
      if (typeof term.termTarget === 'string') text(term.termTarget);
    }
  }
  return out;
}

/** Decimals a number format shows at most: `#,##0.0##` → 3, `0.0%` → 1, `#,##0` → 0. */
function formatDecimals(format: string | undefined): number {
  const m = /\.([0#]+)/.exec(format ?? '');
  return m ? m[1].length : format ? 0 : 3;
}

/** Every figure the sheet shows with the decimals it shows it with (its format or its ROUND). */
export function shownFigures(model: ReportSheetModel): { value: number; decimals: number }[] {
  const out: { value: number; decimals: number }[] = [];
  for (const c of model.cells) {
    const e = c.expected;
    if (e && typeof e.value === 'number')
      out.push({ value: e.value, decimals: Math.min(e.decimals ?? 3, formatDecimals(c.numberFormat)) });
    else if (typeof c.value === 'number') out.push({ value: c.value, decimals: formatDecimals(c.numberFormat) });
  }
  return out;
}

/** Decimals of a number as a sentence writes it: `91,69` → 2, `36.015` → 0. */
export function writtenDecimals(text: string): number {
  const comma = text.indexOf(',');
  return comma < 0 ? 0 : text.length - comma - 1;
}
