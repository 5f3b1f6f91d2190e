/**
 * Several files chosen at once: the page proposes one unit's years (the term) when the names differ
 * only by a year, each file its own year; otherwise many wards (the consolidation).
 */
import { describe, expect, it } from 'vitest';
import { guessMode } from '../../src/web/manyFiles';

describe('the mode proposed for several files', () => {
  it('names that differ only by their year are one unit’s years', () => {
    expect(guessMode(['2021.xlsx', '2022.xlsx', '2023.xlsx', '2024.xlsx', '2025.xlsx'])).toBe('term');
    expect(guessMode(['Chỉ tiêu 2023.xlsx', 'Chi tieu 2021.xls', 'CHỈ TIÊU_2022.ods'])).toBe('term');
    expect(guessMode(['bao-cao-nam-2019.xlsx', 'bao-cao-nam-2020.xlsx'])).toBe('term');
  });

  it('ward names, one year for all, a missing year or two years in a name are many wards', () => {
    expect(guessMode(['phuc-dong-2020.xlsx', 'duc-giang-2020.xlsx'])).toBe('district');
    expect(guessMode(['Phúc Đồng.xlsx', 'Đức Giang.xlsx', 'Sài Đồng.xlsx'])).toBe('district');
    expect(guessMode(['phuc-dong-2020.xlsx', 'duc-giang-2021.xlsx'])).toBe('district');
    expect(guessMode(['2021.xlsx', '2021 (1).xlsx'])).toBe('district');
    expect(guessMode(['2021.xlsx', 'danh-sach.xlsx'])).toBe('district');
    expect(guessMode(['2020-2025.xlsx', '2021.xlsx'])).toBe('district');
    expect(guessMode(['phuong-12021.xlsx', 'phuong-12022.xlsx'])).toBe('district');
  });

  it('a single file is never a term', () => {
    expect(guessMode(['2021.xlsx'])).toBe('district');
  });
});
