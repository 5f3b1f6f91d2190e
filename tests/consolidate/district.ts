/**
 * The test district: the 14 wards of quận Long Biên reporting 2020 (figures made up around the seeds'),
 * in every fixture shape, plus two files that are not indicator tables. Expected figures are written
 * by hand in `consolidate.test.ts`.
 *
 * | ward | layout | what it exercises |
 * |---|---|---|
 * | Phúc Đồng | annual, sections, % formats, a sub-indicator | highest thu ngân sách (343%) |
 * | Đức Giang | annualText (`UBND PHƯỜNG`), text numbers | typed 120% where 11.550/10.000 is 115,5% |
 * | Sài Đồng / Thạch Bàn | annualText `Tr.đồng` / twoRow `Triệu đồng` | equal figures: a tie in the ranking |
 * | Gia Thụy | annual in `Tỷ đồng` | money converted to triệu đồng |
 * | Ngọc Lâm | long, ward named in the title | |
 * | Bồ Đề | assigned + own target | own target 9.000 below the assigned 10.000 |
 * | Việt Hưng | long, no title | ward named from the file name `Phường Việt Hưng.xlsx` |
 * | Ngọc Thụy | twoRow without STT, names numbered `1. …` | everything exactly at target |
 * | Cự Khối | annualText | no `Giao quân` row |
 * | bao-cao-tong-hop.xlsx | a text file renamed .xlsx | not readable |
 * | danh-sach-dang-vien.xlsx | a list of names | no indicator table |
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeNameList, writeWard, type WardLayout, type WardRow, type WardSpec } from './wardWorkbooks';

export const T = 'Thu ngân sách';
export const D = 'Kết nạp đảng viên mới';
export const V = 'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa';
export const N = 'Số hộ nghèo';
export const B = 'Tỷ lệ người dân tham gia bảo hiểm y tế';
export const Q = 'Giao quân';

/** `[target, actual]` of T, D, V, N, B, Q; `null` leaves the indicator out. */
type Figures = [
  [number, number],
  [number, number],
  [number, number],
  [number, number],
  [number, number],
  [number, number] | null,
];

interface WardDef {
  file: string;
  layout: WardLayout;
  lines: string[];
  money: string;
  figures: Figures;
  /** Money in tỷ đồng: targets and actuals given in triệu are divided by 1000. */
  billions?: boolean;
  tweak?: (rows: WardRow[]) => void;
  numberedNames?: boolean;
}

const party = (ward: string) => [
  'ĐẢNG BỘ QUẬN LONG BIÊN',
  `ĐẢNG ỦY PHƯỜNG ${ward}`,
  '',
  `BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU QUẬN GIAO NĂM 2020`,
];
const state = (ward: string) => [
  'UBND QUẬN LONG BIÊN',
  `UBND PHƯỜNG ${ward}`,
  '',
  'KẾT QUẢ THỰC HIỆN CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2020',
];

const SECTIONS: Record<string, string> = {
  [T]: 'KINH TẾ - NGÂN SÁCH',
  [V]: 'VĂN HÓA - XÃ HỘI',
  [Q]: 'QUỐC PHÒNG - AN NINH',
  [D]: 'XÂY DỰNG ĐẢNG',
};

