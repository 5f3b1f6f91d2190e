/**
 * Italics and Excel's cell indent in the row tree (detect/rowTree.ts): an italic or indented row
 * with no bullet of its own, right under a row with figures, is a sub-row of it and never counts at
 * the top; a table set all in italics has no hierarchy from them; a caption with no figures is not
 * made a group by italics. The grids carry the styles as the readers give them (`textStyles`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid, TextStyle } from '../../src/core/grid';
import { ind, indicators, names, reportOf } from './helpers';

/** A row of cells and the look of its name cell. */
type Row = { cells: CellValue[]; style?: TextStyle };

const it_ = (cells: CellValue[]): Row => ({ cells, style: { italic: true } });
const indented = (level: number, cells: CellValue[], italic = false): Row => ({
  cells,
  style: italic ? { italic: true, indent: level } : { indent: level },
});
const plain = (cells: CellValue[]): Row => ({ cells });

/** A sheet whose name column is `nameCol`, with the styles of its name cells. */
function styledGrid(header: CellValue[], rows: Row[], nameCol: number): Grid {
  const textStyles = [[], ...rows.map((r) => (r.style ? Object.assign([], { [nameCol]: r.style }) : []))];
  return { sheet: 'S', values: [header, ...rows.map((r) => r.cells)], textStyles };
}

const NO_STT = ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];
const WITH_STT = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];
const noStt = (...rows: Row[]) => styledGrid(NO_STT, rows, 0);
const withStt = (...rows: Row[]) => styledGrid(WITH_STT, rows, 1);
const parentOf = (g: Grid, name: string) => ind(reportOf(g), name).parent;

describe('italic rows without a bullet under a row with figures are its sub-rows', () => {
  it('a table with no STT: the italic rows under each upright total, the next upright row back at the top', () => {
    const g = noStt(
      plain(['Tổng thu ngân sách trên địa bàn', 'Triệu đồng', 12000, 12500]),
      it_(['Thu thuế ngoài quốc doanh', 'Triệu đồng', 5000, 5200]),
      it_(['Thu tiền sử dụng đất', 'Triệu đồng', 4000, 4100]),
      plain(['Tổng chi ngân sách địa phương', 'Triệu đồng', 9000, 8800]),
      it_(['Chi thường xuyên', 'Triệu đồng', 7000, 6900]),
    );
    const r = reportOf(g);
    expect(r.counts.total).toBe(2);
    expect(ind(r, 'Thu thuế ngoài quốc doanh').parent).toBe('Tổng thu ngân sách trên địa bàn');
    expect(ind(r, 'Thu tiền sử dụng đất').parent).toBe('Tổng thu ngân sách trên địa bàn');
    expect(ind(r, 'Tổng chi ngân sách địa phương').parent).toBeNull();
    expect(ind(r, 'Chi thường xuyên')).toMatchObject({ parent: 'Tổng chi ngân sách địa phương', level: 1 });
  });

  it('the same table read without styles keeps its rows side by side (what the italics add)', () => {
    const g = noStt(
      plain(['Tổng thu ngân sách trên địa bàn', 'Triệu đồng', 12000, 12500]),
      it_(['Thu thuế ngoài quốc doanh', 'Triệu đồng', 5000, 5200]),
    );
    expect(reportOf({ ...g, textStyles: undefined }).counts.total).toBe(2);
    expect(reportOf(g).counts.total).toBe(1);
  });

  it('a numbered table: an upright row without STT after italic sub-rows is not under them, but a part of the numbered row', () => {
    const g = withStt(
      plain([1, 'Số hộ nghèo', 'Hộ', 20, 14]),
      it_([null, 'Số hộ thoát nghèo trong năm', 'Hộ', 6, 8]),
      it_([null, 'Số hộ tái nghèo', 'Hộ', 1, 0]),
      plain([null, 'Số lao động được giải quyết việc làm', 'Người', 400, 420]),
      plain([2, 'Giao quân', 'Người', 12, 12]),
    );
    const r = reportOf(g);
    expect(ind(r, 'Số hộ tái nghèo').parent).toBe('Số hộ nghèo');
    expect(ind(r, 'Số lao động được giải quyết việc làm')).toMatchObject({ parent: 'Số hộ nghèo', level: 1 });
    expect(ind(r, 'Giao quân').parent).toBeNull();
    expect(r.counts.total).toBe(2);
  });

  it('italic rows under a - bullet hang from the bullet row', () => {
    const g = withStt(
      plain([1, 'Thu ngân sách', 'Triệu đồng', 100, 120]),
      plain(['-', 'Thu thuế', 'Triệu đồng', 60, 70]),
      it_([null, 'Thuế giá trị gia tăng', 'Triệu đồng', 30, 35]),
      plain(['-', 'Thu phí, lệ phí', 'Triệu đồng', 40, 50]),
    );
    expect(parentOf(g, 'Thuế giá trị gia tăng')).toBe('Thu thuế');
    expect(parentOf(g, 'Thu phí, lệ phí')).toBe('Thu ngân sách');
  });

  it('after Trong đó: the italic rows sit under the indicator above the line, as upright ones do', () => {
    const g = noStt(
      plain(['Số lao động được giải quyết việc làm', 'Người', 400, 420]),
      it_(['Trong đó:', null, null, null]),
      it_(['Lao động nữ', 'Người', 150, 160]),
      it_(['Lao động xuất khẩu', 'Người', 10, 12]),
      plain(['Số hộ kinh doanh đăng ký mới', 'Hộ', 150, 170]),
    );
    const r = reportOf(g);
    expect(ind(r, 'Lao động xuất khẩu').parent).toBe('Số lao động được giải quyết việc làm');
    expect(ind(r, 'Số hộ kinh doanh đăng ký mới').parent).toBeNull();
    expect(r.counts.total).toBe(2);
  });

  it('a name merged over STT and name: the look of the merged cell, where the name is', () => {
    const g = withStt(
      plain([null, 'Thu ngân sách', 'Triệu đồng', 100, 120]),
      { cells: ['Thu tiền sử dụng đất', null, 'Triệu đồng', 30, 35] },
      plain([null, 'Chi ngân sách', 'Triệu đồng', 90, 85]),
      { cells: ['Chi thường xuyên', null, 'Triệu đồng', 60, 58] },
    );
    g.merges = [
      { top: 2, left: 0, bottom: 2, right: 1 },
      { top: 4, left: 0, bottom: 4, right: 1 },
    ];
    g.textStyles = [[], [], [{ italic: true }], [], [{ italic: true }]];
    const r = reportOf(g);
    expect(ind(r, 'Thu tiền sử dụng đất').parent).toBe('Thu ngân sách');
    expect(ind(r, 'Chi thường xuyên').parent).toBe('Chi ngân sách');
    expect(r.counts.total).toBe(2);
    expect(reportOf({ ...g, textStyles: undefined }).counts.total).toBe(4);
  });
});

