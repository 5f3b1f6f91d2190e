/**
 * The indicator dictionary: for every family, a generated yearly table (several names per entry,
 * both directions, the target forms officers write) gets the status a finance officer computes by
 * hand from the indicator's known direction; the table's own words win over the dictionary; an
 * indicator whose direction nothing gave is named in the report, and never one that something gave.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import type { Status } from '../../src/core/indicator';
import { canonicalKey, DICTIONARY, lookup, meaningWords } from '../../src/core/dictionary';
import { DICTIONARY_FAMILIES } from '../../src/core/dictionary/entries';
import { buildReportModel, defaultSheetSettings } from '../../src/core/report';
import { grid, ind, indicators, reportOf } from './helpers';

const HEADER: CellValue[] = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch năm 2024', 'Thực hiện năm 2024'];
const TITLE: CellValue[] = ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024'];

describe('the dictionary as data', () => {
  it('holds at least 250 indicators over the families of ward and commune reports', () => {
    expect(DICTIONARY.length).toBeGreaterThanOrEqual(250);
    expect(Object.keys(DICTIONARY_FAMILIES)).toEqual([
      'đất đai và dân số',
      'kinh tế',
      'ngân sách',
      'an ninh trật tự',
      'quân sự',
      'xây dựng Đảng và chính quyền',
      'giảm nghèo và an sinh',
      'y tế và dân số',
      'giáo dục',
      'văn hóa xã hội',
      'môi trường',
    ]);
    for (const rows of Object.values(DICTIONARY_FAMILIES)) expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it('no two indicators share a name variant (a name means one indicator)', () => {
    const owner = new Map<string, string>();
    for (const e of DICTIONARY) {
      for (const n of e.names) {
        const w = meaningWords(n);
        const other = owner.get(w);
        expect(other === undefined || other === e.key, `${n}: ${other} and ${e.key}`).toBe(true);
        owner.set(w, e.key);
      }
    }
  });

  it('every variant finds its own indicator, whatever the case, the diacritics and the numbering', () => {
    for (const e of DICTIONARY) {
      for (const n of e.names) {
        const plain = n
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/g, 'd')
          .replace(/Đ/g, 'D');
        for (const written of [n, n.toUpperCase(), plain, `1. ${n}`, `- ${n} năm 2024`]) {
          expect(lookup(written)?.entry.key, written).toBe(e.key);
        }
      }
    }
  });

  it('the district consolidation key: the same indicator however a ward words it', () => {
    expect(canonicalKey('Thu ngân sách nhà nước trên địa bàn')).toBe(canonicalKey('Thu ngân sách'));
    expect(canonicalKey('Thu NSNN trên địa bàn phường')).toBe(canonicalKey('1. THU NGÂN SÁCH'));
    expect(canonicalKey('Số hộ nghèo')).toBe(canonicalKey('Hộ nghèo'));
    expect(canonicalKey('Tỉ lệ hộ nghèo')).toBe(canonicalKey('Tỷ lệ hộ nghèo'));
    // A name that only holds a variant is another indicator.
    expect(canonicalKey('Thu ngân sách từ kinh tế tư nhân')).toBeNull();
    expect(canonicalKey('Tỷ lệ hộ nghèo')).not.toBe(canonicalKey('Số hộ nghèo'));
  });

  it('words must follow each other: thoát nghèo, cận nghèo and tái nghèo are not hộ nghèo', () => {
    expect(lookup('Số hộ thoát nghèo')?.entry.direction).toBe('increase');
    expect(lookup('Số hộ cận nghèo')?.entry.name).toBe('Số hộ cận nghèo');
    expect(lookup('Số hộ tái nghèo')?.entry.direction).toBe('decrease');
    expect(lookup('Tỷ lệ rác thải được thu gom')?.entry.direction).toBe('increase');
    expect(lookup('Tỷ lệ rác thải chưa được thu gom')?.entry.direction).toBe('decrease');
  });

  it('a short variant names only a name it mostly is: Số đảng viên is not every name with đảng viên', () => {
    expect(lookup('Số đảng viên')?.entry.name).toBe('Tổng số đảng viên');
    expect(lookup('Tỷ lệ đảng viên trẻ dưới 30 tuổi trong Đảng bộ')).toBeNull();
    expect(lookup('Tổng dư nợ cuối năm')?.entry.name).toBe('Tổng dư nợ');
    expect(lookup('Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ')?.entry.kind).toBe('rate');
  });
});

type Form = { target: (t: number, unit: string) => CellValue; status: Status };

/**
 * Target forms by the way the indicator is better, with the actual `a` and the status by hand: the
 * plain number, the explicit bounds (`Không dưới`, `Trên`, `Không quá`, `Giảm còn dưới`), `Đạt`.
 */
