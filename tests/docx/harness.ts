/** The workbooks the Word appendix is checked on, and how one becomes its appendix in memory. */
import { readWorkbook } from '../../src/cli/readWorkbook';
import { SAMPLE_WORKBOOK } from '../../src/cli/main';
import { runReport } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import {
  appendixOf,
  buildReportModel,
  defaultSheetSettings,
  type ModelCell,
  type ReportSheetModel,
  type SheetSettings,
} from '../../src/core/report';
import { appendixBytes } from '../../src/docx/appendix';
import { fixture } from '../fixtures/sources';
import { readDocx, type ReadDocx } from './readDocx';

/** Every shared fixture with an indicator table chitieu reads today, and the bundled sample. */
export const WORKBOOKS: Record<string, string> = {
  'phuc-dong-2020': fixture('phuc-dong-2020'),
  'duc-giang-2015-2020': fixture('duc-giang-2015-2020'),
  'so-lieu-dai-2018-2020': fixture('so-lieu-dai-2018-2020'),
  'thuong-thanh-9-thang-2024-uoc-ca-nam': fixture('thuong-thanh-9-thang-2024-uoc-ca-nam'),
  'giang-bien-giua-nhiem-ky-2020-2025': fixture('giang-bien-giua-nhiem-ky-2020-2025'),
  'mau-chi-tieu (sổ mẫu)': SAMPLE_WORKBOOK,
};

export const PHUC_DONG: Partial<SheetSettings> = {
  issuingBody: 'Đảng ủy phường Phúc Đồng',
  superiorBody: 'Đảng bộ quận Long Biên',
  place: 'Phúc Đồng',
  date: { day: 15, month: 12, year: 2020 },
};

export interface Made {
  report: Report;
  model: ReportSheetModel;
  bytes: Uint8Array;
  doc: ReadDocx;
}

export async function makeAppendix(path: string, settings: Partial<SheetSettings> = PHUC_DONG): Promise<Made> {
  const read = await readWorkbook(path);
  if (!read.ok) throw new Error(read.message);
  const run = runReport(read.grids);
  if (!run.ok) throw new Error(run.message);
  const s = { ...defaultSheetSettings, ...settings };
  const model = buildReportModel(run.report, read.grids, s);
  const bytes = await appendixBytes(appendixOf(model, s.bodyType));
  return { report: run.report, model, bytes, doc: readDocx(bytes) };
}

const TABLE_STYLES = new Set(['header', 'section', 'name', 'subName', 'text', 'number', 'pct', 'status']);

/** The indicator tables of a summary sheet model: runs of rows of table cells, each with its cells. */
export function sheetTables(model: ReportSheetModel): { top: number; cells: ModelCell[] }[] {
  const byRow = new Map<number, ModelCell[]>();
  for (const c of model.cells) if (TABLE_STYLES.has(c.style)) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const tables: { top: number; cells: ModelCell[] }[] = [];
  let last = -2;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    if (row !== last + 1) tables.push({ top: row, cells: [] });
    tables[tables.length - 1].cells.push(...byRow.get(row)!);
    last = row;
  }
  return tables;
}

/**
 * What Excel shows in a cell of the sheet, computed here independently of chitieu's formatter: the
 * cached result (a formula's ROUND decimals), then the number format (`#,##0`: no decimals;
 * `#,##0.0##`: one to three) with the `vi-VN` locale's separators (`1.234,5`), rounding half away
 * from zero on the value's 15 significant digits as Excel does. A change's format
 * (`+#,##0.0##"%";-#,##0.0##"%";0"%"`) shows its sign, `0` for no change, and the quoted text after.
 */
export function sheetShows(c: ModelCell): string {
  const value = c.formula ? c.expected?.value : c.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  const rounding = c.formula ? c.expected?.decimals : null;
  const sections = (c.numberFormat ?? '').split(';');
  const signed = sections.length === 3;
  const fmt = sections[0];
  const after = (/^[+-]?[#0,.]+(.*)$/.exec(fmt)?.[1] ?? '').replace(/"/g, '');
  const decimals = /\.(0*)(#*)/.exec(fmt);
  const rounded =
    rounding === null || rounding === undefined
      ? value
      : Number(decimal('en-US', 0, rounding, false).format(exact(value)));
  if (signed && rounded === 0) return `0${after}`;
  const least = decimals ? decimals[1].length : 0;
  const most = !fmt ? 4 : decimals ? decimals[1].length + decimals[2].length : 0;
  return `${decimal('vi-VN', least, most, true, signed).format(exact(rounded))}${after}`;
}

/** Excel's view of a double: its 15 significant digits, as an exact decimal string Intl reads as is. */
function exact(value: number): number {
  return value.toPrecision(15) as unknown as number;
}

function decimal(locale: string, least: number, most: number, grouping: boolean, signed = false): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: least,
    maximumFractionDigits: most,
    useGrouping: grouping,
    roundingMode: 'halfExpand',
    signDisplay: signed ? 'exceptZero' : 'negative',
  } as unknown as Intl.NumberFormatOptions);
}
