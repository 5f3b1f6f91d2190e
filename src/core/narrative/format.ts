/**
 * The one number formatter and the one rounding function of chitieu (DOMAIN.md §6), shared by the
 * summary sheet, the sentences and the messages, so a sheet and its sentence always agree.
 */

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
/** Largest distance below a half still taken for a half, whatever the value's size. */
const HALF_TOLERANCE_CAP = 1e-4;

/**
 * Excel's ROUND: half away from zero, on the decimal digits Excel shows (15 significant), so
 * `excelRound(1.005, 2)` is 1.01 like Excel, not 1 like naive binary rounding. A half is
 * recognised within 1e-12 relative, the noise of binary fractions at 15 digits (at most 1e-4 of
 * the last decimal kept, so a large whole number stays whole).
 * @example excelRound(-2.5, 0) // → -3
 */
export function excelRound(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const p = POWERS[decimals] ?? Math.pow(10, decimals);
  const abs = value < 0 ? -value : value;
  const scaled = abs * p;
  let whole = Math.floor(scaled);
  // The tolerance is capped: from 5e11 on, 1e-12 of the value would reach 0.5 and round every
  // whole number up (excelRound(5e8, 3) was 500000000.001).
  if (scaled - whole >= 0.5 - Math.min(1e-12 * (scaled > 1 ? scaled : 1), HALF_TOLERANCE_CAP)) whole += 1;
  const result = whole / p;
  return value < 0 && result !== 0 ? -result : result;
}

/**
 * Vietnamese number text: `,` decimal, `.` thousands, rounded with `excelRound`, trailing zeros of
 * the decimals dropped (`130`, `27,6`, `36.015`).
 * @example formatNumber(36015) // → '36.015'
 * @example formatNumber(117.70212, 1) // → '117,7'
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  const rounded = excelRound(value, maxDecimals);
  const abs = rounded < 0 ? -rounded : rounded;
  const whole = Math.floor(abs);
  const p = POWERS[maxDecimals] ?? Math.pow(10, maxDecimals);
  const fraction = Math.round((abs - whole) * p);
  let decimals = '';
  if (fraction > 0 && maxDecimals > 0) {
    decimals = String(fraction).padStart(maxDecimals, '0');
    let end = decimals.length;
    while (end > 0 && decimals.charCodeAt(end - 1) === 48) end--;
    decimals = `,${decimals.slice(0, end)}`;
  }
  return `${rounded < 0 ? '-' : ''}${groupThousands(whole)}${decimals}`;
}

function groupThousands(n: number): string {
  const digits = String(n);
  if (digits.length <= 3) return digits;
  let out = '';
  const head = digits.length % 3 || 3;
  out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

/** A percentage to one decimal, `,0` dropped: `117,7%`, `130%`. */
export function formatPct(value: number): string {
  return `${formatNumber(value, 1)}%`;
}

/** Largest number of decimals a figure read from a sheet is shown with in sentences. */
const MAX_VALUE_DECIMALS = 3;

/**
 * A value read from the sheet, with the decimals it has there (`15,452`, `25,3`, `36.015`).
 * @example formatValue(15.452) // → '15,452'
 */
export function formatValue(value: number): string {
  return formatNumber(value, Math.min(valueDecimals(value), MAX_VALUE_DECIMALS));
}

/** Decimals of a value as stored (float noise removed), up to `MAX_VALUE_DECIMALS`. */
export function valueDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const tolerance = 1e-9 * Math.max(1, Math.abs(value));
  for (let d = 1; d < MAX_VALUE_DECIMALS; d++) if (Math.abs(excelRound(value, d) - value) <= tolerance) return d;
  return MAX_VALUE_DECIMALS;
}

/**
 * A count in administrative style: below 10 with a leading zero (`03 chi bộ`) when the setting is on.
 * @example formatCount(3, true) // → '03'
 */
export function formatCount(n: number, leadingZero: boolean): string {
  if (leadingZero && Number.isInteger(n) && n >= 0 && n < 10) return `0${n}`;
  return formatValue(n);
}

/**
 * Vietnamese list: `A`, `A và B`, `A, B và C`.
 */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}