describe("Excel's cell indent (Format Cells → Alignment → Indent)", () => {
  it('indent 1 under indent 0, back to 0 at the top', () => {
    const g = noStt(
      plain(['Tổng số lao động được giải quyết việc làm', 'Người', 400, 420]),
      indented(1, ['Lao động nữ', 'Người', 150, 160]),
      indented(1, ['Lao động nông thôn', 'Người', 200, 190]),
      plain(['Số hộ kinh doanh đăng ký mới', 'Hộ', 150, 170]),
    );
    const r = reportOf(g);
    expect(ind(r, 'Lao động nữ').parent).toBe('Tổng số lao động được giải quyết việc làm');
    expect(ind(r, 'Lao động nông thôn').parent).toBe('Tổng số lao động được giải quyết việc làm');
    expect(ind(r, 'Số hộ kinh doanh đăng ký mới').parent).toBeNull();
    expect(r.counts.total).toBe(2);
  });

  it('three levels: indent 0 > 1 > 2, then 1 again beside the first indented row', () => {
    const g = noStt(
      plain(['Thu ngân sách nhà nước trên địa bàn', 'Tỷ đồng', 100, 110]),
      indented(1, ['Thu nội địa', 'Tỷ đồng', 80, 90]),
      indented(2, ['Thu tiền sử dụng đất', 'Tỷ đồng', 30, 35]),
      indented(1, ['Thu xuất nhập khẩu', 'Tỷ đồng', 20, 20]),
    );
    const r = reportOf(g);
    expect(indicators(r).map((i) => i.level)).toEqual([0, 1, 2, 1]);
    expect(ind(r, 'Thu tiền sử dụng đất').parent).toBe('Thu nội địa');
    expect(ind(r, 'Thu xuất nhập khẩu').parent).toBe('Thu ngân sách nhà nước trên địa bàn');
  });

  it('indent and italics together: an italic row indented like its upright sibling is under it', () => {
    const g = noStt(
      plain(['Tổng số hồ sơ tiếp nhận', 'Hồ sơ', 500, 520]),
      indented(1, ['Hồ sơ trực tuyến', 'Hồ sơ', 300, 330]),
      indented(1, ['Hồ sơ trực tuyến toàn trình', 'Hồ sơ', 100, 140], true),
      indented(1, ['Hồ sơ trực tiếp', 'Hồ sơ', 200, 190]),
    );
    const r = reportOf(g);
    expect(ind(r, 'Hồ sơ trực tuyến toàn trình').parent).toBe('Hồ sơ trực tuyến');
    expect(ind(r, 'Hồ sơ trực tiếp').parent).toBe('Tổng số hồ sơ tiếp nhận');
    expect(r.counts.total).toBe(1);
  });

  it('a row typed back to the left after an indented part is not under that part', () => {
    const g = withStt(
      plain([1, 'Tổng số lao động được giải quyết việc làm', 'Người', 400, 420]),
      plain([null, '    Lao động nữ', 'Người', 150, 160]),
      plain([null, 'Lao động qua đào tạo', 'Người', 300, 310]),
      plain([2, 'Số hộ kinh doanh đăng ký mới', 'Hộ', 150, 170]),
    );
    const r = reportOf(g);
    expect(ind(r, 'Lao động nữ').level).toBe(1);
    expect(ind(r, 'Lao động qua đào tạo')).toMatchObject({
      parent: 'Tổng số lao động được giải quyết việc làm',
      level: 1,
    });
    expect(r.counts.total).toBe(2);
  });

  it('every row indented alike: no hierarchy', () => {
    const g = noStt(
      indented(1, ['Thu ngân sách', 'Tỷ đồng', 10, 12]),
      indented(1, ['Chi ngân sách', 'Tỷ đồng', 8, 8]),
      indented(1, ['Giao quân', 'Người', 12, 12]),
    );
    expect(indicators(reportOf(g)).every((i) => i.parent === null)).toBe(true);
  });
});

