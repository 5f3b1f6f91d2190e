/**
 * The typed model of chitieu: what an indicator is, how its values and targets are typed, and the
 * figures computed for it. Codes (`vuot`, `increase`, `amount`…) are the ones of
 * `shared/spec/report.schema.json`.
 */
import type { CellValue } from './grid';
import type { Period } from './detect/period';

/**
 * Assessment of one figure against its target. `dang_thuc_hien` (in progress): part of the year or
 * of the term is still to come and the target can still be met (DOMAIN.md §7.4–7.5).
 */
export type Status = 'vuot' | 'dat' | 'chua_dat' | 'khong_danh_gia' | 'dang_thuc_hien';

/** Whether a partial period keeps pace with the time elapsed (§7.4). */
export type Progress = 'dat_tien_do' | 'cham_tien_do';

/** Whether a term in progress meets its target (§7.5): met now, on course, or at risk. */
export type Outlook = 'da_dat' | 'co_kha_nang_dat' | 'kho_dat';

/** Which term figure is compared with the term target (§4, §7.5). */
export type TermBasis = 'average' | 'total' | 'latest' | 'growth';

/** Is a higher actual better (`increase`) or a lower one (`decrease`, e.g. số hộ nghèo)? */
export type Direction = 'increase' | 'decrease';

/**
 * Where an indicator's direction came from: the user's override, the table's `Chiều` column, the
 * target's words (`Giảm còn`, `Không quá`, `Không để xảy ra`), explicit words of the name
 * (`Giảm tỷ lệ…`, `thoát nghèo`, `tai nạn`), the indicator dictionary, or `inferred` (none said:
 * higher is better by default, and the report says so).
 */
export type DirectionSource = 'override' | 'table' | 'target' | 'name' | 'dictionary' | 'inferred';

/** Where an indicator's value kind came from: the unit or values (`table`), the name, the dictionary, or `inferred`. */
export type KindSource = 'table' | 'name' | 'dictionary' | 'inferred';

/** What kind of value an indicator measures. */
export type ValueKind = 'amount' | 'count' | 'rate' | 'ratio' | 'rating' | 'boolean';

/**
 * Performance ratings of party members and organisations, ordered from worst (1) to best (4):
 * Không hoàn thành nhiệm vụ < Hoàn thành nhiệm vụ < Hoàn thành tốt nhiệm vụ < Hoàn thành xuất sắc nhiệm vụ.
 */
export type RatingLevel = 1 | 2 | 3 | 4;

/** A cell value after Vietnamese parsing. */
export type ParsedValue =
  | {
      kind: 'number';
      value: number;
      /** `%` or `‰` typed in the text or the number format. */
      percent: boolean;
      /** Decimals the user sees (from the text or the number format). */
      decimals: number;
      /** A unit word typed after the number (`25,3 tỷ`), if any. */
      unit?: string;
    }
  | { kind: 'ratio'; numerator: number; denominator: number; value: number }
  | { kind: 'rating'; level: RatingLevel; text: string }
  | { kind: 'boolean'; yes: boolean; text: string };

/**
 * A target as typed by the user. A plain number is `min` or `max` depending on the direction, so
 * the parser leaves it `plain` and the typing step resolves it.
 */
export type Target =
  | { kind: 'plain'; value: number; text: string; average: boolean; unit?: string; byEnd?: true }
  | { kind: 'min'; value: number; strict: boolean; text: string; average: boolean; unit?: string; byEnd?: true }
  | { kind: 'max'; value: number; strict: boolean; text: string; average: boolean; unit?: string; byEnd?: true }
  | {
      kind: 'range';
      low: number;
      high: number;
      text: string;
      average: boolean;
      unit?: string;
      byEnd?: true;
      /** Which side of the range is better (`figures.rangeAim`); absent: above it, higher is better. */
      aim?: RangeAim;
      /** The target's words keep a level (`Ổn định ở mức 0,8-1%`, `Duy trì 90-95%`): inside is the aim. */
      steady?: true;
    }
  | { kind: 'zero'; text: string }
  | { kind: 'rating'; level: RatingLevel; text: string }
  | { kind: 'boolean'; text: string; keep?: true }
  | RelativeTarget
  | GrowthTarget;

