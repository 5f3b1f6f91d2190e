/**
 * The city's (or district's) draft báo cáo of its wards' results, as data for the one Word renderer
 * of drafts (src/docx/baoCao.ts): the official frame of the ward's draft (`draftFrame`: header
 * block, `BÁO CÁO`, `Nơi nhận`, signature, appendix), filled from the consolidated figures and the
 * sentences the consolidation already wrote — none is worded again here but the leads.
 *
 * - Summary line: `Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của các phường`.
 * - I. Kết quả thực hiện các chỉ tiêu: the overview sentences (how many wards, files not read, which
 *   ward reports which period, how many findings to check); `1. Kết quả từng chỉ tiêu`: one sentence per indicator most wards
 *   report; then one part per period group (`2. Xếp hạng các phường`, or with several periods
 *   `2. Các phường báo cáo năm 2024`, `3. Các phường báo cáo năm 2023`): how many wards report it, on
 *   how many assigned indicators they are ranked, and the ranking sentences of that period.
 * - II. Hạn chế: per period group, the assigned indicators some of its wards did not meet (against
 *   what the city assigned, as they are ranked), with those wards named; none: one line saying so.
 * - III. Phương hướng, nhiệm vụ: a line to complete per indicator with wards short of it (nothing
 *   invented), else one line to complete.
 * - The appendix: the ranking table (`buildDistrictAppendixModel`); the findings in the box the
 *   office deletes before signing.
 *
 * Rules chosen where the spec is silent: the shortfalls of a period are judged like its ranking (the
 * assigned indicators, `rankStatus`), so a ward meeting only its own easier target is listed; a
 * period reported by a single ward has no ranking but its shortfalls are listed all the same.
 */
import { appendixOf } from '../report/appendix';
import { CHAPTERS, draftFrame, type Draft, type DraftChapter, type DraftLine, type DraftPart } from '../report/draft';
import type { SheetSettings } from '../report/header';
import { formatCount, joinList } from '../narrative/format';
import { inSentence, subject } from '../narrative/indicator';
import { sentenceCase } from '../text';
import { buildDistrictAppendixModel, districtFindingText, groupTitle } from './model';
import { assignedRows } from './periodGroups';
import { compareNames } from './ranking';
import { districtSentenceParts, periodWords, type DistrictSentences } from './sentences';
import type { DistrictIndicator, DistrictReport, PeriodGroup } from './types';

const text = (t: string): DraftLine => ({ text: t, kind: 'text' });

/** `Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của các phường`. */
export function districtSummaryLine(d: DistrictReport): string {
  const period = d.period ? ` ${periodWords(d.at)}` : '';
  return `Tổng hợp kết quả thực hiện các chỉ tiêu${period} của các ${d.levelWord}`;
}

/** One period group's wards short of an assigned indicator. */
interface Shortfall {
  row: DistrictIndicator;
  wards: string[];
  reporting: number;
}

/** The assigned indicators of a group that some of its wards did not meet, against what was assigned. */
function shortfallsOf(d: DistrictReport, g: PeriodGroup): Shortfall[] {
  return assignedRows(d.indicators, g).flatMap((row) => {
    const reporting = g.wards.filter((i) => row.cells[i] !== null);
    const wards = reporting.filter((i) => row.cells[i]!.rankStatus === 'chua_dat').map((i) => d.wards[i].name);
    return wards.length > 0 ? [{ row, wards: wards.sort(compareNames), reporting: reporting.length }] : [];
  });
}

/** The wards as named in a sentence: those no workbook names are counted, never named. */
function wardWords(d: DistrictReport, names: string[]): string {
  const unnamed = new Set(d.wards.filter((w) => w.unnamed).map((w) => w.name));
  const named = names.filter((n) => !unnamed.has(n));
  const rest = names.length - named.length;
  const count = formatCount(rest, d.settings.leadingZero);
  return joinList(rest > 0 ? [...named, `${count} đơn vị chưa rõ tên`] : named);
}

/** `- Thu ngân sách: 02/14 phường chưa đạt chỉ tiêu được giao (phường A và phường B).` */
function shortfallLine(d: DistrictReport, f: Shortfall): string {
  const n = formatCount(f.wards.length, d.settings.leadingZero);
  return `- ${subject(f.row.name)}: ${n}/${f.reporting} ${d.levelWord} chưa đạt chỉ tiêu được giao (${wardWords(d, f.wards)}).`;
}

