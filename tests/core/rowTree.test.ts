/**
 * The row tree of published indicator tables (detect/rowTree.ts): STT markers, introducing lines,
 * groups without figures, sections, subtotals and totals — and the rule that counts, overviews and
 * highlights take the top level only, so a total and its items never both count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import { toReportJson } from '../../src/core/index';
import { ind, indicators, names, reportOf } from './helpers';

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];
const table = (...rows: CellValue[][]) => [HEADER, ...rows];
const parentOf = (r: ReturnType<typeof reportOf>, name: string) => ind(r, name).parent;

describe('a budget table numbered A / I / 1 counts its totals only', () => {
  const r = reportOf(
    table(
      ['A', 'TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II+III)', 'Triệu đồng', 12000000, 12500000],
      ['I', 'Thu nội địa', 'Triệu đồng', 11080000, 11500000],
      [1, 'Thu từ DNNN do trung ương quản lý', 'Triệu đồng', 900000, 950000],
      [2, 'Thu cổ tức, lợi nhuận sau thuế', 'Triệu đồng', 10000, 21740],
      ['II', 'Thu từ dầu thô', 'Triệu đồng', 20000, 21000],
      ['III', 'Thu cân đối từ hoạt động xuất nhập khẩu', 'Triệu đồng', 900000, 979000],
      ['B', 'THU NGÂN SÁCH ĐỊA PHƯƠNG', 'Triệu đồng', 9000000, 9400000],
      [1, 'Thu cổ tức, lợi nhuận sau thuế', 'Triệu đồng', 10000, 21740],
      ['C', 'CHI NGÂN SÁCH ĐỊA PHƯƠNG', 'Triệu đồng', 9500000, 9300000],
      ['D', 'BỘI CHI NSĐP', 'Triệu đồng', 500000, 400000],
    ),
  );

  it('four lettered totals are the top level: "04 chỉ tiêu", not ten', () => {
    expect(r.counts.total).toBe(4);
    expect(r.narrative[0]).toMatch(/ 04 chỉ tiêu/);
    expect(
      indicators(r)
        .filter((i) => i.level === 0)
        .map((i) => i.name),
    ).toEqual([
      'TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II+III)',
      'THU NGÂN SÁCH ĐỊA PHƯƠNG',
      'CHI NGÂN SÁCH ĐỊA PHƯƠNG',
      'BỘI CHI NSĐP',
    ]);
  });

  it('a Roman subtotal with values sits under its letter and over its numbers', () => {
    expect(parentOf(r, 'Thu nội địa')).toBe('TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II+III)');
    expect(parentOf(r, 'Thu từ dầu thô')).toBe('TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II+III)');
    expect(parentOf(r, 'Thu từ DNNN do trung ương quản lý')).toBe('Thu nội địa');
    expect(ind(r, 'Thu từ DNNN do trung ương quản lý').level).toBe(2);
  });

  it('a figure repeated under two totals is never a highlight twice (sub-rows are no highlight)', () => {
    const overview = r.narrative[0];
    expect(overview).not.toMatch(/cổ tức/);
    expect(overview.match(/217,4%/g) ?? []).toHaveLength(0);
  });

  it('the JSON keeps parent and level of every indicator', () => {
    const json = toReportJson(r) as {
      tables: { indicators: { name: string; parent: string | null; level: number }[] }[];
    };
    const rows = json.tables[0].indicators;
    expect(rows.every((i) => typeof i.level === 'number' && 'parent' in i)).toBe(true);
    expect(rows.find((i) => i.name === 'Thu nội địa')).toMatchObject({
      level: 1,
      parent: 'TỔNG THU NSNN TRÊN ĐỊA BÀN (I+II+III)',
    });
  });
});

describe('totals with no STT', () => {
  it('a total opening the table, naming its operands (I+II), is the parent of the rows below', () => {
    const r = reportOf(
      table(
        [null, 'Tổng thu ngân sách trên địa bàn (I+II)', 'Tỷ đồng', 100, 110],
        ['I', 'Thu nội địa', 'Tỷ đồng', 80, 90],
        ['II', 'Thu xuất nhập khẩu', 'Tỷ đồng', 20, 20],
      ),
    );
    expect(r.counts.total).toBe(1);
    expect(parentOf(r, 'Thu nội địa')).toBe('Tổng thu ngân sách trên địa bàn (I+II)');
  });

  it.each(['Tổng cộng', 'Tổng số', 'Cộng', 'TỔNG CỘNG:'])(
    'a bottom %j takes the rows above it in its section',
    (word) => {
      const r = reportOf(
        table(
          ['I', 'CẢI CÁCH HÀNH CHÍNH'],
          [1, 'Sở Tư pháp', 'Hồ sơ', 120, 118],
          [2, 'Sở Xây dựng', 'Hồ sơ', 80, 80],
          [null, word, 'Hồ sơ', 200, 198],
        ),
      );
      const total = indicators(r).find((i) => i.level === 0)!;
      expect(r.counts.total).toBe(1);
      expect(parentOf(r, 'Sở Tư pháp')).toBe(total.name);
      expect(parentOf(r, 'Sở Xây dựng')).toBe(total.name);
    },
  );

  it('a row named Tổng thu ngân sách with a number is an ordinary indicator, not a total of others', () => {
    const r = reportOf(table([1, 'Tổng thu ngân sách', 'Tỷ đồng', 10, 12], [2, 'Tổng chi ngân sách', 'Tỷ đồng', 8, 8]));
    expect(r.counts.total).toBe(2);
  });
});

describe('lines that introduce children: Trong đó, Bao gồm, Chia ra', () => {
  it.each(['Trong đó:', 'Bao gồm:', 'Chia ra:', 'Trong đó', 'BAO GỒM'])(
    '%j is not an indicator and the - rows below it sit under the indicator above',
    (intro) => {
      const r = reportOf(
        table(
          [1, 'Thu ngân sách', 'Triệu đồng', 10500, 12000],
          [null, intro, null, null, null],
          ['-', 'Thu thuế', 'Triệu đồng', 5000, 6000],
          ['-', 'Thu phí, lệ phí', 'Triệu đồng', 300, 320],
          [2, 'Chi ngân sách', 'Triệu đồng', 9000, 8800],
        ),
      );
      expect(names(r)).toEqual(['Thu ngân sách', 'Thu thuế', 'Thu phí, lệ phí', 'Chi ngân sách']);
      expect(parentOf(r, 'Thu thuế')).toBe('Thu ngân sách');
      expect(parentOf(r, 'Thu phí, lệ phí')).toBe('Thu ngân sách');
      expect(parentOf(r, 'Chi ngân sách')).toBeNull();
      expect(r.counts.total).toBe(2);
    },
  );

  it('Trong đó: - X with values is the first child; the - rows after it are its siblings', () => {
    const r = reportOf(
      table(
        [1, 'Thu ngân sách', 'Triệu đồng', 10500, 12000],
        [null, 'Trong đó: - Thu cổ tức.', 'Triệu đồng', 100, 217.4],
        [null, '- Thu tiền sử dụng đất', 'Triệu đồng', 1000, 900],
        [null, '- Thu tiền thuê đất', 'Triệu đồng', 200, 210],
      ),
    );
    expect(names(r)).toEqual(['Thu ngân sách', 'Thu cổ tức', 'Thu tiền sử dụng đất', 'Thu tiền thuê đất']);
    for (const n of ['Thu cổ tức', 'Thu tiền sử dụng đất', 'Thu tiền thuê đất'])
      expect(parentOf(r, n)).toBe('Thu ngân sách');
  });

  it('unmarked rows after Bao gồm: in a table without STT sit under the indicator above', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['Tổng số hồ sơ tiếp nhận', 'Hồ sơ', 500, 520],
      ['Bao gồm:', null, null, null],
      ['Hồ sơ trực tuyến', 'Hồ sơ', 300, 330],
      ['Hồ sơ trực tiếp', 'Hồ sơ', 200, 190],
    ]);
    expect(r.counts.total).toBe(1);
    expect(parentOf(r, 'Hồ sơ trực tiếp')).toBe('Tổng số hồ sơ tiếp nhận');
  });
});

describe('groups without figures name their rows; sections stand on their own', () => {
  const crops = table(
    [1, 'Tỷ lệ hộ nghèo', '%', 'Dưới 2%', 1.8],
    [2, 'Cà phê', null, null, null],
    ['-', 'Diện tích', 'ha', 26000, 26120],
    ['-', 'Sản lượng', 'Tấn', 60000, 61500],
    [3, 'Hồ tiêu', null, null, null],
    ['-', 'Diện tích', 'ha', 1500, 1480],
  );

  it('1 Cà phê then - Diện tích: the rows keep the group in their names, never the indicator above', () => {
    const r = reportOf(crops);
    expect(names(r)).toEqual(['Tỷ lệ hộ nghèo', 'Cà phê — diện tích', 'Cà phê — sản lượng', 'Hồ tiêu — diện tích']);
    expect(indicators(r).every((i) => i.parent === null)).toBe(true);
    expect(r.narrative.join(' ')).toMatch(/Cà phê — diện tích đạt 26\.120 ha/);
  });

  it('a group in a table whose rows carry no STT: the rows indented under it', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['Lúa', null, null, null],
      ['   Năng suất', 'Tạ/ha', 60, 62],
      ['   Sản lượng', 'Tấn', 9000, 9300],
    ]);
    expect(names(r)).toEqual(['Lúa — năng suất', 'Lúa — sản lượng']);
  });

  it('a group of long names keeps the names as they are', () => {
    const r = reportOf(
      table(
        [1, 'Văn hóa - xã hội', null, null, null],
        ['1.1', 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', '%', 90, 92],
        ['1.2', 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 93, 94],
      ),
    );
    expect(names(r)).toEqual([
      'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa',
      'Tỷ lệ người dân tham gia bảo hiểm y tế',
    ]);
  });

  it('an empty III is a section of its own: the rows after it are not under II', () => {
    const r = reportOf(
      table(
        ['II', 'KINH TẾ', null, null, null],
        [4, 'Thu ngân sách', 'Tỷ đồng', 10, 12],
        ['III', 'Quốc phòng - an ninh', null, null, null],
        [5, 'Giao quân', 'Người', 12, 12],
        ['IV', 'XÂY DỰNG ĐẢNG', null, null, null],
      ),
    );
    expect(ind(r, 'Giao quân').section).toBe('Quốc phòng - an ninh');
    expect(ind(r, 'Thu ngân sách').section).toBe('KINH TẾ');
    expect(r.counts.total).toBe(2);
  });

  it('a caption with no figures and nothing under it is skipped, as before', () => {
    const r = reportOf(table([null, 'Chỉ tiêu về kinh tế', null, null, null], [1, 'Thu ngân sách', 'Tỷ đồng', 1, 2]));
    expect(names(r)).toEqual(['Thu ngân sách']);
  });
});

describe('levels from markers, indentation and unmarked rows', () => {
  it('1 > 1.1 > a > - > +', () => {
    const r = reportOf(
      table(
        [1, 'Kết nạp đảng viên mới', 'Đảng viên', 12, 14],
        ['1.1', 'Khối phường', 'Đảng viên', 8, 9],
        ['a', 'Tổ dân phố số 1', 'Đảng viên', 2, 3],
        ['-', 'Đảng viên nữ', 'Đảng viên', 1, 2],
        ['+', 'Đảng viên trẻ', 'Đảng viên', 1, 1],
        ['1.2', 'Khối doanh nghiệp', 'Đảng viên', 4, 5],
        [2, 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', '%', 90, 92],
      ),
    );
    expect(indicators(r).map((i) => i.level)).toEqual([0, 1, 2, 3, 4, 1, 0]);
    expect(parentOf(r, 'Khối doanh nghiệp')).toBe('Kết nạp đảng viên mới');
    expect(r.counts.total).toBe(2);
  });

  it('bullets written in the name (a), - , +) with an empty STT cell', () => {
    const r = reportOf(
      table(
        [1, 'Thu ngân sách', 'Triệu đồng', 100, 120],
        [null, 'a) Thu thuế', 'Triệu đồng', 60, 70],
        [null, '- Thuế GTGT', 'Triệu đồng', 30, 35],
        [null, 'b) Thu phí', 'Triệu đồng', 40, 50],
        [null, 'c. Thu khác', 'Triệu đồng', 5, 6],
      ),
    );
    expect(parentOf(r, 'Thu khác')).toBe('Thu ngân sách');
    expect(parentOf(r, 'Thuế GTGT')).toBe('Thu thuế');
    expect(parentOf(r, 'Thu phí')).toBe('Thu ngân sách');
  });

  it('a row with no STT under numbered rows is a sub-row of the one above (italic sub-rows)', () => {
    const r = reportOf(
      table(
        [1, 'Số hộ nghèo', 'Hộ', 20, 14],
        [null, 'Số hộ thoát nghèo trong năm', 'Hộ', 6, 8],
        [2, 'Giao quân', 'Người', 12, 12],
      ),
    );
    expect(parentOf(r, 'Số hộ thoát nghèo trong năm')).toBe('Số hộ nghèo');
    expect(parentOf(r, 'Giao quân')).toBeNull();
  });

  it('in a table with no STT, a row after bullets is back at the top', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['Thu ngân sách', 'Triệu đồng', 100, 120],
      ['- Thu thuế', 'Triệu đồng', 60, 70],
      ['Chi ngân sách', 'Triệu đồng', 90, 85],
    ]);
    expect(parentOf(r, 'Chi ngân sách')).toBeNull();
    expect(r.counts.total).toBe(2);
  });

  it('leading spaces put a row under the row above; fewer bring it back', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
      ['Tổng số lao động được giải quyết việc làm', 'Người', 400, 420],
      ['    Lao động nữ', 'Người', 150, 160],
      ['Số hộ kinh doanh đăng ký mới', 'Hộ', 150, 170],
    ]);
    expect(parentOf(r, 'Lao động nữ')).toBe('Tổng số lao động được giải quyết việc làm');
    expect(parentOf(r, 'Số hộ kinh doanh đăng ký mới')).toBeNull();
  });
});

/** A random table: a total (lettered, opening, or closing) over numbered items, each with - sub-rows. */
const TOTALED = fc.record({
  shape: fc.constantFrom('letter', 'opening', 'closing'),
  items: fc.array(fc.record({ value: fc.integer({ min: 1, max: 900 }), subs: fc.integer({ min: 0, max: 3 }) }), {
    minLength: 1,
    maxLength: 5,
  }),
});

