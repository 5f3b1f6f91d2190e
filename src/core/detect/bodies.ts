/**
 * Tables of bodies: one row per body, place or product (a ministry, a province, a ward, an OCOP
 * product), under a name column headed `Cơ quan`, `Địa phương`, `Sản phẩm`, `Bộ, ngành`, `Tỉnh,
 * thành phố` (vocabulary.ts) — or `Đơn vị`, which also heads the unit column (ĐVT) of an
 * indicator table.
 *
 * Rule chosen where the spec is silent: a `Đơn vị` column is the name column when its row holds no
 * other name column and most texts under it (at least two) name a body — they open with a body's
 * or a place's word (`Sở Tư pháp`, `UBND phường Phúc Đồng`, `Phường Giang Biên`, `Bộ Công an`) —
 * rather than a unit (`%`, `hộ`, `triệu đồng`). Otherwise it stays the unit column.
 */
import type { GridView } from '../grid';
import { foldText } from '../text';

/** Words that open the name of a body or a place (folded). */
const BODY_OPENINGS = [
  'bo',
  'so',
  'ban',
  'phong',
  'ubnd',
  'uy ban',
  'hdnd',
  'phuong',
  'xa',
  'thi tran',
  'quan',
  'huyen',
  'thi xa',
  'tinh',
  'thanh pho',
  'tp',
  'cong an',
  'chi cuc',
  'cuc',
  'tong cuc',
  'van phong',
  'trung tam',
  'hoi',
  'doan',
  'mat tran',
  'vien',
  'benh vien',
  'cong ty',
  'kho bac',
  'truong',
  'chi nhanh',
  'dang uy',
  'toa an',
  'bao hiem xa hoi',
  'bhxh',
  'khu pho',
  'thon',
  'ban quan ly',
];

/** A text that names a body or a place: two words or more, opening with a body's word. */
export function isBodyName(text: string): boolean {
  const folded = foldText(text);
  if (!folded.includes(' ')) return false;
  return BODY_OPENINGS.some((w) => folded.startsWith(`${w} `));
}

/** `Đơn vị` alone (any case, marks or spacing). */
export function isUnitOrBodyHeader(text: string): boolean {
  return text.length <= 16 && foldText(text) === 'don vi';
}

/** How many rows under a `Đơn vị` header are read to tell bodies from units. */
const SAMPLE_ROWS = 10;

/** Whether most texts under the header cell at (row, col) name bodies (see the module comment). */
export function namesBodies(view: GridView, row: number, col: number): boolean {
  let texts = 0;
  let bodies = 0;
  for (let r = row + 1; r <= row + SAMPLE_ROWS && r < view.rowCount; r++) {
    const v = view.value(r, col);
    if (typeof v !== 'string' || !v.trim()) continue;
    texts++;
    if (isBodyName(v)) bodies++;
  }
  return bodies >= 2 && bodies * 2 > texts;
}