export const WARDS: WardDef[] = [
  {
    file: 'phuc-dong.xlsx',
    layout: 'annual',
    lines: party('PHÚC ĐỒNG'),
    money: 'Triệu đồng',
    figures: [
      [10500, 36015],
      [8, 11],
      [88, 91.69],
      [20, 14],
      [90, 92.1],
      [12, 12],
    ],
    tweak: (rows) => {
      rows[0].reportedPct = 343;
      rows.splice(1, 0, {
        name: 'thu thuế ngoài quốc doanh',
        unit: 'Triệu đồng',
        target: 5000,
        actual: 6000,
        sub: true,
      });
    },
  },
  {
    file: 'duc-giang.xlsx',
    layout: 'annualText',
    lines: state('ĐỨC GIANG'),
    money: 'Triệu đồng',
    figures: [
      [10000, 11550],
      [10, 12],
      [88, 90.2],
      [20, 18],
      [90, 91.8],
      [12, 12],
    ],
    tweak: (rows) => {
      rows[0].reportedPct = 120;
      rows[1].reportedPct = 120;
    },
  },
  {
    file: 'sai-dong.xlsx',
    layout: 'annualText',
    lines: state('SÀI ĐỒNG'),
    money: 'Tr.đồng',
    figures: [
      [10000, 12000],
      [10, 10],
      [88, 88],
      [20, 20],
      [90, 94.5],
      [12, 13],
    ],
  },
  {
    file: 'thach-ban.xlsx',
    layout: 'twoRow',
    lines: ['ĐẢNG ỦY PHƯỜNG THẠCH BÀN', '', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU'],
    money: 'Triệu đồng',
    figures: [
      [10000, 12000],
      [10, 10],
      [88, 88],
      [20, 20],
      [90, 94.5],
      [12, 13],
    ],
  },
  {
    file: 'gia-thuy.xlsx',
    layout: 'annual',
    lines: party('GIA THỤY'),
    money: 'Tỷ đồng',
    billions: true,
    figures: [
      [10000, 12000],
      [10, 9],
      [88, 89.1],
      [20, 22],
      [90, 90],
      [12, 12],
    ],
  },
  {
    file: 'ngoc-lam.xlsx',
    layout: 'long',
    lines: ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2019 - 2020 CỦA PHƯỜNG NGỌC LÂM'],
    money: 'Triệu đồng',
    figures: [
      [10000, 9500],
      [10, 10],
      [88, 85],
      [20, 15],
      [90, 91],
      [12, 12],
    ],
  },
  {
    file: 'bo-de.xlsx',
    layout: 'assigned',
    lines: ['ĐẢNG ỦY PHƯỜNG BỒ ĐỀ', '', 'KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2020'],
    money: 'Triệu đồng',
    figures: [
      [9000, 9900],
      [10, 11],
      [88, 90],
      [20, 19],
      [90, 92],
      [12, 12],
    ],
    tweak: (rows) => {
      rows[0].assigned = 10000;
    },
  },
  {
    file: 'long-bien.xlsx',
    layout: 'annual',
    lines: party('LONG BIÊN'),
    money: 'Triệu đồng',
    figures: [
      [10000, 13000],
      [10, 11],
      [88, 92],
      [20, 16],
      [90, 93],
      [12, 14],
    ],
  },
  {
    file: 'ngoc-thuy.xlsx',
    layout: 'twoRow',
    numberedNames: true,
    lines: ['ĐẢNG ỦY PHƯỜNG NGỌC THỤY', '', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2019 VÀ NĂM 2020'],
    money: 'Triệu đồng',
    figures: [
      [10000, 10000],
      [10, 10],
      [88, 88],
      [20, 20],
      [90, 90],
      [12, 12],
    ],
  },
  {
    file: 'Phường Việt Hưng.xlsx',
    layout: 'long',
    lines: [],
    money: 'Triệu đồng',
    figures: [
      [10000, 8000],
      [10, 6],
      [88, 80],
      [20, 25],
      [90, 85],
      [12, 10],
    ],
  },
  {
    file: 'thuong-thanh.xlsx',
    layout: 'twoRow',
    lines: ['ĐẢNG ỦY PHƯỜNG THƯỢNG THANH', '', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU'],
    money: 'Triệu đồng',
    figures: [
      [10000, 11100],
      [10, 20],
      [88, 90.42],
      [20, 0],
      [90, 90],
      [12, 12],
    ],
    tweak: (rows) => {
      rows[2].name = 'Tỉ lệ hộ gia đình đạt danh hiệu "Gia đình văn hoá"';
    },
  },
  {
    file: 'giang-bien.xlsx',
    layout: 'annual',
    lines: party('GIANG BIÊN'),
    money: 'Triệu đồng',
    figures: [
      [10000, 10500],
      [10, 10],
      [88, 88],
      [20, 20],
      [90, 95.4],
      [12, 13],
    ],
  },
  {
    file: 'phuc-loi.xlsx',
    layout: 'annualText',
    lines: state('PHÚC LỢI'),
    money: 'Triệu đồng',
    figures: [
      [10000, 10000],
      [10, 9],
      [88, 88],
      [20, 20],
      [90, 90],
      [12, 12],
    ],
  },
  {
    file: 'cu-khoi.xlsx',
    layout: 'annualText',
    lines: state('CỰ KHỐI'),
    money: 'Triệu đồng',
    figures: [[10000, 12500], [10, 10], [88, 89], [20, 18], [90, 91], null],
  },
];

/** Files that are not chitieu-readable. */
export const TEXT_FILE = 'bao-cao-tong-hop.xlsx';
export const NAME_LIST = 'danh-sach-dang-vien.xlsx';

function rowsOf(w: WardDef): WardRow[] {
  const names = [T, D, V, N, B, Q];
  const units = [w.money, 'Đảng viên', '%', 'Hộ', '%', 'Người'];
  const rows: WardRow[] = [];
  w.figures.forEach((f, i) => {
    if (!f) return;
    const money = i === 0 && w.billions ? 1000 : 1;
    const [target, actual] = f;
    rows.push({
      name: names[i],
      unit: units[i],
      target: target / money,
      actual: actual / money,
      // Last year: a little below this year's, so the two-year layouts have something to show.
      prevTarget: target / money,
      prevActual: Math.round((actual / money) * 0.9 * 10) / 10,
    });
  });
  w.tweak?.(rows);
  if (w.layout === 'annual') {
    // Annual reports group rows by section, in the seeds' order: economy, culture, defence, party.
    const order = [T, V, N, B, Q, D];
    rows.sort((a, b) => order.indexOf(a.sub ? T : a.name) - order.indexOf(b.sub ? T : b.name));
    for (const r of rows) if (!r.sub && SECTIONS[r.name]) r.section = SECTIONS[r.name];
  }
  return rows;
}

export function specOf(w: WardDef): WardSpec {
  return {
    file: w.file,
    layout: w.layout,
    year: 2020,
    lines: w.lines,
    rows: rowsOf(w),
    numberedNames: w.numberedNames,
  };
}

/** Writes the district's 16 files into `dir`; returns their paths, in the order of `WARDS` then the two bad files. */
export async function writeDistrict(dir: string): Promise<string[]> {
  const paths: string[] = [];
  for (const w of WARDS) {
    const path = join(dir, w.file);
    await writeWard(path, specOf(w));
    paths.push(path);
  }
  const text = join(dir, TEXT_FILE);
  writeFileSync(text, 'Tổng hợp chỉ tiêu các phường\nThu ngân sách;10500;36015\n');
  await writeNameList(join(dir, NAME_LIST));
  paths.push(text, join(dir, NAME_LIST));
  return paths;
}
