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
