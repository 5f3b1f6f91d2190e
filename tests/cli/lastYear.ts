/**
 * A ward's 2020 report with or without its cùng kỳ column, and its 2019 report: the workbooks of
 * the `--cung-ky` tests (the command line's and the web page's). Last year's rows are in another
 * order, the budget under the dictionary's longer name.
 */
import type { CellValue, Grid } from '../../src/core/grid';

const HEAD: CellValue[][] = [['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG'], ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'], []];
/** Name, unit, target 2020, actual 2020, actual 2019. */
const ROWS: [string, string, number, number, number][] = [
  ['Thu ngân sách', 'Triệu đồng', 10500, 36015, 30120],
  ['Kết nạp đảng viên mới', 'Đảng viên', 8, 11, 9],
  ['Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 90, 92.1, 91.3],
];

/** The 2020 table, with the column `Thực hiện cùng kỳ năm 2019` or without it. */
export function thisYear(withCungKy: boolean): Grid {
  const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'];
  return {
    sheet: 'Chỉ tiêu 2020',
    values: [
      ...HEAD,
      withCungKy ? [...header, 'Thực hiện cùng kỳ năm 2019'] : header,
      ...ROWS.map((r, i) => [i + 1, ...(withCungKy ? r : r.slice(0, 4))]),
    ],
  };
}

export const LAST_YEAR: Grid = {
  sheet: 'Năm 2019',
  values: [
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2019', 'Thực hiện năm 2019'],
    [1, 'Tỷ lệ bao phủ bảo hiểm y tế', '%', 88, 91.3],
    [2, 'Thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', 9800, 30120],
    [3, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 9],
  ],
};
