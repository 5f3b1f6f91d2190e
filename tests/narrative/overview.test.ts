/**
 * Issue 11 rule 5: one overview per table period, in the unit's own words. The unit word (phường,
 * xã, thị trấn, đặc khu) and its superior (quận, huyện, thị xã, thành phố, tỉnh) come from the
 * title block and the headers, never `đơn vị` or a file name; only indicators with a target are
 * "được giao"; an indicator without one is said as such, never "chưa đủ số liệu"; term tables say
 * `Nghị quyết Đại hội đề ra`; tables of different periods are never merged.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import type { CellValue, Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { readTitleBlocks } from '../../src/core/titleBlock';

const fixtures = resolve(__dirname, '../fixtures');

async function narrativeOf(path: string, settings = {}): Promise<string[]> {
  const read = await readWorkbook(path);
  if (!read.ok) throw new Error(read.message);
  const run = runReport(read.grids, settings);
  if (!run.ok) throw new Error(run.message);
  return run.report.narrative;
}

const H = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'];
const ROWS: CellValue[][] = [
  [1, 'Thu ngân sách', 'Triệu đồng', 10500, 36015],
  [2, 'Giao quân', 'Người', 12, 12],
  [3, 'Kết nạp đảng viên mới', 'Đảng viên', 8, 11],
];

function sentencesOf(title: CellValue[][], header = H, rows = ROWS): string[] {
  const run = runReport([{ sheet: 'S', values: [...title, [], header, ...rows] }]);
  if (!run.ok) throw new Error(run.message);
  return run.report.narrative;
}

const overviewOf = (title: CellValue[][], header = H, rows = ROWS) => sentencesOf(title, header, rows)[0];

describe('rule 5: the overviews of the fixtures, in the unit’s own words', () => {
  it('phuc-dong-2020: “phường được quận giao”, the vượt/đạt split, one high achiever with its base', async () => {
    const n = await narrativeOf(resolve(fixtures, 'phuc-dong-2020.xlsx'));
    // Before: 'Năm 2020 đơn vị được giao 12 chỉ tiêu, kết quả 12/12 chỉ tiêu đạt và vượt, trong đó có
    // chỉ tiêu đạt cao như thu ngân sách đạt 343% và kết nạp đảng viên mới đạt 137,5%.'
    expect(n[0]).toBe(
      'Năm 2020 phường được quận giao 12 chỉ tiêu, kết quả 12/12 chỉ tiêu đều đạt và vượt (07 vượt, 05 đạt), trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.',
    );
    expect(n.join(' ')).not.toMatch(/đơn vị/);
  });

  it('duc-giang-2015-2020: a term table reads “Nghị quyết Đại hội đề ra”; chi ngân sách has no target', async () => {
    const n = await narrativeOf(resolve(fixtures, 'duc-giang-2015-2020.xlsx'));
    expect(n[0]).toBe(
      'Nhiệm kỳ 2015 - 2020, phường thực hiện 05 chỉ tiêu Nghị quyết Đại hội đề ra, kết quả hoàn thành vượt mức 05 chỉ tiêu.',
    );
    // Before: 'Có 01 chỉ tiêu chưa đủ số liệu để đánh giá: chi ngân sách.'
    // Its own sentence says it: `Chi ngân sách bình quân … (Nghị quyết không đề ra mức cụ thể, …). Cụ thể: …`
    expect(n.find((x) => x.startsWith('Chi ngân sách'))).toMatch(
      /\(Nghị quyết không đề ra mức cụ thể, chỉ theo dõi kết quả thực hiện\)\. Cụ thể:/,
    );
    expect(n.join(' ')).not.toMatch(/chưa đủ số liệu/);
  });

  it('thuong-thanh 9 tháng 2024: a partial year “thực hiện 09 chỉ tiêu quận giao” (UBND QUẬN … over UBND PHƯỜNG …)', async () => {
    const n = await narrativeOf(resolve(fixtures, 'thuong-thanh-9-thang-2024-uoc-ca-nam.xlsx'));
    expect(n.slice(0, 2)).toEqual([
      'Chín tháng đầu năm 2024, phường thực hiện 09 chỉ tiêu quận giao, ước cả năm 7/9 chỉ tiêu đạt và vượt (06 vượt, 01 đạt).',
      'Còn 02 chỉ tiêu chưa đạt: số lao động được giải quyết việc làm và số vụ vi phạm trật tự xây dựng.',
    ]);
  });

  it('so-lieu-dai-2018-2020: nothing names the unit — a neutral sentence, all exceeded', async () => {
    const n = await narrativeOf(resolve(fixtures, 'so-lieu-dai-2018-2020.xlsx'));
    expect(n[0]).toBe(
      'Năm 2020 có 04 chỉ tiêu được giao, kết quả hoàn thành vượt mức 04 chỉ tiêu, trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.',
    );
  });

  it('the sample’s three tables of three periods give three overviews, each before its own sentences', async () => {
    const { SAMPLE_WORKBOOK } = await import('../../src/cli/main');
    const n = await narrativeOf(SAMPLE_WORKBOOK);
    const overviews = n.filter((s) => /^(?:Năm 2020 phường|Nhiệm kỳ 2015 - 2020, phường|Đối với biểu)/.test(s));
    expect(overviews).toEqual([
      'Năm 2020 phường được quận giao 12 chỉ tiêu, kết quả 12/12 chỉ tiêu đều đạt và vượt (07 vượt, 05 đạt), trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.',
      'Nhiệm kỳ 2015 - 2020, phường thực hiện 05 chỉ tiêu Nghị quyết Đại hội đề ra, kết quả hoàn thành vượt mức 05 chỉ tiêu.',
      'Đối với biểu theo dõi từ năm 2018 đến năm 2020, năm 2020 phường được quận giao 04 chỉ tiêu, kết quả hoàn thành vượt mức 04 chỉ tiêu, trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.',
    ]);
    expect(n[0]).toBe(overviews[0]);
    expect(n[1]).toMatch(/^Thu ngân sách đạt 36\.015 triệu đồng/);
    const term = n.indexOf(overviews[1]);
    expect(n[term + 1]).toMatch(/^Thu ngân sách bình quân hàng năm/);
    expect(n[term + 2]).toMatch(/^Chi ngân sách bình quân hàng năm .*\(Nghị quyết không đề ra mức cụ thể, /);
  });

  it('the options override the title block: the unit as typed, the superior’s level word', async () => {
    const n = await narrativeOf(resolve(fixtures, 'so-lieu-dai-2018-2020.xlsx'), {
      unitName: 'phường Phúc Đồng',
      superiorName: 'Đảng bộ quận Long Biên',
    });
    expect(n[0]).toMatch(/^Năm 2020 phường Phúc Đồng được quận giao 04 chỉ tiêu, /);
  });
});

describe('rule 5: the unit and its superior from any title block', () => {
  const standard =
    'Năm 2020 phường được quận giao 03 chỉ tiêu, kết quả 3/3 chỉ tiêu đều đạt và vượt (02 vượt, 01 đạt), trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch';
  it.each<[string, CellValue[][]]>([
    [
      'party, upper case',
      [['ĐẢNG BỘ QUẬN LONG BIÊN', null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']],
    ],
    [
      'state, with the national motto',
      [
        ['UBND QUẬN LONG BIÊN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['UBND PHƯỜNG PHÚC ĐỒNG', null, null, 'Độc lập - Tự do - Hạnh phúc'],
      ],
    ],
    ['lower case', [['Đảng bộ quận Long Biên'], ['Đảng ủy phường Phúc Đồng']]],
    ['both lines in one cell', [['ĐẢNG BỘ QUẬN LONG BIÊN\nĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG\n*']]],
    ['the unit first, the superior second', [['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG'], ['(trực thuộc Đảng bộ quận Long Biên)']]],
    ['abbreviated', [['UBND Q. LONG BIÊN'], ['UBND P.PHÚC ĐỒNG']]],
    [
      'a committee and a title',
      [['QUẬN ỦY LONG BIÊN'], ['BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2020 CỦA PHƯỜNG PHÚC ĐỒNG']],
    ],
  ])('%s', (_, title) => {
    expect(overviewOf(title)).toBe(`${standard}.`);
  });

  it('xã under huyện, thị trấn, đặc khu under tỉnh, xã under thị xã (never “xã” out of “thị xã”)', () => {
    expect(overviewOf([['UBND HUYỆN GIA LÂM'], ['UBND XÃ BÁT TRÀNG']])).toMatch(
      /^Năm 2020 xã được huyện giao 03 chỉ tiêu/,
    );
    expect(overviewOf([['HUYỆN ỦY GIA LÂM'], ['ĐẢNG ỦY THỊ TRẤN TRÂU QUỲ']])).toMatch(
      /^Năm 2020 thị trấn được huyện giao/,
    );
    expect(overviewOf([['TỈNH ỦY QUẢNG NINH'], ['ĐẢNG ỦY ĐẶC KHU VÂN ĐỒN']])).toMatch(
      /^Năm 2020 đặc khu được tỉnh giao/,
    );
    expect(overviewOf([['THỊ XÃ ĐỨC PHỔ'], ['UBND XÃ PHỔ AN']])).toMatch(/^Năm 2020 xã được thị xã giao/);
    expect(overviewOf([['UBND THÀNH PHỐ HÀ NỘI'], ['UBND PHƯỜNG HOÀN KIẾM']])).toMatch(
      /^Năm 2020 phường được thành phố giao/,
    );
  });

  it('the header “Chỉ tiêu quận giao” names the superior when the title block does not', () => {
    const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu quận giao năm 2020', 'Thực hiện năm 2020'];
    expect(overviewOf([['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']], header)).toBe(`${standard}.`);
    expect(overviewOf([], header)).toMatch(/^Năm 2020 có 03 chỉ tiêu quận giao, kết quả/);
  });

  it('nothing names the unit: a neutral sentence, never “đơn vị”; “xã hội” names no xã', () => {
    expect(overviewOf([])).toMatch(/^Năm 2020 có 03 chỉ tiêu được giao, kết quả 3\/3 chỉ tiêu đều đạt và vượt/);
    const title = [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['BÁO CÁO CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2020']];
    expect(overviewOf(title)).toMatch(/^Năm 2020 có 03 chỉ tiêu được giao/);
  });

  it('reads the title block of each sheet, the workbook’s for a sheet without one', () => {
    const grids: Grid[] = [
      { sheet: 'A', values: [['ĐẢNG BỘ QUẬN LONG BIÊN'], ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG'], [], H, ...ROWS] },
      { sheet: 'B', values: [['UBND XÃ KIM LAN'], [], H, ...ROWS] },
      { sheet: 'C', values: [H, ...ROWS] },
    ];
    const t = readTitleBlocks(grids, []);
    expect(t.workbook).toEqual({
      unit: { level: 'phường', name: 'Phúc Đồng' },
      superior: { level: 'quận', name: 'Long Biên' },
    });
    expect(t.bySheet.get('B')).toEqual({
      unit: { level: 'xã', name: 'Kim Lan' },
      superior: { level: 'quận', name: 'Long Biên' },
    });
    expect(t.bySheet.get('C')).toEqual(t.workbook);
  });
});

describe('rule 5: what counts as “được giao”, and the shapes of the result', () => {
  const title = [['ĐẢNG BỘ QUẬN LONG BIÊN'], ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']];
  it('an indicator without a target is not “được giao” and is said as such', () => {
    const rows = [...ROWS, [4, 'Chi ngân sách', 'Triệu đồng', null, 18200]];
    const narrative = sentencesOf(title, H, rows);
    expect(narrative.slice(0, 2)).toEqual([
      'Năm 2020 phường được quận giao 03 chỉ tiêu, kết quả 3/3 chỉ tiêu đều đạt và vượt (02 vượt, 01 đạt), trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.',
      'Thu ngân sách đạt 36.015 triệu đồng, bằng 343% kế hoạch.',
    ]);
    expect(narrative).toContain(
      'Chi ngân sách đạt 18.200 triệu đồng (không giao chỉ tiêu, chỉ theo dõi kết quả thực hiện).',
    );
  });

  it('a target cell holding an error is a target with too few figures, not “no target”', () => {
    const rows = [...ROWS, [4, 'Chi ngân sách', 'Triệu đồng', { error: '#DIV/0!' }, 18200]];
    const narrative = sentencesOf(title, H, rows);
    expect(narrative[0]).toMatch(
      /^Năm 2020 phường được quận giao 04 chỉ tiêu, kết quả 3\/4 chỉ tiêu đạt và vượt \(02 vượt, 01 đạt\)/,
    );
    expect(narrative[1]).toBe('Có 01 chỉ tiêu chưa đủ số liệu để đánh giá: chi ngân sách.');
  });

  it('all exceeded: “hoàn thành vượt mức N chỉ tiêu”; some not met: no “đều”, then the list', () => {
    const allVuot = ROWS.map((r) => (r[1] === 'Giao quân' ? [2, 'Giao quân', 'Người', 12, 13] : r));
    expect(overviewOf(title, H, allVuot)).toBe(
      'Năm 2020 phường được quận giao 03 chỉ tiêu, kết quả hoàn thành vượt mức 03 chỉ tiêu, trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.',
    );
    const someMissed = ROWS.map((r) => (r[1] === 'Giao quân' ? [2, 'Giao quân', 'Người', 12, 10] : r));
    const narrative = sentencesOf(title, H, someMissed);
    expect(narrative.slice(0, 2)).toEqual([
      'Năm 2020 phường được quận giao 03 chỉ tiêu, kết quả 2/3 chỉ tiêu đạt và vượt, trong đó có chỉ tiêu đạt cao như thu ngân sách đạt 343% kế hoạch.',
      'Còn 01 chỉ tiêu chưa đạt: giao quân.',
    ]);
  });

  it('two tables of the same period share one overview; of different periods, never', () => {
    const other = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2019', 'Thực hiện năm 2019'];
    const grids: Grid[] = [
      { sheet: 'A', values: [...title, [], H, ...ROWS.slice(0, 2)] },
      { sheet: 'B', values: [H, ...ROWS.slice(2)] },
      { sheet: 'C', values: [other, ...ROWS] },
    ];
    const run = runReport(grids);
    if (!run.ok) throw new Error(run.message);
    const overviews = run.report.narrative.filter((s) => /chỉ tiêu, kết quả/.test(s));
    expect(overviews.map((s) => s.slice(0, 40))).toEqual([
      'Năm 2020 phường được quận giao 03 chỉ ti',
      'Năm 2019 phường được quận giao 03 chỉ ti',
    ]);
  });
});
