/**
 * Generates the bundled sample `assets/mau-chi-tieu.xlsx` (`npm run sample`): the sheets of the three
 * shared fixtures (phuc-dong-2020, duc-giang-2015-2020, so-lieu-dai-2018-2020) in one workbook, with
 * the same sheet names, cell positions, values, merges and number formats, so the sample gives the
 * fixtures' results. Fonts and widths follow the fixtures loosely (they do not change the results).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

type Cell = string | number | null;

interface SampleSheet {
  name: string;
  widths: (number | undefined)[];
  /** Rows by 1-based row number, cells from column A. */
  rows: Record<number, Cell[]>;
  merges: string[];
  numberFormats: Record<string, string>;
  /** 1-based rows written bold (titles, headers, sections). */
  boldRows: number[];
}

const PHUC_DONG: SampleSheet = {
  name: 'Chỉ tiêu 2020',
  widths: [6, 48, 12, 16, 14, 16, 12, 22],
  rows: {
    1: ['ĐẢNG BỘ QUẬN LONG BIÊN', null, null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
    2: ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG'],
    4: ['BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUẬN GIAO NĂM 2020'],
    6: [
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu quận giao năm 2020',
      'Thực hiện năm 2020',
      'Thực hiện cùng kỳ năm 2019',
      'Tỷ lệ TH/KH (%)',
      'Ghi chú',
    ],
    7: ['I', 'KINH TẾ - NGÂN SÁCH'],
    8: [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015, 30120, 343],
    9: [2, 'Chi ngân sách', 'Triệu đồng', 18200, 18200, 17350, 100],
    10: ['II', 'VĂN HÓA - XÃ HỘI'],
    // Stored as fractions under % formats, exactly as the fixture stores them.
    11: [3, 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa', '%', 0.88, 91.69 / 100, 90.8 / 100],
    12: [4, 'Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa', 'Tổ dân phố', 8, 8, 7],
    13: [5, 'Số hộ thoát nghèo', 'Hộ', 8, 8, 6, null, 'Không còn hộ nghèo'],
    14: [6, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', '%', 'Dưới 5,5%', 4.9, 5.2],
    15: [7, 'Tỷ lệ người dân tham gia bảo hiểm y tế', '%', 90, 92.1, 91.3, 103.2],
    16: ['III', 'QUỐC PHÒNG - AN NINH'],
    17: [8, 'Giao quân', 'Người', 12, 12, 14, null, 'Đạt 100% chỉ tiêu'],
    18: [9, 'Tỷ lệ điều tra khám phá án hình sự', '%', 75, 85.2, 80.1],
    19: ['IV', 'XÂY DỰNG ĐẢNG'],
    20: [10, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 11, 9, 137],
    21: [11, 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên', '%', 82, 91.8, 90.2],
    22: [12, 'Chi bộ không hoàn thành nhiệm vụ', 'Chi bộ', 'Không có', 0, 0],
  },
  merges: ['A1:C1', 'A2:C2', 'A4:H4'],
  numberFormats: { D11: '0%', E11: '0.00%', F11: '0.0%' },
  boldRows: [1, 2, 4, 6, 7, 10, 16, 19],
};

const YEAR_GROUPS = ['Năm 2015', null, 'Năm 2016', null, 'Năm 2017', null, 'Năm 2018', null, 'Năm 2019', null];

const DUC_GIANG: SampleSheet = {
  name: 'Nhiệm kỳ 2015-2020',
  widths: [undefined, 44],
  rows: {
    1: ['ĐẢNG ỦY PHƯỜNG ĐỨC GIANG'],
    3: ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2015 - 2020'],
    5: [
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Chỉ tiêu NQ Đại hội nhiệm kỳ 2015-2020',
      ...YEAR_GROUPS,
      'Tỷ lệ TH/KH cả nhiệm kỳ (%)',
    ],
    6: [null, null, null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH', 'KH', 'TH', 'KH', 'TH'],
    7: [
      1,
      'Thu ngân sách',
      'Tỷ đồng',
      'Bình quân 23,5',
      19.46,
      25.3,
      16.01,
      26.9,
      21.75,
      29.8,
      30.7,
      30.7,
      25.6,
      25.6,
      117.6,
    ],
    8: [2, 'Chi ngân sách', 'Tỷ đồng', null, null, 13.1, null, 13.9, null, 14.3, null, 15.2, null, 15.452],
    9: [
      3,
      'Hồ sơ cấp giấy chứng nhận quyền sử dụng đất',
      'Hồ sơ',
      null,
      100,
      121,
      47,
      125,
      26,
      157,
      20,
      33,
      140,
      260,
      478,
    ],
    10: [
      4,
      'Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa',
      '%',
      '88% trở lên',
      88,
      89.6,
      88,
      90.1,
      88,
      90.5,
      88,
      90.8,
      88,
      91,
      102.7,
    ],
    11: [
      5,
      'Tỷ lệ tổ dân phố đạt danh hiệu Tổ dân phố văn hóa',
      '%',
      70,
      70,
      78.9,
      70,
      84.2,
      70,
      84.2,
      70,
      84.2,
      70,
      81.5,
    ],
    12: [6, 'Số hộ nghèo', 'Hộ', null, 62, 60, 55, 56, 45, 41, 30, 27, 20, 14],
    13: [7, 'Kết nạp đảng viên', 'Đảng viên', 55, 11, 12, 11, 15, 11, 14, 11, 16, 11, 14, 130],
    14: [8, 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên', '%', 80, 80, 83.5, 80, 84.2, 80, 84, 80, 84.3, 80, 84.4],
  },
  merges: ['A1:D1', 'A3:O3', 'A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'O5:O6', 'E5:F5', 'G5:H5', 'I5:J5', 'K5:L5', 'M5:N5'],
  numberFormats: {},
  boldRows: [1, 3, 5],
};

const SO_LIEU_DAI: SampleSheet = {
  name: 'Dữ liệu',
  widths: [],
  rows: {
    1: ['Năm', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
    2: [2018, 'Thu ngân sách', 'Triệu đồng', 9000, 12500],
    3: [2018, 'Kết nạp đảng viên', 'Đảng viên', 8, 9],
    4: [2018, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 89.5],
    5: [2018, 'Số vụ phạm pháp hình sự', 'Vụ', 30, 27],
    6: [2019, 'Thu ngân sách', 'Triệu đồng', 9800, 30120],
    7: [2019, 'Kết nạp đảng viên', 'Đảng viên', 8, 9],
    8: [2019, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 90.8],
    9: [2019, 'Số vụ phạm pháp hình sự', 'Vụ', 28, 29],
    10: [2020, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
    11: [2020, 'Kết nạp đảng viên', 'Đảng viên', 8, 11],
    12: [2020, 'Tỷ lệ hộ gia đình văn hóa', '%', 88, 91.69],
    13: [2020, 'Số vụ phạm pháp hình sự', 'Vụ', 25, 22],
  },
  merges: [],
  numberFormats: {},
  boldRows: [1],
};

function addSheet(workbook: ExcelJS.Workbook, s: SampleSheet): void {
  const ws = workbook.addWorksheet(s.name);
  s.widths.forEach((width, i) => {
    if (width !== undefined) ws.getColumn(i + 1).width = width;
  });
  for (const [rowNumber, cells] of Object.entries(s.rows)) {
    const row = ws.getRow(Number(rowNumber));
    cells.forEach((value, i) => {
      if (value !== null) row.getCell(i + 1).value = value;
    });
    if (s.boldRows.includes(Number(rowNumber))) row.font = { name: 'Times New Roman', bold: true };
  }
  for (const [address, format] of Object.entries(s.numberFormats)) ws.getCell(address).numFmt = format;
  for (const range of s.merges) ws.mergeCells(range);
}

/** Builds the sample workbook (fixed creation date, so regenerating gives the same content). */
function buildSample(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'chitieu';
  workbook.created = workbook.modified = new Date(Date.UTC(2020, 11, 31));
  for (const sheet of [PHUC_DONG, DUC_GIANG, SO_LIEU_DAI]) addSheet(workbook, sheet);
  return workbook;
}

const target = fileURLToPath(new URL('../assets/mau-chi-tieu.xlsx', import.meta.url));
mkdirSync(fileURLToPath(new URL('../assets/', import.meta.url)), { recursive: true });
await buildSample().xlsx.writeFile(target);
console.log(`Đã tạo ${target}`);
