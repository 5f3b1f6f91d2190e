/**
 * The counts the command line prints, as a finance officer reads them:
 * - one line per table, never one line adding tables of different periods (`Năm 2020 (biểu "Chỉ
 *   tiêu 2020"): Tổng số: 12 chỉ tiêu — …`); a workbook of one table keeps the plain line;
 * - statuses judged on an estimated full year say so (`(ước cả năm)`), on an estimated part of a
 *   year `(ước)`;
 * - a term in progress: its outlook on a line of its own (`Triển vọng đến cuối nhiệm kỳ: Đã đạt: 6 —
 *   …`), never beside the statuses as a second tally;
 * - sub-rows told in sentences but not counted are said to be so.
 * A finding is stated once: `Ô G15 (biểu "Chỉ tiêu 2020"): …` and its message, the figures written
 * before it only when the message does not already state them.
 */
import { countStatuses } from '../core/index';
import type { Finding, IndicatorResult, PeriodFigures, Report, TableResult } from '../core/indicator';
import { countsLine } from '../core/report/counts';
import { OUTLOOK_TEXT } from '../core/report/model';
import { formatNumber } from '../core/narrative/format';
import { isPartialPeriod, periodLead } from '../core/narrative/partial';
import type { Period } from '../core/detect/period';

/** The period each row's status is judged on: its latest with a target and an actual (none in a term). */
function judgedPeriods(top: IndicatorResult[]): PeriodFigures[] {
  return top
    .filter((i) => !i.term?.termTarget)
    .map((i) => [...i.periods].reverse().find((p) => p.target !== null && p.actual !== null))
    .filter((p) => p !== undefined);
}

/**
 * How a table's line opens: the period of the statuses it counts, as the overview names it (`Năm
 * 2020` for a run of years judged on 2020, `Nhiệm kỳ 2015 - 2020` for a term's targets).
 */
function tableLead(t: TableResult, judged: PeriodFigures[]): string {
  const span = t.at.span;
  if (span && t.indicators.some((i) => i.term?.termTarget != null)) return `Nhiệm kỳ ${span.from} - ${span.to}`;
  const seen = new Map<string, { at: Period; n: number }>();
  for (const p of judged) seen.set(p.period, { at: p.at, n: (seen.get(p.period)?.n ?? 0) + 1 });
  const most = [...seen.values()].sort((a, b) => b.n - a.n)[0]?.at ?? t.at;
  return most.label && !most.span ? periodLead(most) : '';
}

/** ` (ước cả năm)` / ` (ước)` when the statuses counted are mostly those of an estimate. */
function estimateLabel(judged: PeriodFigures[]): string {
  const estimated = judged.filter((p) => p.estimated);
  if (estimated.length === 0 || estimated.length < judged.length / 2) return '';
  return estimated.some((p) => !isPartialPeriod(p)) ? ' (ước cả năm)' : ' (ước)';
}

/** The lines of one table's counts (see the module comment). */
function tableLines(t: TableResult, several: boolean): string[] {
  const top = t.indicators.filter((i) => i.parent === null);
  const judged = judgedPeriods(top);
  const lead = several ? tableLead(t, judged) : '';
  const label = several ? `${lead ? `${lead} ` : ''}(biểu "${t.sheet}"): ` : '';
  const counts = countStatuses(t.indicators);
  const { outlook, ...statuses } = counts;
  const lines = [`${label}${countsLine(statuses)}${estimateLabel(judged)}`];
  if (outlook) {
    const o = outlook;
    lines.push(
      `Triển vọng đến cuối nhiệm kỳ: ${OUTLOOK_TEXT.da_dat}: ${o.da_dat} — ${OUTLOOK_TEXT.co_kha_nang_dat}: ${o.co_kha_nang_dat} — ${OUTLOOK_TEXT.kho_dat}: ${o.kho_dat}`,
    );
  }
  const subRows = t.indicators.length - top.length;
  if (subRows > 0) lines.push(`(${subRows} chỉ tiêu chi tiết được nêu trong câu văn, không tính vào tổng số)`);
  return lines;
}

/** The counts lines of a report (see the module comment). */
export function countLines(report: Report): string[] {
  const several = report.tables.length > 1;
  return report.tables.flatMap((t) => tableLines(t, several));
}

/** `Ô G15 (biểu "Chỉ tiêu 2020"): …` — the finding stated once (see the module comment). */
export function findingText(f: Finding): string {
  const reported = typeof f.reported === 'number' ? formatNumber(f.reported, 4) : (f.reported ?? '(trống)');
  const where = `Ô ${f.cell} (biểu "${f.sheet}")`;
  if (f.message.includes(String(reported))) return `${where}: ${f.message}`;
  const computed = f.computed === null ? '' : ` — tính lại ${formatNumber(f.computed, 1)}`;
  return `${where}: ghi ${reported}${computed}: ${f.message}`;
}
