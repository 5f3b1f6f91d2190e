/**
 * Property-based tests (fast-check, seeded, bounded): the number parser never throws and reads back
 * what it writes; the engine never throws on any grid and never reports an
 * indicator without a value — or an Excel error (`#DIV/0!`) in one of its figure cells, which makes
 * the row an unassessed indicator rather than dropping it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTables } from '../../src/core/detect/index';
import { isCellError } from '../../src/core/grid';
import { NO_TABLE_MESSAGE, runReport } from '../../src/core/index';
import { excelRound, formatNumber } from '../../src/core/narrative/format';
import { parseVietnameseNumber } from '../../src/core/text';
import { parseTarget, parseValue } from '../../src/core/values';
import { errorOnRow, GRID, hasErrorFigure } from './randomGrids';

const RUNS = { seed: 42, numRuns: 300 };

const NUMBERISH = fc.string({
  unit: fc.constantFrom('0', '1', '2', '5', '9', '.', ',', ' ', '\u00a0', '-', '+', '%', '‰', '/', 'e', 'x', 'tỷ', '…'),
  maxLength: 24,
});
const ANY_TEXT = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), NUMBERISH);

describe('property: the number parser never throws and round-trips the Vietnamese way', () => {
  it('parseVietnameseNumber, parseValue and parseTarget never throw on any string', () => {
    fc.assert(
      fc.property(
        ANY_TEXT,
        fc.option(fc.constantFrom('0%', '0.00%', '#,##0', '0.0‰', 'General', '@')),
        (text, format) => {
          const n = parseVietnameseNumber(text);
          if (n) expect(Number.isFinite(n.value)).toBe(true);
          parseValue(text, format ?? null);
          parseTarget(text, format ?? null);
        },
      ),
      RUNS,
    );
  });

  it('a number written with "." thousands (or spaces) and "," decimals reads back exactly', () => {
    const written = fc.record({
      negative: fc.boolean(),
      int: fc.bigInt({ min: 0n, max: 999_999_999_999n }),
      frac: fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), maxLength: 3 }),
      separator: fc.constantFrom('.', ' ', '\u00a0'),
    });
    fc.assert(
      fc.property(written, ({ negative, int, frac, separator }) => {
        const grouped = int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, separator);
        const text = `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
        const parsed = parseVietnameseNumber(text);
        const expected = (negative ? -1 : 1) * Number(`${int}${frac ? `.${frac}` : ''}`);
        expect(parsed, text).not.toBeNull();
        expect(parsed!.value).toBe(expected);
        expect(parsed!.decimals).toBe(frac.length);
      }),
      RUNS,
    );
  });

  it("what the engine's own formatter writes, the parser reads back", () => {
    const value = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 3 }), (value, decimals) => {
        const text = formatNumber(value, decimals);
        const parsed = parseVietnameseNumber(text);
        expect(parsed, text).not.toBeNull();
        expect(parsed!.value).toBeCloseTo(excelRound(value, decimals), decimals);
      }),
      RUNS,
    );
  });
});

// How fast each grid is answered (under 200 ms) is measured by `npm run bench:bounds`, not here.
describe('property: runReport never throws', () => {
  it('any grid of strings, numbers, nulls, errors and booleans gives a report or the clean refusal', () => {
    fc.assert(
      fc.property(GRID, (grid) => {
        const result = runReport([grid]);
        if (!result.ok) {
          expect(result).toEqual({ ok: false, code: 'no-table', message: NO_TABLE_MESSAGE });
          return;
        }
        const all = result.report.tables.flatMap((t) => t.indicators);
        expect(all.length).toBeGreaterThan(0);
        const c = result.report.counts;
        expect(c.total).toBe(all.filter((i) => i.parent === null).length);
        expect(c.vuot + c.dat + c.chua_dat + c.khong_danh_gia + (c.dang_thuc_hien ?? 0)).toBe(c.total);
      }),
      RUNS,
    );
  });
});

describe('property: detection never reports an indicator without a target or an actual value', () => {
  it('every detected indicator has a usable target, actual or term target cell', () => {
    fc.assert(
      fc.property(GRID, (grid) => {
        for (const table of detectTables(grid)) {
          const cell = (ref: { row: number; col: number } | undefined) =>
            ref ? table.view.value(ref.row, ref.col) : null;
          const format = (ref: { row: number; col: number } | undefined) =>
            ref ? table.view.numberFormat(ref.row, ref.col) : null;
          for (const ind of table.indicators) {
            const has =
              ind.periods.some(
                (p) =>
                  parseTarget(cell(p.target), format(p.target)) !== null ||
                  parseTarget(cell(p.assignedTarget), format(p.assignedTarget)) !== null ||
                  parseValue(cell(p.actual), format(p.actual)) !== null ||
                  [p.target, p.assignedTarget, p.actual].some((ref) => isCellError(cell(ref))),
              ) ||
              parseTarget(cell(ind.termTarget), format(ind.termTarget)) !== null ||
              isCellError(cell(ind.termTarget));
            expect(has, `${ind.name} at row ${ind.row + 1}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('every reported indicator shows a target or an actual', () => {
    fc.assert(
      fc.property(GRID, (grid) => {
        const result = runReport([grid]);
        if (!result.ok) return;
        for (const ind of result.report.tables.flatMap((t) => t.indicators)) {
          const has =
            ind.periods.some(
              (p) =>
                p.target !== null || p.actual !== null || p.assignedTarget !== null || hasErrorFigure(grid, p.cells),
            ) ||
            (ind.term !== null && ind.term.termTarget !== null) ||
            errorOnRow(grid, ind.row);
          expect(has, `${ind.name} at row ${ind.row}`).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
