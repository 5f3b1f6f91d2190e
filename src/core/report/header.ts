/**
 * The header block and title of the summary sheet, as official appendices have them:
 * - party bodies (Hướng dẫn 36-HD/VPTW): `ĐẢNG CỘNG SẢN VIỆT NAM` at top right; superior body over
 *   issuing body at top left, then `*`; place and date in italics under the right block;
 * - state bodies (Nghị định 30/2020/NĐ-CP): `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` over
 *   `Độc lập - Tự do - Hạnh phúc` at top right; superior body over issuing body at top left.
 * The date is a setting given by the adapter (the engine has no clock); without it the line is left
 * for the officer to fill in (`ngày … tháng … năm …`).
 */
import { termOf } from '../narrative/overview';
import type { Report, TableResult } from '../indicator';
import type { CellStyle, ModelCell } from './model';

export interface SheetSettings {
  /** Name of the sheet chitieu creates. */
  sheetName: string;
  bodyType: 'party' | 'state';
  /** The body above the issuing one: `Đảng bộ quận Long Biên`, `UBND quận Long Biên`. */
  superiorBody: string;
  /** The issuing body: `Đảng ủy phường Phúc Đồng`, `UBND phường Phúc Đồng`. */
  issuingBody: string;
  /** Place of the date line: `Phúc Đồng`. */
  place: string;
  date: { day: number; month: number; year: number } | null;
}

export const defaultSheetSettings: SheetSettings = {
  sheetName: 'Báo cáo chỉ tiêu',
  bodyType: 'party',
  superiorBody: '',
  issuingBody: '',
  place: '',
  date: null,
};

interface Writer {
  row: number;
  text(col: number, value: string, style: CellStyle, row?: number): ModelCell;
  merge(top: number, left: number, bottom: number, right: number): void;
  heights: Record<number, number>;
}

function upper(text: string): string {
  return text.toUpperCase();
}

function dateLine(s: SheetSettings): string {
  const place = s.place ? `${s.place}, ` : '';
  if (!s.date) return `${place}ngày … tháng … năm …`;
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${place}ngày ${pad(s.date.day)} tháng ${pad(s.date.month)} năm ${s.date.year}`;
}

/**
 * The title's period: `NĂM 2020`, `9 THÁNG ĐẦU NĂM 2024` (months from the start of the year), `QUÝ I
 * NĂM 2023`, `THÁNG 10 NĂM 2024`, `NHIỆM KỲ 2015 - 2020` (a plan's or plain years': `GIAI ĐOẠN …`); for a term in progress (§7.5) the
 * mid-term review, `SƠ KẾT GIỮA NHIỆM KỲ 2020 - 2025` (a plan's: `SƠ KẾT GIỮA KỲ GIAI ĐOẠN 2021 - 2025`). Blank when the tables name different periods.
 */
export function titlePeriod(report: Report): string {
  const inProgress = report.tables.filter((t) => t.termProgress);
  const midTerm = [...new Set(inProgress.map((t) => t.termProgress!.span))];
  // A plan's period in progress is reviewed `giữa kỳ` of its `giai đoạn`, a Nghị quyết's `giữa nhiệm kỳ`.
  if (midTerm.length === 1)
    return inProgress.every((t) => t.plan)
      ? `SƠ KẾT GIỮA KỲ GIAI ĐOẠN ${midTerm[0]}`
      : `SƠ KẾT GIỮA NHIỆM KỲ ${midTerm[0]}`;
  const dated = report.tables.filter((t) => t.period);
  const periods = new Map(dated.map((t) => [t.period, t.at]));
  if (periods.size !== 1) return '';
  const [p] = periods.values();
  if (p.span) return `${spanWord(dated)} ${p.span.from} - ${p.span.to}`;
  if (!p.year) return upper(p.label);
  if (/^\d+ tháng$/.test(p.sub)) return upper(`${p.sub} đầu năm ${p.year}`);
  if (/cuối năm$/.test(p.sub)) return upper(`${p.sub} ${p.year}`);
  return upper(p.sub ? `${p.sub} năm ${p.year}` : `năm ${p.year}`);
}

/** A Nghị quyết's term is a `NHIỆM KỲ` (REPORT.md §2); a plan's, or years side by side, a `GIAI ĐOẠN`. */
function spanWord(tables: TableResult[]): string {
  const ofResolution = tables.every((t) => {
    const { term, plan } = termOf(t);
    return term && !plan;
  });
  return ofResolution ? 'NHIỆM KỲ' : 'GIAI ĐOẠN';
}

/** The title of the summary sheet and of the Word appendix. */
export const SHEET_TITLE = 'BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU';

/** Writes rows 0–6: the two header columns, the title and its period (`titlePeriod`). */
export function headerBlock(w: Writer, s: SheetSettings, period: string, lastCol: number, title: string = SHEET_TITLE) {
  const split = Math.max(3, Math.floor((lastCol + 1) / 2) - 1);
  const left = (row: number, text: string, style: CellStyle) => {
    w.text(0, text, style, row);
    w.merge(row, 0, row, split - 1);
  };
  const right = (row: number, text: string, style: CellStyle) => {
    w.text(split, text, style, row);
    w.merge(row, split, row, lastCol);
  };
  left(0, upper(s.superiorBody), 'bodyLeft');
  left(1, upper(s.issuingBody), 'bodyLeftBold');
  if (s.bodyType === 'party') {
    right(0, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'motto');
    left(2, '*', 'star');
    right(2, dateLine(s), 'placeDate');
  } else {
    right(0, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'motto');
    right(1, 'Độc lập - Tự do - Hạnh phúc', 'mottoSub');
    right(2, dateLine(s), 'placeDate');
  }
  w.text(0, title, 'title', 4);
  w.merge(4, 0, 4, lastCol);
  w.heights[4] = 22;
  w.text(0, period, 'subtitle', 5);
  w.merge(5, 0, 5, lastCol);
  w.row = 7;
}