/** `166 phường báo cáo năm 2024, xếp hạng trên 50 chỉ tiêu được giao.`, or why a period is not ranked. */
function groupLead(d: DistrictReport, g: PeriodGroup, several: boolean): string {
  const n = formatCount(g.wards.length, d.settings.leadingZero);
  const when = periodWords(g.at) || 'kỳ chưa rõ';
  if (several && g.wards.length < 2)
    return sentenceCase(
      `${wardWords(d, [d.wards[g.wards[0]].name])} báo cáo ${when}, không xếp hạng vì chỉ có một ${d.levelWord}.`,
    );
  const assigned = formatCount(assignedRows(d.indicators, g).length, d.settings.leadingZero);
  return `${n} ${d.levelWord} báo cáo ${when}, xếp hạng theo số chỉ tiêu đạt và vượt trên ${assigned} chỉ tiêu được giao.`;
}

function resultsChapter(d: DistrictReport, p: DistrictSentences): DraftChapter {
  const parts: DraftPart[] = [{ title: null, lines: [...p.overview, ...p.periods, ...p.findings].map(text) }];
  if (p.indicators.length > 0)
    parts.push({ title: `${parts.length}. Kết quả từng chỉ tiêu`, lines: p.indicators.map((x) => text(x.sentence)) });
  const several = d.groups.length > 1;
  for (const g of d.groups) {
    const title = several ? groupTitle(d, g.period) : `Xếp hạng các ${d.levelWord}`;
    const ranking = p.ranking.filter((x) => !several || x.period === g.period).map((x) => text(x.sentence));
    parts.push({ title: `${parts.length}. ${title}`, lines: [text(groupLead(d, g, several)), ...ranking] });
  }
  return { title: CHAPTERS.results, parts };
}

function shortfallChapter(d: DistrictReport, byGroup: [PeriodGroup, Shortfall[]][]): DraftChapter {
  const several = d.groups.length > 1;
  const lines: DraftLine[] = [];
  for (const [g, found] of byGroup) {
    if (found.length === 0) continue;
    const whose = several ? ` (${groupTitle(d, g.period).toLocaleLowerCase('vi')})` : '';
    lines.push({ text: `Các chỉ tiêu có ${d.levelWord} chưa đạt${whose}:`, kind: 'lead' });
    for (const f of found) lines.push({ text: shortfallLine(d, f), kind: 'item' });
  }
  if (lines.length === 0) lines.push(text(`Không có ${d.levelWord} nào chưa đạt chỉ tiêu được giao.`));
  return { title: CHAPTERS.shortfalls, parts: [{ title: null, lines }] };
}

function tasksChapter(d: DistrictReport, byGroup: [PeriodGroup, Shortfall[]][]): DraftChapter {
  const names = [...new Set(byGroup.flatMap(([, found]) => found.map((f) => f.row.name)))];
  const lines: DraftLine[] = names.map((name) => ({
    text: `- Chỉ đạo các ${d.levelWord} chưa đạt tập trung thực hiện chỉ tiêu ${inSentence(name)}: … (bổ sung giải pháp).`,
    kind: 'fill',
  }));
  if (lines.length === 0) lines.push({ text: '… (bổ sung phương hướng, nhiệm vụ kỳ tới).', kind: 'fill' });
  return { title: CHAPTERS.tasks, parts: [{ title: null, lines }] };
}

/**
 * The district's draft báo cáo (see the module comment); `sheet` names the issuing body, its
 * superior, the place and the date, as for a ward's draft.
 */
export function districtDraft(d: DistrictReport, sheet: SheetSettings): Draft {
  const parts = districtSentenceParts(d, d.settings, d.groups);
  const byGroup = d.groups.map((g): [PeriodGroup, Shortfall[]] => [g, shortfallsOf(d, g)]);
  const appendix = appendixOf(buildDistrictAppendixModel(d, sheet), sheet.bodyType);
  return {
    ...draftFrame(appendix, sheet),
    summary: districtSummaryLine(d),
    chapters: [resultsChapter(d, parts), shortfallChapter(d, byGroup), tasksChapter(d, byGroup)],
    chart: null,
    checks:
      d.findings.length === 0
        ? null
        : {
            title: 'NỘI DUNG CẦN KIỂM TRA',
            note: `Các nội dung dưới đây cần kiểm tra lại với các ${d.levelWord}; xóa khung này trước khi ký.`,
            lines: d.findings.map(districtFindingText),
          },
  };
}
