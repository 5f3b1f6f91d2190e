/**
 * Tables of bodies (one row per body, place or product: `Cơ quan`, `Địa phương`, `Sản phẩm`,
 * `Bộ, ngành`, `Tỉnh, thành phố`) and names as written: NFC text, abbreviations kept upper case,
 * proper names kept capitalised, `Trong đó:`/`- ` prefixes and trailing marks left out.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../src/core/grid';
import { nameInSentence } from '../../src/core/text';
import { classifyHeader } from '../../src/core/detect/vocabulary';
import { runReport } from '../../src/core/index';
import { decodeLegacyGrid } from '../../src/core/legacyGrid';
import { grid, ind, names, reportOf } from './helpers';

const bodies = (nameHeader: string, pct: CellValue[]): CellValue[][] => [
  ['STT', nameHeader, 'ĐVT', 'Kế hoạch giao', 'Thực hiện', 'Tỷ lệ thực hiện (%)'],
  [1, 'Bộ Tài chính', 'Hồ sơ', 1000, 994, pct[0]],
  [2, 'An Giang', 'Hồ sơ', 500, 500, pct[1]],
  [3, 'Bộ Công an', 'Hồ sơ', 800, 700, pct[2]],
];

describe('a name column headed by a body, a place or a product', () => {
  it.each(['Cơ quan', 'Tên cơ quan', 'Địa phương', 'Sản phẩm', 'Bộ, ngành', 'Tỉnh, thành phố', 'Cơ quan, đơn vị'])(
    '%j is a name column',
    (h) => expect(classifyHeader(h)).toBe('name'),
  );

  it('a column of the body in charge beside Chỉ tiêu is no second name column', () => {
    expect(classifyHeader('Cơ quan chủ trì')).toBe('ignore');
    const r = reportOf([
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Kế hoạch', 'Thực hiện', 'Cơ quan chủ trì'],
      [1, 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 80, 82, 'Sở Khoa học và Công nghệ'],
    ]);
    expect(ind(r, 'Tỷ lệ hồ sơ trực tuyến toàn trình').unit).toBe('%');
  });

  it.each([
    ['Cơ quan', ['99.4%', '100%', '87,0'], ['F4']],
    ['Địa phương', [99.4, 100, 87.5], []],
    ['Bộ, ngành', ['99,4', '100', '86'], ['F4']],
    ['Tỉnh, thành phố', ['99,4', '100', '88'], []],
    ['Sản phẩm', ['99.4', '90%', '87.5%'], ['F3']],
  ] as [string, CellValue[], string[]][])(
    'under %j each row is a body and a published Tỷ lệ thực hiện is checked, dot or comma decimals (%j)',
    (h, pct, cells) => {
      const r = reportOf(bodies(h, pct));
      expect(names(r)).toEqual(['Bộ Tài chính', 'An Giang', 'Bộ Công an']);
      expect(r.checks.map((c) => c.cell)).toEqual(cells);
    },
  );
});

describe('a published Tỷ lệ over two count columns of the same row is checked', () => {
  /** An indicator sheet (so the workbook has a report) and a sheet of bodies. */
  const withBodies = (bodies: CellValue[][] | Grid) =>
    reportOf([
      grid([
        ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
        ['Thu ngân sách', 'Triệu đồng', 100, 120],
      ]),
      Array.isArray(bodies) ? grid(bodies, { sheet: 'Phụ lục' }) : bodies,
    ]);

  it.each([
    [
      'numerator first, percent text with a dot',
      [
        ['STT', 'Bộ, ngành', 'Số hồ sơ đã giải quyết', 'Tổng số hồ sơ', 'Tỷ lệ (%)'],
        [1, 'Bộ Tài chính', 994, 1000, '99.4%'],
        [2, 'Bộ Công an', 700, 800, '88.5%'],
        [3, 'Bộ Tư pháp', 500, 500, '100%'],
      ],
      ['E3'],
    ],
    [
      'the whole first (Tổng số…), comma decimals',
      [
        ['TT', 'Địa phương', 'Tổng số TTHC', 'Số TTHC cung cấp trực tuyến toàn trình', 'Tỷ lệ thực hiện (%)'],
        [1, 'An Giang', 1800, 1788, '99,3'],
        [2, 'Kiên Giang', 1500, 1491, '99,4'],
        [3, 'Cà Mau', 1200, 1100, '95,0'],
      ],
      ['E4'],
    ],
    [
      'numbers with a % format and a column-number row; the whole found from the counts',
      [
        ['STT', 'Cơ quan', 'Đúng hạn', 'Tiếp nhận', 'Tỷ lệ đúng hạn'],
        ['A', 'B', '1', '2', '3=1/2'],
        [1, 'Sở Xây dựng', 120, 121, 0.992],
        [2, 'Sở Nội vụ', 80, 90, 0.95],
      ],
      ['E4'],
    ],
  ] as [string, CellValue[][], string[]][])('%s', (_, bodies, cells) => {
    const g = grid(bodies, { sheet: 'Phụ lục' });
    if (bodies[1][0] === 'A') g.numberFormats = bodies.map((r, i) => (i >= 2 ? [null, null, null, null, '0.0%'] : []));
    const r = reportOf([
      grid([
        ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
        ['Thu ngân sách', 'Triệu đồng', 100, 120],
      ]),
      g,
    ]);
    const found = r.checks.filter((c) => c.sheet === 'Phụ lục');
    expect(found.map((c) => c.cell)).toEqual(cells);
    expect(found.every((c) => c.kind === 'reported_pct')).toBe(true);
  });

  it('the finding names the body and both counts', () => {
    const r = withBodies([
      ['STT', 'Cơ quan', 'Số hồ sơ đã giải quyết', 'Tổng số hồ sơ', 'Tỷ lệ (%)'],
      [1, 'Sở Tư pháp', 1073, 1000, '107,3'],
    ]);
    expect(r.checks).toHaveLength(0);
    const r2 = withBodies([
      ['STT', 'Cơ quan', 'Số hồ sơ đã giải quyết', 'Tổng số hồ sơ', 'Tỷ lệ (%)'],
      [1, 'Sở Tư pháp', 946, 1000, '94,9'],
    ]);
    expect(r2.checks.map((c) => c.message)).toEqual([
      'Sở Tư pháp: tỷ lệ ghi 94,9% nhưng tính lại (946/1.000) là 94,6%.',
    ]);
  });

  it('two count columns where neither is always the whole are not checked', () => {
    const r = withBodies([
      ['STT', 'Địa phương', 'Năm 2024', 'Năm 2025', 'Tỷ lệ (%)'],
      [1, 'An Giang', 100, 90, '50'],
      [2, 'Cà Mau', 80, 95, '50'],
    ]);
    expect(r.checks).toHaveLength(0);
  });
});

