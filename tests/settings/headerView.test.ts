/**
 * The header a run will write, as every host shows it before writing: each field's value is the one
 * the summary sheet writes, and says whether the user typed it, the workbook's title block gave it,
 * or nothing did — on a party workbook, a UBND workbook, a workbook with no title block, and with
 * what an officer types over each.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import {
  defaultUserSettings,
  engineSettings,
  readWorkbookHeader,
  runHeader,
  sheetSettings,
  type UserSettings,
} from '../../src/settings';

const TABLE: CellValue[][] = [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'],
  [1, 'Thu ngân sách', 'Triệu đồng', 10500, 12000],
  [2, 'Số hộ nghèo giảm', 'Hộ', 8, 9],
];

const PARTY: CellValue[][] = [
  ['ĐẢNG BỘ QUẬN LONG BIÊN', null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
  ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG', null, null, 'Phúc Đồng, ngày 10 tháng 12 năm 2024'],
];
const UBND: CellValue[][] = [
  ['UBND QUẬN LONG BIÊN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['UBND PHƯỜNG NGỌC THỤY', null, null, 'Độc lập - Tự do - Hạnh phúc'],
];

function workbook(title: CellValue[][]): Grid[] {
  return [{ sheet: 'Năm 2024', values: [...title, [], ['BÁO CÁO KẾT QUẢ NĂM 2024'], [], ...TABLE] }];
}

/** The header shown for `grids` with what the user typed, beside the header the sheet writes. */
function shown(grids: Grid[], typed: Partial<UserSettings> = {}) {
  const u = { ...defaultUserSettings, ...typed };
  const run = runReport(grids, engineSettings(u));
  if (!run.ok) throw new Error(run.message);
  const read = readWorkbookHeader(grids, run.report.tables);
  return { header: runHeader(u, read), written: sheetSettings(u, read, null) };
}

describe('the header shown before writing', () => {
  it('a party workbook, nothing typed: the party header, every line read from the workbook', () => {
    const { header, written } = shown(workbook(PARTY));
    expect(header).toEqual({
      bodyType: { value: 'party', source: 'workbook' },
      superiorBody: { value: 'Đảng bộ quận Long Biên', source: 'workbook' },
      issuingBody: { value: 'Đảng ủy phường Phúc Đồng', source: 'workbook' },
      place: { value: 'Phúc Đồng', source: 'workbook' },
    });
    expect(written).toMatchObject({ bodyType: 'party', superiorBody: 'Đảng bộ quận Long Biên', place: 'Phúc Đồng' });
  });

  it('a UBND workbook, nothing typed: the state header read from the workbook', () => {
    const { header } = shown(workbook(UBND));
    expect(header.bodyType).toEqual({ value: 'state', source: 'workbook' });
    expect(header.issuingBody).toEqual({ value: 'UBND phường Ngọc Thụy', source: 'workbook' });
    expect(header.superiorBody).toEqual({ value: 'UBND quận Long Biên', source: 'workbook' });
    expect(header.place).toEqual({ value: 'Ngọc Thụy', source: 'workbook' });
  });

  it('no title block: the party block by default and empty lines, none from anywhere', () => {
    const { header } = shown([{ sheet: 'Năm 2024', values: TABLE }]);
    expect(header).toEqual({
      bodyType: { value: 'party', source: 'none' },
      superiorBody: { value: '', source: 'none' },
      issuingBody: { value: '', source: 'none' },
      place: { value: '', source: 'none' },
    });
  });

  it('what the officer types wins: a UBND body typed over a party workbook gives the state block and its place', () => {
    const { header, written } = shown(workbook(PARTY), { issuingBody: 'UBND phường Phúc Đồng' });
    expect(header.issuingBody).toEqual({ value: 'UBND phường Phúc Đồng', source: 'typed' });
    expect(header.bodyType).toEqual({ value: 'state', source: 'typed' });
    expect(header.place).toEqual({ value: 'Phúc Đồng', source: 'typed' });
    // A party superior is never put under the national motto: the line is left empty.
    expect(header.superiorBody).toEqual({ value: '', source: 'none' });
    expect(written).toMatchObject({ bodyType: 'state', issuingBody: 'UBND phường Phúc Đồng', superiorBody: '' });
  });

  it('each field typed alone keeps the others read from the workbook', () => {
    const typed = { superiorBody: 'Quận ủy Long Biên', place: 'Hà Nội', bodyType: 'party' as const };
    for (const [field, value] of Object.entries(typed)) {
      const { header } = shown(workbook(PARTY), { [field]: value });
      for (const [other, line] of Object.entries(header))
        expect(line.source, `${field} typed: ${other}`).toBe(other === field ? 'typed' : 'workbook');
      expect(header[field as keyof typeof typed].value).toBe(value);
    }
  });
});
