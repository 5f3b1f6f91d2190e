/**
 * District consolidation: the reports of the wards of a district (one `runReport` per ward file)
 * into one indicator × ward matrix, a ranking, findings per ward and Vietnamese sentences.
 * Pure: the caller reads the files and names the wards (`wardNameOf`).
 *
 * Rules chosen where the spec is silent:
 * - Only top-level indicators are consolidated (sub-indicators `Trong đó…` are the ward's detail),
 *   each counted once per ward: when a ward reports the same indicator twice (two tables, two
 *   sheets), the one with the later headline period is kept (the first one on equal periods) and the
 *   other is a finding.
 * - Indicators match by `matchKey` (name without numbering, case, diacritics; unit family).
 *   A row's name is the spelling most wards use, its unit the unit most wards use; money in another
 *   unit is converted to it (`Tỷ đồng` → `Triệu đồng`, a finding), a count unit that differs is
 *   never converted (a finding; its % is still compared, the % has no unit).
 * - An indicator reported by more than half of the readable wards is expected of every ward: a ward
 *   without it has a `missing_indicator` finding. One reported by less than half is flagged on the
 *   wards that have it (`extra_indicator`): usually a name spelt differently from the others'.
 * - A ward's period is the period most of its headline figures are for; the district's, the period
 *   most wards report (on a tie, the later). A ward on another period has a `period_differs`
 *   finding (its figures are consolidated all the same).
 * - A file that is not readable, or holds no indicator table, is a finding and a column with no
 *   figures; it is neither ranked nor counted in the denominators (`12/14 phường`).
 * - Two inputs naming the same ward: the second is renamed `… (2)` and has a `duplicate_ward` finding.
 */
import { NO_PERIOD, periodOrder, type Period } from '../detect/period';
import { refusalMessage } from '../refusal';
import type { Counts, Direction, IndicatorResult, ValueKind } from '../indicator';
import { convertMoney, type MoneyUnit } from '../money';
import { excelRound, formatValue } from '../narrative/format';
import { DECIMALS } from '../narrative/style';
import { displayName, matchKey, moneyOf, normalUnit, splitUnit } from './key';
import { headlineOf, type Headline } from './headline';
import { rankWards, type RankKeys } from './ranking';
import { assignedRows, periodGroups } from './periodGroups';
import { levelWordOf } from './wardName';
import { districtSentences, periodWords } from './sentences';
import {
  defaultConsolidateSettings,
  type ConsolidateSettings,
  type DistrictFinding,
  type DistrictIndicator,
  type DistrictReport,
  type Extreme,
  type PeriodGroup,
  type RankEntry,
  type WardCell,
  type WardInput,
  type WardSummary,
} from './types';
import { maxOf, minOf, pushAll } from '../arrays';

export * from './types';
export { matchKey, displayName, normalUnit, unitFamily, splitUnit, moneyOf } from './key';
export { headlineOf } from './headline';
export { rankWards, compareNames } from './ranking';
export { wardNameOf, wardInputOf, wardNameFromText, levelWordOf } from './wardName';
export { districtSentences, indicatorSentence, periodWords } from './sentences';

interface Entry {
  ind: IndicatorResult;
  head: Headline;
  /** The unit the row is keyed by (the unit cell, or a unit written in the name). */
  unit: string;
}

interface WardData {
  name: string;
  file: string | null;
  readable: boolean;
  message: string | null;
  entries: Map<string, Entry>;
  findings: DistrictFinding[];
}

function emptyCounts(): Counts {
  return { total: 0, vuot: 0, dat: 0, chua_dat: 0, khong_danh_gia: 0 };
}

function finding(
  ward: string,
  kind: DistrictFinding['kind'],
  indicator: string | null,
  message: string,
): DistrictFinding {
  return { ward, kind, indicator, sheet: null, cell: null, message };
}

/** Periods in time order; one without its year comes first. */
function periodRank(p: Period): number {
  return p.year ? periodOrder(p) : -1;
}

/** The most frequent value; on a tie, the first one met (or the one `better` prefers). */
function mode<T>(values: T[], better?: (a: T, b: T) => boolean): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && better?.(v, best))) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

