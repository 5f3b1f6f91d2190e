/** type.ts — value kind, direction, and targets resolved to min/max (DOMAIN.md §3). */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/core/grid';
import type { Target } from '../../src/core/indicator';
import { directionFromCell, directionFromName, directionOf, resolveTarget, valueKindOf } from '../../src/core/type';
import { parseTarget, parseValue } from '../../src/core/values';
import { ind, period, reportOf } from './helpers';

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];

function one(name: string, unit: CellValue, target: CellValue, actual: CellValue) {
  return reportOf([HEADER, [1, name, unit, target, actual]]);
}

describe('§3 value kind from the unit', () => {
  it.each(['%', '‰', 'Tỷ lệ', 'tỷ lệ', 'Tỷ lệ %', 'TỶ LỆ', 'Ty le', '(%)'])('unit %j is a rate', (unit) => {
    expect(valueKindOf(unit, 'Chỉ tiêu', [])).toBe('rate');
  });

  it.each([
    'đồng',
    'Đồng',
    'nghìn đồng',
    'Nghìn đồng',
    'triệu đồng',
    'Triệu đồng',
    'Tr.đồng',
    'tỷ đồng',
    'Tỷ đồng',
    'VNĐ',
  ])('unit %j is an amount (money)', (unit) => {
    expect(valueKindOf(unit, 'Thu ngân sách', [])).toBe('amount');
  });

  it.each([
    'hộ',
    'Hộ',
    'người',
    'Người',
    'đảng viên',
    'Đảng viên',
    'đồng chí',
    'Đồng chí',
    'hồ sơ',
    'vụ',
    'chi bộ',
    'trường',
    'ha',
    'Tổ dân phố',
    'Lượt người',
  ])('unit %j is a count', (unit) => {
    expect(valueKindOf(unit, 'Chỉ tiêu', [])).toBe('count');
  });

  it('a ratio value makes a ratio whatever the unit', () => {
    expect(valueKindOf('Tổ dân phố', 'Tổ dân phố văn hóa', [parseValue('42/50')])).toBe('ratio');
  });

  it('a rating value makes a rating', () => {
    expect(valueKindOf('', 'Xếp loại chi bộ', [parseValue('HTTNV')])).toBe('rating');
  });

  it('a yes/no value makes a boolean', () => {
    expect(valueKindOf('', 'Xây dựng phường đạt chuẩn văn minh đô thị', [parseValue('Đạt')])).toBe('boolean');
  });

  it('without a unit, a money unit typed with a value makes an amount', () => {
    expect(valueKindOf('', 'Thu ngân sách', [parseValue('27,6 tỷ đồng')])).toBe('amount');
    expect(valueKindOf('', 'Thu ngân sách', [parseTarget('Khoảng 25 tỷ')])).toBe('amount');
    expect(valueKindOf('', 'Giải quyết việc làm', [parseValue('300 người')])).toBe('count');
  });

  it('without a unit, a typed % or a name opening with Tỷ lệ makes a rate, anything else a count', () => {
    expect(valueKindOf('', 'Bảo hiểm y tế', [parseValue('91,5%')])).toBe('rate');
    expect(valueKindOf('', 'Bảo hiểm y tế', [parseValue(0.915, '0.0%')])).toBe('rate');
    expect(valueKindOf('', 'Tỷ lệ bao phủ bảo hiểm y tế', [parseValue(91.5)])).toBe('rate');
    expect(valueKindOf('', 'Kết nạp đảng viên', [parseValue(12)])).toBe('count');
  });

  it('in a table: Đồng chí is counted, not money', () => {
    const r = one('Kết nạp đảng viên mới', 'Đồng chí', 8, 11);
    expect(ind(r, 'Kết nạp đảng viên mới').valueKind).toBe('count');
    expect(period(r, 'Kết nạp đảng viên mới')).toMatchObject({ gap: 3, status: 'vuot' });
  });

  it('in a table: a target typed with its count unit ("10 đồng chí") compares in that count', () => {
    const r = one('Kết nạp đảng viên mới', 'Đồng chí', '10 đồng chí', 11);
    expect(period(r, 'Kết nạp đảng viên mới')).toMatchObject({ target: 10, status: 'vuot' });
  });

  it('in a table: 42/50 is a ratio valued 84', () => {
    const r = one('Tổ dân phố đạt danh hiệu văn hóa', 'Tổ dân phố', '45/50', '42/50');
    const i = ind(r, 'Tổ dân phố đạt danh hiệu văn hóa');
    expect(i.valueKind).toBe('ratio');
    expect(i.periods[0]).toMatchObject({ target: 90, actual: 84, status: 'chua_dat' });
    expect(i.periods[0].gapPoints).toBeCloseTo(-6, 9);
  });

  it('in a table: amounts, rates and counts by unit', () => {
    const r = reportOf([
      HEADER,
      [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
      [2, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 91.69],
      [3, 'Số hộ thoát nghèo', 'Hộ', 8, 8],
      [4, 'Tỷ suất sinh thô', '‰', 15, 14.2],
    ]);
    expect(ind(r, 'Thu ngân sách').valueKind).toBe('amount');
    expect(ind(r, 'Tỷ lệ hộ gia đình văn hóa').valueKind).toBe('rate');
    expect(ind(r, 'Số hộ thoát nghèo').valueKind).toBe('count');
    expect(ind(r, 'Tỷ suất sinh thô').valueKind).toBe('rate');
  });
});

describe('§3 target kind: a plain number or Khoảng X is min when higher is better, max when lower is better', () => {
  const plain = parseTarget(100);
  it('higher is better → min', () => {
    expect(resolveTarget(plain, 'increase')).toMatchObject({ kind: 'min', value: 100, strict: false });
  });
  it('lower is better → max', () => {
    expect(resolveTarget(plain, 'decrease')).toMatchObject({ kind: 'max', value: 100, strict: false });
  });
  it('an explicit kind is kept whatever the direction', () => {
    expect(resolveTarget(parseTarget('Trên 90%'), 'decrease')).toMatchObject({ kind: 'min', strict: true });
    expect(resolveTarget(parseTarget('85-90%'), 'decrease')).toMatchObject({ kind: 'range' });
    expect(resolveTarget(null, 'increase')).toBeNull();
  });

  const kinds: [CellValue, string, string][] = [
    [100, 'Thu ngân sách', 'min'],
    ['Khoảng 100', 'Thu ngân sách', 'min'],
    [30, 'Số vụ phạm pháp hình sự', 'max'],
    ['Khoảng 30', 'Số vụ phạm pháp hình sự', 'max'],
    ['Trên 90%', 'Tỷ lệ bảo hiểm y tế', 'min'],
    ['90% trở lên', 'Tỷ lệ bảo hiểm y tế', 'min'],
    ['≥ 90%', 'Tỷ lệ bảo hiểm y tế', 'min'],
    ['Tối thiểu 90%', 'Tỷ lệ bảo hiểm y tế', 'min'],
    ['Dưới 5%', 'Tỷ lệ thất nghiệp', 'max'],
    ['Không quá 5%', 'Tỷ lệ thất nghiệp', 'max'],
    ['Tối đa 5%', 'Tỷ lệ thất nghiệp', 'max'],
    ['≤ 5%', 'Tỷ lệ thất nghiệp', 'max'],
    ['Giảm còn 1%', 'Tỷ lệ hộ nghèo', 'max'],
    ['85-90%', 'Tỷ lệ bảo hiểm y tế', 'range'],
    ['85 – 90%', 'Tỷ lệ bảo hiểm y tế', 'range'],
    ['Từ 85% đến 90%', 'Tỷ lệ bảo hiểm y tế', 'range'],
    ['Không có', 'Chi bộ không hoàn thành nhiệm vụ', 'zero'],
    ['Không để xảy ra', 'Số vụ cháy nổ', 'zero'],
    ['HTTNV', 'Xếp loại Đảng bộ', 'rating'],
    ['Hoàn thành xuất sắc nhiệm vụ', 'Xếp loại Đảng bộ', 'rating'],
    ['Đạt', 'Phường đạt chuẩn văn minh đô thị', 'boolean'],
    ['Hoàn thành', 'Phường đạt chuẩn văn minh đô thị', 'boolean'],
  ];
  it.each(kinds)('target %j for %s is %s', (target, name, kind) => {
    const actual = kind === 'rating' ? 'HTTNV' : kind === 'boolean' ? 'Đạt' : 3;
    const r = one(name, kind === 'rating' || kind === 'boolean' ? '' : '%', target, actual);
    expect(ind(r, name).targetKind).toBe(kind);
  });
});

describe('§3 direction: the Chiều column, then a max or zero target, then the name, else higher is better', () => {
  it.each([
    ['Tăng', 'increase'],
    ['tăng', 'increase'],
    ['TĂNG', 'increase'],
    ['↑', 'increase'],
    ['Giảm', 'decrease'],
    ['giam', 'decrease'],
    ['↓', 'decrease'],
  ])('a Chiều cell %j means %s', (cell, direction) => {
    expect(directionFromCell(cell)).toBe(direction);
  });

  it('an empty, "-" or unknown Chiều cell says nothing', () => {
    expect(directionFromCell(null)).toBeNull();
    expect(directionFromCell('')).toBeNull();
    expect(directionFromCell('-')).toBeNull();
    expect(directionFromCell('x')).toBeNull();
    expect(directionFromCell('Ổn định')).toBeNull();
  });

  it('the Chiều column wins over the name', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Chiều', 'Kế hoạch', 'Thực hiện'],
      ['Số hộ nghèo được hỗ trợ', 'Hộ', 'Tăng', 20, 25],
      ['Thời gian giải quyết hồ sơ', 'Ngày', 'Giảm', 5, 4],
      ['Số người tham gia BHXH', 'Người', '↑', 100, 90],
      ['Số ca mắc sốt xuất huyết', 'Ca', '↓', 10, 12],
    ]);
    expect(ind(r, 'Số hộ nghèo được hỗ trợ')).toMatchObject({ direction: 'increase', overallStatus: 'vuot' });
    expect(ind(r, 'Thời gian giải quyết hồ sơ')).toMatchObject({
      direction: 'decrease',
      targetKind: 'max',
      overallStatus: 'vuot',
    });
    expect(ind(r, 'Số người tham gia BHXH')).toMatchObject({ direction: 'increase', overallStatus: 'chua_dat' });
    expect(ind(r, 'Số ca mắc sốt xuất huyết')).toMatchObject({ direction: 'decrease', overallStatus: 'chua_dat' });
  });

  it('a "-" in the Chiều column leaves the direction to the name', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Chiều', 'Kế hoạch', 'Thực hiện'],
      ['Thu ngân sách', 'Triệu đồng', '-', 100, 120],
      ['Số hộ nghèo', 'Hộ', '', 20, 14],
    ]);
    expect(ind(r, 'Thu ngân sách').direction).toBe('increase');
    expect(ind(r, 'Số hộ nghèo').direction).toBe('decrease');
  });

  it('a Chiều column headed Chiều đánh giá or Xu hướng works the same', () => {
    for (const word of ['Chiều đánh giá', 'Xu hướng']) {
      const r = reportOf([
        ['Chỉ tiêu', 'ĐVT', word, 'Kế hoạch', 'Thực hiện'],
        ['Thời gian giải quyết hồ sơ', 'Ngày', 'Giảm', 5, 4],
      ]);
      expect(ind(r, 'Thời gian giải quyết hồ sơ').direction, word).toBe('decrease');
    }
  });

  it('a max or zero target makes lower better', () => {
    const targets = (t: CellValue) => [parseTarget(t)] as (Target | null)[];
    expect(directionOf('Tỷ lệ nợ đọng thuế', null, targets('Không quá 5%'))).toBe('decrease');
    expect(directionOf('Số vụ việc', null, targets('Không để xảy ra'))).toBe('decrease');
    expect(directionOf('Số vụ việc', null, targets(5))).toBe('increase');
  });

  it('a target of growth over cùng kỳ makes higher better, whatever the name', () => {
    expect(directionOf('Số hộ nghèo', null, [parseTarget('Tăng 5% so với cùng kỳ')])).toBe('increase');
  });

  it('the Chiều cell wins over a max target', () => {
    expect(directionOf('Chỉ tiêu', 'increase', [parseTarget('Tối đa 5')])).toBe('increase');
  });

  it.each([
    'Số hộ nghèo',
    'Tỷ lệ hộ nghèo',
    'Số hộ cận nghèo',
    'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng',
    'Số vụ tai nạn giao thông',
    'Số vụ phạm pháp hình sự',
    'Tội phạm về ma túy',
    'Số vụ vi phạm trật tự xây dựng',
    'Số vụ cháy nổ',
    'Cơ sở gây ô nhiễm môi trường',
    'Tỷ lệ nợ đọng bảo hiểm xã hội',
    'Tỷ lệ thất nghiệp',
    'Số học sinh bỏ học',
    'Chi bộ không hoàn thành nhiệm vụ',
    'SỐ HỘ NGHÈO',
    'So ho ngheo',
    'Số vụ vi phạm chưa xử lý',
  ])('%s is lower-is-better by its name', (name) => {
    expect(directionFromName(name)).toBe('decrease');
  });

  it.each([
    'Số hộ thoát nghèo',
    'Giảm tỷ lệ hộ nghèo',
    'Giảm số vụ tai nạn giao thông',
    'giảm hộ cận nghèo',
    'Thu ngân sách',
    'Kết nạp đảng viên',
    'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ',
    // Acting against a lower-is-better thing is higher-is-better.
    'Tỷ lệ điều tra khám phá các vụ phạm pháp hình sự',
    'Số vụ vi phạm trật tự xây dựng được xử lý',
  ])('%s is higher-is-better', (name) => {
    expect(directionFromName(name)).toBe('increase');
  });

  it('in a table: "Số hộ thoát nghèo" is higher-is-better, "Số hộ nghèo" lower-is-better', () => {
    const r = reportOf([HEADER, [1, 'Số hộ thoát nghèo', 'Hộ', 8, 10], [2, 'Số hộ nghèo', 'Hộ', 20, 14]]);
    expect(ind(r, 'Số hộ thoát nghèo')).toMatchObject({
      direction: 'increase',
      targetKind: 'min',
      overallStatus: 'vuot',
    });
    expect(ind(r, 'Số hộ nghèo')).toMatchObject({ direction: 'decrease', targetKind: 'max', overallStatus: 'vuot' });
  });

  it('the user can override the direction per indicator (sheet!row)', () => {
    const values: CellValue[][] = [HEADER, [1, 'Số hộ nghèo được vay vốn', 'Hộ', 20, 25]];
    expect(ind(reportOf(values), 'Số hộ nghèo được vay vốn')).toMatchObject({
      direction: 'decrease',
      overallStatus: 'chua_dat',
    });
    const overridden = reportOf(values, { directionOverrides: { 'S!2': 'increase' } });
    expect(ind(overridden, 'Số hộ nghèo được vay vốn')).toMatchObject({ direction: 'increase', overallStatus: 'vuot' });
  });
});

describe('money units and rates', () => {
  it('"Tỷ lệ" is a rate, never "tỷ" (billion đồng)', async () => {
    const { moneyUnitOf } = await import('../../src/core/money');
    for (const u of ['Tỷ lệ', 'Tỉ lệ %', 'tỷ lệ (%)']) expect(moneyUnitOf(u)).toBeNull();
    expect(moneyUnitOf('Tỷ đồng')).toBe('tydong');
  });
  it('sentences write money units the standard way whatever the sheet spelled (Tr.đồng → triệu đồng)', async () => {
    const { unitWord } = await import('../../src/core/narrative/indicator');
    expect(unitWord('Tr.đồng')).toBe('triệu đồng');
    expect(unitWord('tỷ')).toBe('tỷ đồng');
    expect(unitWord('Hộ')).toBe('hộ');
  });
});
