/**
 * The draft báo cáo as data: the document an office signs, in the official format (Nghị định
 * 30/2020/NĐ-CP for state bodies, Hướng dẫn 36-HD/VPTW for party bodies), built from the report's
 * own sentences and the summary sheet read back as an appendix — one source for every word and figure.
 *
 * - Header block: the appendix's lines (superior and issuing body, `*`, the motto, the place and date)
 *   with the number line under the issuing body, the number and the date left to the office's clerk:
 *   `Số      -BC/ĐU` for a party body (36-HD writes `Số 36-HD/VPTW`, no colon; `CB` for a chi bộ),
 *   `Số:      /BC-UBND` for a state body (NĐ 30; `HĐND` for a people's council).
 * - `BÁO CÁO` and its summary line by the title's period: `Kết quả thực hiện các chỉ tiêu năm 2020`,
 *   `… 9 tháng đầu năm 2024`, `Sơ kết giữa nhiệm kỳ thực hiện các chỉ tiêu nhiệm kỳ 2020 - 2025`.
 * - I. Kết quả thực hiện các chỉ tiêu: the overview sentences, then one numbered part per field, in the
 *   order the tables' own sections come (`1. Kinh tế - ngân sách`), each with its indicators'
 *   sentences. Every sentence of the report is placed exactly once. The achievement chart (`chartOf`)
 *   closes the part. Indicators outside any section
 *   (a table without sections) follow the overview without a part of their own: a heading the table
 *   does not have would be invented.
 * - II. Hạn chế: the indicators not met, behind the time elapsed (a partial year) or khó đạt (a term in
 *   progress), each by its own sentence (its figure and its target, as the report words them); none:
 *   one line saying so.
 * - III. Phương hướng, nhiệm vụ: for each of them a line the office completes (nothing invented), and
 *   the targets the tables set for the periods after the one reported (a `Kế hoạch 2021` column: the
 *   plan ahead, which the sheet shows in its own columns), grouped by period.
 * - `Nơi nhận`, the signature block (`T/M ĐẢNG ỦY` / `BÍ THƯ`, `T/M BAN THƯỜNG VỤ` for a standing committee,
 *   `T/M CHI BỘ`; `TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH`, NĐ 30
 *   writes `TM.`) with the name left blank, the appendix (its tables), and the findings of the report
 *   in a box the office deletes before signing (chitieu has no way to mark one resolved: all are listed).
 */
import type { IndicatorResult, PeriodFigures, Report, ResolvedTarget } from '../indicator';
import { reportSentence } from '../narrative';
import { inSentence, subject, targetWords } from '../narrative/indicator';
import { periodInSentence } from '../narrative/partial';
import type { Period } from '../detect/period';
import { defaultNarrativeSettings, type NarrativeSettings } from '../narrative/style';
import { foldText, isRomanNumeral, isUpperCaseText } from '../text';
import { appendixOf, type Appendix, type AppendixTable, type HeaderLine } from './appendix';
import type { ReportSheetModel } from './model';
import { chartOf, type ChartDefinition } from './chart';
import type { SheetSettings } from './header';
import { titlePeriod } from './header';

/** A paragraph of the draft: body text, a `-` item, a lead line before items, a line for the office to fill. */
export interface DraftLine {
  text: string;
  kind: 'text' | 'item' | 'lead' | 'fill';
}

/** A numbered part of a chapter (`1. Kinh tế - ngân sách`); `title` null for the lines before the parts. */
export interface DraftPart {
  title: string | null;
  lines: DraftLine[];
}

export interface DraftChapter {
  /** `I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU` */
  title: string;
  parts: DraftPart[];
}

export interface Draft {
  bodyType: SheetSettings['bodyType'];
  /** The two columns of the header block, row by row (blank lines kept so the rows line up). */
  header: { left: HeaderLine[]; right: HeaderLine[] };
  documentType: string;
  /** The trích yếu under `BÁO CÁO`. */
  summary: string;
  chapters: DraftChapter[];
  /** The achievement chart, drawn at the end of part I; null when no indicator has a %. */
  chart: ChartDefinition | null;
  recipients: { title: string; lines: string[] };
  signature: { onBehalf: string; title: string; name: string };
  /** The tables attached, as the Word appendix has them, with their label. */
  appendix: { label: string; note: string; content: Appendix };
  /** The findings to check, or null when there are none. */
  checks: { title: string; note: string; lines: string[] } | null;
}