describe('Đơn vị: the name column of a table of bodies, else the unit column', () => {
  it.each([
    [['UBND phường Phúc Đồng', 'UBND phường Giang Biên', 'UBND phường Thượng Thanh']],
    [['Sở Tư pháp', 'Sở Xây dựng', 'Công an tỉnh']],
    [['Phường Long Biên', 'Xã Bát Tràng', 'Phường Bồ Đề']],
  ])('a Đơn vị column of bodies (%j) names the rows', (bodies) => {
    const r = reportOf([
      ['STT', 'Đơn vị', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)'],
      [1, bodies[0], 120, 118, '98,3'],
      [2, bodies[1], 80, 80, '100'],
      [3, bodies[2], 60, 66, '105,0'],
    ]);
    expect(names(r)).toEqual(bodies);
    expect(r.checks.map((c) => c.cell)).toEqual(['E4']);
  });

  it.each([[['%', 'Hộ', 'Triệu đồng']], [['Tổ dân phố', 'Đảng viên', 'Người']]])(
    'a Đơn vị column of units (%j) beside Chỉ tiêu stays the unit column',
    (units) => {
      const r = reportOf([
        ['TT', 'Chỉ tiêu', 'Đơn vị', 'Kế hoạch', 'Thực hiện'],
        [1, 'Tỷ lệ hộ gia đình văn hóa', units[0], 88, 90],
        [2, 'Số hộ thoát nghèo', units[1], 8, 9],
        [3, 'Thu ngân sách', units[2], 100, 120],
      ]);
      expect(r.tables[0].indicators.map((i) => i.unit)).toEqual(units);
    },
  );

  it('a Đơn vị column of units with no Chỉ tiêu column gives no table of bodies', () => {
    const r = runReport([
      grid([
        ['STT', 'Đơn vị', 'Kế hoạch', 'Thực hiện'],
        [1, '%', 88, 90],
        [2, 'Hộ', 8, 9],
      ]),
    ]);
    expect(r.ok).toBe(false);
  });
});

