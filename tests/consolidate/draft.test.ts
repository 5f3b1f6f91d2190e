/**
 * The district's draft báo cáo (`chitieu consolidate … --bao-cao`): the official frame of a ward's
 * draft around the consolidated figures. For the 14 wards of quận Long Biên: every district
 * sentence placed once under chapter I, the wards short of an assigned target listed under II (worked
 * out by hand from the ward tables, as in `consolidate.test.ts`), the ranking table in the appendix,
 * the findings in the box; LibreOffice Writer reads the file and finds its sections in order. Wards
 * reporting different periods (2023 and 2024; and the "Why" of 2012, 2020 and 2024) are reported
 * and ranked in separate parts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { districtDraft } from '../../src/core/consolidate/draft';
import type { DistrictReport } from '../../src/core/consolidate/types';
import { CHAPTERS, type Draft } from '../../src/core/report/draft';
import { defaultSheetSettings, type SheetSettings } from '../../src/core/report/header';
import { consolidateWorkbookFiles } from '../../src/workbookFile/consolidate';
import { flowOf } from '../docx/baoCaoHarness';
import { readDocx } from '../docx/readDocx';
import { writeCity } from './cityWards';
import { writeDistrict } from './district';
import { writeWard } from './wardWorkbooks';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
if (!hasSoffice && process.env.CI) throw new Error('LibreOffice is required in CI: .ci/run installs it');

const SHEET: SheetSettings = {
  ...defaultSheetSettings,
  bodyType: 'party',
  superiorBody: 'Thành ủy Hà Nội',
  issuingBody: 'Đảng ủy quận Long Biên',
  place: 'Long Biên',
  date: { day: 15, month: 1, year: 2021 },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-district-draft-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
}

async function consolidated(paths: string[], baoCao = false) {
  const files = paths.map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  const given = { issuingBody: SHEET.issuingBody, superiorBody: SHEET.superiorBody, place: SHEET.place };
  const run = await consolidateWorkbookFiles(files, {
    fallback: READ_FALLBACK,
    ...(baoCao ? { baoCao: { settings: given, today: new Date(2021, 0, 15) } } : {}),
  });
  if (!run.ok) throw new Error(run.message);
  return run;
}

/** Each of `wanted` is one of `lines`, in that order. */
function expectInOrder(lines: string[], wanted: string[]): void {
  const at = wanted.map((t) => lines.indexOf(t));
  expect(wanted.filter((_, k) => at[k] < 0)).toEqual([]);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
}

/** Each chapter's part titles and lines, as text. */
function chaptersOf(draft: Draft): Record<string, { title: string | null; lines: string[] }[]> {
  return Object.fromEntries(
    draft.chapters.map((c) => [c.title, c.parts.map((p) => ({ title: p.title, lines: p.lines.map((l) => l.text) }))]),
  );
}

