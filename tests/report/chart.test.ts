/**
 * The achievement chart: one bar per indicator with a %, the figure the summary sheet shows, coloured
 * as the sheet colours its status, against the 100% line and, for part of a year or a term in
 * progress, the time elapsed — checked on the fixtures with hand-computed figures; and its SVG:
 * well-formed for any names, labelled for a screen reader, bars drawn to scale, a table alternative.
 */
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/cli/readWorkbook';
import { runReport } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import { buildReportModel, defaultSheetSettings, shownText } from '../../src/core/report';
import { chartOf, type ChartBar, type ChartDefinition } from '../../src/core/report/chart';
import { chartSvg, chartTable, escapeXml, scaleEnd } from '../../src/core/report/chartSvg';
import { fixture, FIXTURE_NAMES } from '../fixtures/sources';

async function reportOf(name: string): Promise<{ report: Report; shown: string[] }> {
  const read = await readWorkbook(fixture(name));
  if (!read.ok) throw new Error(read.message);
  const run = runReport(read.grids);
  if (!run.ok) throw new Error(run.message);
  const model = buildReportModel(run.report, read.grids, defaultSheetSettings);
  return { report: run.report, shown: model.cells.map(shownText) };
}

const bar = (def: ChartDefinition, name: string) => def.bars.find((b) => b.name.startsWith(name))!;

describe.each(FIXTURE_NAMES)('the chart of %s', (name) => {
  let report: Report;
  let shown: string[];
  beforeAll(async () => {
    ({ report, shown } = await reportOf(name));
  }, 60_000);

  it('draws each top-level indicator with a % once, labelled with a figure the sheet shows', () => {
    const def = chartOf(report);
    const top = report.tables.flatMap((t) => t.indicators).filter((i) => i.parent === null);
    expect(def.bars.length + def.leftOut).toBe(top.length);
    expect(def.bars.length).toBeGreaterThan(0);
    for (const b of def.bars) expect(shown, `${b.name} ${b.label}`).toContain(b.label);
  });

  it('colours a bar as the sheet colours its status word, and draws the 100% line', () => {
    const def = chartOf(report);
    const tone: Record<string, ChartBar['tone']> = {
      Vượt: 'good',
      Đạt: 'good',
      'Đã đạt': 'good',
      'Chưa đạt': 'bad',
      'Khó đạt': 'bad',
      'Có khả năng đạt': 'amber',
      'Đang thực hiện': 'amber',
      'Không đánh giá': 'neutral',
    };
    for (const b of def.bars) expect(b.tone, `${b.name} ${b.status}`).toBe(tone[b.status]);
    expect(def.lines[0]).toEqual({ value: 100, label: 'Kế hoạch (100%)' });
  });
});

describe('the chart, by hand from the fixtures', () => {
  it('phuc-dong-2020: thu ngân sách 36.015 / 10.500 = 343%, beyond the 300% scale, cut with ›', async () => {
    const { report } = await reportOf('phuc-dong-2020');
    const def = chartOf(report);
    expect(def.kind).toBe('achievement');
    expect(bar(def, 'Thu ngân sách')).toMatchObject({ value: 343, label: '343', status: 'Vượt', tone: 'good' });
    expect(def.lines).toHaveLength(1);
    expect(scaleEnd(def)).toBe(300);
    expect(chartSvg(def)).toContain('>343%›</text>');
  });

  it('thuong-thanh (9 months): the 9 months against the year, with the time elapsed 9/12 = 75%', async () => {
    const { report } = await reportOf('thuong-thanh-9-thang-2024-uoc-ca-nam');
    const def = chartOf(report);
    expect(def.lines[1]).toEqual({ value: 75, label: 'Tiến độ thời gian (75%)' });
    // 16,9 / 24,6 = 68,7%: behind the 75% of the year, still in progress.
    expect(bar(def, 'Chi ngân sách phường')).toMatchObject({ value: 68.7, status: 'Đang thực hiện', tone: 'amber' });
  });

  it('giang-bien (term in progress): 3,5 of 5 years = 70% elapsed; 45 of 60 new members = 75%, on course', async () => {
    const { report } = await reportOf('giang-bien-giua-nhiem-ky-2020-2025');
    const def = chartOf(report);
    expect(def.kind).toBe('termProgress');
    expect(def.lines[1]).toEqual({ value: 70, label: 'Thời gian nhiệm kỳ đã qua (70%)' });
    expect(bar(def, 'Kết nạp đảng viên mới')).toMatchObject({ value: 75, status: 'Có khả năng đạt', tone: 'amber' });
    expect(bar(def, 'Số mô hình')).toMatchObject({ value: 67.5, status: 'Khó đạt', tone: 'bad' });
  });

  it('duc-giang (finished term): a cumulative indicator by its Σ actual / Σ target, 696 / 333 = 209%', async () => {
    const { report } = await reportOf('duc-giang-2015-2020');
    expect(bar(chartOf(report), 'Hồ sơ cấp giấy')).toMatchObject({ value: 209, status: 'Vượt' });
  });
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (n) => ['g', 'tr'].includes(n),
});

