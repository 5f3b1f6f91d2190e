/**
 * A city's ward workbooks, generated: `wards` files in the five fixture shapes of `wardWorkbooks.ts`
 * (annual with sections, hand-typed text numbers, two-row header, long layout, assigned + own
 * target), each with the same `indicators` indicators (money in triệu or tỷ đồng, rates, counts,
 * lower-is-better counts) and figures drawn from a fixed seed, so every run makes the same files.
 * `npm run bench:consolidate` times them; the size tests compare outputs on them.
 */
import { join } from 'node:path';
import { random } from '../../scripts/bench-common';
import { writeWard, type WardLayout, type WardRow } from './wardWorkbooks';

const LAYOUTS: WardLayout[] = ['annual', 'annualText', 'twoRow', 'long', 'assigned'];
const KINDS = [
  { name: 'Thu ngân sách từ nguồn', unit: 'Triệu đồng', base: 10_000 },
  { name: 'Tỷ lệ hộ gia đình văn hóa tại tổ dân phố', unit: '%', base: 88 },
  { name: 'Kết nạp đảng viên mới tại chi bộ', unit: 'Đảng viên', base: 12 },
  { name: 'Số hộ nghèo tại tổ dân phố', unit: 'Hộ', base: 20 },
] as const;
const WARD_NAMES = ['PHÚC ĐỒNG', 'ĐỨC GIANG', 'SÀI ĐỒNG', 'THẠCH BÀN', 'GIA THỤY', 'NGỌC LÂM', 'BỒ ĐỀ', 'LONG BIÊN'];

export interface CitySize {
  wards: number;
  indicators: number;
}

function rows(ward: number, size: CitySize, next: () => number): WardRow[] {
  const billions = ward % 7 === 3;
  return Array.from({ length: size.indicators }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    const money = kind.unit === 'Triệu đồng';
    const scale = money && billions ? 1000 : 1;
    const round = (v: number) => (kind.unit === '%' || money ? Math.round(v * 10) / 10 : Math.round(v));
    const target = round((kind.base * (0.8 + next() * 0.4)) / scale);
    const actual = round(target * (0.85 + next() * 0.35));
    return {
      name: `${kind.name} ${i + 1}`,
      unit: money && billions ? 'Tỷ đồng' : kind.unit,
      target,
      actual,
      assigned: target,
      prevTarget: target,
      prevActual: round(actual * 0.95),
      section: i % 12 === 0 ? `NHÓM CHỈ TIÊU ${i / 12 + 1}` : undefined,
    };
  });
}

/**
 * Writes the city's ward files into `dir` (`phuong-1.xlsx` …) and returns their paths. `yearOf`
 * gives the year ward `w` reports (2020 for all by default), to make wards of several periods.
 */
export async function writeCity(
  dir: string,
  size: CitySize,
  yearOf: (w: number) => number = () => 2020,
): Promise<string[]> {
  const next = random(2020);
  const paths: string[] = [];
  for (let w = 0; w < size.wards; w++) {
    const name = `${WARD_NAMES[w % WARD_NAMES.length]} ${Math.floor(w / WARD_NAMES.length) + 1}`;
    const year = yearOf(w);
    const path = join(dir, `phuong-${w + 1}.xlsx`);
    await writeWard(path, {
      file: path,
      layout: LAYOUTS[w % LAYOUTS.length],
      year,
      lines: [`ĐẢNG ỦY PHƯỜNG ${name}`, '', `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${year}`],
      rows: rows(w, size, next),
    });
    paths.push(path);
  }
  return paths;
}