describe('the draft báo cáo of quận Long Biên’s 14 wards', () => {
  let d: DistrictReport;
  let draft: Draft;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const run = await consolidated(await writeDistrict(folder('quan')), true);
    d = run.district;
    bytes = run.baoCao!;
    draft = districtDraft(d, SHEET);
  }, 120_000);

  it('has the frame of a ward’s draft: header, BÁO CÁO, its summary line, the three chapters, recipients, signature', () => {
    expect(draft.header.left.map((l) => l.text)).toEqual([
      'THÀNH ỦY HÀ NỘI',
      'ĐẢNG ỦY QUẬN LONG BIÊN',
      '*',
      'Số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0-BC/ĐU',
    ]);
    expect(draft.header.right.map((l) => l.text)).toEqual([
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '',
      '',
      'Long Biên, ngày 15 tháng 01 năm 2021',
    ]);
    expect(draft.documentType).toBe('BÁO CÁO');
    expect(draft.summary).toBe('Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của các phường');
    expect(draft.chapters.map((c) => c.title)).toEqual([CHAPTERS.results, CHAPTERS.shortfalls, CHAPTERS.tasks]);
    expect(draft.recipients.lines).toEqual(['- Thành ủy Hà Nội (để báo cáo),', '- Lưu Văn phòng Đảng ủy.']);
    expect(draft.signature).toEqual({ onBehalf: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: '' });
  });

  it('places every district sentence once in chapter I: overview, each indicator, the ranking', () => {
    const results = chaptersOf(draft)[CHAPTERS.results];
    expect(results.map((p) => p.title)).toEqual([null, '1. Kết quả từng chỉ tiêu', '2. Xếp hạng các phường']);
    const placed = results.flatMap((p) => p.lines).filter((l) => d.sentences.includes(l));
    expect([...placed].sort()).toEqual([...d.sentences].sort());
    expect(results[2].lines[0]).toBe(
      '14 phường báo cáo năm 2020, xếp hạng theo số chỉ tiêu đạt và vượt trên 06 chỉ tiêu được giao.',
    );
    expect(results[2].lines[1]).toBe(
      'Phường Long Biên xếp thứ 01/14 phường (6/6 chỉ tiêu đạt và vượt, trong đó 06 chỉ tiêu vượt; tỷ lệ hoàn thành bình quân 112%).',
    );
  });

  it('lists under II, in the matrix’s order, the wards short of what the district assigned, phường Bồ Đề’s 99% of thu ngân sách included', () => {
    expect(chaptersOf(draft)[CHAPTERS.shortfalls][0].lines).toEqual([
      'Các chỉ tiêu có phường chưa đạt:',
      '- Thu ngân sách: 03/14 phường chưa đạt chỉ tiêu được giao (phường Bồ Đề, phường Ngọc Lâm và phường Việt Hưng).',
      '- Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa: 02/14 phường chưa đạt chỉ tiêu được giao (phường Ngọc Lâm và phường Việt Hưng).',
      '- Số hộ nghèo: 02/14 phường chưa đạt chỉ tiêu được giao (phường Gia Thụy và phường Việt Hưng).',
      '- Tỷ lệ người dân tham gia bảo hiểm y tế: 01/14 phường chưa đạt chỉ tiêu được giao (phường Việt Hưng).',
      '- Giao quân: 01/13 phường chưa đạt chỉ tiêu được giao (phường Việt Hưng).',
      '- Kết nạp đảng viên mới: 03/14 phường chưa đạt chỉ tiêu được giao (phường Gia Thụy, phường Phúc Lợi và phường Việt Hưng).',
    ]);
    const tasks = chaptersOf(draft)[CHAPTERS.tasks][0].lines;
    expect(tasks).toHaveLength(6);
    expect(tasks[0]).toBe(
      '- Chỉ đạo các phường chưa đạt tập trung thực hiện chỉ tiêu thu ngân sách: … (bổ sung giải pháp).',
    );
  });

  it('attaches the ranking table and puts the findings in the box to delete before signing', () => {
    const [table] = draft.appendix.content.tables;
    expect(draft.appendix.content.title).toBe('BIỂU XẾP HẠNG CÁC PHƯỜNG');
    expect(table.rows).toHaveLength(1 + 14);
    const rows = table.rows.slice(1).map((r) => `${r[0].text} ${r[1].text} ${r[7].text}`);
    expect(rows.slice(0, 3)).toEqual(['1 phường Long Biên 6', '2 phường Phúc Đồng 6', '3 phường Đức Giang 6']);
    expect(rows).toContain('10 phường Bồ Đề 5');
    expect(draft.checks?.lines).toHaveLength(d.findings.length);
    expect(draft.checks?.lines).toContain(
      "phường Đức Giang — Tỷ lệ ghi chưa đúng — 'Chỉ tiêu 2020'!F7: Thu ngân sách: tỷ lệ ghi 120% nhưng tính lại (11.550/10.000) là 115,5%.",
    );
  });

  it('the .docx the pipeline writes holds that draft, in order, the appendix in a landscape section', () => {
    const lines = flowOf(readDocx(bytes)).map((l) => l.text);
    const order = [
      'ĐẢNG ỦY QUẬN LONG BIÊN',
      'BÁO CÁO',
      draft.summary,
      CHAPTERS.results,
      '1. Kết quả từng chỉ tiêu',
      '2. Xếp hạng các phường',
      CHAPTERS.shortfalls,
      CHAPTERS.tasks,
      'Nơi nhận:',
      'NỘI DUNG CẦN KIỂM TRA',
      'PHỤ LỤC',
      'BIỂU XẾP HẠNG CÁC PHƯỜNG',
      'Cách xếp hạng',
    ];
    expectInOrder(lines, order);
    for (const sentence of d.sentences) expect(lines.filter((l) => l === sentence)).toHaveLength(1);
    const sections = readDocx(bytes).sections;
    expect(sections.map((s) => s.orient ?? 'portrait')).toEqual(['portrait', 'landscape', 'portrait']);
  });

  it.skipIf(!hasSoffice)(
    'LibreOffice Writer opens it and reads its sections in order',
    () => {
      const lo = folder('lo');
      writeFileSync(join(lo, 'bao-cao.docx'), bytes);
      const r = spawnSync(
        'soffice',
        [
          '--headless',
          '--convert-to',
          'txt:Text (encoded):UTF8',
          '--outdir',
          join(lo, 'out'),
          join(lo, 'bao-cao.docx'),
        ],
        { timeout: 180_000, env: { ...process.env, HOME: lo } },
      );
      expect(r.status, String(r.stderr)).toBe(0);
      const text = readFileSync(join(lo, 'out', 'bao-cao.txt'), 'utf8').replace(/^\uFEFF/, '');
      const lines = text.split(/\r?\n/).map((l) => l.trim());
      const order = [
        'BÁO CÁO',
        CHAPTERS.results,
        '2. Xếp hạng các phường',
        CHAPTERS.shortfalls,
        CHAPTERS.tasks,
        'Nơi nhận:',
        'PHỤ LỤC',
        'BIỂU XẾP HẠNG CÁC PHƯỜNG',
      ];
      expectInOrder(lines, order);
      expect(lines).toContain('Tổng hợp kết quả thực hiện các chỉ tiêu năm 2020 của 14 phường, gồm 06 chỉ tiêu.');
    },
    240_000,
  );
});

