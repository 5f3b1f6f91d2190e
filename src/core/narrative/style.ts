/**
 * Settings of the Vietnamese sentences and the decimals of every computed figure — shared by the
 * sentences and the summary sheet's ROUND formulas, so both always show the same number.
 */

export interface NarrativeSettings {
  /** The reporting unit as it reads in a sentence: `phường Phúc Đồng`. Empty: the level word of the title block (`phường`). */
  unitName: string;
  /** The body above the unit (`quận Long Biên`, `Đảng bộ quận Long Biên`): its level word is the overview's `được quận giao`. Empty: read from the title block. */
  superiorName?: string;
  /** Counts below 10 with a leading zero (`03 chi bộ`), administrative style. */
  leadingZero: boolean;
  /** Rate gaps as `điểm phần trăm` (default) or the traditional `%`. */
  rateGap: 'points' | 'percent';
}

export const defaultNarrativeSettings: NarrativeSettings = {
  unitName: '',
  superiorName: '',
  leadingZero: true,
  rateGap: 'points',
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
} as const;