function totaledTable(t: { shape: string; items: { value: number; subs: number }[] }): CellValue[][] {
  const sum = t.items.reduce((s, i) => s + i.value, 0);
  const total: CellValue[] =
    t.shape === 'letter'
      ? ['A', 'TỔNG THU NGÂN SÁCH', 'Triệu đồng', sum, sum + 1]
      : [null, t.shape === 'opening' ? 'Tổng thu ngân sách (1+2)' : 'Tổng cộng', 'Triệu đồng', sum, sum + 1];
  const items = t.items.flatMap((it, k): CellValue[][] => [
    [k + 1, `Khoản thu số ${k + 1}`, 'Triệu đồng', it.value, it.value + 1],
    ...Array.from({ length: it.subs }, (_, j): CellValue[] => ['-', `Nguồn ${k + 1}.${j + 1}`, 'Triệu đồng', 1, 1]),
  ]);
  return t.shape === 'closing' ? table(...items, total) : table(total, ...items);
}

describe('properties of the tree', () => {
  it('a total and its items are never both counted: one top-level indicator per total', () => {
    fc.assert(
      fc.property(TOTALED, (t) => {
        const r = reportOf(totaledTable(t));
        const top = indicators(r).filter((i) => i.parent === null);
        expect(top).toHaveLength(1);
        expect(r.counts.total).toBe(1);
        for (const i of indicators(r)) if (i.parent !== null) expect(names(r)).toContain(i.parent);
      }),
      { numRuns: 60, seed: 21 },
    );
  });

  it("permuting a parent's sub-rows changes none of its figures, nor whose children they are", () => {
    const subs: CellValue[][] = [
      ['-', 'Thu thuế', 'Triệu đồng', 5000, 6000],
      ['-', 'Thu phí, lệ phí', 'Triệu đồng', 300, 280],
      ['-', 'Thu khác', 'Triệu đồng', 200, 250],
      ['+', 'Thu phạt', 'Triệu đồng', 50, 60],
    ];
    const base = reportOf(
      table([1, 'Thu ngân sách', 'Triệu đồng', 10500, 12000], ...subs, [2, 'Chi ngân sách', 'Triệu đồng', 9000, 9000]),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }), (order) => {
        const rows = [...order.map((k) => subs[k]), subs[3]];
        const r = reportOf(
          table([1, 'Thu ngân sách', 'Triệu đồng', 10500, 12000], ...rows, [
            2,
            'Chi ngân sách',
            'Triệu đồng',
            9000,
            9000,
          ]),
        );
        expect(ind(r, 'Thu ngân sách').periods).toEqual(
          ind(base, 'Thu ngân sách').periods.map((p) => ({ ...p, cells: expect.anything() })),
        );
        expect(ind(r, 'Thu ngân sách').overallStatus).toBe(ind(base, 'Thu ngân sách').overallStatus);
        for (const n of ['Thu thuế', 'Thu phí, lệ phí', 'Thu khác']) expect(parentOf(r, n)).toBe('Thu ngân sách');
        expect(r.counts).toEqual(base.counts);
      }),
      { numRuns: 20, seed: 7 },
    );
  });
});
