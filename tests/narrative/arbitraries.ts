/** Random indicator rows shared by the sentence properties: names, units, values as users type them. */
import fc from 'fast-check';

export const NAMES = [
  'Thu ngân sách',
  'Số hộ nghèo',
  'Kết nạp đảng viên',
  'Tỷ lệ trẻ em suy dinh dưỡng',
  'Số vụ tai nạn giao thông',
  'Tỷ lệ hộ gia đình văn hóa',
  'Giao quân',
];
export const UNITS = ['Triệu đồng', '%', 'Hộ', 'Đảng viên', 'Vụ', 'Tỷ đồng'];

/** A value: a whole number, a number with up to two decimals, or an empty cell. */
export const valueArb = fc.oneof(
  fc.integer({ min: 0, max: 3000 }),
  fc.double({ min: 0, max: 500, noNaN: true }).map((x) => Math.round(x * 100) / 100),
  fc.constant(null),
);

/** Targets both property suites type: a number, `Dưới N`, `N trở lên`, `Không có`, an empty cell. */
export const commonTargets = [
  fc.integer({ min: 0, max: 2000 }),
  fc.integer({ min: 1, max: 500 }).map((n) => `Dưới ${n}`),
  fc.integer({ min: 1, max: 500 }).map((n) => `${n} trở lên`),
  fc.constant('Không có'),
  fc.constant(null),
] as const;
