/**
 * Issue 11 rule 7: the district sentences name each ward from its own workbook's title block —
 * never from the superior body (`THỊ XÃ ĐỨC PHỔ` above `UBND XÃ PHỔ AN` is `xã Phổ An`), never from
 * a file name that a title block contradicts — count the wards with their own level word
 * (`xếp thứ 01/03 xã, phường`, never `đơn vị`), and never list a ward that reported an indicator
 * among those that did not.
 */
import { describe, expect, it } from 'vitest';
import {
  consolidate,
  wardInputOf,
  wardNameFromText,
  wardNameOf,
  type WardInput,
} from '../../src/core/consolidate/index';
import { runReport, type CellValue, type Grid } from '../../src/core/index';

const HEADER = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'];

function wardFile(title: CellValue[][], rows: CellValue[][], file: string, sheet = 'Chỉ tiêu 2024'): WardInput {
  const grids: Grid[] = [{ sheet, values: [...title, [], HEADER, ...rows.map((r, i) => [i + 1, ...r])] }];
  const result = runReport(grids);
  return { ward: wardNameOf(grids, result.ok ? result.report : null, file), file, result };
}

const revenue = (target: number, actual: number) => ['Thu ngân sách', 'Triệu đồng', target, actual];
const members = (target: number, actual: number) => ['Kết nạp đảng viên mới', 'Đảng viên', target, actual];