describe('where italics give no hierarchy', () => {
  it('a table set all in italics: every row at the top', () => {
    const g = noStt(
      it_(['Thu ngân sách', 'Tỷ đồng', 10, 12]),
      it_(['Chi ngân sách', 'Tỷ đồng', 8, 8]),
      it_(['Tỷ lệ hộ nghèo', '%', 2, 1.8]),
    );
    const r = reportOf(g);
    expect(r.counts.total).toBe(3);
    expect(indicators(r).every((i) => i.parent === null && i.level === 0)).toBe(true);
  });

  it('an all-italic numbered table: the numbers alone decide', () => {
    const g = withStt(
      it_([1, 'Thu ngân sách', 'Tỷ đồng', 10, 12]),
      it_(['-', 'Thu thuế', 'Tỷ đồng', 6, 7]),
      it_([2, 'Chi ngân sách', 'Tỷ đồng', 8, 8]),
    );
    const r = reportOf(g);
    expect(ind(r, 'Thu thuế').parent).toBe('Thu ngân sách');
    expect(ind(r, 'Chi ngân sách').parent).toBeNull();
  });

  it('an upright caption with no figures above italic rows is not a group that renames them', () => {
    const g = noStt(
      plain(['Chỉ tiêu về kinh tế', null, null, null]),
      it_(['Thu ngân sách', 'Tỷ đồng', 10, 12]),
      plain(['Giao quân', 'Người', 12, 12]),
    );
    const r = reportOf(g);
    expect(names(r)).toEqual(['Thu ngân sách', 'Giao quân']);
    expect(r.counts.total).toBe(2);
  });

  it('an italic note with no figures under a row is a caption, not a sub-row', () => {
    const g = noStt(
      plain(['Thu ngân sách', 'Tỷ đồng', 10, 12]),
      it_(['(Số liệu ước đến 31/12)', null, null, null]),
      plain(['Chi ngân sách', 'Tỷ đồng', 8, 8]),
    );
    const r = reportOf(g);
    expect(names(r)).toEqual(['Thu ngân sách', 'Chi ngân sách']);
    expect(ind(r, 'Chi ngân sách').parent).toBeNull();
  });
});

