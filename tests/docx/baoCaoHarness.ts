/** The draft báo cáo of a workbook made in memory for the tests, and its .docx read back in reading order. */
import { readWorkbook } from '../../src/cli/readWorkbook';
import { runReport } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import {
  buildReportModel,
  defaultSheetSettings,
  type ReportSheetModel,
  type SheetSettings,
} from '../../src/core/report';
import type { Draft } from '../../src/core/report/draft';
import { reportBaoCao, reportDraft } from '../../src/workbookFile/baoCao';
import { defaultUserSettings, engineSettings as engineSettingsOf } from '../../src/settings';
import type { Grid } from '../../src/core/grid';
import { childrenOf, findAll, readDocx, tagOf, textOf, type ReadDocx } from './readDocx';

/** The engine's settings for a header typed as these sheet settings (what the hosts give `src/settings`). */
function engineSettings(s: Partial<SheetSettings>) {
  return engineSettingsOf({
    ...defaultUserSettings,
    issuingBody: s.issuingBody ?? '',
    superiorBody: s.superiorBody ?? '',
    ...(s.bodyType ? { bodyType: s.bodyType } : {}),
  });
}

export const PARTY: Partial<SheetSettings> = {
  bodyType: 'party',
  issuingBody: 'Đảng ủy phường Phúc Đồng',
  superiorBody: 'Đảng bộ quận Long Biên',
  place: 'Phúc Đồng',
  date: { day: 15, month: 12, year: 2020 },
};

export const STATE: Partial<SheetSettings> = {
  bodyType: 'state',
  issuingBody: 'UBND phường Phúc Đồng',
  superiorBody: 'UBND quận Long Biên',
  place: 'Phúc Đồng',
  date: { day: 15, month: 12, year: 2020 },
};

/** A line of the document in reading order: its text, the section it is in, and whether it sits in a table. */
export interface FlowLine {
  text: string;
  section: number;
  /** Index of the top-level table holding it, or null for a body paragraph. */
  table: number | null;
}

/** Every paragraph of the body in reading order (a table's paragraphs row by row, cell by cell). */
export function flowOf(doc: ReadDocx): FlowLine[] {
  const out: FlowLine[] = [];
  let section = 0;
  let table = 0;
  for (const node of doc.body) {
    if (tagOf(node) === 'w:p') {
      out.push({ text: textOf(node), section, table: null });
      if (findAll(childrenOf(node), 'w:sectPr').length > 0) section++;
    } else if (tagOf(node) === 'w:tbl') {
      for (const p of findAll(childrenOf(node), 'w:p')) out.push({ text: textOf(p), section, table });
      table++;
    }
  }
  return out;
}

export interface MadeDraft {
  report: Report;
  grids: Grid[];
  model: ReportSheetModel;
  draft: Draft;
  bytes: Uint8Array;
  doc: ReadDocx;
  flow: FlowLine[];
}

async function make(
  report: Report,
  grids: Grid[],
  settings: Partial<SheetSettings>,
  narrative = engineSettings(settings),
) {
  const s = { ...defaultSheetSettings, ...settings };
  const model = buildReportModel(report, grids, s);
  const draft = reportDraft(report, grids, s, narrative);
  const bytes = await reportBaoCao(report, grids, s, narrative);
  const doc = readDocx(bytes);
  return { report, grids, model, draft, bytes, doc, flow: flowOf(doc) };
}

/** The draft of a workbook file, its sentences worded as the command line words them for these settings. */
export async function makeDraft(path: string, settings: Partial<SheetSettings> = PARTY): Promise<MadeDraft> {
  const read = await readWorkbook(path);
  if (!read.ok) throw new Error(read.message);
  return makeDraftOfGrids(read.grids, settings);
}

export async function makeDraftOfGrids(grids: Grid[], settings: Partial<SheetSettings> = PARTY): Promise<MadeDraft> {
  const narrative = engineSettings(settings);
  const run = runReport(grids, narrative);
  if (!run.ok) throw new Error(run.message);
  return make(run.report, grids, settings, narrative);
}