describe('rule 7: ward names from each workbook’s own title block', () => {
  it.each([
    ['UBND THỊ XÃ ĐỨC PHỔ', null],
    ['THỊ XÃ ĐỨC PHỔ', null],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', null],
    ['BÁO CÁO CHỈ TIÊU KINH TẾ - XÃ HỘI 9 THÁNG ĐẦU NĂM 2024', null],
    ['UBND XÃ PHỔ AN', 'xã Phổ An'],
    ['UBND P. THƯỢNG THANH', 'phường Thượng Thanh'],
    ['ĐẢNG ỦY P.PHỔ HÒA', 'phường Phổ Hòa'],
    ['(Kèm theo Báo cáo số 215/BC-UBND của UBND phường Thượng Thanh)', 'phường Thượng Thanh'],
    ['Báo cáo của phường Phúc Đồng về kết quả năm 2024', 'phường Phúc Đồng'],
    ['ĐẢNG ỦY ĐẶC KHU VÂN ĐỒN', 'đặc khu Vân Đồn'],
  ])('%s → %s', (text, name) => expect(wardNameFromText(text)).toBe(name));

  it('the thị xã’s wards: names, the level word, the ranking and who did not report', () => {
    const superior = ['UBND THỊ XÃ ĐỨC PHỔ', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'];
    const wards = [
      wardFile([superior, ['UBND XÃ PHỔ AN']], [revenue(1000, 1200), members(10, 12)], 'pho-an.xlsx'),
      wardFile([superior, ['UBND PHƯỜNG PHỔ HÒA']], [revenue(1000, 1100), members(10, 10)], 'pho-hoa.xlsx'),
      wardFile([superior, ['UBND XÃ PHỔ CHÂU']], [revenue(1000, 900)], 'Pho-chau-2024.xlsx'),
    ];
    expect(wards.map((w) => w.ward)).toEqual(['xã Phổ An', 'phường Phổ Hòa', 'xã Phổ Châu']);
    const d = consolidate(wards);
    expect(d.levelWord).toBe('xã, phường');
    expect(d.findings.filter((f) => f.kind === 'duplicate_ward')).toEqual([]);
    // Before: 'Thuong-thanh-2019 xếp thứ 01/06 đơn vị', '02 đơn vị không báo cáo (xã Đức Phổ …)'.
    expect(d.sentences).toEqual([
      'Tổng hợp kết quả thực hiện các chỉ tiêu năm 2024 của 03 xã, phường, gồm 02 chỉ tiêu.',
      '2/3 xã, phường hoàn thành vượt mức chỉ tiêu thu ngân sách, 01 xã, phường chưa đạt (xã Phổ Châu); xã Phổ An đạt cao nhất 120%, thấp nhất là xã Phổ Châu (90%).',
      '1/3 xã, phường hoàn thành vượt mức chỉ tiêu kết nạp đảng viên mới, 01 xã, phường đạt, 01 xã, phường không báo cáo (xã Phổ Châu); xã Phổ An đạt cao nhất 120%, thấp nhất là phường Phổ Hòa (100%).',
      'Xã Phổ An xếp thứ 01/03 xã, phường (2/2 chỉ tiêu đạt và vượt, trong đó 02 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 120%).',
      'Phường Phổ Hòa xếp thứ 02/03 xã, phường (2/2 chỉ tiêu đạt và vượt, trong đó 01 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 110%).',
      'Xã Phổ Châu xếp thứ 03/03 xã, phường (không có chỉ tiêu nào đạt; tỷ lệ hoàn thành bình quân 90%).',
      'Có 01 nội dung cần kiểm tra ở 01 xã, phường: xã Phổ Châu.',
    ]);
    const missing = d.indicators.flatMap((row) => row.missing.map((w) => [row.name, w]));
    const reported = d.indicators.flatMap((row) =>
      row.cells.flatMap((c, i) => (c ? [[row.name, d.wards[i].name]] : [])),
    );
    expect(missing.filter(([name, w]) => reported.some(([n, r]) => n === name && r === w))).toEqual([]);
  });

  it('a file named like a ward but titled otherwise takes the title’s name; a sheet name is read before the file name', () => {
    expect(wardFile([['UBND P. THƯỢNG THANH']], [revenue(10, 12)], 'Thuong-thanh-2019.xlsx').ward).toBe(
      'phường Thượng Thanh',
    );
    expect(wardFile([], [revenue(10, 12)], 'Thuong-thanh-2019.xlsx', 'P.Thượng Thanh').ward).toBe(
      'phường Thượng Thanh',
    );
  });

  it('a workbook that names no ward is never labelled by its file name in a sentence: counted, and named only in its finding', () => {
    const grids = (title: CellValue[][], rows: CellValue[][]): Grid[] => [
      { sheet: 'Sheet1', values: [...title, [], HEADER, ...rows.map((r, i) => [i + 1, ...r])] },
    ];
    const input = (g: Grid[], file: string): WardInput => {
      const result = runReport(g);
      return { ...wardInputOf(g, result.ok ? result.report : null, file), file, result };
    };
    const untitled = grids([['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024']], [revenue(1000, 900), members(10, 8)]);
    expect(wardInputOf(untitled, null, 'bao-cao-2024.xlsx')).toEqual({ ward: 'bao-cao-2024', unnamed: true });
    expect(wardNameOf(untitled, null, 'bao-cao-2024.xlsx')).toBe('bao-cao-2024');
    const wards = [
      input(grids([['UBND PHƯỜNG PHÚC ĐỒNG']], [revenue(1000, 1200), members(10, 12)]), 'phuc-dong.xlsx'),
      input(grids([['UBND PHƯỜNG GIANG BIÊN']], [revenue(1000, 1100), members(10, 9)]), 'giang-bien.xlsx'),
      input(untitled, 'bao-cao-2024.xlsx'),
    ];
    const d = consolidate(wards);
    expect(d.sentences).toEqual([
      'Tổng hợp kết quả thực hiện các chỉ tiêu năm 2024 của 03 phường, gồm 02 chỉ tiêu.',
      '2/3 phường hoàn thành vượt mức chỉ tiêu thu ngân sách, 01 phường chưa đạt (01 đơn vị chưa rõ tên); phường Phúc Đồng đạt cao nhất 120%, thấp nhất là 01 đơn vị chưa rõ tên (90%).',
      '1/3 phường hoàn thành vượt mức chỉ tiêu kết nạp đảng viên mới, 02 phường chưa đạt (phường Giang Biên và 01 đơn vị chưa rõ tên); phường Phúc Đồng đạt cao nhất 120%, thấp nhất là 01 đơn vị chưa rõ tên (80%).',
      'Phường Phúc Đồng xếp thứ 01/03 phường (2/2 chỉ tiêu đạt và vượt, trong đó 02 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 120%).',
      'Phường Giang Biên xếp thứ 02/03 phường (1/2 chỉ tiêu đạt và vượt, trong đó 01 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 100%).',
      'Có 01 nội dung cần kiểm tra ở 01 phường: 01 đơn vị chưa rõ tên.',
    ]);
    expect(d.sentences.join(' ')).not.toMatch(/bao-cao/);
    // The file's name is written once: in the finding that asks for the ward's name.
    expect(d.findings.filter((f) => f.kind === 'unnamed_ward').map((f) => f.message)).toEqual([
      'Sổ "bao-cao-2024.xlsx" không ghi tên phường, xã (ở tiêu đề, tên trang hay tên tệp): lời nhận xét không nêu tên đơn vị này; cần ghi tên đơn vị ở tiêu đề của sổ.',
    ]);
    // It keeps its rank on the sheet, the other wards theirs.
    expect(d.wards.map((w) => [w.name, w.rank, w.unnamed ?? false])).toEqual([
      ['phường Phúc Đồng', 1, false],
      ['phường Giang Biên', 2, false],
      ['bao-cao-2024', 3, true],
    ]);
  });
});
