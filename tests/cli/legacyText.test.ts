/**
 * Legacy Vietnamese text end to end through the CLI reader (DOMAIN.md §7.6): every Unicode fixture
 * written again in VNI and in TCVN3, with the old fonts and without any font hint, gives the same
 * indicators, figures and statuses as the Unicode workbook; the summary sheet writes decoded
 * names as text with a note naming the source cell; the JSON and the printed summary say how many
 * cells were decoded.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unicodeToTcvn3, unicodeToVni } from '../../src/core/legacyText';
import { reportCommand, summaryText } from '../../src/cli/main';
import type { Report } from '../../src/core/indicator';
import { fixture } from '../fixtures/sources';

const out = mkdtempSync(join(tmpdir(), 'chitieu-legacy-'));
const FIXTURES = [
  'phuc-dong-2020',
  'duc-giang-2015-2020',
  'so-lieu-dai-2018-2020',
  'thuong-thanh-9-thang-2024-uoc-ca-nam',
  'giang-bien-giua-nhiem-ky-2020-2025',
];

/** How a text cell is written again: its new text, and the font it gets (none: font kept). */
type Rewrite = (s: string) => { text: string; font?: string };

const isCapitals = (s: string) => s === s.toLocaleUpperCase('vi') && s !== s.toLocaleLowerCase('vi');

const VARIANTS: Record<string, Rewrite> = {
  'VNI, font VNI-Times': (s) => ({ text: unicodeToVni(s), font: 'VNI-Times' }),
  'VNI, no font hint': (s) => ({ text: unicodeToVni(s) }),
  // TCVN3 has no toned capitals: a title in capitals is typed in lower case in the H font.
  'TCVN3, fonts .VnTime / .VnTimeH': (s) =>
    isCapitals(s)
      ? { text: unicodeToTcvn3(s.toLocaleLowerCase('vi')), font: '.VnTimeH' }
      : { text: unicodeToTcvn3(s), font: '.VnTime' },
  'TCVN3, no font hint': (s) => ({ text: unicodeToTcvn3(s) }),
};

/** The fixture with each text cell's value re-encoded (and its font set), saved to a new file. */
async function rewritten(name: string, label: string, rewrite: Rewrite): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture(name));
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged-away cell reads and writes its master: encode the master once.
        if (typeof cell.value !== 'string' || cell.type === ExcelJS.ValueType.Merge) return;
        const { text, font } = rewrite(cell.value);
        cell.value = text;
        if (font) cell.font = { ...cell.font, name: font };
      }),
    ),
  );
  const path = join(out, `${name}-${label}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

async function report(input: string, output: string | null = null): Promise<Report> {
  const r = await reportCommand({ input, output, json: null });
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** What a report computed, names folded to lower case (TCVN3 without an H font has no toned capitals). */
function figures(r: Report) {
  const checks = r.checks.map((c) => [c.sheet, c.cell, c.kind, c.reported, c.computed]);
  return { counts: r.counts, checks, tables: tableFigures(r) };
}

function tableFigures(r: Report) {
  return r.tables.map((t) => ({
    sheet: t.sheet,
    range: t.range,
    indicators: t.indicators.map((i) => ({
      name: i.name.toLocaleLowerCase('vi'),
      unit: i.unit.toLocaleLowerCase('vi'),
      kinds: [i.valueKind, i.direction, i.targetKind, i.overallStatus],
      periods: i.periods.map((p) => [p.period, p.target, p.actual, p.status, p.achievementPct, p.yoyPct]),
      term: i.term && [i.term.average, i.term.total, i.term.cagrPct, i.term.termStatus],
    })),
  }));
}

describe('a workbook written in an old encoding gives the figures of the Unicode one', () => {
  for (const name of FIXTURES) {
    it(`${name}: in VNI and TCVN3, with and without font hints`, async () => {
      const unicode = await report(await rewritten(name, 'unicode', (text) => ({ text })));
      expect(unicode.notices).toBeUndefined();
      for (const [label, rewrite] of Object.entries(VARIANTS)) {
        const legacy = await report(await rewritten(name, label.replace(/\W+/g, '-'), rewrite));
        expect(figures(legacy), label).toEqual(figures(unicode));
        expect(legacy.notices, label).toEqual([
          expect.stringMatching(/^Đã chuyển mã (VNI|TCVN3) sang Unicode \(\d+ ô\)$/),
        ]);
        if (label.startsWith('VNI'))
          expect(legacy.tables.flatMap((t) => t.indicators.map((i) => i.name))).toEqual(
            unicode.tables.flatMap((t) => t.indicators.map((i) => i.name)),
          );
      }
    }, 120_000);
  }
});

describe('the outputs of a decoded workbook carry Unicode and say what was decoded', () => {
  const tcvn3 = fixture('ngoc-thuy-2012-tcvn3');

  it('the printed summary and the JSON hold "Đã chuyển mã TCVN3 sang Unicode (24 ô)"', async () => {
    const r = await reportCommand({ input: tcvn3, output: null, json: '-' });
    if (!r.ok) throw new Error(r.message);
    expect(JSON.parse(r.json!).notices).toEqual(['Đã chuyển mã TCVN3 sang Unicode (24 ô)']);
    expect(summaryText(r.report, { input: tcvn3, output: null, json: null }).split('\n')[0]).toBe(
      'Đã chuyển mã TCVN3 sang Unicode (24 ô)',
    );
  });

  it('the summary sheet writes the decoded name as text, with a note naming its source cell', async () => {
    const path = join(out, 'ngoc-thuy-report.xlsx');
    await report(tcvn3, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheet = wb.getWorksheet('Báo cáo chỉ tiêu')!;
    let found: ExcelJS.Cell | null = null;
    sheet.eachRow((row) => row.eachCell((c) => (c.value === 'Thu ngân sách' ? (found = c) : null)));
    expect(found).not.toBeNull();
    const cell = found as unknown as ExcelJS.Cell;
    expect(cell.formula).toBeUndefined();
    const note = typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join('');
    expect(note).toBe("Chuyển mã TCVN3 sang Unicode từ 'Bieu 01'!B7");
    // A target read from decoded text is written as its number, its note naming the cell and the decoding.
    const notes: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((c) => {
        const n = typeof c.note === 'string' ? c.note : c.note?.texts?.map((t) => t.text).join('');
        if (n) notes.push(n);
      }),
    );
    expect(notes).toContain(`Đọc từ 'Bieu 01'!D10: "Giảm còn 15" (chuyển mã TCVN3 sang Unicode)`);
  });
});
