/**
 * A period is read once: detection reads each column's period from its header (or the title, or a
 * year cell) and hands the read period on with the figures. The figures, the sentences, the draft
 * báo cáo and the district consolidation use that period and never read a label again.
 *
 * The readings are counted by wrapping the period readers every module imports; the count of a
 * whole run must equal the count of detection alone.
 */
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { detectTables } from '../../src/core/detect/index';
import * as period from '../../src/core/detect/period';
import type { CellValue, Grid } from '../../src/core/grid';
import { decodeLegacyGrid } from '../../src/core/legacyGrid';
import { runReport } from '../../src/core/index';
import { narrate } from '../../src/core/narrative';
import type { Report } from '../../src/core/indicator';
import { appendixOf, buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { buildDraft } from '../../src/core/report/draft';
import { tablePeriods } from '../../src/core/report/periods';
import { consolidate, wardInputOf } from '../../src/core/consolidate/index';
import { districtWorkbookModels } from '../../src/core/consolidate/model';
import { fixture, FIXTURE_NAMES } from '../fixtures/sources';
import { grid } from './helpers';

vi.mock('../../src/core/detect/period', async (importOriginal) => {
  const p = await importOriginal<typeof import('../../src/core/detect/period')>();
  return { ...p, periodOf: vi.fn(p.periodOf), periodOfCell: vi.fn(p.periodOfCell) };
});

/** Readings of a period from a text or a cell since the last reset. */
function readings(): number {
  return vi.mocked(period.periodOf).mock.calls.length + vi.mocked(period.periodOfCell).mock.calls.length;
}

function resetReadings() {
  vi.mocked(period.periodOf).mockClear();
  vi.mocked(period.periodOfCell).mockClear();
}

/** How many periods detection alone reads in these grids. */
function detectionReadings(grids: Grid[]): number {
  resetReadings();
  for (const g of grids) detectTables(g);
  return readings();
}

function reportOf(grids: Grid[]): Report {
  const run = runReport(grids);
  if (!run.ok) throw new Error(run.message);
  return run.report;
}

/**
 * The report with every label of a dated period replaced by a token that means nothing (`kỳ 1`,
 * `kỳ 2`…, one per label): what is said of a period must come from the period read, not its label.
 */
function withOtherLabels(report: Report): Report {
  const tokens = new Map<string, string>();
  const token = (at: { year: string; label: string }, label: string) => {
    if (!at.year) return label;
    if (!tokens.has(label)) tokens.set(label, `kỳ ${tokens.size + 1}`);
    return tokens.get(label)!;
  };
  const copy = structuredClone(report);
  for (const t of copy.tables) {
    t.period = token(t.at, t.period);
    for (const i of t.indicators) for (const p of i.periods) p.period = token(p.at, p.period);
  }
  return copy;
}

const SAMPLE = resolve(__dirname, '../../assets/mau-chi-tieu.xlsx');

/** A workbook's grids as the run reads them: legacy text decoded, as detection then sees it. */
async function gridsOf(path: string): Promise<Grid[]> {
  const read = await readWorkbook(path);
  if (!read.ok) throw new Error(read.message);
  return read.grids.map(decodeLegacyGrid);
}

const quarters: CellValue[][] = [
  ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024', null, null, null, null, null, null, null],
  ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện', null, null, null, null],
  [null, null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', 'Cả năm'],
  ['Thu ngân sách', 'Triệu đồng', 12000, 2500, 3100, 2900, null, null],
  ['Tỷ lệ hộ nghèo', '%', 1.5, 1.9, 1.7, 1.6, null, null],
];

const months: CellValue[][] = [
  ['BÁO CÁO THÁNG 10 VÀ LŨY KẾ 10 THÁNG NĂM 2024', null, null, null, null],
  ['Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'TH tháng 10', 'Lũy kế 10 tháng'],
  ['Thu ngân sách', 'Triệu đồng', 12000, 950, 9800],
  ['Số hộ tái nghèo', 'Hộ', 3, 0, 1],
];

const longTable: CellValue[][] = [
  ['Chỉ tiêu', 'ĐVT', 'Năm', 'Kế hoạch', 'Thực hiện'],
  ['Thu ngân sách', 'Triệu đồng', 2021, 10000, 11000],
  ['Thu ngân sách', 'Triệu đồng', 2022, 10500, 11800],
  ['Thu ngân sách', 'Triệu đồng', 2023, 11000, 12500],
];

const BUILT: [string, Grid[]][] = [
  ['quarters beside a year target', [grid(quarters)]],
  ['a month and its cumulative figure', [grid(months)]],
  ['a long table of years', [grid(longTable)]],
];

describe('a period is read once, by detection', () => {
  const workbooks: [string, () => Promise<Grid[]>][] = [
    ['mau-chi-tieu.xlsx', () => gridsOf(SAMPLE)],
    ...FIXTURE_NAMES.map((n): [string, () => Promise<Grid[]>] => [n, () => gridsOf(fixture(n))]),
    ...BUILT.map(([name, grids]): [string, () => Promise<Grid[]>] => [name, () => Promise.resolve(grids)]),
  ];

  for (const [name, load] of workbooks) {
    it(`${name}: the figures and sentences read no period beyond detection's`, async () => {
      const grids = await load();
      const inDetection = detectionReadings(grids);
      expect(inDetection).toBeGreaterThan(0);
      resetReadings();
      const report = reportOf(grids);
      expect(readings()).toBe(inDetection);
      expect(report.narrative.length).toBeGreaterThan(0);
    });

    it(`${name}: each figure carries the period it is labelled with`, async () => {
      const report = reportOf(await load());
      for (const t of report.tables) {
        expect(t.at.label).toBe(t.period);
        for (const i of t.indicators) for (const p of i.periods) expect(p.at.label).toBe(p.period);
      }
    });

    it(`${name}: the sentences and the draft báo cáo say the read period, whatever its label`, async () => {
      const report = reportOf(await load());
      const renamed = withOtherLabels(report);
      expect(narrate(renamed)).toEqual(narrate(report));
      const appendix = appendixOf(buildReportModel(report, [], defaultSheetSettings), 'party');
      expect(buildDraft(renamed, appendix, defaultSheetSettings)).toEqual(
        buildDraft(report, appendix, defaultSheetSettings),
      );
    });

    it(`${name}: the summary sheet model reads no period`, async () => {
      const grids = await load();
      const report = reportOf(grids);
      resetReadings();
      const model = buildReportModel(report, grids, defaultSheetSettings);
      expect(model.cells.length).toBeGreaterThan(0);
      expect(readings()).toBe(0);
    });

    it(`${name}: the draft báo cáo reads no period`, async () => {
      const report = reportOf(await load());
      const appendix = appendixOf(buildReportModel(report, [], defaultSheetSettings), 'party');
      resetReadings();
      const draft = buildDraft(report, appendix, defaultSheetSettings);
      expect(draft.chapters.length).toBe(3);
      expect(readings()).toBe(0);
    });
  }

  it('the district consolidation and its workbook read no period beyond each ward’s detection', async () => {
    const wards = await Promise.all([SAMPLE, ...FIXTURE_NAMES.map(fixture)].map(gridsOf));
    const inDetection = wards.reduce((n, grids) => n + detectionReadings(grids), 0);
    resetReadings();
    const inputs = wards.map((grids, i) => {
      const result = runReport(grids);
      return { ...wardInputOf(grids, result.ok ? result.report : null, `ward-${i}.xlsx`), result };
    });
    const district = consolidate(inputs);
    const models = districtWorkbookModels(district);
    expect(district.period).toBe('2020');
    expect(district.sentences.length).toBeGreaterThan(0);
    expect(models.length).toBeGreaterThan(0);
    expect(readings()).toBe(inDetection);
  });
});

describe('the summary sheet’s periods come from the figures', () => {
  it('a table’s periods are its figures’ periods, each once, oldest first, a yearless one first', () => {
    const values: CellValue[][] = [
      ['Chỉ tiêu', 'ĐVT', 'Năm 2023', null, '6 tháng 2024', null, 'Quý I', null, 'Năm 2022', null],
      [null, null, 'KH', 'TH', 'KH', 'TH', 'KH', 'TH', 'KH', 'TH'],
      ['Thu ngân sách', 'Triệu đồng', 100, 110, 120, 70, 30, 28, 90, 95],
    ];
    const [table] = reportOf([grid(values)]).tables;
    const labels = tablePeriods(table).map((p) => p.label);
    // Hand-ordered: the column naming no year first (no label); then 2022, 2023, the first half of 2024.
    expect(labels).toEqual(['', '2022', '2023', '6 tháng 2024']);
  });
});