const laterPeriod = (a: Period, b: Period) => periodRank(a) > periodRank(b);

/** The period most of `periods` name (on a tie, the later); `NO_PERIOD` when none names one. */
function commonPeriod(periods: Period[]): Period {
  const byLabel = new Map(periods.filter((p) => p.label !== '').map((p) => [p.label, p]));
  const label = mode(
    periods.map((p) => p.label).filter((l) => l !== ''),
    (a, b) => laterPeriod(byLabel.get(a)!, byLabel.get(b)!),
  );
  return label === undefined ? NO_PERIOD : byLabel.get(label)!;
}

/** Distinct ward names: a repeated name gets ` (2)`, ` (3)`… and a finding. */
function distinctNames(wards: WardInput[]): { names: string[]; findings: (DistrictFinding | null)[] } {
  const seen = new Map<string, number>();
  const names: string[] = [];
  const findings: (DistrictFinding | null)[] = [];
  wards.forEach((w, i) => {
    const base = w.ward.trim() || w.file || `Tệp ${i + 1}`;
    const folded = base.toLowerCase();
    const first = seen.get(folded);
    if (first === undefined) {
      seen.set(folded, i);
      names.push(base);
      findings.push(null);
      return;
    }
    let k = 2;
    while (names.some((n) => n.toLowerCase() === `${folded} (${k})`)) k++;
    const name = `${base} (${k})`;
    names.push(name);
    const other = wards[first].file ?? names[first];
    findings.push(
      finding(
        name,
        'duplicate_ward',
        null,
        `Tệp ${w.file ?? name} cũng là của ${base} như tệp ${other}: tổng hợp riêng với tên "${name}", cần kiểm tra có phải nộp hai lần.`,
      ),
    );
  });
  return { names, findings };
}

/** `trang Chỉ tiêu 2020, dòng 8` */
function place(ind: IndicatorResult): string {
  return `trang ${ind.cells.name.sheet}, dòng ${ind.row}`;
}

/** The finding of a workbook that names no ward: the only place its file's name is written. */
function unnamedMessage(w: WardInput): string {
  return `Sổ "${w.file ?? w.ward}" không ghi tên phường, xã (ở tiêu đề, tên trang hay tên tệp): lời nhận xét không nêu tên đơn vị này; cần ghi tên đơn vị ở tiêu đề của sổ.`;
}

const NO_TABLE = refusalMessage('no-table');

function collectWard(w: WardInput, name: string, dup: DistrictFinding | null): WardData {
  // A report of tables of bodies only (no indicator table) gives the district nothing to add up.
  const report = w.result.ok && w.result.report.tables.length > 0 ? w.result.report : null;
  const message = w.result.ok ? NO_TABLE : w.result.message;
  const data: WardData = {
    name,
    file: w.file ?? null,
    readable: report !== null,
    message: report ? null : message,
    entries: new Map(),
    findings: dup ? [dup] : [],
  };
  if (!report) {
    data.findings.unshift(finding(name, 'unreadable', null, message));
    return data;
  }
  if (w.unnamed) data.findings.push(finding(name, 'unnamed_ward', null, unnamedMessage(w)));
  for (const table of report.tables) {
    for (const ind of table.indicators) {
      if (ind.parent !== null) continue;
      const split = splitUnit(ind.name, ind.unit);
      const unit = split.unit || (ind.valueKind === 'rate' ? '%' : '');
      const key = matchKey(ind.name, unit);
      const entry: Entry = { ind, head: headlineOf(ind), unit };
      const kept = data.entries.get(key);
      if (!kept) {
        data.entries.set(key, entry);
        continue;
      }
      const later = laterPeriod(entry.head.at, kept.head.at);
      if (later) data.entries.set(key, entry);
      const used = later ? entry : kept;
      data.findings.push(
        finding(
          name,
          'duplicate_indicator',
          ind.name,
          `Chỉ tiêu "${displayName(ind.name)}" có ở hai chỗ (${place(kept.ind)} và ${place(ind)}): lấy số liệu ${used.head.period ? `${periodWords(used.head.at)}, ` : ''}${place(used.ind)}.`,
        ),
      );
    }
  }
  pushAll(
    data.findings,
    report.checks.map((c) => ({
      ward: name,
      kind: c.kind,
      indicator: c.indicator,
      sheet: c.sheet,
      cell: c.cell,
      message: c.message,
    })),
  );
  return data;
}

