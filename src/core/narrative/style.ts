/**
 * Settings of the Vietnamese sentences and the decimals of every computed figure — shared by the
 * sentences and the summary sheet's ROUND formulas, so both always show the same number.
 */
import type { IndicatorResult, PeriodFigures } from '../indicator';
import { excelRound } from './format';

export interface NarrativeSettings {
  /** The reporting unit as it reads in a sentence: `phường Phúc Đồng`. Empty: the level word of the title block (`phường`). */
  unitName: string;
  /** The body above the unit (`quận Long Biên`, `Đảng bộ quận Long Biên`): its level word is the overview's `được quận giao`. Empty: read from the title block. */
  superiorName?: string;
  /** Counts below 10 with a leading zero (`03 chi bộ`), administrative style. */
  leadingZero: boolean;
  /** Rate gaps as `điểm phần trăm` (default) or the traditional `%`. */
  rateGap: 'points' | 'percent';
  /**
   * A rate against its target: the gap (`vượt 3,69 điểm phần trăm so với chỉ tiêu (88%)`, default)
   * or the target in a parenthesis (`là 91,69% (chỉ tiêu được giao 88%), vượt chỉ tiêu`).
   */
  rateTarget: 'gap' | 'given';
  /**
   * A term average above its term target: the excess (`vượt 17,7% so với chỉ tiêu …`, default, as
   * the seeds write it) or the share (`bằng 117,7% chỉ tiêu …`).
   */
  termExcess: 'excess' | 'share';
  /** The word of a term average: `bình quân hàng năm đạt` (default) or `đạt trung bình`. */
  averageWord: 'binh_quan' | 'trung_binh';
  /**
   * How a run of years all meeting one same target reads: `hàng năm đều vượt chỉ tiêu (88%)`
   * (default) or `hàng năm trên 88%`.
   */
  everyYear: 'status' | 'above';
  /** A term target's name: `chỉ tiêu Nghị quyết Đại hội đề ra` (default, the seeds') or `chỉ tiêu nhiệm kỳ`. */
  termGoal: 'nghi_quyet' | 'nhiem_ky';
  /**
   * Set by the narrative for a plan's term table (`Kế hoạch … giai đoạn 2021 - 2025`), never by the
   * user: its targets are `chỉ tiêu kế hoạch đề ra`, not a Nghị quyết's.
   */
  plan?: boolean;
}

export const defaultNarrativeSettings: NarrativeSettings = {
  unitName: '',
  superiorName: '',
  leadingZero: true,
  rateGap: 'points',
  rateTarget: 'gap',
  termExcess: 'excess',
  averageWord: 'binh_quan',
  everyYear: 'status',
  termGoal: 'nghi_quyet',
};

/** The wording settings: shapes the seeds write two ways, both correct. */
export type WordingSetting = 'rateTarget' | 'termExcess' | 'averageWord' | 'everyYear' | 'termGoal';

/** Each wording setting's values, the default (the seeds' way) first. */
export const WORDING_CHOICES: { [K in WordingSetting]: readonly NarrativeSettings[K][] } = {
  rateTarget: ['gap', 'given'],
  termExcess: ['excess', 'share'],
  averageWord: ['binh_quan', 'trung_binh'],
  everyYear: ['status', 'above'],
  termGoal: ['nghi_quyet', 'nhiem_ky'],
};

/** Decimals of computed figures, in sentences and in the sheet alike. */
export const DECIMALS = {
  /** achievement %, year-over-year %, term and cumulative %, growth per year */
  pct: 1,
  /** gaps and changes of rates, in percentage points */
  points: 2,
  /** term averages */
  average: 2,
  /** "gấp N lần" */
  times: 1,
  /** a rate as read from the sheet (`91,69%`), at most — never `91,589%` */
  rate: 2,
} as const;

/** Counts this small change by units, not by %: 7 → 8 is `tăng 01`, not `tăng 14,3%`. */
export const SMALL_COUNT = 20;

/**
 * The change against cùng kỳ in units for a small count (both figures below `SMALL_COUNT`), as the
 * sentence states it and the sheet's `So cùng kỳ` cell shows it; null otherwise.
 * A count of 8 tổ dân phố against 7 in cùng kỳ gives 1 (`tăng 01 tổ dân phố`).
 */
export function smallCountChange(ind: IndicatorResult, p: PeriodFigures): number | null {
  if (ind.valueKind !== 'count' || typeof p.actual !== 'number' || p.previousActual === null) return null;
  // A target relative to cùng kỳ in % (`Giảm 10% so với cùng kỳ`) is judged by the change in %.
  if (p.targetSpec?.derived) return null;
  const whole = Number.isInteger(p.actual) && Number.isInteger(p.previousActual);
  if (!whole || Math.max(p.actual, p.previousActual) >= SMALL_COUNT || p.actual < 0 || p.previousActual < 0)
    return null;
  return p.actual - p.previousActual;
}

/**
 * The actual as its source cell shows it: never with more decimals than the cell's
 * number format (`25,3` for 25,34 in a `0.0` cell); the value as read when the cell says nothing.
 */
export function shownActual<P extends PeriodFigures>(p: P): P {
  const d = p.source?.decimals;
  if (typeof p.actual !== 'number' || d === undefined) return p;
  const actual = excelRound(p.actual, d);
  return actual === p.actual ? p : { ...p, actual };
}
