/**
 * A term assembled from yearly tables that carry, beside the unit's own target, the target assigned
 * from above (`Chỉ tiêu thành phố giao`, `Dự toán cấp trên giao`) keeps both: each year is judged
 * against both targets, and the term's statuses, overview and sentences count against the assigned
 * target exactly as a single term table holding both columns does.
 */
import { describe, expect, test } from 'vitest';
import { runReport } from '../../src/core/index';
import type { CellValue, Grid } from '../../src/core/grid';
import type { Report } from '../../src/core/indicator';
import { assembleTerm } from '../../src/core/term/assemble';
import { periodOf } from '../../src/core/detect/period';
import { figuresOf } from './split';

interface Shape {
  label: string;
  /** The own target's header word and the assigned one's, as the office types them. */
  own: string;
  assigned: string;
  years: number[];
  span: string;
  /** Rows: name, unit, term target, then per year [own, assigned, actual]. */
  rows: [string, string, CellValue, ...[CellValue, CellValue, CellValue][]][];
}

const SHAPES: Shape[] = [
  {
    label: 'a ward, targets the city assigned, a term in progress',
    own: 'Kế hoạch phường',
    assigned: 'Chỉ tiêu thành phố giao',
    years: [2021, 2022, 2023],
    span: 'nhiệm kỳ 2020 - 2025',
    rows: [
      [
        'Thu ngân sách nhà nước trên địa bàn',
        'Triệu đồng',
        6000,
        [1000, 1100, 1050],
        [1200, 1150, 1250],
        [1300, 1400, 1350],
      ],
      ['Tỷ lệ hộ nghèo', '%', 1, [3, 2.5, 2.8], [2.5, 2, 2.2], [2, 1.8, 1.9]],
      ['Số hộ gia đình văn hóa', 'Hộ', 4000, [800, 850, 860], [820, 860, 830], [850, 880, 900]],
    ],
  },
  {
    label: 'no unit named in the own target, no level in the assigned one, a whole term',
    own: 'Chỉ tiêu phấn đấu',
    assigned: 'Chỉ tiêu cấp trên giao',
    years: [2016, 2017, 2018, 2019, 2020],
    span: 'nhiệm kỳ 2015 - 2020',
    rows: [
      [
        'Tổng giá trị sản xuất',
        'Tỷ đồng',
        500,
        [90, 95, 96],
        [95, 100, 101],
        [100, 104, 99],
        [105, 110, 112],
        [110, 115, 116],
      ],
      [
        'Tỷ lệ trẻ em suy dinh dưỡng',
        '%',
        8,
        [12, 11, 11.5],
        [11, 10, 10.2],
        [10, 9, 9.5],
        [9, 8.5, 8.4],
        [8.5, 8, 7.9],
      ],
    ],
  },
  {
    label: 'a budget a district assigned, figures in Triệu đồng',
    own: 'Dự toán phường',
    assigned: 'Dự toán quận giao',
    years: [2021, 2022, 2023, 2024],
    span: 'giai đoạn 2021 - 2025',
    rows: [
      [
        'Thu ngân sách',
        'Triệu đồng',
        null,
        [5000, 5200, 5300],
        [5400, 5600, 5500],
        [5800, 5700, 6000],
        [6000, 6300, 6100],
      ],
      [
        'Chi thường xuyên',
        'Triệu đồng',
        null,
        [4000, 3900, 3950],
        [4100, 4000, 4050],
        [4200, 4150, 4100],
        [4300, 4250, 4400],
      ],
    ],
  },
];