/** Row keys in order of first appearance, ward by ward. */
function rowKeys(data: WardData[]): string[] {
  const keys = new Set<string>();
  for (const d of data) for (const k of d.entries.keys()) keys.add(k);
  return [...keys];
}

interface RowUnit {
  display: string;
  /** Money unit of the row, when money. */
  money: MoneyUnit | null;
  /** `normalUnit` of the row, when not money. */
  normal: string;
}

function rowUnit(entries: Entry[], money: boolean): RowUnit {
  if (money) {
    const units = entries.map((e) => moneyOf(e.unit)).filter((u): u is MoneyUnit => u !== null);
    const canon = mode(units) ?? null;
    const display = mode(entries.filter((e) => moneyOf(e.unit) === canon).map((e) => e.unit)) ?? '';
    return { display, money: canon, normal: canon ?? '' };
  }
  const normal = mode(entries.map((e) => normalUnit(e.unit))) ?? '';
  const display = mode(entries.filter((e) => normalUnit(e.unit) === normal).map((e) => e.unit)) ?? '';
  return { display, money: null, normal };
}

/** `12 tỷ đồng` — a value with its unit as the ward wrote it, for messages. */
function valueWithUnit(value: number, unit: string): string {
  return `${formatValue(value)} ${unit.toLowerCase()}`;
}

function cellOf(
  e: Entry,
  u: RowUnit,
  ward: string,
  row: { name: string; levelWord: string },
  findings: DistrictFinding[],
): WardCell {
  const rowName = row.name;
  const h = e.head;
  const cell: WardCell = {
    pct: h.pct,
    status: h.status,
    rankStatus: h.rankStatus,
    actual: h.actual,
    target: h.target,
    ...(h.growth ? { growth: true as const } : {}),
    assignedPct: h.assignedPct,
    period: h.period,
    name: e.ind.name,
    unit: e.ind.unit,
    converted: false,
    unitMatches: true,
  };
  const own = moneyOf(e.unit);
  // A growth and its rate are in %: nothing to convert.
  if (h.growth) return cell;
  if (u.money && own && own !== u.money) {
    cell.actual = h.actual === null ? null : convertMoney(h.actual, own, u.money);
    cell.target = h.target === null ? null : convertMoney(h.target, own, u.money);
    cell.converted = true;
    const example =
      h.actual !== null && cell.actual !== null
        ? `: ${valueWithUnit(h.actual, e.unit)} = ${valueWithUnit(cell.actual, u.display)}`
        : '';
    findings.push(
      finding(
        ward,
        'unit_differs',
        e.ind.name,
        `${rowName}: đơn vị tính "${e.unit}" khác các ${row.levelWord} khác ("${u.display}"), đã quy đổi${example}.`,
      ),
    );
  } else if (!u.money && normalUnit(e.unit) !== u.normal) {
    cell.unitMatches = false;
    findings.push(
      finding(
        ward,
        'unit_differs',
        e.ind.name,
        `${rowName}: đơn vị tính "${e.unit || '(trống)'}" khác các ${row.levelWord} khác ("${u.display || '(trống)'}"), không quy đổi được; chỉ so sánh tỷ lệ thực hiện.`,
      ),
    );
  }
  return cell;
}

/** Best and lowest headline %, wards equal as shown (one decimal) grouped together. */
function extremesOf(
  cells: (WardCell | null)[],
  wards: string[],
  direction: Direction,
): [Extreme | null, Extreme | null] {
  const withPct = cells.flatMap((c, i) => (c && c.pct !== null ? [{ pct: c.pct, ward: wards[i] }] : []));
  if (withPct.length === 0) return [null, null];
  const shown = (p: number) => excelRound(p, DECIMALS.pct);
  const pick = (wantHigh: boolean): Extreme => {
    const target = wantHigh ? maxOf(withPct.map((x) => shown(x.pct))) : minOf(withPct.map((x) => shown(x.pct)));
    const group = withPct.filter((x) => shown(x.pct) === target);
    return { wards: group.map((x) => x.ward), pct: group[0].pct };
  };
  const high = pick(true);
  const low = pick(false);
  return direction === 'decrease' ? [low, high] : [high, low];
}

