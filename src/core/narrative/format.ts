/**
 * The one number formatter and the one rounding function of chitieu (DOMAIN.md §6), shared by the
 * summary sheet, the sentences and the messages, so a sheet and its sentence always agree.
 */

/**
 * Excel's ROUND: half away from zero, on the decimal digits Excel shows (15 significant), so
 * `excelRound(1.005, 2)` is 1.01 like Excel, not 1 like naive binary rounding.
 * @example excelRound(-2.5, 0) // -3
 */
export function excelRound(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const abs = Number(Math.abs(value).toPrecision(15));
  const shifted = Math.round(Number(`${abs}e${decimals}`));
  const result = sign * Number(`${shifted}e${-decimals}`);
  return result === 0 ? 0 : result;
}

/**
 * Vietnamese number text: `,` decimal, `.` thousands, rounded with `excelRound`, trailing zeros of
 * the decimals dropped (`130`, `27,6`, `36.015`).
 * @example formatNumber(36015) // '36.015'
 * @example formatNumber(117.70212, 1) // '117,7'
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  const rounded = excelRound(value, maxDecimals);
  const negative = rounded < 0;
  const [intPart, frac = ''] = Math.abs(rounded).toFixed(maxDecimals).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = frac.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** A percentage to one decimal, `,0` dropped: `117,7%`, `130%`. */
export function formatPct(value: number): string {
  return `${formatNumber(value, 1)}%`;
}

/** Largest number of decimals a figure read from a sheet is shown with in sentences. */
const MAX_VALUE_DECIMALS = 3;

/**
 * A value read from the sheet, with the decimals it has there (`15,452`, `25,3`, `36.015`).
 * @example formatValue(15.452) // '15,452'
 */
export function formatValue(value: number): string {
  return formatNumber(value, Math.min(valueDecimals(value), MAX_VALUE_DECIMALS));
}

/** Decimals of a value as stored (float noise removed). */
export function valueDecimals(value: number): number {
  const s = String(Number(value.toPrecision(12)));
  if (s.includes('e')) return 0;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * A count in administrative style: below 10 with a leading zero (`03 chi bộ`) when the setting is on.
 * @example formatCount(3, true) // '03'
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