/**
 * `Tăng bình quân 8%/năm`, `Tốc độ tăng trưởng bình quân 10%/năm`: the actuals' growth, year on year
 * (a year's target: resolved like `Tăng 8% so với cùng kỳ`) or compounded over the term (`cagrPct`).
 */
export interface GrowthTarget {
  kind: 'growth';
  /** The growth rate, in % a year. */
  rate: number;
  text: string;
}

/**
 * A target stated against another figure: `Vượt 20% so với chỉ tiêu quận giao`, `Giảm 10% so với
 * cùng kỳ`, `Tăng 5% so với năm trước`. `low`/`high` are the % (equal unless a span `3-5%`); for
 * rates they are percentage points. Resolved to min/max/range once the base value is known.
 */
export interface RelativeTarget {
  kind: 'relative';
  change: 'increase' | 'decrease';
  low: number;
  high: number;
  base: 'assigned' | 'previous';
  text: string;
}

/** How a resolved target was derived from a base figure (for the sheet's formula). */
export interface DerivedFrom {
  base: 'assigned' | 'previous';
  /** Signed change: +20 for `Vượt 20%`, −10 for `Giảm 10%`; the span's ends for `3-5%`. */
  low: number;
  high: number;
  /** Percentage points (rates) rather than % of the base. */
  points: boolean;
}

/**
 * The better side of a range target: `lower` (a lower-is-better indicator: below the range is better
 * than it), `steady` (a level to keep: only inside is met). Higher is better has no mark.
 */
export type RangeAim = 'lower' | 'steady';

export type TargetKind = 'min' | 'max' | 'range' | 'zero' | 'rating' | 'boolean';

/** A resolved target (never `plain` or `relative`); `derived` when it came from a relative target. */
export type ResolvedTarget = Exclude<Target, { kind: 'plain' } | RelativeTarget | GrowthTarget> & {
  derived?: DerivedFrom;
};

/** Where a figure came from, 0-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** How sentences name an own target and the one assigned from above. */
export interface TargetLabels {
  /** `chỉ tiêu phường đề ra` */
  own: string;
  /** `chỉ tiêu quận giao` */
  assigned: string;
}

/**
 * Source cells of one period of one indicator, as detection read them (for formulas in the summary
 * sheet and findings).
 */
export interface PeriodCells {
  target?: TargetCell;
  assignedTarget?: TargetCell;
  actual?: ValueCell;
  monthActual?: ValueCell;
  /** An actual no cell holds: the cells it adds up (the quarters of a running total). */
  actualParts?: ValueCell[];
  previousActual?: ValueCell;
  reportedPct?: ValueCell;
  reportedYoy?: ValueCell;
  /** Typed ratio columns of two other columns (`So sánh năm 2026 với ƯTH năm 2025`, `4=3/2`). */
  ratios?: RatioCells[];
}

/** A typed ratio column's cell and the two cells it divides, in one row. */
export interface RatioCells {
  reported: ValueCell;
  numerator: ValueCell;
  denominator: ValueCell;
  /** A `So cùng kỳ` column: the change (`tăng 7,3%`) is read as well as the ratio. */
  yoy: boolean;
}

/** The two counts a share was computed of (`42/50`): typed as such, or two count rows of its table. */
export interface ShareOf {
  numerator: number;
  denominator: number;
  /** The counts' unit (`Vụ`); empty: the indicator's own (a typed `42/50` in a `Tổ dân phố` row). */
  unit: string;
}

/** What the actual's source cell shows beyond its number. */
export interface ActualSource {
  /** Decimals its cell shows (its number format, or the digits typed); absent: not a number cell. */
  decimals?: number;
  /** The counts the share was computed of. */
  shareOf?: ShareOf;
}

