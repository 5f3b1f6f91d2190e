/**
 * District sentences, in the seeds' style (`xếp thứ 01/14 phường`, `12/14 phường hoàn thành vượt mức
 * chỉ tiêu thu ngân sách`), from the consolidated figures only; numbers through the one formatter.
 *
 * Shapes:
 * - `Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của 14 phường, gồm 06 chỉ tiêu.`
 * - `Có 02 tệp không đọc được số liệu: a.xlsx và b.xlsx.`
 * - per indicator most wards report: `10/14 phường hoàn thành vượt mức chỉ tiêu thu ngân sách,
 *   02 phường đạt, 02 phường chưa đạt (phường A và phường B); phường Phúc Đồng đạt cao nhất 343%,
 *   thấp nhất là phường C (80%).` — lower-is-better: `…; thấp nhất là phường D (bằng 0% chỉ tiêu),
 *   cao nhất là phường E (bằng 125% chỉ tiêu).`
 * - ranking: `Phường Long Biên xếp thứ 01/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 06 chỉ tiêu
 *   vượt; tỷ lệ hoàn thành bình quân 112%).`, equal ranks: `Phường A và phường B đồng hạng, cùng xếp
 *   thứ 06/14 phường (…).`
 * - `Có 05 nội dung cần kiểm tra ở 03 phường: phường A, phường B và phường C.`
 * A ward whose workbook names none (its label is only a file's name) is counted but never named:
 * `02 phường chưa đạt (phường A và 01 đơn vị chưa rõ tên)`; its rank alone gets no sentence, and its
 * file's name is written only in its `unnamed_ward` finding.
 * Fractions (`10/14 phường`) are written as the engine's overview writes them (`12/12 chỉ tiêu`);
 * counts standing alone and ranks take the leading zero (`02 phường`, `01/14`).
 */
import { excelRound, formatCount, formatPct, joinList } from '../narrative/format';
import { DECIMALS } from '../narrative/style';
import { inSentence } from '../narrative/indicator';
import { sentenceCase } from '../text';
import type { Period } from '../detect/period';
import { compareNames } from './ranking';

import type { ConsolidateSettings, DistrictIndicator, DistrictReport, Extreme, PeriodGroup, RankEntry } from './types';

/** `năm 2020`, `6 tháng năm 2023`, `giai đoạn 2015 - 2020`; `""` for no period. */
export function periodWords(p: Period): string {
  if (p.span) return `giai đoạn ${p.span.from} - ${p.span.to}`;
  if (!p.year) return p.label;
  return p.sub ? `${p.sub} năm ${p.year}` : `năm ${p.year}`;
}

function byName(names: string[]): string[] {
  return [...names].sort(compareNames);
}

/** Wards whose workbook names none (their label is a file's name): counted, never named. */
type Unnamed = ReadonlySet<string>;

/**
 * Wards as a sentence lists them, by name; those whose workbook names no ward are counted, not
 * named: `phường A và 01 đơn vị chưa rõ tên`.
 */
function wardList(names: string[], unnamed: Unnamed, leadingZero: boolean): string {
  const named = byName(names.filter((w) => !unnamed.has(w)));
  const rest = names.length - named.length;
  return joinList(rest > 0 ? [...named, `${formatCount(rest, leadingZero)} đơn vị chưa rõ tên`] : named);
}

function unnamedOf(d: DistrictReport): Unnamed {
  return new Set(d.wards.filter((w) => w.unnamed).map((w) => w.name));
}

function overview(d: DistrictReport, s: ConsolidateSettings): string[] {
  const n = (k: number) => formatCount(k, s.leadingZero);
  const readable = d.wards.filter((w) => w.readable);
  const period = periodWords(d.at);
  const out: string[] = [];
  if (readable.length > 0)
    out.push(
      `Tổng hợp kết quả thực hiện các chỉ tiêu${period ? ` ${period}` : ''} của ${n(readable.length)} ${d.levelWord}, gồm ${n(d.indicators.length)} chỉ tiêu.`,
    );
  const unreadable = d.wards.filter((w) => !w.readable).map((w) => w.file ?? w.name);
  if (unreadable.length) out.push(`Có ${n(unreadable.length)} tệp không đọc được số liệu: ${joinList(unreadable)}.`);
  return out;
}