/** How an item's sub-rows are set apart from it: italics, Excel's indent, or typed spaces. */
const SUB_LOOK = fc.constantFrom('italic', 'indent', 'spaces', 'italic+indent');
const STYLED = fc.record({
  total: fc.constantFrom('none', 'letter', 'opening', 'closing'),
  numbered: fc.boolean(),
  items: fc.array(
    fc.record({
      value: fc.integer({ min: 1, max: 900 }),
      look: SUB_LOOK,
      subs: fc.integer({ min: 0, max: 3 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});
type Styled = typeof STYLED extends fc.Arbitrary<infer T> ? T : never;

function subRow(look: string, name: string): Row {
  const cells: CellValue[] = [null, look === 'spaces' ? `   ${name}` : name, 'Triệu đồng', 1, 1];
  if (look === 'italic') return { cells, style: { italic: true } };
  if (look === 'indent') return { cells, style: { indent: 1 } };
  if (look === 'italic+indent') return { cells, style: { italic: true, indent: 1 } };
  return { cells };
}

/** A random table of upright items, each with sub-rows set apart by look only, and maybe a total. */
function styledTable(t: Styled): Grid {
  const sum = t.items.reduce((s, i) => s + i.value, 0);
  const items = t.items.flatMap((it, k): Row[] => [
    plain([t.numbered ? k + 1 : null, `Khoản thu số ${k + 1}`, 'Triệu đồng', it.value, it.value + 1]),
    ...Array.from({ length: it.subs }, (_, j) => subRow(it.look, `Nguồn ${k + 1}.${j + 1}`)),
  ]);
  const totalRow: Record<string, CellValue[]> = {
    letter: ['A', 'TỔNG THU NGÂN SÁCH', 'Triệu đồng', sum, sum + 1],
    opening: [null, 'Tổng thu ngân sách (1+2)', 'Triệu đồng', sum, sum + 1],
    closing: [null, 'Tổng cộng', 'Triệu đồng', sum, sum + 1],
  };
  if (t.total === 'none') return withStt(...items);
  const total = plain(totalRow[t.total]);
  return t.total === 'closing' ? withStt(...items, total) : withStt(total, ...items);
}

describe('properties of the tree with italic and indented rows', () => {
  it('a total and its items are never both counted, and no sub-row counts at the top', () => {
    fc.assert(
      fc.property(STYLED, (t) => {
        const r = reportOf(styledTable(t));
        const expected = t.total === 'none' ? t.items.length : 1;
        expect(r.counts.total).toBe(expected);
        expect(indicators(r).filter((i) => i.level === 0)).toHaveLength(expected);
        t.items.forEach((it, k) => {
          for (let j = 1; j <= it.subs; j++) {
            const sub = ind(r, `Nguồn ${k + 1}.${j}`);
            expect(sub.parent).toBe(`Khoản thu số ${k + 1}`);
            expect(sub.level).toBeGreaterThan(0);
          }
        });
      }),
      { numRuns: 80, seed: 2112 },
    );
  });

  it("permuting an item's italic sub-rows changes none of its figures, nor whose children they are", () => {
    const subs: Row[] = [
      it_([null, 'Thu thuế', 'Triệu đồng', 5000, 6000]),
      it_([null, 'Thu phí, lệ phí', 'Triệu đồng', 300, 280]),
      indented(1, [null, 'Thu khác', 'Triệu đồng', 200, 250]),
    ];
    const head = plain([null, 'Thu ngân sách', 'Triệu đồng', 10500, 12000]);
    const tail = plain([null, 'Chi ngân sách', 'Triệu đồng', 9000, 9000]);
    const base = reportOf(withStt(head, ...subs, tail));
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }), (order) => {
        const r = reportOf(withStt(head, ...order.map((k) => subs[k]), tail));
        expect(ind(r, 'Thu ngân sách').periods).toEqual(
          ind(base, 'Thu ngân sách').periods.map((p) => ({ ...p, cells: expect.anything() })),
        );
        for (const n of ['Thu thuế', 'Thu phí, lệ phí', 'Thu khác']) expect(ind(r, n).parent).toBe('Thu ngân sách');
        expect(ind(r, 'Chi ngân sách').parent).toBeNull();
        expect(r.counts).toEqual(base.counts);
      }),
      { numRuns: 12, seed: 5 },
    );
  });
});