interface SvgDoc {
  svg: {
    role: string;
    'aria-labelledby': string;
    title: { '#text': string; id: string };
    desc: { '#text': string; id: string };
    g: { class: string; 'data-value': string; rect?: { x: string; width: string }; line?: { x1: string } }[];
  };
}

function definition(bars: { name: string; value: number }[]): ChartDefinition {
  return {
    title: 'Tỷ lệ thực hiện so với kế hoạch (%)',
    kind: 'achievement',
    bars: bars.map((b) => ({ ...b, label: String(b.value).replace('.', ','), status: 'Đạt', tone: 'good' })),
    lines: [{ value: 100, label: 'Kế hoạch (100%)' }],
    leftOut: 0,
  };
}

describe('the chart as SVG', () => {
  it('is an image labelled by its title and its description in words', () => {
    const doc = parser.parse(chartSvg(definition([{ name: 'Thu ngân sách', value: 120 }]), 'c1')) as SvgDoc;
    expect(doc.svg.role).toBe('img');
    expect(doc.svg['aria-labelledby']).toBe('c1-title c1-desc');
    expect(doc.svg.title).toMatchObject({ id: 'c1-title', '#text': 'Tỷ lệ thực hiện so với kế hoạch (%)' });
    expect(doc.svg.desc['#text']).toBe('1 chỉ tiêu có tỷ lệ thực hiện: 1 đạt. Đường tham chiếu: Kế hoạch (100%).');
  });

  it('stays well-formed whatever the names, draws every bar to scale against the 100% line', () => {
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạỏ Ệ<>&"\'/%0123456789'];
    const name = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 80 })
      .map((a) => a.join(''))
      .filter((s) => s.trim() === s && s.length > 0);
    const value = fc.integer({ min: 0, max: 5000 }).map((v) => v / 10);
    fc.assert(
      fc.property(fc.array(fc.record({ name, value }), { minLength: 1, maxLength: 30 }), (bars) => {
        const def = definition(bars);
        const svg = chartSvg(def);
        expect(XMLValidator.validate(svg)).toBe(true);
        const doc = parser.parse(svg) as SvgDoc;
        const drawn = doc.svg.g.filter((g) => g.class === 'bar');
        const hundred = Number(doc.svg.g.find((g) => g.class === 'reference')!.line!.x1);
        const end = scaleEnd(def);
        expect(drawn).toHaveLength(bars.length);
        drawn.forEach((g, i) => {
          const left = Number(g.rect!.x);
          const width = Number(g.rect!.width);
          // width / (x of 100% − left) = value / 100, a bar beyond the scale cut at its end.
          expect(width / (hundred - left)).toBeCloseTo(Math.min(bars[i].value, end) / 100, 2);
        });
        const table = parser.parse(chartTable(def)) as { table: { tbody: { tr: { th: { '#text': unknown } }[] } } };
        expect(table.table.tbody.tr.map((r) => String(r.th['#text']))).toEqual(bars.map((b) => b.name));
      }),
      { numRuns: 200 },
    );
  });

  it('escapes the markup characters of a name', () => {
    expect(escapeXml(`Số "hộ" <nghèo> & 'cận nghèo'`)).toBe(
      'Số &quot;hộ&quot; &lt;nghèo&gt; &amp; &apos;cận nghèo&apos;',
    );
  });
});
