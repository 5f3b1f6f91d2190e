/**
 * Vietnamese narrative of a report: for each table period its overview, then one sentence per
 * indicator of its tables — its term sentence in a term table (term figures exist only there, DOMAIN.md §7.3), else its latest
 * period's; a partial period (`9 tháng 2024`) is led by its period and followed by the estimated
 * full year when the table has one. Generated from the computed figures only; every number is one
 * the summary sheet shows.
 */
import type { IndicatorResult, PeriodFigures, Report, TableResult } from '../indicator';
import { latestPeriod, partialSentence, periodSentence } from './indicator';
import { estimateAfter, isPartialPeriod, periodLead } from './partial';
import {
  distinctLeads,
  followedNote,
  groupOverviewSentences,
  NO_CONTEXT,
  periodGroups,
  termOf,
  type NarrativeContext,
  type TermOf,
} from './overview';
import { defaultNarrativeSettings, type NarrativeSettings } from './style';
import { termSentence } from './term';
import { isAnnual } from '../layout';
import { pushAll } from '../arrays';
import { spokenName } from './names';
import { ratingsInWords } from './rating';

export { defaultNarrativeSettings, type NarrativeSettings } from './style';

/**
 * A sub-row follows the sentence of its row, which has named the period: `Trong đó, thu thuế …`,
 * never a second `Chín tháng đầu năm 2024, …`.
 */
const PART_OF_ABOVE = 'Trong đó';

/** The latest partial period with an actual that is not itself an estimate (`9 tháng 2024`). */
function latestPartial(ind: IndicatorResult): PeriodFigures | null {
  for (let i = ind.periods.length - 1; i >= 0; i--) {
    const p = ind.periods[i];
    if (p.actual !== null && !p.estimated && isPartialPeriod(p)) return p;
  }
  return null;
}

/**
 * The sentence for one indicator, or null when it has nothing to say (no actual value). Term
 * figures (an indicator of a term table) give the term sentence; any other indicator is said by its
 * periods, with the yoy and gap figures of the annual layout.
 */
export function indicatorSentence(
  row: IndicatorResult,
  s: NarrativeSettings = defaultNarrativeSettings,
  annual = row.term === null,
): string | null {
  const spoken = spokenName(row.name);
  const ind = spoken === row.name ? row : { ...row, name: spoken };
  const said = rowSentence(ind, s, annual);
  return said && assembled(said);
}

function rowSentence(ind: IndicatorResult, s: NarrativeSettings, annual: boolean): string | null {
  if (ind.term) {
    const t = termSentence(ind, s);
    if (t) return t;
  } else {
    const partial = latestPartial(ind);
    const estimate = partial ? estimateAfter(ind, partial) : null;
    const latest = latestPeriod(ind);
    if (partial && (estimate || latest === partial))
      return partialSentence(ind, partial, estimate, s, ind.parent ? PART_OF_ABOVE : periodLead(partial.at));
  }
  const p = latestPeriod(ind);
  if (!p) return null;
  // An estimated part of a year (`Ước thực hiện 6 tháng`) is led by its period like a reported one.
  const lead = !ind.term && isPartialPeriod(p) ? (ind.parent ? PART_OF_ABOVE : periodLead(p.at)) : '';
  return periodSentence(ind, p, s, annual, lead);
}

/** A sentence as it is handed over: no rating abbreviation left in it, in a name or a target (rating.ts). */
function assembled(sentence: string): string {
  return ratingsInWords(sentence);
}

/** The settings of a table's sentences: a plan's term calls its targets the plan's. */
function termSettings(s: NarrativeSettings, of: TermOf): NarrativeSettings {
  return of.plan ? { ...s, plan: true } : s;
}

/**
 * An indicator's sentence as the report says it in its table (the draft asks again with it): with
 * its table's layout and words (a plan's), and the note of a row given no target folded in.
 */
export function reportSentence(
  t: TableResult,
  ind: IndicatorResult,
  s: NarrativeSettings = defaultNarrativeSettings,
  ctx = NO_CONTEXT,
): string | null {
  const of = termOf(t);
  const line = indicatorSentence(ind, termSettings(s, of), isAnnual(t));
  return line && followedNote(line, ind, of, ctx);
}

/**
 * All sentences of a report; `context` tells the overview what the workbook says beyond the figures
 * (its title blocks, which target cells hold something).
 * @example
 * const r = runReport([{ sheet: 'S', values: [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ['Thu ngân sách', 'Triệu đồng', 10500, 36015]] }]);
 * const [first] = r.ok ? narrate(r.report, { unitName: 'phường Phúc Đồng', leadingZero: true }) : [];
 * first // → 'Trong kỳ báo cáo phường Phúc Đồng được giao 01 chỉ tiêu, kết quả hoàn thành vượt mức 01 chỉ tiêu, trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.'
 */
export function narrate(
  report: Report,
  settings: Partial<NarrativeSettings> = {},
  context: Partial<NarrativeContext> = {},
): string[] {
  const s = { ...defaultNarrativeSettings, ...settings };
  const ctx = { ...NO_CONTEXT, ...context };
  const sentences: string[] = [];
  // Each period's overview opens the sentences of its own tables; no two open alike.
  const groups = periodGroups(report.tables);
  const leads = distinctLeads(groups, ctx);
  for (const g of groups) {
    // A plan's term table calls its targets the plan's (`chỉ tiêu kế hoạch đề ra`).
    pushAll(sentences, groupOverviewSentences(g, termSettings(s, g), ctx, leads.get(g)).map(assembled));
    for (const t of g.tables) {
      for (const ind of t.indicators) {
        const line = reportSentence(t, ind, s, ctx);
        if (line) sentences.push(line);
        ctx.onIndicator();
      }
    }
  }
  return sentences;
}
