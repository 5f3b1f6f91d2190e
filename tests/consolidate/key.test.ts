/** Matching indicators across wards (`matchKey`) and naming wards from their workbooks. */
import { describe, expect, it } from 'vitest';
import {
  displayName,
  matchKey,
  normalUnit,
  splitUnit,
  unitFamily,
  wardNameFromText,
  wardNameOf,
} from '../../src/core/consolidate/index';
import { runReport } from '../../src/core/index';

describe('matchKey: the same indicator in every ward', () => {
  it('ignores case, diacritics, punctuation and quotes in the name', () => {
    const key = matchKey('Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', '%');
    expect(matchKey('TỶ LỆ HỘ GIA ĐÌNH ĐẠT DANH HIỆU "GIA ĐÌNH VĂN HÓA"', '%')).toBe(key);
    expect(matchKey('Ty le ho gia dinh dat danh hieu gia dinh van hoa', '%')).toBe(key);
    expect(matchKey('Tỷ lệ hộ gia đình  đạt danh hiệu “Gia đình văn hoá”', '%')).toBe(key);
  });

  it('takes tỉ and tỷ as one spelling', () => {
    expect(matchKey('Tỉ lệ hộ nghèo', '%')).toBe(matchKey('Tỷ lệ hộ nghèo', '%'));
  });

  it('ignores leading numbering: 1., 1.2., 2), (3), II., a), -, +', () => {
    const key = matchKey('Thu ngân sách', 'Triệu đồng');
    for (const name of [
      '1. Thu ngân sách',
      '1.2. Thu ngân sách',
      '2) Thu ngân sách',
      '(3) Thu ngân sách',
      'II. Thu ngân sách',
      'a) Thu ngân sách',
      '- Thu ngân sách',
      '+ Thu ngân sách',
      '1.Thu ngân sách',
    ])
      expect(matchKey(name, 'Triệu đồng'), name).toBe(key);
  });

  it('never cuts a word or a number that starts the name', () => {
    expect(displayName('Chi ngân sách')).toBe('Chi ngân sách');
    expect(displayName('Lao động có việc làm')).toBe('Lao động có việc làm');
    expect(displayName('1.282 hộ được hỗ trợ')).toBe('1.282 hộ được hỗ trợ');
    expect(displayName('100% trường đạt chuẩn')).toBe('100% trường đạt chuẩn');
  });

  it('ignores the spelling of a money unit: Tr.đồng = Triệu đồng, and tỷ đồng matches too (it converts)', () => {
    const key = matchKey('Thu ngân sách', 'Triệu đồng');
    expect(matchKey('Thu ngân sách', 'Tr.đồng')).toBe(key);
    expect(matchKey('Thu ngân sách', 'triệu đ')).toBe(key);
    expect(matchKey('Thu ngân sách', 'Tỷ đồng')).toBe(key);
    expect(normalUnit('Tr.đồng')).toBe(normalUnit('Triệu đồng'));
    expect(normalUnit('Tỷ đồng')).not.toBe(normalUnit('Triệu đồng'));
  });

  it('a count row matches whatever its count unit (the difference is a finding), never a % row', () => {
    expect(matchKey('Kết nạp đảng viên mới', 'Người')).toBe(matchKey('Kết nạp đảng viên mới', 'Đảng viên'));
    expect(matchKey('Giao quân', '%')).not.toBe(matchKey('Giao quân', 'Người'));
    expect(unitFamily('Tỷ lệ')).toBe('%');
    expect(unitFamily('đồng chí')).toBe('');
    expect(unitFamily('đồng')).toBe('money');
  });

  it('a unit in brackets at the end of the name is the unit and not part of the name', () => {
    expect(matchKey('Thu ngân sách (triệu đồng)', '')).toBe(matchKey('Thu ngân sách', 'Triệu đồng'));
    expect(matchKey('Tỷ lệ hộ nghèo (%)', '')).toBe(matchKey('Tỷ lệ hộ nghèo', '%'));
    expect(splitUnit('Số hộ nghèo (hộ)', 'Hộ')).toEqual({ base: 'Số hộ nghèo', unit: 'Hộ' });
    // Not a unit: the bracket stays in the name.
    expect(splitUnit('Kết nạp đảng viên (mới)', 'Đảng viên').base).toBe('Kết nạp đảng viên (mới)');
  });

  it('different indicators keep different keys', () => {
    expect(matchKey('Thu ngân sách', 'Triệu đồng')).not.toBe(matchKey('Chi ngân sách', 'Triệu đồng'));
    expect(matchKey('Số hộ nghèo', 'Hộ')).not.toBe(matchKey('Số hộ cận nghèo', 'Hộ'));
  });
});

describe('ward names from the header block, the title or the file name', () => {
  it.each([
    ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG', 'phường Phúc Đồng'],
    ['UBND PHƯỜNG ĐỨC GIANG', 'phường Đức Giang'],
    ['Ủy ban nhân dân phường Bồ Đề', 'phường Bồ Đề'],
    ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2019 - 2020 CỦA PHƯỜNG NGỌC LÂM', 'phường Ngọc Lâm'],
    ['BIỂU CHỈ TIÊU PHƯỜNG SÀI ĐỒNG NĂM 2020', 'phường Sài Đồng'],
    ['Đảng bộ phường Thượng Thanh nhiệm kỳ 2020 - 2025', 'phường Thượng Thanh'],
    ['UBND PHƯỜNG 12', 'phường 12'],
    ['ĐẢNG ỦY XÃ BÁT TRÀNG', 'xã Bát Tràng'],
    ['ĐẢNG ỦY THỊ TRẤN TRÂU QUỲ', 'thị trấn Trâu Quỳ'],
    ['Phường Phương Nam', 'phường Phương Nam'],
    ['Phường Việt Hưng', 'phường Việt Hưng'],
  ])('%s → %s', (text, name) => expect(wardNameFromText(text)).toBe(name));

  it.each([
    'ĐẢNG BỘ QUẬN LONG BIÊN',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'CHỈ TIÊU QUẬN GIAO CHO CÁC PHƯỜNG NĂM 2020',
    'Thu ngân sách',
  ])('no ward in %s', (text) => expect(wardNameFromText(text)).toBeNull());

  const table = [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
    [1, 'Tỷ lệ hộ nghèo của phường Giang Biên', '%', 1, 0.5],
  ];

  it('prefers the body line to a title, and never reads inside the table', () => {
    const grids = [
      {
        sheet: 'S',
        values: [
          ['ĐẢNG BỘ QUẬN LONG BIÊN'],
          ['BÁO CÁO CỦA PHƯỜNG NGỌC LÂM'],
          ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG'],
          [],
          ...table,
        ],
      },
    ];
    const run = runReport(grids);
    expect(run.ok).toBe(true);
    expect(wardNameOf(grids, run.ok ? run.report : null, 'x.xlsx')).toBe('phường Phúc Đồng');
    const bare = [{ sheet: 'S', values: table }];
    const bareRun = runReport(bare);
    expect(wardNameOf(bare, bareRun.ok ? bareRun.report : null, '/tmp/Phường Việt Hưng.xlsx')).toBe('phường Việt Hưng');
    expect(wardNameOf(bare, bareRun.ok ? bareRun.report : null, 'C:\\so-lieu\\ward-7.xlsx')).toBe('ward-7');
  });
});