function extremes(row: DistrictIndicator, withPct: number, lw: string, list: (names: string[]) => string): string {
  const { best, lowest } = row;
  if (!best || !lowest) return '';
  const decrease = row.direction === 'decrease';
  const extremeText = (e: Extreme) =>
    `${list(e.wards)} (${decrease ? `bằng ${formatPct(e.pct)} chỉ tiêu` : formatPct(e.pct)})`;
  if (excelRound(best.pct, DECIMALS.pct) === excelRound(lowest.pct, DECIMALS.pct) || withPct === 1) {
    const pct = decrease ? `bằng ${formatPct(best.pct)} chỉ tiêu` : `đạt ${formatPct(best.pct)}`;
    if (withPct === 1) return `; ${list(best.wards)} ${pct}`;
    const who = withPct === row.counts.total ? `các ${lw}` : `${withPct} ${lw} có số liệu`;
    return `; ${who} đều ${pct}`;
  }
  if (decrease) return `; thấp nhất là ${extremeText(best)}, cao nhất là ${extremeText(lowest)}`;
  const top = best.wards.length > 1 ? 'cùng đạt cao nhất' : 'đạt cao nhất';
  return `; ${list(best.wards)} ${top} ${formatPct(best.pct)}, thấp nhất là ${extremeText(lowest)}`;
}

/**
 * The sentence of one indicator across the wards (see the module comment). `wards` are the ward
 * names by column, `readable` the number of readable wards (the denominator).
 */
export function indicatorSentence(
  row: DistrictIndicator,
  wards: string[],
  readable: number,
  s: ConsolidateSettings,
  lw: string,
  unnamed: Unnamed = new Set(),
): string {
  const n = (k: number) => formatCount(k, s.leadingZero);
  const c = row.counts;
  const list = (names: string[]) => wardList(names, unnamed, s.leadingZero);
  const wardsWith = (status: string) =>
    list(row.cells.flatMap((cell, i) => (cell && cell.status === status ? [wards[i]] : [])));
  const statuses: [number, string, () => string][] = [
    [c.vuot, 'hoàn thành vượt mức chỉ tiêu', () => `${n(c.vuot)} ${lw} vượt`],
    [c.dat, 'đạt chỉ tiêu', () => `${n(c.dat)} ${lw} đạt`],
    [c.chua_dat, 'chưa đạt chỉ tiêu', () => `${n(c.chua_dat)} ${lw} chưa đạt (${wardsWith('chua_dat')})`],
    [
      c.khong_danh_gia,
      'chưa đủ số liệu để đánh giá chỉ tiêu',
      () => `${n(c.khong_danh_gia)} ${lw} chưa đủ số liệu để đánh giá`,
    ],
  ];
  const lead = statuses.findIndex(([k]) => k > 0);
  const name = inSentence(row.name);
  if (lead < 0) return `Không ${lw} nào báo cáo chỉ tiêu ${name}.`;
  const [k, verb] = statuses[lead];
  const own = lead === 2 ? ` (${wardsWith('chua_dat')})` : '';
  const parts = statuses.slice(lead + 1).flatMap(([count, , text]) => (count > 0 ? [text()] : []));
  if (row.missing.length) parts.push(`${n(row.missing.length)} ${lw} không báo cáo (${list(row.missing)})`);
  const withPct = row.cells.filter((cell) => cell && cell.pct !== null).length;
  const tail = extremes(row, withPct, lw, list);
  return `${k}/${readable} ${lw} ${verb} ${name}${own}${parts.length ? `, ${parts.join(', ')}` : ''}${tail}.`;
}

function rankingSentence(group: RankEntry[], d: DistrictReport, s: ConsolidateSettings, groups: PeriodGroup[]): string {
  const n = (k: number) => formatCount(k, s.leadingZero);
  const period = group[0].period;
  const ranked = d.ranking.filter((e) => e.period === period).length;
  const at = period === undefined ? undefined : groups.find((g) => g.period === period)?.at;
  const among = at === undefined ? '' : ` báo cáo ${periodWords(at)}`;
  const place = `${n(group[0].rank)}/${n(ranked)} ${d.levelWord}${among}`;
  const names = wardList(
    group.map((g) => g.ward),
    unnamedOf(d),
    s.leadingZero,
  );
  const subject = group.length > 1 ? `${names} đồng hạng, cùng xếp thứ ${place}` : `${names} xếp thứ ${place}`;
  const e = group[0];
  const sameTotal = group.every((g) => g.total === e.total);
  const met =
    e.met === 0 ? 'không có chỉ tiêu nào đạt' : `${sameTotal ? `${e.met}/${e.total}` : n(e.met)} chỉ tiêu đạt và vượt`;
  const vuot = e.vuot > 0 && e.met > 0 ? `, trong đó ${n(e.vuot)} chỉ tiêu vượt` : '';
  const mean = e.meanPct === null ? '' : `; tỷ lệ hoàn thành bình quân ${formatPct(e.meanPct)}`;
  return sentenceCase(`${subject} (${met}${vuot}${mean}).`);
}

