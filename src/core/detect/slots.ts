/**
 * Pairing a header's target and actual columns into periods (DOMAIN.md §1 and §4).
 *
 * - With exactly one target and one actual column they pair whatever their labels say; the period
 *   is the actual's (`Kế hoạch năm 2023` with `Thực hiện 9 tháng năm 2023` → `9 tháng 2023`).
 * - Otherwise columns pair by period; a column with no year takes the table's period.
 * - A target column naming the level above (`Chỉ tiêu quận giao`) is the assigned target when the
 *   same period also has an own target (a column with no year of its own matches any period: in
 *   `Chỉ tiêu quận giao năm 2020 | Chỉ tiêu phường phấn đấu | Thực hiện năm 2020` they pair); alone
 *   it is the target.
 * - A previous-actual column (`Thực hiện cùng kỳ năm 2019`) belongs to the period a year later, or
 *   to the only period; a reported % or year-over-year column to its own period, or to the only
 *   period; a reported % with no period in a table of several periods is a term figure.
 */
import type { TargetLabels } from '../indicator';
import { foldText, hasPhrase } from '../text';
import type { HeaderColumn } from './header';
import { isPreviousPeriod, type Period } from './period';

export interface PeriodSlot {
  period: Period;
  target?: number;
  assignedTarget?: number;
  /** How sentences name the two targets, when the period has an assigned one. */
  labels?: TargetLabels;
  actual?: number;
  previousActual?: number;
  reportedPct?: number;
  reportedYoy?: number;
}

export interface Slots {
  slots: PeriodSlot[];
  termTarget?: number;
  termReportedPct?: number;
}

const NO_PERIOD: Period = { year: '', sub: '', label: '' };

function tablePeriodOf(label: string): Period {
  if (!label) return NO_PERIOD;
  const years = label.match(/\d{4}/g) ?? [];
  const year = years[years.length - 1] ?? '';
  const sub = label.replace(/[\d-]+$/, '').trim();
  return { year, sub: label.includes('-') ? '' : sub, label };
}

function ofRole(columns: HeaderColumn[], role: string): HeaderColumn[] {
  return columns.filter((c) => c.role === role);
}

function slotFor(slots: PeriodSlot[], period: Period): PeriodSlot {
  let s = slots.find((x) => x.period.label === period.label);
  if (!s) {
    s = { period };
    slots.push(s);
  }
  return s;
}

/** Same period, or one of the two names no year of its own (it takes the table's, i.e. the other's). */
function samePeriod(a: HeaderColumn, b: HeaderColumn, periodOf: (c: HeaderColumn) => Period): boolean {
  return !a.period || !b.period || periodOf(a).label === periodOf(b).label;
}

/** Splits target columns into own targets and targets assigned from above. */
function splitAssigned(targets: HeaderColumn[], periodOf: (c: HeaderColumn) => Period) {
  const own = targets.filter((c) => !c.assigned);
  const assigned: HeaderColumn[] = [];
  for (const c of targets.filter((t) => t.assigned)) {
    if (own.some((o) => samePeriod(o, c, periodOf))) assigned.push(c);
    else own.push(c);
  }
  own.sort((a, b) => a.col - b.col);
  return { own, assigned };
}

/** Builds the period slots of a header. */
export function buildSlots(columns: HeaderColumn[], tablePeriodLabel: string, long: boolean): Slots {
  const tablePeriod = tablePeriodOf(tablePeriodLabel);
  const periodOf = (c: HeaderColumn) => c.period ?? tablePeriod;
  const { own: targets, assigned } = splitAssigned(ofRole(columns, 'target'), periodOf);
  const actuals = ofRole(columns, 'actual');
  const result: Slots = {
    termTarget: ofRole(columns, 'termTarget')[0]?.col,
    slots: [],
  };
  const slots = result.slots;
  if (long || (targets.length <= 1 && actuals.length <= 1)) {
    const period = long ? NO_PERIOD : periodOf(actuals[0] ?? targets[0]);
    const s: PeriodSlot = { period, target: targets[0]?.col, actual: actuals[0]?.col };
    if (assigned[0]) s.assignedTarget = assigned[0].col;
    slots.push(s);
  } else {
    for (const c of [...targets, ...actuals].sort((a, b) => a.col - b.col)) {
      const s = slotFor(slots, periodOf(c));
      if (c.role === 'target' && s.target === undefined) s.target = c.col;
      if (c.role === 'actual' && s.actual === undefined) s.actual = c.col;
    }
    for (const c of assigned) {
      const own = targets.find((o) => samePeriod(o, c, periodOf));
      const s = own && slots.find((x) => x.target === own.col);
      if (s && s.assignedTarget === undefined) s.assignedTarget = c.col;
    }
  }
  attachLabels(slots, columns);
  attachPrevious(slots, ofRole(columns, 'previousActual'), tablePeriod);
  attachReported(result, ofRole(columns, 'reportedPct'), 'reportedPct');
  attachReported(result, ofRole(columns, 'reportedYoy'), 'reportedYoy');
  return result;
}

const LEVELS: [string, string][] = [
  ['quan', 'quận'],
  ['huyen', 'huyện'],
  ['thi xa', 'thị xã'],
  ['thanh pho', 'thành phố'],
  ['tp', 'thành phố'],
  ['tinh', 'tỉnh'],
];
const UNITS: [string, string][] = [
  ['phuong', 'phường'],
  ['xa', 'xã'],
  ['thi tran', 'thị trấn'],
];

/**
 * `Chỉ tiêu quận giao` → `chỉ tiêu quận giao`; `Chỉ tiêu phường phấn đấu` → `chỉ tiêu phường đề ra`;
 * a level or unit the header does not name reads `cấp trên` / `đơn vị`.
 */
export function targetLabels(ownHeader: string, assignedHeader: string): TargetLabels {
  const a = foldText(assignedHeader);
  const o = foldText(ownHeader);
  const level = LEVELS.find(([w]) => hasPhrase(a, w))?.[1] ?? 'cấp trên';
  const unit = UNITS.find(([w]) => hasPhrase(o, w))?.[1] ?? 'đơn vị';
  return { assigned: `chỉ tiêu ${level} giao`, own: `chỉ tiêu ${unit} đề ra` };
}

function attachLabels(slots: PeriodSlot[], columns: HeaderColumn[]) {
  const text = (col: number | undefined) => columns.find((c) => c.col === col)?.text ?? '';
  for (const s of slots)
    if (s.assignedTarget !== undefined) s.labels = targetLabels(text(s.target), text(s.assignedTarget));
}

function attachPrevious(slots: PeriodSlot[], columns: HeaderColumn[], tablePeriod: Period) {
  for (const c of columns) {
    const p = c.period ?? tablePeriod;
    const s =
      slots.find((x) => isPreviousPeriod(p, x.period)) ??
      (!c.period ? slots.find((x) => x.period.label === p.label) : undefined) ??
      (slots.length === 1 ? slots[0] : undefined);
    if (s && s.previousActual === undefined) s.previousActual = c.col;
  }
}

function attachReported(result: Slots, columns: HeaderColumn[], key: 'reportedPct' | 'reportedYoy') {
  const slots = result.slots;
  for (const c of columns) {
    const own = c.period ? slots.find((x) => x.period.label === c.period!.label) : undefined;
    const s = own ?? (slots.length === 1 ? slots[0] : undefined);
    if (s && s[key] === undefined) s[key] = c.col;
    else if (!s && key === 'reportedPct' && !c.period && result.termReportedPct === undefined) {
      result.termReportedPct = c.col;
    }
  }
}
