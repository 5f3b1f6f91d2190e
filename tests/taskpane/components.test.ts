/**
 * The pane's components rendered to HTML in Node (react-dom/server, no DOM): the results show the
 * counts as "Vượt 7"…, one copy button per sentence and one "Chọn ô" button per finding, each
 * labelled; the tables list shows sheet, range, number of indicators and periods; the indicator
 * list shows the Vietnamese kind and the direction, marked when overridden.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/indicator';
import { defaultAddinSettings } from '../../src/excel/settings';
import { IndicatorsSection } from '../../src/taskpane/components/IndicatorsSection';
import { ResultsSection } from '../../src/taskpane/components/ResultsSection';
import { Sections } from '../../src/taskpane/components/Sections';
import { SettingsSection } from '../../src/taskpane/components/SettingsSection';
import { vi } from '../../src/taskpane/i18n/vi';
import { initialState } from '../../src/taskpane/state';
import { TablesSection } from '../../src/taskpane/components/TablesSection';
import type { PaneSettings } from '../../src/taskpane/state';
import { engineRun } from '../e2e/figures';
import { fixtureGrids } from '../excel/helpers';

const settings: PaneSettings = { ...defaultAddinSettings, excludedTables: [] };
let report: Report;

beforeAll(async () => {
  report = engineRun(await fixtureGrids('phuc-dong-2020')).report;
});

function html(el: ReactElement): string {
  return renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, el));
}

const noop = () => {};

describe('components (server-rendered)', () => {
  it('results: counts as badges, a labelled copy button per sentence, a select button per finding', () => {
    const out = html(
      createElement(ResultsSection, { report, sheetName: 'Báo cáo chỉ tiêu', onCopy: noop, onSelectCell: noop }),
    );
    for (const badge of ['Vượt 7', 'Đạt 5', 'Chưa đạt 0', 'Không đánh giá 0']) expect(out).toContain(`>${badge}<`);
    expect(out).toContain('Tổng số: 12 chỉ tiêu');
    expect(out).toContain('Đã tạo trang &quot;Báo cáo chỉ tiêu&quot;.');
    for (let i = 1; i <= report.narrative.length; i++) expect(out).toContain(`aria-label="Sao chép câu ${i}"`);
    expect(out).toContain('Sao chép tất cả');
    expect(out).toContain('aria-label="Chọn ô G15 trên trang Chỉ tiêu 2020"');
  });

  it('the sections: four headings, and which Excel runs chitieu and what the others use instead', () => {
    const out = html(
      createElement(Sections, {
        tables: null,
        state: initialState(settings),
        onToggleTable: noop,
        onDirection: noop,
        onConsolidate: noop,
        onChangeSettings: noop,
        onCommitSettings: noop,
      }),
    );
    for (const h of [vi.tables.title, vi.indicators.title, vi.district.title, vi.settings.title])
      expect(out).toContain(h);
    expect(out).toContain(vi.versions);
    expect(vi.versions).toMatch(
      /Excel 2021, Excel 2024, Microsoft 365.*Excel trên web.*Excel 2016, Excel 2019.*chitieu\.html/,
    );
  });

  it('settings: each wording setting offers its two styles, the default checked until another is saved', () => {
    const out = html(createElement(SettingsSection, { settings, disabled: false, onChange: noop, onCommit: noop }));
    for (const w of Object.values(vi.settings.wording)) {
      expect(out).toContain(w.label);
      for (const label of Object.values(w.values)) expect(out).toContain(label);
    }
    const checked = (html: string) =>
      (html.match(/<input[^>]*type="radio"[^>]*>/g) ?? [])
        .filter((input) => / checked=""/.test(input))
        .map((input) => /value="(\w+)"/.exec(input)?.[1]);
    expect(checked(out)).toEqual(expect.arrayContaining(['gap', 'excess', 'binh_quan', 'status', 'nghi_quyet']));
    const chosen = { ...settings, narrative: { ...settings.narrative, rateTarget: 'given' as const } };
    const again = html(
      createElement(SettingsSection, { settings: chosen, disabled: false, onChange: noop, onCommit: noop }),
    );
    expect(checked(again)).toContain('given');
    expect(checked(again)).not.toContain('gap');
  });

  it('tables: sheet — range, indicators and periods, ticked unless excluded', () => {
    const out = html(createElement(TablesSection, { tables: report.tables, excludedTables: [], onToggle: noop }));
    expect(out).toContain('Chỉ tiêu 2020 — dòng 6 đến 22, cột A đến H');
    expect(out).toContain('12 chỉ tiêu · Kỳ: 2020');
    expect(out).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
    const off = html(
      createElement(TablesSection, { tables: report.tables, excludedTables: ['Chỉ tiêu 2020!A6:H22'], onToggle: noop }),
    );
    expect(off).not.toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
    expect(off).toContain('1 bảng đang bị bỏ ra khỏi báo cáo.');
  });

  it('indicators: Vietnamese kinds, the direction select labelled by the name, overrides marked', () => {
    const overridden = { ...settings, directionOverrides: { 'Chỉ tiêu 2020!8': 'decrease' as const } };
    const out = html(
      createElement(IndicatorsSection, {
        tables: report.tables,
        settings: overridden,
        autoDirections: {},
        onDirection: noop,
      }),
    );
    for (const kind of ['Số tiền', 'Tỷ lệ', 'Số lượng']) expect(out).toContain(`>${kind}<`);
    expect(out).toContain('Tăng là tốt');
    expect(out).toContain('Giảm là tốt');
    expect(out).toContain('đã chỉnh');
    expect(out).toContain('Trả chiều đánh giá của chỉ tiêu Thu ngân sách về tự động');
    // Every select has a <label for> with the indicator's name.
    const selects = [...out.matchAll(/<select[^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(selects).toHaveLength(report.tables[0].indicators.length);
    for (const id of selects) expect(out).toContain(`for="${id}"`);
  });
});