function cases(direction: 'increase' | 'decrease'): { a: number; t: number; forms: Form[] }[] {
  const pct = (t: number, unit: string) => (unit === '%' ? `${String(t).replace('.', ',')}%` : String(t));
  if (direction === 'increase')
    return [
      {
        a: 120,
        t: 100,
        forms: [
          { target: (t) => t, status: 'vuot' },
          { target: (t, u) => `Không dưới ${pct(t, u)}`, status: 'vuot' },
        ],
      },
      {
        a: 80,
        t: 100,
        forms: [
          { target: (t) => t, status: 'chua_dat' },
          { target: (t, u) => `Tối thiểu ${pct(t, u)}`, status: 'chua_dat' },
        ],
      },
      {
        a: 100,
        t: 100,
        forms: [
          { target: (t, u) => `Đạt ${pct(t, u)}`, status: 'dat' },
          { target: (t, u) => `Trên ${pct(t, u)}`, status: 'chua_dat' },
        ],
      },
    ];
  return [
    {
      a: 80,
      t: 100,
      forms: [
        { target: (t) => t, status: 'vuot' },
        { target: (t, u) => `Không quá ${pct(t, u)}`, status: 'vuot' },
      ],
    },
    {
      a: 120,
      t: 100,
      forms: [
        { target: (t) => t, status: 'chua_dat' },
        { target: (t, u) => `Giảm còn dưới ${pct(t, u)}`, status: 'chua_dat' },
      ],
    },
    {
      a: 100,
      t: 100,
      forms: [
        { target: (t) => t, status: 'dat' },
        { target: (t, u) => `Giảm còn dưới ${pct(t, u)}`, status: 'chua_dat' },
      ],
    },
  ];
}