const HEAD: CellValue[][] = [['UBND PHƯỜNG PHÚC ĐỒNG'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']];

/** The term table as an office keeps it: every year's two targets and actual side by side. */
function singleTable(s: Shape): Grid {
  const termTarget = s.rows.some((r) => r[2] !== null);
  const header: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT'];
  if (termTarget) header.push(`Chỉ tiêu Nghị quyết ${s.span}`);
  for (const y of s.years) header.push(`${s.own} năm ${y}`, `${s.assigned} năm ${y}`, `Thực hiện năm ${y}`);
  const rows = s.rows.map(([name, unit, term, ...years], i) => [
    i + 1,
    name,
    unit,
    ...(termTarget ? [term] : []),
    ...years.flat(),
  ]);
  return {
    sheet: 'Nhiệm kỳ',
    values: [...HEAD, [`KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ${s.span.toUpperCase()}`], [], header, ...rows],
  };
}

/**
 * One year's table: its two targets and actual; the term target in the last year's. `yearIn`:
 * the headers name the year (a file a year) or only the sheet's name does (`Năm 2021`).
 */
function yearTable(s: Shape, k: number, yearIn: 'header' | 'sheet'): Grid {
  const y = s.years[k];
  const last = k === s.years.length - 1;
  const termTarget = last && s.rows.some((r) => r[2] !== null);
  const inHeader = yearIn === 'header' ? ` năm ${y}` : '';
  const header: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT'];
  if (termTarget) header.push(`Chỉ tiêu Nghị quyết ${s.span}`);
  header.push(`${s.own}${inHeader}`, `${s.assigned}${inHeader}`, `Thực hiện${inHeader}`);
  const rows = s.rows.map(([name, unit, term, ...years], i) => [
    i + 1,
    name,
    unit,
    ...(termTarget ? [term] : []),
    ...years[k],
  ]);
  const title = yearIn === 'header' ? [[`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM ${y}`]] : [];
  return { sheet: yearIn === 'header' ? 'Biểu 01' : `Năm ${y}`, values: [...HEAD, ...title, [], header, ...rows] };
}

function reportOf(grids: Grid[]): Report {
  const r = runReport(grids);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** The figures of both targets: what the year was judged against, and how sentences name them. */
function twoTargets(r: Report) {
  return r.tables.flatMap((t) =>
    t.indicators.map((i) => ({
      name: i.name,
      assignedOverall: i.overallAssignedStatus,
      periods: i.periods.map((p) => [p.period, p.assignedTarget, p.assignedStatus, p.targetLabels]),
    })),
  );
}

describe('a term table with an own and an assigned target, split into yearly tables and assembled', () => {
  for (const s of SHAPES)
    for (const yearIn of ['header', 'sheet'] as const)
      test(`${s.label} (the year named in ${yearIn === 'header' ? 'each header, a file a year' : 'the sheet name'})`, () => {
        const single = reportOf([singleTable(s)]);
        expect(single.tables[0].term).toBe(true);
        // The single table does read two targets a year: the rule under test is then that the
        // assembled term keeps them.
        expect(single.tables[0].indicators.every((i) => i.periods.every((p) => p.assignedTarget !== null))).toBe(true);
        const years = s.years.map((_, k) => yearTable(s, k, yearIn));
        const sources = years.map((g, k) =>
          yearIn === 'header' ? { name: `${s.years[k]}.xlsx`, grids: [g] } : { name: g.sheet, grids: [g] },
        );
        // A term without a term target names its span only in the single table's title: the
        // yearly files need it given, as `chitieu nhiem-ky --nhiem-ky` does.
        const span = periodOf(s.span)!.span!;
        const a = assembleTerm([...sources].reverse(), s.rows.some((r) => r[2] !== null) ? {} : { span });
        if (!a.ok) throw new Error(a.reason);
        expect(a.notices).toEqual([]);
        const back = reportOf([a.grid]);
        expect(figuresOf(back)).toEqual(figuresOf(single));
        expect(twoTargets(back)).toEqual(twoTargets(single));
        expect(back.counts).toEqual(single.counts);
        expect(back.narrative).toEqual(single.narrative);
      });
});

test('each year is judged against the target the city assigned (hand-computed)', () => {
  const a = assembleTerm(
    SHAPES[0].years.map((y, k) => ({ name: `${y}.xlsx`, grids: [yearTable(SHAPES[0], k, 'header')] })),
  );
  if (!a.ok) throw new Error(a.reason);
  const budget = reportOf([a.grid]).tables[0].indicators[0];
  // 1 050 against 1 100 assigned: not met although above the ward's own 1 000; 1 250 ≥ 1 150: exceeded.
  expect(
    budget.periods.map((p) => [p.period, p.target, p.assignedTarget, p.actual, p.status, p.assignedStatus]),
  ).toEqual([
    ['2021', 1000, 1100, 1050, 'vuot', 'chua_dat'],
    ['2022', 1200, 1150, 1250, 'vuot', 'vuot'],
    ['2023', 1300, 1400, 1350, 'vuot', 'chua_dat'],
  ]);
  expect(budget.periods[0].targetLabels).toEqual({ own: 'chỉ tiêu phường đề ra', assigned: 'chỉ tiêu thành phố giao' });
});

test('a year whose report lacks the assigned target keeps its own target alone; the others keep both', () => {
  const s = SHAPES[0];
  const plain: Grid = {
    sheet: 'Biểu 01',
    values: [
      ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2021'],
      [],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2021', 'Thực hiện năm 2021'],
      ...s.rows.map(([name, unit, , year]) => [1, name, unit, year[0], year[2]]),
    ],
  };
  const a = assembleTerm([
    { name: '2021.xlsx', grids: [plain] },
    { name: '2022.xlsx', grids: [yearTable(s, 1, 'header')] },
    { name: '2023.xlsx', grids: [yearTable(s, 2, 'header')] },
  ]);
  if (!a.ok) throw new Error(a.reason);
  const ind = reportOf([a.grid]).tables[0].indicators[0];
  expect(ind.periods.map((p) => [p.period, p.target, p.assignedTarget])).toEqual([
    ['2021', 1000, null],
    ['2022', 1200, 1150],
    ['2023', 1300, 1400],
  ]);
});
