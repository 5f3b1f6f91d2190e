/**
 * A district workbook in one file: one sheet per ward (the sheet's name is the ward's), each in the
 * shape of the shared fixture phuc-dong-2020 with its own figures — every `Thực hiện` scaled by the
 * ward's factor (counts rounded), the typed `Tỷ lệ` column left as the fixture has it only for
 * factor 1. Used by the add-in's consolidation tests (fake host and browser).
 */
import type { Grid } from '../../src/core/grid';

export interface WardSheet {
  sheet: string;
  /** Multiplies the actual (`Thực hiện năm 2020`, column E) of every indicator. */
  factor: number;
}

export const WARD_SHEETS: WardSheet[] = [
  { sheet: 'Phúc Đồng', factor: 1 },
  { sheet: 'Đức Giang', factor: 0.9 },
  { sheet: 'Gia Thụy', factor: 1.15 },
  { sheet: 'Bồ Đề', factor: 0.8 },
];

const ACTUAL = 4;
const TYPED_PCT = 6;

/** The fixture's sheet as one ward's sheet (see the module comment). */
export function wardSheet(base: Grid, ward: WardSheet): Grid {
  const values = base.values.map((row) => {
    const out = [...row];
    const isIndicator = typeof row[0] === 'number' && typeof row[ACTUAL] === 'number';
    if (!isIndicator || ward.factor === 1) return out;
    const actual = row[ACTUAL] as number;
    const isFraction = Math.abs(actual) <= 1 && actual !== 0 && actual !== Math.round(actual);
    const scaled = actual * ward.factor;
    out[ACTUAL] = isFraction ? Math.min(1, Math.round(scaled * 10000) / 10000) : Math.round(scaled * 10) / 10;
    if (out.length > TYPED_PCT) out[TYPED_PCT] = null;
    return out;
  });
  return {
    ...base,
    sheet: ward.sheet,
    values,
    numberFormats: base.numberFormats?.map((r) => [...r]),
    merges: base.merges?.map((m) => ({ ...m })),
  };
}

/** The workbook of the given wards, from the fixture's first sheet. */
export function wardWorkbook(base: Grid[], wards: WardSheet[] = WARD_SHEETS): Grid[] {
  return wards.map((w) => wardSheet(base[0], w));
}