describe('every family: a generated table gets the statuses an officer computes by hand', () => {
  for (const family of Object.keys(DICTIONARY_FAMILIES)) {
    it(`${family}: several names per indicator, both directions, each target form`, () => {
      const entries = DICTIONARY.filter((e) => e.family === family && e.kind !== 'rating' && e.kind !== 'boolean');
      expect(entries.length).toBeGreaterThan(0);
      const table: CellValue[][] = [TITLE, HEADER];
      const expected: { row: number; name: string; status: Status; direction: string }[] = [];
      for (const e of entries) {
        // Names that hold an explicit word of direction are the name's own rule, tested elsewhere.
        const names = e.names
          .filter((n) => !/giảm|thoát|tỷ lệ giảm/i.test(n) || e.direction === 'increase')
          .slice(0, 3);
        const unit = e.kind === 'rate' ? '%' : e.unit;
        for (const name of names) {
          for (const c of cases(e.direction)) {
            for (const form of c.forms) {
              const row = table.length + 1;
              table.push([expected.length + 1, name, unit, form.target(c.t, unit), c.a]);
              expected.push({ row, name, status: form.status, direction: e.direction });
            }
          }
        }
      }
      const r = reportOf(table);
      const byRow = new Map(indicators(r).map((i) => [i.row, i]));
      for (const x of expected) {
        const got = byRow.get(x.row);
        expect(got?.name, `row ${x.row}`).toBe(x.name);
        expect(got?.overallStatus, `${x.name} (${x.direction}) row ${x.row}`).toBe(x.status);
        expect(got?.directionSource).not.toBe('inferred');
      }
    });
  }

  it('ratings and yes/no indicators: a rating reached, a title kept, a standard met', () => {
    const r = reportOf([
      TITLE,
      HEADER,
      [1, 'Xếp loại Đảng bộ', '', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ'],
      [2, 'Xếp loại chính quyền', '', 'Trong sạch vững mạnh', 'Hoàn thành tốt nhiệm vụ'],
      [3, 'Trạm y tế đạt chuẩn quốc gia', '', 'Đạt chuẩn', 'Đạt'],
      [4, 'Phổ cập giáo dục trung học cơ sở', '', 'Giữ vững', 'Chưa đạt'],
    ]);
    expect(ind(r, 'Xếp loại Đảng bộ').overallStatus).toBe('vuot');
    // The old scale's top level (Trong sạch vững mạnh) is above Hoàn thành tốt nhiệm vụ.
    expect(ind(r, 'Xếp loại chính quyền').overallStatus).toBe('chua_dat');
    expect(ind(r, 'Trạm y tế đạt chuẩn quốc gia').overallStatus).toBe('dat');
    expect(ind(r, 'Phổ cập giáo dục trung học cơ sở').overallStatus).toBe('chua_dat');
  });
});

describe('the table and the target speak before the dictionary', () => {
  it('a Chiều column wins over the dictionary', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Chiều', 'Kế hoạch', 'Thực hiện'],
      ['Số hộ tái nghèo', 'Hộ', 'Tăng', 3, 4],
    ]);
    expect(ind(r, 'Số hộ tái nghèo')).toMatchObject({
      direction: 'increase',
      directionSource: 'table',
      overallStatus: 'vuot',
    });
  });

  it('the target’s words win over the dictionary: Tăng 5% so với cùng kỳ on a lower-is-better name', () => {
    const r = reportOf([
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024', 'Thực hiện 2023'],
      ['Số đơn thư tồn đọng', 'Đơn', 'Tăng 5% so với cùng kỳ', 21, 20],
    ]);
    expect(ind(r, 'Số đơn thư tồn đọng')).toMatchObject({ direction: 'increase', directionSource: 'target' });
  });

  it('explicit words of the name win: Mức giảm and Giảm … are higher-is-better, giảm còn lower', () => {
    const r = reportOf([
      TITLE,
      HEADER,
      [1, 'Mức giảm tỷ lệ hộ nghèo', '%', 1, 1.2],
      [2, 'Giảm số vụ tai nạn giao thông', 'Vụ', 2, 3],
      [3, 'Tỷ lệ thu gom rác giảm còn dưới 5%', '%', 5, 4],
    ]);
    expect(ind(r, 'Mức giảm tỷ lệ hộ nghèo')).toMatchObject({ direction: 'increase', overallStatus: 'vuot' });
    expect(ind(r, 'Giảm số vụ tai nạn giao thông')).toMatchObject({ direction: 'increase', overallStatus: 'vuot' });
    expect(ind(r, 'Tỷ lệ thu gom rác giảm còn dưới 5%')).toMatchObject({
      direction: 'decrease',
      directionSource: 'name',
    });
  });

  it('a name the table types with no unit takes its kind from the dictionary', () => {
    const r = reportOf([TITLE, HEADER, [1, 'Bảo hiểm y tế', '', 90, 92.1], [2, 'Thu ngân sách', '', 100, 120]]);
    expect(ind(r, 'Bảo hiểm y tế')).toMatchObject({ valueKind: 'rate', kindSource: 'dictionary' });
    expect(ind(r, 'Thu ngân sách')).toMatchObject({ valueKind: 'amount', kindSource: 'dictionary' });
  });
});

/** Names no dictionary entry and no name rule knows (checked in the property). */
const UNKNOWN = ['Số mô hình điểm', 'Công trình chào mừng', 'Số buổi sinh hoạt chuyên đề', 'Nội dung công việc'];
const KNOWN = DICTIONARY.filter((e) => e.kind !== 'rating' && e.kind !== 'boolean').map((e) => e.names[0]);

