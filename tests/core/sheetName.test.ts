/**
 * Excel's rules for the name of a sheet chitieu adds, one function for every host: at most 31
 * characters, none of `: \ / ? * [ ]`, no apostrophe first or last, and a name taken in another
 * case is taken (Excel compares names without case).
 */
import { describe, expect, it } from 'vitest';
import { freeSheetName, MAX_SHEET_NAME, sameSheetName, validSheetName } from '../../src/core/sheetName';

/** Excel's own check of a new sheet's name (what its rename box refuses), written out separately. */
function excelAccepts(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    ![':', '\\', '/', '?', '*', '[', ']'].some((ch) => name.includes(ch)) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

describe('a sheet name Excel accepts', () => {
  it('keeps a name that is already valid, Vietnamese letters and all', () => {
    for (const name of ['Báo cáo chỉ tiêu', 'Tổng hợp các phường', "Bà O'Hara", 'Kiểm tra'])
      expect(validSheetName(name)).toBe(name);
  });

  it('replaces the forbidden characters, drops apostrophes at the ends, cuts to 31 characters', () => {
    expect(validSheetName('Báo cáo 6/2020')).toBe('Báo cáo 6-2020');
    expect(validSheetName('Chỉ tiêu [quận]: năm?*\\')).toBe('Chỉ tiêu -quận-- năm---');
    expect(validSheetName("'Tổng hợp'")).toBe('Tổng hợp');
    expect(validSheetName('Báo cáo kết quả thực hiện các chỉ tiêu năm 2020')).toHaveLength(MAX_SHEET_NAME);
    expect(validSheetName("''")).toBe('chitieu');
  });

  it('property: whatever it is given, Excel accepts the name', () => {
    const pieces = ['Báo cáo', "'", ':', '/', '\\', '?', '*', '[', ']', ' ', 'chỉ tiêu', '2020', 'x'.repeat(30)];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const name = Array.from({ length: 1 + (next() % 6) }, () => pieces[next() % pieces.length]).join('');
      expect(excelAccepts(validSheetName(name)), JSON.stringify(name)).toBe(true);
      expect(excelAccepts(freeSheetName([validSheetName(name)], name)), JSON.stringify(name)).toBe(true);
    }
  });
});

describe('the first free name', () => {
  it('is the name itself when free, else (2), (3)…, compared without case', () => {
    expect(freeSheetName(['Chỉ tiêu 2020'], 'Báo cáo chỉ tiêu')).toBe('Báo cáo chỉ tiêu');
    expect(freeSheetName(['BÁO CÁO CHỈ TIÊU'], 'Báo cáo chỉ tiêu')).toBe('Báo cáo chỉ tiêu (2)');
    expect(freeSheetName(['Báo cáo chỉ tiêu', 'báo cáo chỉ tiêu (2)'], 'Báo cáo chỉ tiêu')).toBe(
      'Báo cáo chỉ tiêu (3)',
    );
    expect(sameSheetName('TỔNG HỢP CÁC PHƯỜNG', 'Tổng hợp các phường')).toBe(true);
  });

  it('stays within 31 characters with its number (a space left at the cut goes)', () => {
    const long = 'Tổng hợp kết quả thực hiện chỉ tiêu của các phường';
    const first = freeSheetName([], long);
    expect(first).toBe('Tổng hợp kết quả thực hiện chỉ');
    const second = freeSheetName([first], long);
    expect(second).toBe('Tổng hợp kết quả thực hiện (2)');
    expect(second.length).toBeLessThanOrEqual(31);
    expect(freeSheetName([first, second], long)).toBe('Tổng hợp kết quả thực hiện (3)');
  });
});
