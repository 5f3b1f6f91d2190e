/**
 * Cùng kỳ from last year's report (DOMAIN.md §7.2): a report whose table has no previous-period
 * column gets, for each indicator, the actual of the same sub-period one year earlier from last
 * year's file (`9 tháng 2024` ← `9 tháng 2023`, `2024` ← `2023`), as if the column were there —
 * so the year-over-year figures, a target relative to cùng kỳ and the sentences follow unchanged.
 *
 * Rules chosen where the spec is silent:
 * - Indicators match as the term's years do (`indicatorKey`: the dictionary's key, else the name;
 *   the unit's family; a sub-indicator under its parent). Money is converted to this year's unit.
 * - Last year's figure is an actual of a period comparable to this one and one year earlier; of two
 *   (an actual and an estimate), the actual.
 * - A period that already has its cùng kỳ — a previous-year column, or the earlier comparable period
 *   on the same row — keeps it; when that typed figure differs from last year's file, a finding says
 *   so (the report is usually right to use the later, corrected figure, but the officer must know).
 * - The supplied cells live in last year's file: their `sheet` names the file and its sheet
 *   (`2023.xlsx › Chỉ tiêu 2023`), which no sheet of this workbook bears; the summary sheet writes
 *   them as values with a note (`valuesFromOtherFiles`), never as references to a missing sheet.
 */
import type { Grid } from './grid';
import type { CellValue } from './grid';
import type { Finding, ParsedValue, ValueCell } from './indicator';
import { cellAddress } from './grid';
import { detectTables, type DetectedTable, type RawIndicator, type RawPeriod } from './detect';
import { isPreviousPeriod } from './detect/period';
import { convertMoney } from './money';
import { moneyOf } from './consolidate/key';
import { formatNumber } from './narrative/format';
import { indicatorKey } from './term/assemble';
import { isTyped } from './sourceCell';

/** Last year's report: the file's name (how notes and findings call it) and its worksheets. */
export interface PreviousYearFile {
  name: string;
  grids: Grid[];
}

/** What supplying cùng kỳ did: the findings, and one notice for the user. */
export interface SuppliedPrevious {
  findings: Finding[];
  notices: string[];
}

/** The separator between a file's name and its sheet's in a supplied cell's `sheet`. */
export const OTHER_FILE_MARK = ' › ';

interface Known {
  actual: ValueCell;
  unit: string;
  estimated: boolean;
}

/**
 * Fills the missing cùng kỳ of `tables` (freshly detected, changed in place) from last year's file,
 * and returns the findings where a cùng kỳ typed this year differs from it.
 */
export function supplyPrevious(tables: DetectedTable[], previous: PreviousYearFile): SuppliedPrevious {
  const lastYear = indicatorsByKey(previous.grids.flatMap((g) => detectTables(g)));
  const findings: Finding[] = [];
  const supplied = new Set<string>();
  const missing = new Set<string>();
  for (const table of tables) {
    const parents = new Map<string, string>();
    for (const ind of table.indicators) {
      const key = indicatorKey(ind, parents);
      parents.set(ind.name, key);
      const known = lastYear.get(key);
      for (const p of ind.periods) {
        if (!p.actual || !isTyped(p.actual)) continue;
        const last = known && lastActual(known, p);
        const own = ownPrevious(ind, p);
        if (!last) {
          if (!own) missing.add(ind.name);
          continue;
        }
        const inUnit = convertedCell(last, ind.unit, previous.name);
        if (own) {
          const finding = differs(ind, own, inUnit, previous.name);
          if (finding) findings.push(finding);
          continue;
        }
        p.previousActual = inUnit;
        supplied.add(ind.name);
      }
    }
  }
  return { findings, notices: notices(previous.name, supplied.size, [...missing]) };
}

function indicatorsByKey(tables: DetectedTable[]): Map<string, { ind: RawIndicator; periods: RawPeriod[] }[]> {
  const out = new Map<string, { ind: RawIndicator; periods: RawPeriod[] }[]>();
  for (const table of tables) {
    const parents = new Map<string, string>();
    for (const ind of table.indicators) {
      const key = indicatorKey(ind, parents);
      parents.set(ind.name, key);
      out.set(key, [...(out.get(key) ?? []), { ind, periods: ind.periods }]);
    }
  }
  return out;
}

/** Last year's actual of the period comparable to `p` one year earlier: an actual over an estimate. */
function lastActual(found: { ind: RawIndicator; periods: RawPeriod[] }[], p: RawPeriod): Known | null {
  let best: Known | null = null;
  for (const { ind, periods } of found)
    for (const q of periods) {
      if (!q.actual || !isTyped(q.actual) || !isPreviousPeriod(q.period, p.period)) continue;
      if (!best || (best.estimated && !q.estimated))
        best = { actual: q.actual, unit: ind.unit, estimated: q.estimated };
    }
  return best;
}

/** The cùng kỳ this year's table already gives: its previous-year column, or the earlier period on the row. */
function ownPrevious(ind: RawIndicator, p: RawPeriod): ValueCell | null {
  if (p.previousActual && isTyped(p.previousActual)) return p.previousActual;
  const earlier = ind.periods.find((q) => q.actual && isTyped(q.actual) && isPreviousPeriod(q.period, p.period));
  return earlier?.actual ?? null;
}

/** Last year's cell, its figure in this year's money unit, named as a cell of the other file. */
function convertedCell(last: Known, unit: string, file: string): ValueCell {
  const cell = last.actual;
  const from = moneyOf(last.unit);
  const to = moneyOf(unit);
  const sheet = `${file}${OTHER_FILE_MARK}${cell.sheet}`;
  if (!from || !to || from === to || cell.parsed?.kind !== 'number' || typeof cell.raw !== 'number')
    return { ...cell, sheet };
  const raw: CellValue = convertMoney(cell.raw, from, to);
  const parsed: ParsedValue = { ...cell.parsed, value: convertMoney(cell.parsed.value, from, to) };
  return { ...cell, sheet, raw, parsed };
}

function numberIn(cell: ValueCell): number | null {
  const v = cell.parsed;
  return v && (v.kind === 'number' || v.kind === 'ratio') ? v.value : null;
}

/** The finding of a cùng kỳ typed this year that is not what last year's file says. */
function differs(ind: RawIndicator, own: ValueCell, last: ValueCell, file: string): Finding | null {
  const typed = numberIn(own);
  const there = numberIn(last);
  if (typed === null || there === null || Math.abs(typed - there) <= 1e-9 * Math.max(1, Math.abs(there))) return null;
  const where = last.sheet.slice(file.length + OTHER_FILE_MARK.length);
  return {
    sheet: own.sheet,
    cell: cellAddress(own.row, own.col),
    kind: 'other',
    reported: typed,
    computed: there,
    message: `${ind.name}: số cùng kỳ ghi ${formatNumber(typed)} nhưng báo cáo năm trước (tệp ${file}, trang ${where}, ô ${cellAddress(last.row, last.col)}) ghi ${formatNumber(there)}.`,
    indicator: ind.name,
  };
}

function notices(file: string, supplied: number, missing: string[]): string[] {
  const out: string[] = [];
  if (supplied > 0)
    out.push(
      `Số liệu cùng kỳ của ${String(supplied).padStart(2, '0')} chỉ tiêu lấy từ báo cáo năm trước (tệp ${file}).`,
    );
  if (missing.length > 0)
    out.push(`Không tìm thấy trong tệp ${file} số cùng kỳ của: ${missing.map((n) => `"${n}"`).join(', ')}.`);
  return out;
}
