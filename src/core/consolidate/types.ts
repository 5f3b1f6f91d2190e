/**
 * The district view: one ward report per file, consolidated into an indicator × ward matrix, a
 * ranking of the wards, findings per ward and Vietnamese sentences. Plain data (JSON as it is).
 */
import type { Counts, Direction, FindingKind, Report, ValueKind } from '../indicator';
import type { Refusal } from '../refusal';
import type { Headline } from './headline';
import type { Period } from '../detect/period';

/**
 * One ward's run: a report, or the reason its file could not be read as an indicator table. The
 * run's grids are not kept: a district holds its wards' figures, not their workbooks.
 */
export type WardResult = { ok: true; report: Report } | Refusal;

export interface WardInput {
  /** The ward as a sentence names it: `phường Phúc Đồng` (see `wardNameOf`). */
  ward: string;
  /** The file it came from, for messages (`phuc-dong.xlsx`). */
  file?: string;
  result: WardResult;
  /**
   * Nothing in the workbook names a ward (`wardInputOf`): `ward` is then its file's name, which
   * labels its column and its findings but is never written in a sentence.
   */
  unnamed?: true;
}

export interface ConsolidateSettings {
  /** Counts below 10 with a leading zero (`03 phường`, `xếp thứ 01/14`), administrative style. */
  leadingZero: boolean;
  /**
   * The word for a ward in sentences (`phường`, `xã`); empty: the level word of the ward names,
   * several listed as reports do (`xã, phường`), `phường` when none has one.
   */
  levelWord: string;
}

export const defaultConsolidateSettings: ConsolidateSettings = { leadingZero: true, levelWord: '' };

/** One ward's headline figure of one indicator (see `headlineOf`), with the row as the ward wrote it. */
export interface WardCell extends Omit<Headline, 'at'> {
  /** Name and unit as the ward wrote them. */
  name: string;
  unit: string;
  /** Money converted from the ward's unit to the row's (`Tỷ đồng` → `Triệu đồng`). */
  converted: boolean;
  /** `false` when the ward's unit differs from the row's and cannot be converted (counts). */
  unitMatches: boolean;
}

/** Wards sharing a best or lowest figure. */
export interface Extreme {
  wards: string[];
  pct: number;
}

/** One row of the matrix: an indicator across the wards. */
export interface DistrictIndicator {
  /** `matchKey` of the row. */
  key: string;
  /** The spelling most wards use, numbering removed. */
  name: string;
  /** The row's unit (the most common one; money is converted to it). */
  unit: string;
  valueKind: ValueKind;
  direction: Direction;
  /** One cell per ward, in the order of `DistrictReport.wards`; null: not reported (or unreadable file). */
  cells: (WardCell | null)[];
  /** Statuses over the wards reporting it (`total` = wards reporting it). */
  counts: Counts;
  /** Readable wards that do not report it. */
  missing: string[];
  /**
   * The best and the weakest result among the wards with a headline %: the highest and the lowest %
   * — reversed for a lower-is-better indicator (số hộ nghèo), where `best` holds the lowest %.
   * Wards equal as shown (one decimal) are grouped.
   */
  best: Extreme | null;
  lowest: Extreme | null;
}

export interface WardSummary {
  name: string;
  file: string | null;
  readable: boolean;
  /** Why the file could not be used, when not readable. */
  message: string | null;
  /** The period most of its headline figures are for (`2020`); `""` when unknown. */
  period: string;
  /** Statuses over its top-level indicators (each counted once). */
  counts: Counts;
  /** Mean headline % over the shared indicators (see `rankWards`); null when none is shared. */
  meanPct: number | null;
  /** Rank among readable wards (1 = best); null when not readable. */
  rank: number | null;
  /** Shares its rank with another ward (đồng hạng). */
  tied: boolean;
  /** Nothing in its workbook names it (see `WardInput.unnamed`): the sentences do not name it. */
  unnamed?: true;
}

export interface RankEntry {
  ward: string;
  rank: number;
  tied: boolean;
  /** Indicators đạt + vượt, and vượt. */
  met: number;
  vuot: number;
  total: number;
  meanPct: number | null;
  /** The period its group reports, when the wards report several (each ranked on its own). */
  period?: string;
}

export type DistrictFindingKind =
  | FindingKind
  | 'unreadable'
  | 'missing_indicator'
  | 'extra_indicator'
  | 'unit_differs'
  | 'period_differs'
  | 'duplicate_indicator'
  | 'duplicate_ward'
  | 'unnamed_ward';

/** Vietnamese labels of the finding kinds (the "Kiểm tra" sheet and the command line). */
export const FINDING_LABELS: Record<DistrictFindingKind, string> = {
  unreadable: 'Không đọc được tệp',
  duplicate_ward: 'Trùng phường',
  unnamed_ward: 'Chưa rõ tên đơn vị',
  period_differs: 'Khác kỳ báo cáo',
  missing_indicator: 'Thiếu chỉ tiêu',
  extra_indicator: 'Chỉ tiêu riêng',
  duplicate_indicator: 'Chỉ tiêu lặp',
  unit_differs: 'Khác đơn vị tính',
  reported_pct: 'Tỷ lệ ghi chưa đúng',
  reported_yoy: 'So cùng kỳ ghi chưa đúng',
  target_below_assigned: 'Chỉ tiêu thấp hơn cấp trên giao',
  other: 'Khác',
};

export interface DistrictFinding {
  ward: string;
  kind: DistrictFindingKind;
  /** The indicator concerned, as the ward (or the row) names it. */
  indicator: string | null;
  /** The ward's sheet and cell, for findings of the ward's own checks. */
  sheet: string | null;
  cell: string | null;
  message: string;
}

export interface DistrictReport {
  /** The word for a ward in the sentences (`phường`). */
  levelWord: string;
  /** The period most wards report (`2020`), `""` when unknown. */
  period: string;
  /** That period as the wards' detection read it (not written to the JSON: `period` is its label). */
  at: Period;
  /** Every input, in input order (the matrix's columns). */
  wards: WardSummary[];
  /** The matrix, rows in order of first appearance. */
  indicators: DistrictIndicator[];
  /** Readable wards by rank, equal ranks by name. */
  ranking: RankEntry[];
  /** Names of the indicators the mean % is taken over. */
  sharedIndicators: string[];
  findings: DistrictFinding[];
  sentences: string[];
  /**
   * The readable wards by the period they report, the district's first (see `periodGroups`); not
   * written to the JSON, where each ward's `period` and each rank's `period` say it.
   */
  groups: PeriodGroup[];
  /** The settings the sentences were worded with. */
  settings: ConsolidateSettings;
}

/** The wards (indices into the district's wards) that report one period. */
export interface PeriodGroup {
  /** The period's label, as the ranking's `period` names it. */
  period: string;
  at: Period;
  wards: number[];
}
