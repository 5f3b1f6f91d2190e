/**
 * Splits a term table into the yearly tables an office keeps: one grid a period, each holding the
 * unit's lines, a title naming its year, and `Kế hoạch | Thực hiện` of that period only, the term
 * target in the grid of `termIn` ('last' or 'first'). The cells are the fixture's own (values and
 * number formats), taken where the single-table report found them.
 */
import type { CellValue, Grid } from '../../src/core/grid';
import type { IndicatorResult, PeriodFigures, Report } from '../../src/core/indicator';

export interface SplitOptions {
  /** Lines above each yearly table (the unit's name…). */
  head: CellValue[][];
  /** The term target column's header, or null when the term has none. */
  termHeader: string | null;
  termIn: 'first' | 'last';
  /** `sheet`: the header names no year (`Kế hoạch | Thực hiện`), the sheet's name does (`Năm 2021`). */
  yearIn: 'header' | 'sheet';
  /** Row order of each year's table (indices into the indicators), default as in the term table. */
  order?: (year: number, count: number) => number[];
  /** The name a year's table uses for an indicator, default its own. */
  rename?: (name: string, year: number) => string;
}

interface Slot {
  period: string;
  estimated: boolean;
}

function slotsOf(report: Report): Slot[] {
  const seen = new Map<string, Slot>();
  for (const t of report.tables)
    for (const i of t.indicators)
      for (const p of i.periods)
        if (!seen.has(p.period)) seen.set(p.period, { period: p.period, estimated: p.estimated });
  return [...seen.values()];
}

function yearOf(period: string): number {
  return Number(/\d{4}/.exec(period)![0]);
}

function sub(period: string): string {
  return period.replace(/\s*\d{4}$/, '');
}

function raw(cell: { raw: CellValue } | undefined): CellValue {
  return cell?.raw ?? null;
}

function format(cell: { format: string | null } | undefined): string | null {
  return cell?.format ?? null;
}

/** The yearly grids of a term report's table, in chronological order. */
export function splitTerm(report: Report, o: SplitOptions): Grid[] {
  const inds: IndicatorResult[] = report.tables.flatMap((t) => t.indicators).filter((i) => i.parent === null);
  const slots = slotsOf(report);
  return slots.map((slot, k) => {
    const year = yearOf(slot.period);
    const withTerm = o.termHeader !== null && (o.termIn === 'last' ? k === slots.length - 1 : k === 0);
    const words = sub(slot.period) ? `${sub(slot.period)} năm ${year}` : `năm ${year}`;
    const inHeader = o.yearIn === 'header' ? ` ${words}` : '';
    const actualWord = slot.estimated ? 'Ước thực hiện' : 'Thực hiện';
    const hasTargets = inds.some((i) => i.periods.find((p) => p.period === slot.period)?.cells.target);
    const header: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT'];
    if (withTerm) header.push(o.termHeader);
    if (hasTargets) header.push(`Kế hoạch${o.yearIn === 'header' ? ` năm ${year}` : ''}`);
    header.push(`${actualWord}${inHeader}`);
    const values: CellValue[][] = [...o.head];
    if (o.yearIn === 'header') values.push([`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${words.toUpperCase()}`]);
    values.push([], header);
    const formats: (string | null)[][] = values.map(() => []);
    const order = o.order?.(year, inds.length) ?? inds.map((_, i) => i);
    order.forEach((index, n) => {
      const ind = inds[index];
      const p: PeriodFigures | undefined = ind.periods.find((q) => q.period === slot.period);
      const row: CellValue[] = [n + 1, o.rename?.(ind.name, year) ?? ind.name, ind.unit || null];
      const fmt: (string | null)[] = [null, null, null];
      if (withTerm) {
        row.push(raw(ind.term?.cells.termTarget));
        fmt.push(format(ind.term?.cells.termTarget));
      }
      if (hasTargets) {
        row.push(raw(p?.cells.target));
        fmt.push(format(p?.cells.target));
      }
      row.push(raw(p?.cells.actual));
      fmt.push(format(p?.cells.actual));
      values.push(row);
      formats.push(fmt);
    });
    const sheet =
      o.yearIn === 'sheet' ? (sub(slot.period) ? `${sub(slot.period)} năm ${year}` : `Năm ${year}`) : `Biểu ${year}`;
    return { sheet, values, numberFormats: formats };
  });
}

/** The figures a reader compares: everything but where the cells were. */
export function figuresOf(report: Report) {
  return report.tables.flatMap((t) =>
    t.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      kind: i.valueKind,
      direction: i.direction,
      status: i.overallStatus,
      periods: i.periods.map((p) => ({
        period: p.period,
        target: p.target,
        actual: p.actual,
        pct: p.achievementPct,
        status: p.status,
        estimated: p.estimated,
        yoy: p.yoyPct,
      })),
      term: i.term && { ...i.term, cells: undefined },
      termProgress: t.termProgress,
    })),
  );
}
