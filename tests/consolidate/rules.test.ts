/** Consolidation rules on small in-memory wards (no files): each test states the rule it checks. */
import { describe, expect, it } from 'vitest';
import { consolidate, headlineOf, indicatorSentence, type WardInput } from '../../src/core/consolidate/index';
import { runReport, type CellValue, type Grid } from '../../src/core/index';
import { headlinePct } from '../../src/core/narrative/overview';

type Row = [string, string, CellValue, CellValue];

function annual(body: string, rows: Row[], year = 2020, sheet = `Chỉ tiêu ${year}`): Grid {
  return {
    sheet,
    values: [
      [body],
      [`KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM ${year}`],
      ['STT', 'Chỉ tiêu', 'ĐVT', `Kế hoạch năm ${year}`, `Thực hiện năm ${year}`],
      ...rows.map((r, i) => [i + 1, ...r]),
    ],
  };
}

function ward(body: string, rows: Row[], year = 2020): WardInput {
  const grids = [annual(body, rows, year)];
  return {
    ward: body
      .replace(/^ĐẢNG ỦY /, '')
      .toLowerCase()
      .replace(/^(\S+) (.*)$/, (_, l, n) => `${l} ${titleCase(n)}`),
    result: runReport(grids),
  };
}

function titleCase(s: string): string {
  return s.replace(/(^|\s)(\S)/g, (_, sp, c) => sp + c.toUpperCase());
}

const base: Row[] = [
  ['Thu ngân sách', 'Triệu đồng', 10000, 12000],
  ['Kết nạp đảng viên mới', 'Đảng viên', 10, 10],
  ['Số hộ nghèo', 'Hộ', 20, 15],
];

const unreadable = (name: string, message = 'Tệp x.xlsx không phải là sổ Excel .xlsx.'): WardInput => ({
  ward: name,
  file: `${name}.xlsx`,
  result: { ok: false, code: 'not-xlsx', message },
});