export const CHAPTERS = {
  results: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
  shortfalls: 'II. HẠN CHẾ',
  tasks: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ',
} as const;

export const CHECKS_TITLE = 'SỐ LIỆU CẦN KIỂM TRA';

// ---------- the header block ----------

/** The body's word in the document's number and signature, by the issuing body's own name. */
function bodyKind(s: SheetSettings): { symbol: string; onBehalf: string; title: string } {
  const name = foldText(s.issuingBody);
  if (s.bodyType === 'party') {
    if (name.startsWith('chi bo')) return { symbol: 'CB', onBehalf: 'T/M CHI BỘ', title: 'BÍ THƯ' };
    if (name.startsWith('ban thuong vu')) return { symbol: 'ĐU', onBehalf: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ' };
    return { symbol: 'ĐU', onBehalf: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ' };
  }
  if (/^(hdnd|hoi dong nhan dan)/.test(name))
    return { symbol: 'HĐND', onBehalf: 'TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN', title: 'CHỦ TỊCH' };
  return { symbol: 'UBND', onBehalf: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH' };
}

/** `Số      -BC/ĐU` (36-HD) or `Số:      /BC-UBND` (NĐ 30): the number left blank for the clerk. */
export function numberLine(s: SheetSettings): string {
  const { symbol } = bodyKind(s);
  const gap = '\u00a0'.repeat(6);
  return s.bodyType === 'party' ? `Số${gap}-BC/${symbol}` : `Số:${gap}/BC-${symbol}`;
}

const BLANK: HeaderLine = { text: '', style: null };

/**
 * The appendix's header lines, with the number line where the forms put it: under `*` (party) or under
 * the issuing body (state), on the row of the place and date line.
 */
function draftHeader(a: Appendix, s: SheetSettings): Draft['header'] {
  const lines = [...a.header.left, ...a.header.right];
  const byStyle = (style: HeaderLine['style']) => lines.find((l) => l.style === style) ?? BLANK;
  const number: HeaderLine = { text: numberLine(s), style: null };
  const left = [byStyle('bodyLeft'), byStyle('bodyLeftBold'), s.bodyType === 'party' ? byStyle('star') : BLANK, number];
  const right = [byStyle('motto'), s.bodyType === 'state' ? byStyle('mottoSub') : BLANK, BLANK, byStyle('placeDate')];
  return { left, right };
}

/** `NĂM 2020` → `năm 2020`, `QUÝ III NĂM 2024` → `quý III năm 2024`: a title's words inside a line. */
function lowerTitle(title: string): string {
  return title
    .split(' ')
    .map((w) => (isRomanNumeral(w) ? w : w.toLocaleLowerCase('vi')))
    .join(' ');
}

/** The summary line under `BÁO CÁO`, by the period the summary sheet's title names. */
export function summaryLine(report: Report): string {
  const period = titlePeriod(report);
  const midTerm = /^SƠ KẾT GIỮA NHIỆM KỲ (.+)$/.exec(period);
  if (midTerm) return `Sơ kết giữa nhiệm kỳ thực hiện các chỉ tiêu nhiệm kỳ ${midTerm[1]}`;
  const midPlan = /^SƠ KẾT GIỮA KỲ GIAI ĐOẠN (.+)$/.exec(period);
  if (midPlan) return `Sơ kết giữa kỳ thực hiện các chỉ tiêu kế hoạch giai đoạn ${midPlan[1]}`;
  return period ? `Kết quả thực hiện các chỉ tiêu ${lowerTitle(period)}` : 'Kết quả thực hiện các chỉ tiêu';
}

// ---------- I. the results by field ----------

/** Words whose capital a field's name keeps when written in sentence case. */
const PROPER: [RegExp, string][] = [
  [/(?<!\p{L})đảng(?! viên)(?!\p{L})/gu, 'Đảng'],
  [/mặt trận tổ quốc/gu, 'Mặt trận Tổ quốc'],
  [/hồ chí minh/gu, 'Hồ Chí Minh'],
];

/**
 * A section's name as a part's title: its numbering dropped (`I.`, `A.`, `1.`), upper case written in
 * sentence case with the Party's capital kept (`XÂY DỰNG ĐẢNG` → `Xây dựng Đảng`); mixed case as typed.
 */
export function fieldTitle(section: string): string {
  const bare = section.replace(/^\s*(?:[IVXLC]+|[A-Z]|\d+)\s*[.)/-]\s+/u, '').trim();
  if (!isUpperCaseText(bare)) return bare;
  let text = bare.toLocaleLowerCase('vi');
  for (const [word, proper] of PROPER) text = text.replace(word, proper);
  return text[0].toLocaleUpperCase('vi') + text.slice(1);
}

/** The key of a field: sections named alike in two tables are one field. */
const fieldKey = (section: string | null) => (section === null ? '' : foldText(fieldTitle(section)));

interface Placed {
  overview: string[];
  /** The sentences of indicators outside any section. */
  loose: string[];
  fields: { title: string; sentences: string[] }[];
}

/**
 * Every sentence of the report in its place: each indicator's own sentence (the narrative asked again
 * with the report's settings) under its field, the rest — the overviews — first. A sentence is
 * taken from the report's list, so it is placed once, and one the narrative no longer gives for an
 * indicator stays in the overview rather than being lost.
 */
function placeSentences(report: Report, s: NarrativeSettings): Placed {
  const owners = new Map<string, string[]>();
  const fields = new Map<string, { title: string; sentences: string[] }>();
  for (const t of report.tables) {
    for (const ind of t.indicators) {
      const key = fieldKey(ind.section);
      if (key && !fields.has(key)) fields.set(key, { title: fieldTitle(ind.section!), sentences: [] });
      const sentence = reportSentence(t, ind, s);
      if (sentence) owners.set(sentence, [...(owners.get(sentence) ?? []), key]);
    }
  }
  const placed: Placed = { overview: [], loose: [], fields: [...fields.values()] };
  for (const sentence of report.narrative) {
    const key = owners.get(sentence)?.shift();
    if (key === undefined) placed.overview.push(sentence);
    else if (key === '') placed.loose.push(sentence);
    else fields.get(key)!.sentences.push(sentence);
  }
  placed.fields = placed.fields.filter((f) => f.sentences.length > 0);
  return placed;
}

const text = (t: string): DraftLine => ({ text: t, kind: 'text' });

function resultsChapter(placed: Placed): DraftChapter {
  const parts: DraftPart[] = [{ title: null, lines: [...placed.overview, ...placed.loose].map(text) }];
  placed.fields.forEach((f, i) => parts.push({ title: `${i + 1}. ${f.title}`, lines: f.sentences.map(text) }));
  return { title: CHAPTERS.results, parts };
}

// ---------- II. shortfalls, III. tasks ----------

type Shortfall = 'chua_dat' | 'kho_dat' | 'cham_tien_do';

const SHORTFALL_LEAD: Record<Shortfall, string> = {
  chua_dat: 'Các chỉ tiêu chưa đạt:',
  kho_dat: 'Các chỉ tiêu khó đạt chỉ tiêu Nghị quyết đến cuối nhiệm kỳ:',
  cham_tien_do: 'Các chỉ tiêu chậm so với tiến độ thời gian:',
};

const SHORTFALL_WORDS: Record<Shortfall, string> = {
  chua_dat: 'chưa đạt',
  kho_dat: 'khó đạt',
  cham_tien_do: 'chậm tiến độ',
};

/** The pace of the latest period judged against the time elapsed (§7.4). */
function latestProgress(ind: IndicatorResult): PeriodFigures['progress'] {
  for (let i = ind.periods.length - 1; i >= 0; i--) {
    const p = ind.periods[i];
    if (p.actual !== null && p.progress !== null) return p.progress;
  }
  return null;
}

/** Why an indicator is a shortfall, the first of: not met, khó đạt, behind the time elapsed; or null. */
export function shortfallOf(ind: IndicatorResult): Shortfall | null {
  if (ind.overallStatus === 'chua_dat') return 'chua_dat';
  if (ind.term?.outlook === 'kho_dat') return 'kho_dat';
  if (latestProgress(ind) === 'cham_tien_do') return 'cham_tien_do';
  return null;
}

interface Found {
  ind: IndicatorResult;
  why: Shortfall;
  sentence: string;
  /** Of a plan's term table (`Kế hoạch … giai đoạn`). */
  plan: boolean;
}

function shortfalls(report: Report, s: NarrativeSettings): Found[] {
  const found: Found[] = [];
  for (const t of report.tables)
    for (const ind of t.indicators) {
      const why = shortfallOf(ind);
      if (!why) continue;
      const sentence = reportSentence(t, ind, s) ?? `${subject(ind.name)}: ${SHORTFALL_WORDS[why]}.`;
      found.push({ ind, why, sentence, plan: !!t.plan });
    }
  return found;
}

function shortfallChapter(found: Found[]): DraftChapter {
  if (found.length === 0)
    return {
      title: CHAPTERS.shortfalls,
      parts: [{ title: null, lines: [text('Không có chỉ tiêu chưa đạt, chậm tiến độ hoặc khó đạt.')] }],
    };
  const lines: DraftLine[] = [];
  for (const why of ['chua_dat', 'kho_dat', 'cham_tien_do'] as const) {
    const these = found.filter((f) => f.why === why);
    if (these.length === 0) continue;
    // A plan's term in progress: its targets the plan's, to the end of its period.
    const plan = these.some((f) => f.plan);
    const lead =
      why === 'kho_dat' && plan ? 'Các chỉ tiêu khó đạt chỉ tiêu kế hoạch đến cuối giai đoạn:' : SHORTFALL_LEAD[why];
    lines.push({ text: lead, kind: 'lead' });
    for (const f of these) lines.push({ text: `- ${f.sentence}`, kind: 'item' });
  }
  return { title: CHAPTERS.shortfalls, parts: [{ title: null, lines }] };
}

/**
 * The targets ahead, by period: per indicator, the plan ahead's targets (`IndicatorResult.plans`),
 * else the first period after its latest actual with a target and no actual.
 */
function nextTargets(report: Report, s: NarrativeSettings): Map<string, { at: Period; lines: string[] }> {
  const byPeriod = new Map<string, { at: Period; lines: string[] }>();
  const add = (
    target: { period: string; at: Period; targetSpec: ResolvedTarget | null; target: number | string },
    ind: IndicatorResult,
  ) => {
    const line = `- ${subject(ind.name)}: ${targetWords(target.targetSpec, target.target, ind, s)}.`;
    const those = byPeriod.get(target.period) ?? { at: target.at, lines: [] };
    those.lines.push(line);
    byPeriod.set(target.period, those);
  };
  for (const t of report.tables)
    for (const ind of t.indicators) {
      if (ind.plans?.length) {
        for (const plan of ind.plans) add(plan, ind);
        continue;
      }
      let last = -1;
      ind.periods.forEach((p, i) => (p.actual !== null ? (last = i) : undefined));
      if (last < 0) continue;
      const next = ind.periods.slice(last + 1).find((p) => p.actual === null && p.target !== null);
      if (next && next.target !== null) add({ ...next, target: next.target }, ind);
    }
  return byPeriod;
}

function tasksChapter(found: Found[], targets: Map<string, { at: Period; lines: string[] }>): DraftChapter {
  const lines: DraftLine[] = [];
  for (const f of found)
    lines.push({
      text: `- Tập trung thực hiện chỉ tiêu ${inSentence(f.ind.name)} (${SHORTFALL_WORDS[f.why]}): … (đơn vị bổ sung giải pháp).`,
      kind: 'fill',
    });
  for (const [period, { at, lines: items }] of targets) {
    lines.push({ text: `Các chỉ tiêu ${period ? periodInSentence(at) : 'kỳ tới'}:`, kind: 'lead' });
    for (const item of items) lines.push({ text: item, kind: 'item' });
  }
  if (lines.length === 0) lines.push({ text: '… (đơn vị bổ sung phương hướng, nhiệm vụ kỳ tới).', kind: 'fill' });
  return { title: CHAPTERS.tasks, parts: [{ title: null, lines }] };
}

// ---------- the end: recipients, signature, findings ----------

function recipients(s: SheetSettings): Draft['recipients'] {
  const above = s.superiorBody.trim();
  if (s.bodyType === 'party')
    return {
      title: 'Nơi nhận:',
      lines: [
        `- ${above || '…'} (để báo cáo),`,
        foldText(s.issuingBody).startsWith('dang uy') ? '- Lưu Văn phòng Đảng ủy.' : '- Lưu.',
      ],
    };
  return { title: 'Nơi nhận:', lines: [`- ${above || '…'};`, '- Lưu: VT.'] };
}

/** The findings table of the appendix (`Ô | Chỉ tiêu | Ghi | Tính lại | Giải thích`) as lines. */
function checkLines(table: AppendixTable): string[] {
  return table.rows.slice(table.headerRows).map((cells) => {
    const at = (col: number) => cells.find((c) => c.col === col)?.text ?? '';
    const computed = at(3) ? ` — tính lại ${at(3)}` : '';
    return `${at(0)} (${at(1)}): ghi ${at(2) || '(trống)'}${computed}. ${at(4)}`;
  });
}

function checksBox(a: Appendix, report: Report): Draft['checks'] {
  if (report.checks.length === 0) return null;
  const table = a.blocks.find((b) => b.table && b.title.startsWith('Số liệu cần kiểm tra'))?.table;
  if (!table) return null;
  return {
    title: CHECKS_TITLE,
    note: 'Các số liệu dưới đây khác với số liệu tính lại từ bảng. Đề nghị kiểm tra; xóa khung này trước khi ký.',
    lines: checkLines(table),
  };
}

/**
 * The draft báo cáo of a report: `appendix` is the summary sheet read back (`appendixOf`), `sheet`
 * the header settings it was built with, `narrative` the settings the report's sentences were worded with.
 */
export function buildDraft(
  report: Report,
  appendix: Appendix,
  sheet: SheetSettings,
  narrative: Partial<NarrativeSettings> = {},
): Draft {
  const s = { ...defaultNarrativeSettings, ...narrative };
  const found = shortfalls(report, s);
  const chart = chartOf(report);
  return {
    ...draftFrame({ ...appendix, blocks: [] }, sheet),
    summary: summaryLine(report),
    chapters: [
      resultsChapter(placeSentences(report, s)),
      shortfallChapter(found),
      tasksChapter(found, nextTargets(report, s)),
    ],
    chart: chart.bars.length > 0 ? chart : null,
    checks: checksBox(appendix, report),
  };
}

/** What every báo cáo of an issuing body has around its content, whatever it reports on. */
export type DraftFrame = Pick<Draft, 'bodyType' | 'header' | 'documentType' | 'recipients' | 'signature' | 'appendix'>;

/**
 * The official frame of a báo cáo (see the module comment): the header block with the number line,
 * `BÁO CÁO`, `Nơi nhận`, the signature block, and `appendix` attached under `PHỤ LỤC`. The ward's
 * draft and the district's share it.
 */
export function draftFrame(appendix: Appendix, sheet: SheetSettings): DraftFrame {
  const kind = bodyKind(sheet);
  return {
    bodyType: sheet.bodyType,
    header: draftHeader(appendix, sheet),
    documentType: 'BÁO CÁO',
    recipients: recipients(sheet),
    signature: { onBehalf: kind.onBehalf, title: kind.title, name: '' },
    appendix: {
      label: 'PHỤ LỤC',
      note: `(Kèm theo Báo cáo ${numberLine(sheet).replace(/^Số:?/, 'số')})`,
      content: appendix,
    },
  };
}

/** The draft of a report whose summary sheet model is built: the sheet read back as its appendix. */
export function draftOfModel(
  report: Report,
  model: ReportSheetModel,
  sheet: SheetSettings,
  narrative: Partial<NarrativeSettings> = {},
): Draft {
  return buildDraft(report, appendixOf(model, sheet.bodyType), sheet, narrative);
}