describe('Say where chitieu inferred', () => {
  it('property: a direction given by the dictionary, the table or the target is never reported as inferred; an inferred one always is', () => {
    for (const n of UNKNOWN) expect(lookup(n), n).toBeNull();
    const row = fc.record({
      known: fc.boolean(),
      name: fc.integer({ min: 0, max: 10_000 }),
      chieu: fc.constantFrom('', 'Tăng', 'Giảm'),
      target: fc.constantFrom<CellValue>(50, 'Không quá 50', 'Không để xảy ra', 'Trên 50', 'Khoảng 50', 'x'),
      actual: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const table: CellValue[][] = [['Chỉ tiêu', 'ĐVT', 'Chiều', 'Kế hoạch', 'Thực hiện']];
        const used = new Set<string>();
        const expected: { name: string; inferred: boolean }[] = [];
        for (const x of rows) {
          const pool = x.known ? KNOWN : UNKNOWN;
          const name = `${pool[x.name % pool.length]}${x.known ? '' : ` ${x.name}`}`;
          if (used.has(name)) continue;
          used.add(name);
          table.push([name, 'Cái', x.chieu, x.target, x.actual]);
          const targetSays = typeof x.target === 'string' && /Không|Trên/.test(x.target);
          expected.push({ name, inferred: !x.known && x.chieu === '' && !targetSays });
        }
        const r = reportOf(table);
        const listed = new Set((r.inferred ?? []).filter((i) => i.direction).map((i) => i.name));
        for (const e of expected) {
          expect(ind(r, e.name).directionSource === 'inferred', e.name).toBe(e.inferred);
          expect(listed.has(e.name), e.name).toBe(e.inferred);
        }
        expect((r.notices ?? []).some((n) => n.includes('tự suy đoán'))).toBe(expected.some((e) => e.inferred));
      }),
      { seed: 22, numRuns: 60 },
    );
  });

  it('the notice is one line naming the indicators; the sheet notes each one', () => {
    const r = reportOf([TITLE, HEADER, [1, 'Số mô hình điểm', 'Mô hình', 5, 4], [2, 'Công trình chào mừng', '', 3, 3]]);
    const notice = (r.notices ?? []).find((n) => n.includes('tự suy đoán'));
    expect(notice).toBe(
      'Chiều đánh giá hoặc loại số liệu của 02 chỉ tiêu do chitieu tự suy đoán (bảng, chỉ tiêu giao và từ điển chỉ tiêu đều không nói rõ): ' +
        'Số mô hình điểm (cao hơn là tốt); Công trình chào mừng (cao hơn là tốt, số đếm) — hãy kiểm tra và chỉnh chiều đánh giá nếu chưa đúng.',
    );
    expect(r.inferred).toEqual([
      { sheet: 'S', row: 3, name: 'Số mô hình điểm', direction: true, kind: false },
      { sheet: 'S', row: 4, name: 'Công trình chào mừng', direction: true, kind: true },
    ]);
  });

  it('the summary sheet notes the guess on the indicator’s name, and only there', () => {
    const values: CellValue[][] = [
      TITLE,
      HEADER,
      [1, 'Số mô hình điểm', 'Mô hình', 5, 4],
      [2, 'Số hộ tái nghèo', 'Hộ', 3, 1],
    ];
    const model = buildReportModel(reportOf(values), [grid(values)], defaultSheetSettings);
    const noted = model.cells.filter((c) => c.note?.includes('tự suy đoán'));
    expect(noted.map((c) => c.value)).toEqual(['Số mô hình điểm']);
    expect(noted[0].note).toContain('chiều đánh giá (cao hơn là tốt)');
  });

  it('hosts that know names pass overrides by name; the pane’s sheet!row override wins', () => {
    const values: CellValue[][] = [
      TITLE,
      HEADER,
      [1, 'Số mô hình điểm', 'Mô hình', 5, 4],
      [2, 'Số hộ tái nghèo', 'Hộ', 3, 4],
    ];
    const r = reportOf(values, { directionByName: { 'so mo hinh diem': 'decrease', 'SỐ HỘ TÁI NGHÈO': 'increase' } });
    expect(ind(r, 'Số mô hình điểm')).toMatchObject({
      direction: 'decrease',
      directionSource: 'override',
      overallStatus: 'vuot',
    });
    expect(ind(r, 'Số hộ tái nghèo')).toMatchObject({
      direction: 'increase',
      directionSource: 'override',
      overallStatus: 'vuot',
    });
    const both = reportOf(values, {
      directionByName: { 'Số hộ tái nghèo': 'increase' },
      directionOverrides: { 'S!4': 'decrease' },
    });
    expect(ind(both, 'Số hộ tái nghèo')).toMatchObject({ direction: 'decrease', overallStatus: 'chua_dat' });
  });

  it('an override is the user’s word, not a guess', () => {
    const r = reportOf([TITLE, HEADER, [1, 'Số mô hình điểm', 'Mô hình', 5, 4]], {
      directionOverrides: { 'S!3': 'decrease' },
    });
    expect(ind(r, 'Số mô hình điểm')).toMatchObject({
      direction: 'decrease',
      directionSource: 'override',
      overallStatus: 'vuot',
    });
    expect(r.inferred).toBeUndefined();
  });
});