describe('consolidation rules', () => {
  it('a ward reporting another year than most wards has a period_differs finding, and is consolidated all the same', () => {
    const d = consolidate([
      ward('ĐẢNG ỦY PHƯỜNG A', base),
      ward('ĐẢNG ỦY PHƯỜNG B', base),
      ward('ĐẢNG ỦY PHƯỜNG C', base, 2019),
    ]);
    expect(d.period).toBe('2020');
    expect(d.wards.map((w) => w.period)).toEqual(['2020', '2020', '2019']);
    expect(d.findings.map((f) => [f.ward, f.kind, f.message])).toEqual([
      ['phường C', 'period_differs', 'Số liệu năm 2019, khác kỳ của các phường khác (năm 2020).'],
    ]);
    expect(d.indicators[0].cells[2]?.pct).toBe(120);
  });

  it('two files of the same ward: the second is renamed "(2)" and has a duplicate_ward finding', () => {
    const a = { ...ward('ĐẢNG ỦY PHƯỜNG A', base), file: 'a.xlsx' };
    const again = { ...ward('ĐẢNG ỦY PHƯỜNG A', base), file: 'a-ban-sua.xlsx' };
    const d = consolidate([a, again]);
    expect(d.wards.map((w) => w.name)).toEqual(['phường A', 'phường A (2)']);
    expect(d.findings.map((f) => [f.ward, f.kind])).toEqual([['phường A (2)', 'duplicate_ward']]);
    expect(d.findings[0].message).toContain('a-ban-sua.xlsx');
    expect(d.findings[0].message).toContain('a.xlsx');
    expect(d.ranking.map((e) => [e.rank, e.ward])).toEqual([
      [1, 'phường A'],
      [1, 'phường A (2)'],
    ]);
  });

  it('an indicator reported twice by one ward (2019 and 2020 sheets): the later period is kept, and it is a finding', () => {
    const grids = [
      annual('ĐẢNG ỦY PHƯỜNG A', [['Thu ngân sách', 'Triệu đồng', 10000, 9000]], 2019),
      annual('ĐẢNG ỦY PHƯỜNG A', [['Thu ngân sách', 'Triệu đồng', 10000, 12500]], 2020),
    ].reverse();
    const d = consolidate([{ ward: 'phường A', result: runReport(grids) }]);
    expect(d.indicators[0].cells[0]).toMatchObject({ pct: 125, period: '2020', status: 'vuot' });
    expect(d.findings.map((f) => f.kind)).toEqual(['duplicate_indicator']);
    expect(d.findings[0].message).toBe(
      'Chỉ tiêu "Thu ngân sách" có ở hai chỗ (trang Chỉ tiêu 2020, dòng 4 và trang Chỉ tiêu 2019, dòng 4): lấy số liệu năm 2020, trang Chỉ tiêu 2020, dòng 4.',
    );
  });

  it('counts in different units are never converted: a finding, the % is still compared', () => {
    const d = consolidate([
      ward('ĐẢNG ỦY PHƯỜNG A', base),
      ward('ĐẢNG ỦY PHƯỜNG B', base),
      ward('ĐẢNG ỦY PHƯỜNG C', [base[0], ['Kết nạp đảng viên mới', 'Người', 10, 12], base[2]]),
    ]);
    const members = d.indicators[1];
    expect(members.unit).toBe('Đảng viên');
    expect(members.cells[2]).toMatchObject({
      unit: 'Người',
      unitMatches: false,
      converted: false,
      actual: 12,
      pct: 120,
    });
    expect(members.best).toEqual({ wards: ['phường C'], pct: 120 });
    expect(d.findings.map((f) => [f.ward, f.kind, f.message])).toEqual([
      [
        'phường C',
        'unit_differs',
        'Kết nạp đảng viên mới: đơn vị tính "Người" khác các phường khác ("Đảng viên"), không quy đổi được; chỉ so sánh tỷ lệ thực hiện.',
      ],
    ]);
  });

  it('money in tỷ đồng and nghìn đồng is converted to the unit most wards use', () => {
    const d = consolidate([
      ward('ĐẢNG ỦY PHƯỜNG A', base),
      ward('ĐẢNG ỦY PHƯỜNG B', [['Thu ngân sách', 'tỷ đồng', '10', '12,5'], ...base.slice(1)]),
      ward('ĐẢNG ỦY PHƯỜNG C', [['Thu ngân sách', 'Nghìn đồng', '10.000.000', '9.500.000'], ...base.slice(1)]),
      ward('ĐẢNG ỦY PHƯỜNG D', [['Thu ngân sách', 'Tr.đ', 8000, 8000], ...base.slice(1)]),
    ]);
    const revenue = d.indicators[0];
    expect(revenue.unit).toBe('Triệu đồng');
    expect(revenue.cells.map((c) => [c?.actual, c?.target, c?.converted])).toEqual([
      [12000, 10000, false],
      [12500, 10000, true],
      [9500, 10000, true],
      [8000, 8000, false],
    ]);
    expect(d.findings.filter((f) => f.kind === 'unit_differs').map((f) => f.message)).toEqual([
      'Thu ngân sách: đơn vị tính "tỷ đồng" khác các phường khác ("Triệu đồng"), đã quy đổi: 12,5 tỷ đồng = 12.500 triệu đồng.',
      'Thu ngân sách: đơn vị tính "Nghìn đồng" khác các phường khác ("Triệu đồng"), đã quy đổi: 9.500.000 nghìn đồng = 9.500 triệu đồng.',
    ]);
  });

  it('an indicator most wards report is missing elsewhere; one only a minority reports is flagged as a likely other spelling', () => {
    const d = consolidate([
      ward('ĐẢNG ỦY PHƯỜNG A', base),
      ward('ĐẢNG ỦY PHƯỜNG B', base),
      ward('ĐẢNG ỦY PHƯỜNG C', [['Thu NS phường', 'Triệu đồng', 10000, 12000], ...base.slice(1)]),
    ]);
    expect(d.findings.map((f) => [f.ward, f.kind, f.message])).toEqual([
      ['phường C', 'missing_indicator', 'Thiếu chỉ tiêu "Thu ngân sách", chỉ tiêu mà 2/3 phường báo cáo.'],
      [
        'phường C',
        'extra_indicator',
        'Chỉ tiêu "Thu NS phường" chỉ có ở 1/3 phường: kiểm tra lại tên chỉ tiêu (các phường khác có thể ghi tên khác).',
      ],
    ]);
    // Only indicators most wards report get a sentence.
    expect(d.sentences.filter((s) => s.includes('NS phường'))).toEqual([]);
  });

  it('names the indicator dictionary holds as one indicator match across wards', () => {
    const d = consolidate([
      ward('ĐẢNG ỦY PHƯỜNG A', base),
      ward('ĐẢNG ỦY PHƯỜNG B', [['Thu ngân sách nhà nước trên địa bàn', 'Triệu đồng', 10000, 12000], ...base.slice(1)]),
      ward('ĐẢNG ỦY PHƯỜNG C', [['Thu NSNN', 'Tỷ đồng', 10, 12], ...base.slice(1)]),
    ]);
    expect(d.findings.filter((f) => f.kind === 'missing_indicator' || f.kind === 'extra_indicator')).toEqual([]);
  });

  it('a term target makes the term % the headline, over the term (2015-2020)', () => {
    const term: Grid = {
      sheet: 'Nhiệm kỳ',
      values: [
        ['ĐẢNG ỦY PHƯỜNG ĐỨC GIANG'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu NQ nhiệm kỳ 2015-2020', 'Năm 2015', null, 'Năm 2016', null],
        [null, null, null, null, 'KH', 'TH', 'KH', 'TH'],
        [1, 'Kết nạp đảng viên', 'Đảng viên', 20, 10, 12, 10, 14],
      ],
      merges: [
        { top: 1, left: 4, bottom: 1, right: 5 },
        { top: 1, left: 6, bottom: 1, right: 7 },
      ],
    };
    const run = runReport([term]);
    if (!run.ok) throw new Error(run.message);
    const ind = run.report.tables[0].indicators[0];
    const h = headlineOf(ind);
    expect(h).toMatchObject({ pct: 130, status: 'vuot', actual: 26, target: 20, period: '2015-2016' });
  });

  it('the headline % agrees with the status; a two-year comparison has no cumulative %', () => {
    // KH/TH 2019: 10.000/9.000, 2020: 10.000/10.000 — status of 2020 is đạt; Σ TH / Σ KH is 95%.
    const grid: Grid = {
      sheet: 'S',
      values: [
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2019', null, 'Năm 2020', null],
        [null, null, null, 'KH', 'TH', 'KH', 'TH'],
        [1, 'Thu ngân sách', 'Triệu đồng', 10000, 9000, 10000, 10000],
      ],
      merges: [
        { top: 0, left: 3, bottom: 0, right: 4 },
        { top: 0, left: 5, bottom: 0, right: 6 },
      ],
    };
    const run = runReport([grid]);
    if (!run.ok) throw new Error(run.message);
    const ind = run.report.tables[0].indicators[0];
    expect(ind.overallStatus).toBe('dat');
    // Two years are a comparison, not a term (DOMAIN.md §7.3): no cumulative %, the latest period's.
    expect(ind.term).toBeNull();
    expect(headlinePct(ind)).toBe(100);
    expect(headlineOf(ind)).toMatchObject({ pct: 100, status: 'dat', period: '2020' });
  });

  it('ratings and zero targets have a status but no %: counted, never best or lowest', () => {
    const rows: Row[] = [
      ['Chi bộ không hoàn thành nhiệm vụ', 'Chi bộ', 'Không có', 0],
      ['Thu ngân sách', 'Triệu đồng', 10000, 12000],
    ];
    const d = consolidate([ward('ĐẢNG ỦY PHƯỜNG A', rows), ward('ĐẢNG ỦY PHƯỜNG B', rows)]);
    const zero = d.indicators[0];
    expect(zero.cells.map((c) => [c?.pct, c?.status])).toEqual([
      [null, 'dat'],
      [null, 'dat'],
    ]);
    expect([zero.best, zero.lowest]).toEqual([null, null]);
    expect(d.sentences[1]).toBe('2/2 phường đạt chỉ tiêu chi bộ không hoàn thành nhiệm vụ.');
    expect(d.sentences[2]).toBe('2/2 phường hoàn thành vượt mức chỉ tiêu thu ngân sách; các phường đều đạt 120%.');
  });

  it('no readable ward: nothing ranked, one sentence about the files', () => {
    const d = consolidate([unreadable('a'), unreadable('b', 'Không tìm thấy bảng chỉ tiêu nào.')]);
    expect(d.ranking).toEqual([]);
    expect(d.indicators).toEqual([]);
    expect(d.sentences).toEqual(['Có 02 tệp không đọc được số liệu: a.xlsx và b.xlsx.']);
    expect(d.findings.map((f) => f.kind)).toEqual(['unreadable', 'unreadable']);
  });

  it('one ward alone is consolidated and ranked 01/01', () => {
    const d = consolidate([ward('ĐẢNG ỦY PHƯỜNG A', base)]);
    expect(d.sentences).toEqual([
      'Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của 01 phường, gồm 03 chỉ tiêu.',
      '1/1 phường hoàn thành vượt mức chỉ tiêu thu ngân sách; phường A đạt 120%.',
      '1/1 phường đạt chỉ tiêu kết nạp đảng viên mới; phường A đạt 100%.',
      '1/1 phường hoàn thành vượt mức chỉ tiêu số hộ nghèo; phường A bằng 75% chỉ tiêu.',
      'Phường A xếp thứ 01/01 phường (3/3 chỉ tiêu đạt và vượt, trong đó 02 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 110%).',
    ]);
  });

  it('the level word comes from the ward names: xã; mixed levels are listed as reports do (xã, phường); a setting overrides', () => {
    const xa = consolidate([ward('ĐẢNG ỦY XÃ BÁT TRÀNG', base), ward('ĐẢNG ỦY XÃ KIM LAN', base)]);
    expect(xa.levelWord).toBe('xã');
    expect(xa.sentences[0]).toBe('Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của 02 xã, gồm 03 chỉ tiêu.');
    expect(xa.sentences.at(-1)).toMatch(/^Xã Bát Tràng và xã Kim Lan đồng hạng, cùng xếp thứ 01\/02 xã/);
    const mixed = consolidate([ward('ĐẢNG ỦY XÃ BÁT TRÀNG', base), ward('ĐẢNG ỦY PHƯỜNG A', base)]);
    expect(mixed.levelWord).toBe('xã, phường');
    expect(consolidate([ward('ĐẢNG ỦY XÃ BÁT TRÀNG', base)], { levelWord: 'đơn vị' }).levelWord).toBe('đơn vị');
  });

  it('counts without the administrative leading zero when the setting is off', () => {
    const d = consolidate([ward('ĐẢNG ỦY PHƯỜNG A', base)], { leadingZero: false });
    expect(d.sentences[0]).toBe('Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của 1 phường, gồm 3 chỉ tiêu.');
    expect(d.sentences.at(-1)).toContain('xếp thứ 1/1 phường');
  });

  it('an indicator no ward could judge is worded as such', () => {
    const row = {
      key: 'x|',
      name: 'Số vụ cháy',
      unit: 'Vụ',
      valueKind: 'count' as const,
      direction: 'decrease' as const,
      cells: [],
      counts: { total: 2, vuot: 0, dat: 0, chua_dat: 0, khong_danh_gia: 2 },
      missing: [],
      best: null,
      lowest: null,
    };
    expect(indicatorSentence(row, [], 2, { leadingZero: true, levelWord: '' }, 'phường')).toBe(
      '2/2 phường chưa đủ số liệu để đánh giá chỉ tiêu số vụ cháy.',
    );
  });
});

describe('own and assigned targets: the district ranks on assignedStatus', () => {
  /** A ward whose own target is higher than the district's: below its own, above the district's. */
  function ownAndAssigned(body: string, assigned: number, own: number, actual: number): WardInput {
    const grids: Grid[] = [
      {
        sheet: 'Chỉ tiêu 2020',
        values: [
          [body],
          ['KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2020'],
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu quận giao năm 2020', 'Chỉ tiêu phường phấn đấu', 'Thực hiện năm 2020'],
          [1, 'Thu ngân sách', 'Triệu đồng', assigned, own, actual],
          [2, 'Kết nạp đảng viên mới', 'Đảng viên', 10, 10, 10],
        ],
      },
    ];
    return { ward: body.replace(/^ĐẢNG ỦY /, '').toLowerCase(), result: runReport(grids) };
  }

  it("a ward above the district's target but below its own is met for the district", () => {
    const d = consolidate([
      ownAndAssigned('ĐẢNG ỦY PHƯỜNG A', 10000, 12000, 11000),
      ward('ĐẢNG ỦY PHƯỜNG B', [
        ['Thu ngân sách', 'Triệu đồng', 10000, 9000],
        ['Kết nạp đảng viên mới', 'Đảng viên', 10, 10],
      ]),
    ]);
    // Phường A: chưa đạt its own 12.000 but vượt the district's 10.000 — ranked on the latter.
    expect(d.indicators[0].cells[0]?.status).toBe('chua_dat');
    expect(d.indicators[0].cells[0]?.rankStatus).toBe('vuot');
    expect(d.wards[0].counts).toMatchObject({ vuot: 1, dat: 1, chua_dat: 0 });
    expect(d.ranking.map((e) => [e.rank, e.ward])).toEqual([
      [1, 'phường a'],
      [2, 'phường B'],
    ]);
  });
});