function buildRow(key: string, data: WardData[], wards: string[], levelWord: string): DistrictIndicator {
  const present = data.filter((d) => d.entries.has(key));
  const entries = present.map((d) => d.entries.get(key)!);
  const name = mode(entries.map((e) => displayName(e.ind.name))) ?? key;
  const valueKind = mode<ValueKind>(entries.map((e) => e.ind.valueKind)) ?? 'count';
  const direction = mode<Direction>(entries.map((e) => e.ind.direction)) ?? 'increase';
  const u = rowUnit(entries, key.endsWith('|money'));
  const counts = emptyCounts();
  const cells = data.map((d) => {
    const e = d.entries.get(key);
    if (!e) return null;
    const cell = cellOf(e, u, d.name, { name, levelWord }, d.findings);
    counts.total++;
    counts[cell.status] = (counts[cell.status] ?? 0) + 1;
    return cell;
  });
  const [best, lowest] = extremesOf(cells, wards, direction);
  const missing = data.filter((d) => d.readable && !d.entries.has(key)).map((d) => d.name);
  return { key, name, unit: u.display, valueKind, direction, cells, counts, missing, best, lowest };
}

function presenceFindings(rows: DistrictIndicator[], data: WardData[], levelWord: string): void {
  const readable = data.filter((d) => d.readable);
  const r = readable.length;
  if (r < 2) return;
  for (const row of rows) {
    const p = row.counts.total;
    for (const d of readable) {
      const has = d.entries.has(row.key);
      if (!has && p * 2 > r)
        d.findings.push(
          finding(
            d.name,
            'missing_indicator',
            row.name,
            `Thiếu chỉ tiêu "${row.name}", chỉ tiêu mà ${p}/${r} ${levelWord} báo cáo.`,
          ),
        );
      if (has && p * 2 < r)
        d.findings.push(
          finding(
            d.name,
            'extra_indicator',
            d.entries.get(row.key)!.ind.name,
            `Chỉ tiêu "${row.name}" chỉ có ở ${p}/${r} ${levelWord}: kiểm tra lại tên chỉ tiêu (các ${levelWord} khác có thể ghi tên khác).`,
          ),
        );
    }
  }
}

function wardPeriod(d: WardData): Period {
  return commonPeriod([...d.entries.values()].map((e) => e.head.at));
}

/** Kinds in the order a ward's findings are listed. */
const KIND_ORDER: DistrictFinding['kind'][] = [
  'unreadable',
  'duplicate_ward',
  'unnamed_ward',
  'period_differs',
  'missing_indicator',
  'extra_indicator',
  'duplicate_indicator',
  'unit_differs',
  'reported_pct',
  'reported_yoy',
  'target_below_assigned',
  'other',
];

/**
 * Consolidates the wards of a district (see the module comment for the rules, `rankWards` for the
 * ranking, `headlineOf` for the figure of each cell, `matchKey` for matching indicators).
 * @example
 * const grids = [{ sheet: 'S', values: [['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'], ['Thu ngân sách', 'Triệu đồng', 10500, 36015]] }];
 * const d = consolidate([{ ward: 'phường Phúc Đồng', result: runReport(grids) }, { ward: 'phường Đức Giang', result: refuse('not-xlsx', 'duc-giang.xlsx') }]);
 * d.indicators[0].cells[0].pct // → 343
 * d.findings[0].kind // → 'unreadable'
 */