export interface PeriodFigures {
  /** `2020`, `6 tháng 2023`, `Quý I 2023`; `""` when the table names no period (`at.label`). */
  period: string;
  /** The period as detection read it: every step after detection reads this, never the label. */
  at: Period;
  target: number | string | null;
  actual: number | string | null;
  previousActual: number | null;
  /** The target assigned from above (quận/thành phố giao), when the table also has an own target. */
  assignedTarget: number | string | null;
  achievementPct: number | null;
  /** Achievement against the assigned target (when there is one). */
  assignedAchievementPct: number | null;
  gap: number | null;
  gapPoints: number | null;
  yoyPct: number | null;
  yoyPoints: number | null;
  status: Status;
  /** The status against the assigned target, when the period has one. */
  assignedStatus: Status | null;
  /** An estimate (`Ước thực hiện`), §7.1. */
  estimated: boolean;
  /** The month's own figure beside a cumulative actual (§7.4). */
  monthActual: number | null;
  /** Share of the target's year elapsed, for a partial period judged against a full-year target (§7.4). */
  elapsedPct: number | null;
  /** Keeping pace with the time elapsed (amounts and counts that accumulate, §7.4). */
  progress: Progress | null;
  /** The typed target the status was judged against (for the sheet's formulas). */
  targetSpec: ResolvedTarget | null;
  /** Names of the two targets when the period has an assigned one. */
  targetLabels: TargetLabels | null;
  /** The target is a budget estimate (`Dự toán`): sentences say `dự toán`, not `kế hoạch`. */
  budget?: boolean;
  cells: PeriodCells;
  /** What the actual's cell shows: its decimals, the counts of a share; absent: nothing known. */
  source?: ActualSource;
}

export interface TermFigures {
  average: number | null;
  total: number | null;
  cagrPct: number | null;
  termTarget: number | string | null;
  /** Which term figure was compared with the term target. */
  basis: TermBasis | null;
  termAchievementPct: number | null;
  termStatus: Status | null;
  cumulativePct: number | null;
  /** Years of the term with results so far (a partial last period counts months/12), §7.5. */
  elapsedYears: number | null;
  /** The term's length in years (`nhiệm kỳ 2020 - 2025`: 5), when the table names it. */
  termYears: number | null;
  /** The latest actual, for the `latest` basis. */
  latest: number | null;
  /** The basis figure expected at the term's end, while the term is in progress. */
  projection: number | null;
  /** Met now, on course, or at risk, while the term is in progress. */
  outlook: Outlook | null;
  cells: { termTarget?: TargetCell; reportedPct?: ValueCell };
  /** The typed term target (for the sheet's formulas). */
  targetSpec: ResolvedTarget | null;
}

/** An indicator whose direction or kind chitieu inferred. */
export interface InferredIndicator {
  sheet: string;
  /** 1-based row of its name. */
  row: number;
  name: string;
  /** The direction was inferred (higher is better by default). */
  direction: boolean;
  /** The value kind was inferred (a count by default). */
  kind: boolean;
}

export interface IndicatorResult {
  name: string;
  unit: string;
  /** 1-based source row (the first one for long tables). */
  row: number;
  section: string | null;
  /** Name of the indicator this is a sub-indicator of (`Trong đó…`, `- …`, a total's item). */
  parent: string | null;
  /** Indicators above it in the table's row tree: 0 for a top-level indicator, the one counted. */
  level: number;
  valueKind: ValueKind;
  direction: Direction;
  /** Where the direction came from; absent in results built by hand (taken as given). */
  directionSource?: DirectionSource;
  /** Where the value kind came from; absent in results built by hand. */
  kindSource?: KindSource;
  /** A count or amount of a stock (a level at a date: households, standard schools), never summed. */
  stock?: boolean;
  targetKind: TargetKind | null;
  periods: PeriodFigures[];
  term: TermFigures | null;
  overallStatus: Status;
  /** The status against the assigned target (the latest period that has one), for the district ranking. */
  overallAssignedStatus: Status | null;
  cells: { name: CellRef; unit?: CellRef };
  /** Targets of periods after the ones judged (`Kế hoạch năm 2026`), in order; absent when none. */
  plans?: PlanTarget[];
}