describe('wards of different periods in the draft', () => {
  it('a city of 12 wards, 8 reporting 2024 and 4 reporting 2023: each period reported and ranked in its own part', async () => {
    const paths = await writeCity(folder('city'), { wards: 12, indicators: 8 }, (w) => (w % 3 === 0 ? 2023 : 2024));
    const { district: d } = await consolidated(paths);
    const results = chaptersOf(districtDraft(d, SHEET))[CHAPTERS.results];
    expect(results.map((p) => p.title)).toEqual([
      null,
      '1. Kết quả từng chỉ tiêu',
      '2. Các phường báo cáo năm 2024',
      '3. Các phường báo cáo năm 2023',
    ]);
    const [, , y2024, y2023] = results;
    expect(y2024.lines[0]).toBe(
      '08 phường báo cáo năm 2024, xếp hạng theo số chỉ tiêu đạt và vượt trên 08 chỉ tiêu được giao.',
    );
    expect(y2023.lines[0]).toBe(
      '04 phường báo cáo năm 2023, xếp hạng theo số chỉ tiêu đạt và vượt trên 08 chỉ tiêu được giao.',
    );
    // Each part ranks only its own wards, out of its own count.
    for (const line of y2024.lines.slice(1)) expect(line).toMatch(/xếp thứ \d+\/08 phường báo cáo năm 2024/);
    for (const line of y2023.lines.slice(1)) expect(line).toMatch(/xếp thứ \d+\/04 phường báo cáo năm 2023/);
    const ranked = (period: string) => d.ranking.filter((e) => e.period === period).length;
    expect([ranked('2024'), ranked('2023')]).toEqual([8, 4]);
    // The ranking table says which period each rank is of.
    const sections = districtDraft(d, SHEET).appendix.content.tables[0].rows.filter((r) => r.length === 1);
    expect(sections.map((r) => r[0].text)).toEqual(['Các phường báo cáo năm 2024', 'Các phường báo cáo năm 2023']);
    const shortfalls = chaptersOf(districtDraft(d, SHEET))[CHAPTERS.shortfalls][0].lines.filter(
      (l) => !l.startsWith('- '),
    );
    for (const lead of shortfalls)
      expect(lead).toMatch(/^Các chỉ tiêu có phường chưa đạt \(các phường báo cáo năm 202[34]\):$/);
  }, 120_000);

  it('wards reporting 2012, 2020 and 2024 are never ranked together: a period of one ward is said, not ranked', async () => {
    const where = folder('why');
    const rows = [
      { name: 'Thu ngân sách', unit: 'Triệu đồng', target: 1000, actual: 1100 },
      { name: 'Kết nạp đảng viên mới', unit: 'Đảng viên', target: 10, actual: 9 },
    ];
    const wards: [string, number][] = [
      ['PHÚC ĐỒNG', 2024],
      ['ĐỨC GIANG', 2024],
      ['SÀI ĐỒNG', 2024],
      ['THẠCH BÀN', 2020],
      ['GIA THỤY', 2012],
    ];
    const paths: string[] = [];
    for (const [name, year] of wards) {
      const path = join(where, `${name}.xlsx`);
      await writeWard(path, {
        file: path,
        layout: 'annual',
        year,
        lines: [`ĐẢNG ỦY PHƯỜNG ${name}`, '', `KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM ${year}`],
        rows,
      });
      paths.push(path);
    }
    const { district: d } = await consolidated(paths);
    const results = chaptersOf(districtDraft(d, SHEET))[CHAPTERS.results];
    expect(results.map((p) => p.title)).toEqual([
      null,
      '1. Kết quả từng chỉ tiêu',
      '2. Các phường báo cáo năm 2024',
      '3. Các phường báo cáo năm 2020',
      '4. Các phường báo cáo năm 2012',
    ]);
    expect(results[3].lines).toEqual(['Phường Thạch Bàn báo cáo năm 2020, không xếp hạng vì chỉ có một phường.']);
    expect(results[4].lines).toEqual(['Phường Gia Thụy báo cáo năm 2012, không xếp hạng vì chỉ có một phường.']);
    expect(results[2].lines.slice(1).every((l) => l.includes('/03 phường báo cáo năm 2024'))).toBe(true);
    expect(results.flatMap((p) => p.lines).join(' ')).not.toMatch(/\/05 phường/);
  }, 120_000);
});