export function consolidate(wards: WardInput[], settings: Partial<ConsolidateSettings> = {}): DistrictReport {
  const s: ConsolidateSettings = { ...defaultConsolidateSettings, ...settings };
  const { names, findings: dups } = distinctNames(wards);
  const levelWord = levelWordOf(names, s.levelWord);
  const data = wards.map((w, i) => collectWard(w, names[i], dups[i]));
  const rows = rowKeys(data).map((key) => buildRow(key, data, names, levelWord));
  presenceFindings(rows, data, levelWord);

  const periods = data.map((d) => (d.readable ? wardPeriod(d) : NO_PERIOD));
  const at = commonPeriod(periods);
  const period = at.label;
  data.forEach((d, i) => {
    if (period && periods[i].label && periods[i].label !== period)
      d.findings.push(
        finding(
          d.name,
          'period_differs',
          null,
          `Số liệu ${periodWords(periods[i])}, khác kỳ của các ${levelWord} khác (${periodWords(at)}).`,
        ),
      );
  });

  const summaries: WardSummary[] = data.map((d, i) => ({
    name: d.name,
    file: d.file,
    readable: d.readable,
    message: d.message,
    period: periods[i].label,
    counts: wardCounts(rows, i),
    meanPct: null,
    rank: null,
    tied: false,
    ...(wards[i].unnamed ? { unnamed: true as const } : {}),
  }));
  const groups = periodGroups(summaries, periods, at);
  const ranking: RankEntry[] = [];
  let sharedNames: string[] = [];
  groups.forEach((g, n) => {
    const shared = sharedRows(rows, g);
    if (n === 0) sharedNames = shared.map((row) => row.name);
    for (const i of g.wards) summaries[i].meanPct = meanOver(shared, i);
    // One ward alone is not ranked; several periods are ranked each on its own.
    if (groups.length > 1 && g.wards.length < 2) return;
    const ranked = rankWards(rankKeys(rows, g, summaries));
    pushAll(ranking, groups.length > 1 ? ranked.map((e) => ({ ...e, period: g.period })) : ranked);
  });
  for (const e of ranking) {
    const w = summaries.find((x) => x.name === e.ward)!;
    w.rank = e.rank;
    w.tied = e.tied;
  }

  const findings = data.flatMap((d) =>
    d.findings
      .map((f, order) => ({ f, order }))
      .sort((a, b) => KIND_ORDER.indexOf(a.f.kind) - KIND_ORDER.indexOf(b.f.kind) || a.order - b.order)
      .map((x) => x.f),
  );
  const district: DistrictReport = {
    levelWord,
    period,
    at,
    wards: summaries,
    indicators: rows,
    ranking,
    sharedIndicators: sharedNames,
    findings,
    sentences: [],
    groups,
    settings: s,
  };
  district.sentences = districtSentences(district, s, groups);
  return district;
}

/** A ward's statuses over its top-level indicators, against what the district assigned (DOMAIN.md §4). */
function wardCounts(rows: DistrictIndicator[], i: number): Counts {
  const counts = emptyCounts();
  for (const row of rows) {
    const cell = row.cells[i];
    if (!cell) continue;
    counts.total++;
    counts[cell.rankStatus] = (counts[cell.rankStatus] ?? 0) + 1;
  }
  return counts;
}

/**
 * The indicators a period's wards are averaged over: higher-is-better ones every ward of the period
 * has a % for (see `rankWards`).
 */
function sharedRows(rows: DistrictIndicator[], g: PeriodGroup): DistrictIndicator[] {
  return rows.filter(
    (row) =>
      g.wards.length > 0 &&
      row.direction === 'increase' &&
      g.wards.every((i) => row.cells[i] !== null && row.cells[i]!.pct !== null),
  );
}

/** The mean headline % over `shared`, summed in ascending order so the row order does not matter. */
function meanOver(shared: DistrictIndicator[], i: number): number | null {
  const pcts = shared.map((row) => row.cells[i]?.pct ?? 0).sort((a, b) => a - b);
  return pcts.length > 0 ? pcts.reduce((a, b) => a + b, 0) / pcts.length : null;
}

/** What each ward of a period is ranked on: the assigned indicators it met, of those assigned. */
function rankKeys(rows: DistrictIndicator[], g: PeriodGroup, summaries: WardSummary[]): RankKeys[] {
  const assigned = assignedRows(rows, g);
  return g.wards.map((i) => {
    let met = 0;
    let vuot = 0;
    for (const row of assigned) {
      const status = row.cells[i]?.rankStatus;
      if (status === 'vuot') vuot++;
      if (status === 'vuot' || status === 'dat') met++;
    }
    return { ward: summaries[i].name, met, vuot, total: assigned.length, meanPct: summaries[i].meanPct };
  });
}