/**
 * A target set for a period after the last one with results (`Kế hoạch năm 2026` beside a finished
 * 2025): the plan ahead. It is shown and stated, never judged: nothing has been done against it yet.
 */
export interface PlanTarget {
  /** The period's label (`2026`). */
  period: string;
  /** The period detection read. */
  at: Period;
  /** As `PeriodFigures.target`: a number for numeric targets, the typed text otherwise. */
  target: number | string;
  targetSpec: ResolvedTarget | null;
  /** The column is a budget estimate (`Dự toán năm 2026`). */
  budget?: boolean;
  cells: { target: TargetCell };
}

export interface TableResult {
  sheet: string;
  /** A1 range of the table, header included. */
  range: string;
  /** The table's period from its title or its single period (`2020`, `2015-2020`). */
  period: string;
  /** That period as detection read it (`at.label` is `period`). */
  at: Period;
  /** Whether the table was a long layout (one row per indicator and year) pivoted to periods. */
  long: boolean;
  /** A term table (DOMAIN.md §7.3): term figures exist only there. */
  term: boolean;
  /** A term table of a plan (`Kế hoạch … giai đoạn`): `Giai đoạn 2021 - 2025`, never `Nhiệm kỳ`. */
  plan?: true;
  /** The term in progress (§7.5): its length and the years elapsed; null when finished or not a term. */
  termProgress: { elapsedYears: number; termYears: number; span: string } | null;
  indicators: IndicatorResult[];
}

export type FindingKind = 'reported_pct' | 'reported_yoy' | 'target_below_assigned' | 'other';

/** A figure the user typed that does not match the data, or a target easier than the assigned one. */
export interface Finding {
  sheet: string;
  /** A1 address of the offending cell. */
  cell: string;
  kind: FindingKind;
  reported: number | string | null;
  computed: number | null;
  message: string;
  /** Name of the indicator concerned. */
  indicator: string;
}

export interface Counts {
  total: number;
  vuot: number;
  dat: number;
  chua_dat: number;
  khong_danh_gia: number;
  /** Indicators still in progress (§7.4–7.5); present only when there are some. */
  dang_thuc_hien?: number;
  /** For a term in progress: indicators met now, on course, at risk. */
  outlook?: Record<Outlook, number>;
}

export interface Report {
  tables: TableResult[];
  counts: Counts;
  narrative: string[];
  checks: Finding[];
  /** What the reader did to the text (`Đã chuyển mã TCVN3 sang Unicode (7 ô)`); absent: nothing. */
  notices?: string[];
  /** Indicators whose direction or kind chitieu inferred (none of the table, target, dictionary said). */
  inferred?: InferredIndicator[];
}

/**
 * The key of an indicator in the direction overrides the user sets (`directionOverrides`): the
 * sheet of its name and its 1-based row.
 * @example directionKey('Chỉ tiêu 2020', 8) // → 'Chỉ tiêu 2020!8'
 */
export function directionKey(sheet: string, row: number): string {
  return `${sheet}!${row}`;
}

/** One source cell as detection read it: its place, raw value, number format and reading. */
export interface SourceCell<Reading> extends CellRef {
  /** The value as the host read it (a formula cell: its cached result). */
  raw: CellValue;
  /** The cell's number format; null for General. */
  format: string | null;
  /** What the cell reads as; null when it holds no usable value. */
  parsed: Reading | null;
}

/** An actual, a previous actual, a month's figure, a reported % or year-over-year figure. */
export type ValueCell = SourceCell<ParsedValue>;
/** A target, an assigned target or a term target, as typed (before its direction is known). */
export type TargetCell = SourceCell<Target>;
/** A `Chiều` cell. */
export type DirectionCell = SourceCell<Direction>;