describe('names as written', () => {
  it.each([
    ['TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II+III)', 'tổng thu NSNN trên địa bàn (I+II+III)'],
    ['BỘI CHI NSĐP', 'bội chi NSĐP'],
    ['Bội chi NSĐP', 'bội chi NSĐP'],
    ['An Giang', 'An Giang'],
    ['Bộ Tài chính', 'Bộ Tài chính'],
    ['UBND phường', 'UBND phường'],
    ['TỶ LỆ TTHC GIẢI QUYẾT ĐÚNG HẠN', 'tỷ lệ TTHC giải quyết đúng hạn'],
    ['TĂNG TRƯỞNG GRDP', 'tăng trưởng GRDP'],
    ['Số đại biểu HĐND', 'số đại biểu HĐND'],
    ['Thu ngân sách', 'thu ngân sách'],
  ])('%j reads %j inside a sentence', (name, expected) => expect(nameInSentence(name)).toBe(expected));

  it('an upper-case name with abbreviations keeps them in the sentences', () => {
    const r = reportOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      [1, 'TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II+III)', 'Tỷ đồng', 100, 180],
      [2, 'Bội chi NSĐP', 'Tỷ đồng', 10, 10],
    ]);
    const text = r.narrative.join(' ');
    expect(text).toContain('tổng thu NSNN trên địa bàn (I+II+III) đạt 180%');
    expect(text).toContain('Bội chi NSĐP');
    expect(text).not.toMatch(/nsnn|nsđp|\(i\+ii/);
  });

  it('Trong đó: -, bullets and trailing full stops or colons are not part of a name', () => {
    const r = reportOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      [1, 'Thu ngân sách:', 'Triệu đồng', 100, 120],
      [null, 'Trong đó: - Thu cổ tức, lợi nhuận sau thuế.', 'Triệu đồng', 10, 21.74],
      [2, 'Chi ngân sách.', 'Triệu đồng', 90, 90],
    ]);
    expect(names(r)).toEqual(['Thu ngân sách', 'Thu cổ tức, lợi nhuận sau thuế', 'Chi ngân sách']);
  });

  it('text stored decomposed (NFD) reads as composed once the reader has it: names, units and sentences carry no stray mark', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const read = (values: CellValue[][]) => decodeLegacyGrid(grid(values));
    const r = reportOf(
      read([
        [nfd('STT'), nfd('Chỉ tiêu'), nfd('ĐVT'), nfd('Kế hoạch'), nfd('Thực hiện')],
        [1, nfd('Số đơn thư khiếu nại được giải quyết'), nfd('Đơn thư'), 4, 4],
        [2, nfd('Tỷ lệ hộ gia đình văn hóa'), '%', 88, 90],
      ]),
    );
    expect(names(r)).toEqual(['Số đơn thư khiếu nại được giải quyết', 'Tỷ lệ hộ gia đình văn hóa']);
    const text = r.narrative.join(' ');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/[\u0300-\u036f]/);
    expect(text).toContain('04 đơn thư');
  });
});

describe('a name word of a table of bodies heads its column alone', () => {
  it('indicators named Cơ quan … or Sản phẩm …, with word targets, stay rows of their table', () => {
    const r = reportOf([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      [1, 'Thu ngân sách', 'Triệu đồng', 100, 120],
      [2, 'Cơ quan đạt chuẩn văn hóa', 'Cơ quan', 'Đạt chuẩn', 'Đạt chuẩn'],
      [3, 'Sản phẩm OCOP được công nhận', 'Sản phẩm', 3, 4],
      [4, 'Địa phương đạt chuẩn nông thôn mới', 'Xã', 2, 2],
    ]);
    expect(r.tables).toHaveLength(1);
    expect(names(r)).toEqual([
      'Thu ngân sách',
      'Cơ quan đạt chuẩn văn hóa',
      'Sản phẩm OCOP được công nhận',
      'Địa phương đạt chuẩn nông thôn mới',
    ]);
  });
});