/** The ranking sentences, each with the period its wards report (undefined when all report one). */
function rankingSentences(
  d: DistrictReport,
  s: ConsolidateSettings,
  periods: PeriodGroup[],
): { period: string | undefined; sentence: string }[] {
  const groups: RankEntry[][] = [];
  for (const e of d.ranking) {
    const last = groups[groups.length - 1];
    if (last && last[0].rank === e.rank && last[0].period === e.period) last.push(e);
    else groups.push([e]);
  }
  // A rank held only by wards no workbook names says nothing a report can sign: it stays on the sheet.
  const unnamed = unnamedOf(d);
  return groups
    .filter((g) => g.some((e) => !unnamed.has(e.ward)))
    .map((g) => ({ period: g[0].period, sentence: rankingSentence(g, d, s, periods) }));
}

function findingsSentence(d: DistrictReport, s: ConsolidateSettings): string[] {
  const n = (k: number) => formatCount(k, s.leadingZero);
  const readable = new Set(d.wards.filter((w) => w.readable).map((w) => w.name));
  const findings = d.findings.filter((f) => readable.has(f.ward));
  if (findings.length === 0) return [];
  const wards = [...new Set(findings.map((f) => f.ward))];
  const list = wardList(wards, unnamedOf(d), s.leadingZero);
  return [`Có ${n(findings.length)} nội dung cần kiểm tra ở ${n(wards.length)} ${d.levelWord}: ${list}.`];
}

/**
 * `Các phường báo cáo các kỳ khác nhau nên được xếp hạng riêng theo từng kỳ: 03 phường báo cáo năm
 * 2024 (phường A, phường B và phường C); phường D báo cáo năm 2020; phường E báo cáo năm 2012 (không
 * xếp hạng vì chỉ có một phường).` — empty when every ward reports one period.
 */
export function periodGroupSentence(d: DistrictReport, groups: PeriodGroup[], leadingZero: boolean): string[] {
  if (groups.length < 2) return [];
  const name = (i: number) => (d.wards[i].unnamed ? 'một đơn vị chưa rõ tên' : d.wards[i].name);
  const parts = groups.map((g) => {
    const when = periodWords(g.at) || 'kỳ chưa rõ';
    if (g.wards.length === 1)
      return `${name(g.wards[0])} báo cáo ${when} (không xếp hạng vì chỉ có một ${d.levelWord})`;
    const names = g.wards.map(name).sort(compareNames);
    return `${formatCount(g.wards.length, leadingZero)} ${d.levelWord} báo cáo ${when} (${joinList(names)})`;
  });
  return [`Các ${d.levelWord} báo cáo các kỳ khác nhau nên được xếp hạng riêng theo từng kỳ: ${parts.join('; ')}.`];
}

/** The sentences of a district report by kind, in the order `districtSentences` lists them. */
export interface DistrictSentences {
  overview: string[];
  /** One per indicator most wards report, with its row. */
  indicators: { row: DistrictIndicator; sentence: string }[];
  /** Which ward reports which period, when they report several. */
  periods: string[];
  ranking: { period: string | undefined; sentence: string }[];
  findings: string[];
}

export function districtSentenceParts(
  d: DistrictReport,
  s: ConsolidateSettings,
  groups: PeriodGroup[] = [],
): DistrictSentences {
  const wards = d.wards.map((w) => w.name);
  const readable = d.wards.filter((w) => w.readable).length;
  const common = d.indicators.filter((row) => row.counts.total * 2 > readable);
  return {
    overview: overview(d, s),
    indicators: common.map((row) => ({
      row,
      sentence: indicatorSentence(row, wards, readable, s, d.levelWord, unnamedOf(d)),
    })),
    periods: periodGroupSentence(d, groups, s.leadingZero),
    ranking: rankingSentences(d, s, groups),
    findings: findingsSentence(d, s),
  };
}

/**
 * All sentences of a district report: overview, one per indicator most wards report, the ranking,
 * then the findings count.
 */
export function districtSentences(d: DistrictReport, s: ConsolidateSettings, groups: PeriodGroup[] = []): string[] {
  const p = districtSentenceParts(d, s, groups);
  return [
    ...p.overview,
    ...p.indicators.map((x) => x.sentence),
    ...p.periods,
    ...p.ranking.map((x) => x.sentence),
    ...p.findings,
  ];
}
