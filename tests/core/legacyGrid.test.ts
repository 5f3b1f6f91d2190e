/**
 * legacyGrid.ts — a worksheet's TCVN3 / VNI texts decoded once by the reader, by font or by content,
 * recorded cell by cell, before the engine matches anything (DOMAIN.md §7.6).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { decodedTextNotices, decodeLegacyGrid } from '../../src/core/legacyGrid';
import { unicodeToTcvn3, unicodeToVni } from '../../src/core/legacyText';
import { runReport } from '../../src/core/index';

const UNICODE_TABLE = [
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện'],
  [1, 'Thu ngân sách', 'Triệu đồng', 18500, 21340],
  [2, 'Số hộ nghèo', 'Hộ', 'Giảm còn 15', 17],
  [3, 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng', '%', 'Dưới 10%', '8,9'],
];

function encoded(encode: (s: string) => string): (string | number)[][] {
  return UNICODE_TABLE.map((row) => row.map((v) => (typeof v === 'string' ? encode(v) : v)));
}

function figures(grids: Grid[]) {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return run.report.tables.map((t) =>
    t.indicators.map((i) => [i.name, i.unit, i.periods.map((p) => [p.target, p.actual, p.status])]),
  );
}

describe('texts in an old font are decoded by the font', () => {
  it('.VnTime cells are TCVN3; the record names each cell and its encoding', () => {
    const grid: Grid = { sheet: 'S', values: [['ChØ tiªu', 'KÕ ho¹ch']], legacyFonts: [['.VnTime', '.VnTime']] };
    const out = decodeLegacyGrid(grid);
    expect(out.values).toEqual([['Chỉ tiêu', 'Kế hoạch']]);
    expect(out.decodedText).toEqual([
      { row: 0, col: 0, encoding: 'TCVN3', original: 'ChØ tiªu' },
      { row: 0, col: 1, encoding: 'TCVN3', original: 'KÕ ho¹ch' },
    ]);
    expect(out.legacyFonts).toBeUndefined();
  });

  it('a .VnTimeH cell shows its bytes in capitals', () => {
    const out = decodeLegacyGrid({ sheet: 'S', values: [['ubnd ph\u00adêng ngäc thôy']], legacyFonts: [['.VnTimeH']] });
    expect(out.values[0][0]).toBe('UBND PHƯỜNG NGỌC THỤY');
  });

  it('a VNI-Times cell is VNI', () => {
    const out = decodeLegacyGrid({ sheet: 'S', values: [['Chæ tieâu']], legacyFonts: [['VNI-Times']] });
    expect(out.values[0][0]).toBe('Chỉ tiêu');
    expect(out.decodedText?.[0].encoding).toBe('VNI');
  });

  it('Unicode typed in an old font (it holds ỉ, ư…) is left as it is', () => {
    const grid: Grid = { sheet: 'S', values: [['Chỉ tiêu', 'Người']], legacyFonts: [['.VnTime', 'VNI-Times']] };
    expect(decodeLegacyGrid(grid)).toEqual({ sheet: 'S', values: [['Chỉ tiêu', 'Người']] });
  });

  it('numbers and booleans are never touched', () => {
    const grid: Grid = {
      sheet: 'S',
      values: [[12.5, true, null, 'ChØ tiªu']],
      legacyFonts: [[null, null, null, '.VnTime']],
    };
    expect(decodeLegacyGrid(grid).values).toEqual([[12.5, true, null, 'Chỉ tiêu']]);
  });
});

describe('texts without a font hint are decoded by their content, conservatively', () => {
  it('a TCVN3 table without fonts gives the figures of the Unicode one', () => {
    const unicode = figures([{ sheet: 'S', values: UNICODE_TABLE }]);
    const grid = decodeLegacyGrid({ sheet: 'S', values: encoded(unicodeToTcvn3) });
    expect(figures([grid])).toEqual(unicode);
    expect(grid.values).toEqual(UNICODE_TABLE);
  });

  it('a VNI table without fonts gives the figures of the Unicode one', () => {
    const grid = decodeLegacyGrid({ sheet: 'S', values: encoded(unicodeToVni) });
    expect(figures([grid])).toEqual(figures([{ sheet: 'S', values: UNICODE_TABLE }]));
  });

  it('one lone TCVN3-looking text in a Unicode sheet is not an old sheet: nothing changes', () => {
    const grid: Grid = {
      sheet: 'S',
      values: [
        ['Chỉ tiêu', 'Bụi mịn'],
        ['PM2,5 (10 µm)', 'ChØ tiªu'],
      ],
    };
    expect(decodeLegacyGrid(grid)).toEqual(grid);
  });

  it('a lone TCVN3 text in a sheet whose other texts are in .VnTime is decoded too', () => {
    const grid: Grid = { sheet: 'S', values: [['ChØ tiªu', 'TriÖu ®ång']], legacyFonts: [['.VnTime', null]] };
    expect(decodeLegacyGrid(grid).values).toEqual([['Chỉ tiêu', 'Triệu đồng']]);
  });

  it('a TCVN3 sheet holding Unicode Vietnamese too: only the texts telling TCVN3 are decoded', () => {
    const grid: Grid = { sheet: 'S', values: [['ChØ tiªu', 'KÕ ho¹ch', 'Tô Lâm', 'Người lập']] };
    expect(decodeLegacyGrid(grid).values).toEqual([['Chỉ tiêu', 'Kế hoạch', 'Tô Lâm', 'Người lập']]);
  });

  it('property: a sheet of Unicode Vietnamese texts and numbers comes out unchanged, with no record', () => {
    const text = fc.constantFrom(
      ...UNICODE_TABLE.flat().filter((v): v is string => typeof v === 'string'),
      'Tô Lâm',
      'Hà Nội',
      'Müller',
      'café',
      '10 µm',
      'Lâm Đồng',
      'Bà Rịa',
    );
    const cell = fc.oneof(text, fc.double({ noNaN: true }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (values) => {
        const grid: Grid = { sheet: 'S', values };
        return JSON.stringify(decodeLegacyGrid(grid)) === JSON.stringify(grid);
      }),
    );
  });
});

describe('the report says what was decoded', () => {
  it('Đã chuyển mã TCVN3 sang Unicode (n ô), one line per encoding met', () => {
    const a = decodeLegacyGrid({ sheet: 'A', values: encoded(unicodeToTcvn3) });
    const b = decodeLegacyGrid({ sheet: 'B', values: [['Chæ tieâu']], legacyFonts: [['VNI-Times']] });
    expect(decodedTextNotices([a, b])).toEqual([
      `Đã chuyển mã TCVN3 sang Unicode (${a.decodedText!.length} ô)`,
      'Đã chuyển mã VNI sang Unicode (1 ô)',
    ]);
    const run = runReport([a]);
    expect(run.ok && run.report.notices).toEqual([`Đã chuyển mã TCVN3 sang Unicode (${a.decodedText!.length} ô)`]);
  });

  it('a workbook with nothing decoded has no notices', () => {
    const run = runReport([{ sheet: 'S', values: UNICODE_TABLE }]);
    expect(run.ok && run.report.notices).toBeUndefined();
  });
});
