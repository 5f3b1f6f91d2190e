/**
 * The header a workbook gives itself, read from its title block, and what the user typed winning
 * over it: party blocks (`ĐẢNG ỦY …` under `ĐẢNG BỘ …` or `QUẬN ỦY …`, `ĐẢNG CỘNG SẢN VIỆT NAM`) and
 * state blocks (`UBND …`, `ỦY BAN NHÂN DÂN …`, `HĐND …`, the national motto), in capitals or mixed
 * case, in separate cells, in one cell over two lines, abbreviated; the result checked against the
 * header an officer writes by hand for each.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, Grid } from '../../src/core/grid';
import { runReport } from '../../src/core/index';
import { defaultUserSettings, engineSettings, runSheetSettings, type UserSettings } from '../../src/settings';
import { readWorkbookHeader } from '../../src/settings/workbookHeader';
import { unitInSentence, placeOf } from '../../src/settings/bodies';

const TABLE: CellValue[][] = [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2020', 'Thực hiện năm 2020'],
  [1, 'Thu ngân sách', 'Triệu đồng', 10500, 12000],
  [2, 'Kết nạp đảng viên', 'Đảng viên', 8, 9],
];

/** A sheet: the title block's rows, an empty row, the title, then the table. */
function sheet(title: CellValue[][], name = 'Chỉ tiêu 2020'): Grid {
  return { sheet: name, values: [...title, [], ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020'], [], ...TABLE] };
}

const TODAY = new Date(2020, 11, 15);

/** The header lines as the summary sheet writes them, for what the user typed. */
function header(grids: Grid[], typed: Partial<UserSettings> = {}) {
  const u = { ...defaultUserSettings, ...typed };
  const run = runReport(grids, engineSettings(u));
  if (!run.ok) throw new Error(run.message);
  const s = runSheetSettings(u, grids, run.report.tables, TODAY);
  return { bodyType: s.bodyType, superiorBody: s.superiorBody, issuingBody: s.issuingBody, place: s.place };
}

interface Case {
  layout: string;
  title: CellValue[][];
  want: ReturnType<typeof header>;
}

const PHUC_DONG_PARTY = {
  bodyType: 'party',
  superiorBody: 'Đảng bộ quận Long Biên',
  issuingBody: 'Đảng ủy phường Phúc Đồng',
  place: 'Phúc Đồng',
} as const;

const CASES: Case[] = [
  {
    layout: 'party, two cells on the left, the motto on the right',
    title: [
      ['ĐẢNG BỘ QUẬN LONG BIÊN', null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
      ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG'],
      ['*', null, null, 'Phúc Đồng, ngày 10 tháng 12 năm 2020'],
    ],
    want: PHUC_DONG_PARTY,
  },
  {
    layout: 'party, one cell over two lines, the old spelling uỷ, no motto',
    title: [['ĐẢNG BỘ QUẬN LONG BIÊN\nĐẢNG UỶ PHƯỜNG PHÚC ĐỒNG']],
    want: PHUC_DONG_PARTY,
  },
  {
    layout: 'party, the superior a district committee (HUYỆN ỦY), a commune',
    title: [['HUYỆN ỦY GIA LÂM', null, 'ĐẢNG CỘNG SẢN VIỆT NAM'], ['ĐẢNG ỦY XÃ ĐA TỐN']],
    want: { bodyType: 'party', superiorBody: 'Huyện ủy Gia Lâm', issuingBody: 'Đảng ủy xã Đa Tốn', place: 'Đa Tốn' },
  },
  {
    layout: 'party, in mixed case, the date line naming the place',
    title: [['Đảng bộ quận Hoàng Mai'], ['Đảng ủy phường Định Công', null, 'Định Công, ngày 05 tháng 01 năm 2021']],
    want: {
      bodyType: 'party',
      superiorBody: 'Đảng bộ quận Hoàng Mai',
      issuingBody: 'Đảng ủy phường Định Công',
      place: 'Định Công',
    },
  },
  {
    layout: 'state, UBND over UBND, the motto on the right',
    title: [
      ['UBND QUẬN LONG BIÊN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['UBND PHƯỜNG THƯỢNG THANH', null, null, 'Độc lập - Tự do - Hạnh phúc'],
    ],
    want: {
      bodyType: 'state',
      superiorBody: 'UBND quận Long Biên',
      issuingBody: 'UBND phường Thượng Thanh',
      place: 'Thượng Thanh',
    },
  },
  {
    layout: 'state, written in full (ỦY BAN NHÂN DÂN), the motto spelled HOÀ',
    title: [
      ['ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH', null, 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['ỦY BAN NHÂN DÂN XÃ UY NỖ'],
    ],
    want: {
      bodyType: 'state',
      superiorBody: 'Ủy ban nhân dân huyện Đông Anh',
      issuingBody: 'Ủy ban nhân dân xã Uy Nỗ',
      place: 'Uy Nỗ',
    },
  },
  {
    layout: 'state, abbreviated (UBND P.), no superior, no motto',
    title: [['UBND P. NGỌC THỤY']],
    want: { bodyType: 'state', superiorBody: '', issuingBody: 'UBND phường Ngọc Thụy', place: 'Ngọc Thụy' },
  },
  {
    layout: 'state, HĐND, a numbered ward: no place a date line would name',
    title: [['HĐND QUẬN 3'], ['HĐND PHƯỜNG 12']],
    want: { bodyType: 'state', superiorBody: 'HĐND quận 3', issuingBody: 'HĐND phường 12', place: '' },
  },
  {
    layout: 'no title block: the party header, empty, as before',
    title: [],
    want: { bodyType: 'party', superiorBody: '', issuingBody: '', place: '' },
  },
  {
    layout: 'only the national motto: the state header, the bodies left to the officer',
    title: [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    want: { bodyType: 'state', superiorBody: '', issuingBody: '', place: '' },
  },
];

describe('the header read from the title block', () => {
  for (const c of CASES)
    it(c.layout, () => {
      expect(header([sheet(c.title)])).toEqual(c.want);
    });

  it('a workbook of several wards takes its first sheet’s header', () => {
    const grids = [
      sheet([['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']], 'Phúc Đồng'),
      sheet([['ĐẢNG ỦY PHƯỜNG ĐỨC GIANG']], 'Đức Giang'),
    ];
    expect(header(grids).issuingBody).toBe('Đảng ủy phường Phúc Đồng');
  });

  it('a line that only mentions a body is no header: the report title, a note', () => {
    const h = readWorkbookHeader(
      [sheet([['(Kèm theo Báo cáo số 215/BC-UBND của UBND phường Thượng Thanh)'], ['KINH TẾ - XÃ HỘI']])],
      [],
    );
    expect(h.issuing).toBeNull();
    expect(h.block).toBeNull();
  });
});

describe('what the user typed wins, and is kept as typed', () => {
  const ubnd = [
    sheet([['UBND QUẬN LONG BIÊN', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['UBND PHƯỜNG THƯỢNG THANH']]),
  ];

  it('every field typed: nothing from the workbook', () => {
    const typed = {
      issuingBody: 'Đảng ủy phường Thượng Thanh',
      superiorBody: 'Quận ủy Long Biên',
      place: 'Long Biên',
      bodyType: 'party' as const,
    };
    expect(header(ubnd, typed)).toEqual(typed);
  });

  it('an issuing body typed sets the block; the workbook’s superior of the other block is not used', () => {
    expect(header(ubnd, { issuingBody: 'Đảng ủy phường Thượng Thanh' })).toEqual({
      bodyType: 'party',
      superiorBody: '',
      issuingBody: 'Đảng ủy phường Thượng Thanh',
      place: 'Thượng Thanh',
    });
  });

  it('the block chosen: the workbook’s bodies of the other block are left for the officer, its place kept', () => {
    expect(header(ubnd, { bodyType: 'party' })).toEqual({
      bodyType: 'party',
      superiorBody: '',
      issuingBody: '',
      place: 'Thượng Thanh',
    });
  });

  it('only the superior typed: the issuing body still comes from the workbook', () => {
    expect(header(ubnd, { superiorBody: 'UBND quận Long Biên, TP Hà Nội' })).toMatchObject({
      bodyType: 'state',
      superiorBody: 'UBND quận Long Biên, TP Hà Nội',
      issuingBody: 'UBND phường Thượng Thanh',
    });
  });
});

describe('the unit the sentences name', () => {
  const party = [sheet([['ĐẢNG BỘ QUẬN LONG BIÊN'], ['ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG']])];
  const overview = (typed: Partial<UserSettings>) => {
    const run = runReport(party, engineSettings({ ...defaultUserSettings, ...typed }));
    if (!run.ok) throw new Error(run.message);
    return run.report.narrative[0];
  };

  it('nothing typed: the level word, as the seed reports write it (the header read from the workbook does not change it)', () => {
    expect(overview({})).toMatch(/^Năm 2020 phường được quận giao/);
  });
  it('the issuing body typed: its unit', () => {
    expect(overview({ issuingBody: 'Đảng ủy phường Phúc Đồng' })).toMatch(/^Năm 2020 phường Phúc Đồng được quận giao/);
  });
  it('the unit typed wins over the issuing body', () => {
    expect(overview({ unitName: 'Đảng bộ phường', issuingBody: 'Đảng ủy phường Phúc Đồng' })).toMatch(
      /^Năm 2020 Đảng bộ phường được quận giao/,
    );
  });

  it('a body → its unit and place, in any case', () => {
    expect(unitInSentence('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG')).toBe('phường Phúc Đồng');
    expect(unitInSentence('Ủy ban nhân dân xã Uy Nỗ')).toBe('xã Uy Nỗ');
    expect(unitInSentence('Quận ủy Long Biên')).toBe('quận Long Biên');
    expect(placeOf('UBND thị trấn Trâu Quỳ')).toBe('Trâu Quỳ');
    expect(placeOf('UBND phường 12')).toBe('');
  });
});
