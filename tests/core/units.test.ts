/**
 * Units a table states outside its unit column: the caption line over the table (`Đơn vị: Triệu
 * đồng.`), a unit closing the name (`Thu ngân sách (tỷ đồng)`), and scales before words that are
 * not the đồng (`Triệu USD`, `Triệu người`) — a currency is money only when it is the đồng.
 */
import { describe, expect, it } from 'vitest';
import { moneyUnitOf } from '../../src/core/money';
import { valueKindOf } from '../../src/core/type';
import { captionUnit, unitInName } from '../../src/core/detect/units';
import { ind, reportOf } from './helpers';

describe('money units: a scale is money only before the đồng or alone', () => {
  it.each([
    ['Tr.đồng', 'trieudong'],
    ['Tr đồng', 'trieudong'],
    ['Triệu dồng', 'trieudong'],
    ['Tiệu đồng', 'trieudong'],
    ['1.000 đồng', 'nghindong'],
    ['Nghìn đồng', 'nghindong'],
    ['Triệu đồng/năm', 'trieudong'],
    ['Tỷ', 'tydong'],
    ['VNĐ', 'dong'],
  ])('%j is money (%s)', (unit, money) => {
    expect(moneyUnitOf(unit)).toBe(money);
  });

  it.each(['Triệu USD', 'Triệu người', 'Nghìn lượt', 'Tỷ lệ', 'Nghìn tấn', 'Đồng chí', 'Tiêu chí'])(
    '%j is not money in đồng',
    (unit) => {
      expect(moneyUnitOf(unit)).toBeNull();
    },
  );

  it('Triệu USD is an amount, Triệu người and Nghìn lượt are counts', () => {
    expect(valueKindOf('Triệu USD', 'Kim ngạch xuất khẩu', [])).toBe('amount');
    expect(valueKindOf('Triệu người', 'Dân số', [])).toBe('count');
    expect(valueKindOf('Nghìn lượt', 'Khách du lịch', [])).toBe('count');
  });
});

describe('the caption line names the unit of rows without their own', () => {
  it.each([
    ['Đơn vị: Triệu đồng.', 'Triệu đồng'],
    ['Đơn vị tính: triệu đồng', 'triệu đồng'],
    ['ĐVT: Tỷ đồng', 'Tỷ đồng'],
    ['(Đơn vị: Tr.đồng)', 'Tr.đồng'],
    ['Đơn vị tính : %', '%'],
  ])('%j states %j', (text, unit) => {
    expect(captionUnit(text)).toBe(unit);
  });

  it.each(['Đơn vị tính', 'Đơn vị', 'Đơn vị thực hiện: UBND phường và các ban ngành đoàn thể liên quan khác'])(
    '%j states no unit',
    (text) => {
      expect(captionUnit(text)).toBeNull();
    },
  );

  it('a caption right-aligned above the header makes every unitless row money, and sentences say it', () => {
    const r = reportOf([
      ['DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC NĂM 2025', null, null, null],
      [null, null, null, 'Đơn vị: Triệu đồng.'],
      ['STT', 'Nội dung', 'Dự toán năm 2025', 'Ước thực hiện năm 2025'],
      ['1', 'Thu nội địa', 10000000, 11080000],
      ['2', 'Thu từ hoạt động xuất nhập khẩu', 900000, 850000],
    ]);
    const thu = ind(r, 'Thu nội địa');
    expect(thu.unit).toBe('Triệu đồng');
    expect(thu.valueKind).toBe('amount');
    expect(ind(r, 'Thu từ hoạt động xuất nhập khẩu').valueKind).toBe('amount');
    // An estimate against a dự toán says both (11.080.000 / 10.000.000 = 110,8%).
    expect(r.narrative.join('\n')).toContain('Thu nội địa ước đạt 11.080.000 triệu đồng, bằng 110,8% dự toán');
  });

  it('a caption on the title row beside it, in a table with a unit column, fills only the blank units', () => {
    const r = reportOf([
      ['KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024', null, null, null, 'ĐVT: tỷ đồng'],
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'],
      ['1', 'Tổng vốn đầu tư', null, 1200, 1300],
      ['2', 'Số hộ nghèo', 'hộ', 40, 35],
      ['3', 'Tỷ lệ lao động qua đào tạo', null, 70, 72],
    ]);
    expect(ind(r, 'Tổng vốn đầu tư').unit).toBe('tỷ đồng');
    expect(ind(r, 'Số hộ nghèo').unit).toBe('hộ');
    // A rate's name keeps no money caption.
    expect(ind(r, 'Tỷ lệ lao động qua đào tạo').valueKind).toBe('rate');
  });

  it('a caption written in a header row is no unit column', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'Kế hoạch năm 2023', 'Thực hiện năm 2023', 'Đơn vị tính: triệu đồng'],
      ['Thu ngân sách trên địa bàn', 5000, 5400, null],
      ['Chi ngân sách địa phương', 4800, 4700, null],
    ]);
    expect(ind(r, 'Thu ngân sách trên địa bàn').unit).toBe('triệu đồng');
    expect(ind(r, 'Chi ngân sách địa phương').valueKind).toBe('amount');
  });

  it('a table without a caption keeps its rows unitless', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      ['Thu ngân sách', 100, 120],
    ]);
    expect(ind(r, 'Thu ngân sách').unit).toBe('');
  });
});

describe('a unit closing the name', () => {
  it.each([
    ['Thu ngân sách (tỷ đồng)', 'Thu ngân sách', 'tỷ đồng'],
    ['Tỷ lệ hộ nghèo (%)', 'Tỷ lệ hộ nghèo', '%'],
    ['Kim ngạch xuất khẩu (Triệu USD)', 'Kim ngạch xuất khẩu', 'Triệu USD'],
    ['Khách du lịch (nghìn lượt)', 'Khách du lịch', 'nghìn lượt'],
    ['Diện tích gieo trồng (ha)', 'Diện tích gieo trồng', 'ha'],
  ])('%j is %j in %j', (text, name, unit) => {
    expect(unitInName(text)).toEqual({ name, unit });
  });

  it.each(['Tổng thu NSNN trên địa bàn (I+II+III)', 'Thu cổ tức (phần vốn nhà nước)', 'Dân số trung bình'])(
    '%j holds no unit',
    (text) => {
      expect(unitInName(text)).toBeNull();
    },
  );

  it('in a table: the unit in the name types the row and leaves the name', () => {
    const r = reportOf([
      ['TT', 'Chỉ tiêu', 'Kế hoạch năm 2025', 'Ước thực hiện năm 2025'],
      ['1', 'Kim ngạch xuất khẩu (triệu USD)', 2500, 2600],
      ['2', 'Dân số trung bình (triệu người)', 2.1, 2.145],
      ['3', 'Thu ngân sách (tỷ đồng)', 25.3, 27.6],
    ]);
    const usd = ind(r, 'Kim ngạch xuất khẩu');
    expect([usd.unit, usd.valueKind]).toEqual(['triệu USD', 'amount']);
    expect(ind(r, 'Dân số trung bình').valueKind).toBe('count');
    expect(ind(r, 'Thu ngân sách').valueKind).toBe('amount');
    const text = r.narrative.join('\n');
    expect(text).toContain('2.600 triệu USD');
    expect(text).toContain('2,145 triệu người');
    expect(text).not.toMatch(/2\.600 triệu đồng|2,145 triệu đồng/);
  });
});
