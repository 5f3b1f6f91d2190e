/**
 * The pane's choices of files, rendered to HTML in Node: the district section offers the wards' files
 * (several at once, Excel workbooks, labelled, described by its hint and the progress), the section
 * "So cùng kỳ và nhiệm kỳ" last year's file (one) and the term from the yearly sheets; last year's
 * file in use is named with a way to drop it; the texts are Vietnamese and name no A1 range.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConsolidateSection } from '../../src/taskpane/components/ConsolidateSection';
import { Sections } from '../../src/taskpane/components/Sections';
import { YearsSection } from '../../src/taskpane/components/YearsSection';
import { defaultAddinSettings } from '../../src/excel/settings';
import { vi } from '../../src/taskpane/i18n/vi';
import { initialState, paneReducer } from '../../src/taskpane/state';

function html(el: ReactElement): string {
  return renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, el));
}

const noop = () => undefined;

const district = (busy: 'generate' | null) =>
  html(
    createElement(ConsolidateSection, {
      busy,
      progress: null,
      result: null,
      onConsolidate: noop,
      onConsolidateFiles: noop,
      onError: noop,
    }),
  );

const years = (previousName: string | null) =>
  html(
    createElement(YearsSection, {
      busy: null,
      progress: null,
      previousName,
      onPrevious: noop,
      onTerm: noop,
      onError: noop,
    }),
  );

/** The `<input type="file">` of the markup with `data-testid`, and the label that names it. */
function fileInput(out: string, testId: string): { tag: string; label: string } {
  const tag = new RegExp(`<input[^>]*data-testid="${testId}"[^>]*>`).exec(out)?.[0] ?? '';
  const id = /id="([^"]+)"/.exec(tag)?.[1] ?? '';
  const label = new RegExp(`<label[^>]*for="${id.replace(/[:]/g, '\\$&')}"[^>]*>([^<]*)</label>`).exec(out)?.[1] ?? '';
  return { tag, label };
}

describe('choosing files in the pane', () => {
  it("the district section: the wards' files, several at once, labelled and described", () => {
    const out = district(null);
    const input = fileInput(out, 'ward-files');
    expect(input.tag).toContain('type="file"');
    expect(input.tag).toContain('multiple');
    expect(input.tag).toContain('accept=".xlsx,.xlsm,.xls,.ods"');
    expect(input.tag).toContain('chitieu-district-progress');
    expect(input.label).toBe(vi.district.filesLabel);
    expect(out).toContain('Tổng hợp các phường');
  });

  it('while a run is on, the choice is disabled', () => {
    const out = district('generate');
    expect(fileInput(out, 'ward-files').tag).toContain('disabled');
  });

  it('last year\'s file: one file, labelled "File năm trước (so cùng kỳ)"; the one in use named, with a way to drop it', () => {
    const none = years(null);
    const input = fileInput(none, 'previous-year-file');
    expect(input.label).toBe('File năm trước (so cùng kỳ)');
    expect(input.tag).not.toContain('multiple');
    expect(none).not.toContain('previous-year-name');
    expect(none).toContain(`>${vi.years.termRun}<`);
    const chosen = years('2023.xlsx');
    expect(chosen).toContain('Đang dùng tệp năm trước: 2023.xlsx');
    expect(chosen).toContain(`>${vi.years.previousClear}<`);
  });

  it('the sections list "So cùng kỳ và nhiệm kỳ" when the pane offers it', () => {
    const props = {
      tables: null,
      state: initialState({ ...defaultAddinSettings, excludedTables: [] }),
      onToggleTable: noop,
      onDirection: noop,
      onConsolidate: noop,
      onChangeSettings: noop,
      onCommitSettings: noop,
    };
    expect(html(createElement(Sections, props))).not.toContain(vi.years.title);
    expect(html(createElement(Sections, { ...props, onPrevious: noop, onTerm: noop }))).toContain(vi.years.title);
  });

  it('the texts are Vietnamese and name no cell range', () => {
    const texts = [
      vi.district.filesLabel,
      vi.district.filesHint,
      ...Object.values(vi.years).filter((v) => typeof v === 'string'),
    ];
    for (const t of texts) expect(t).not.toMatch(/\b[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?\b|ExcelApi/);
  });

  it("starting the term's report clears the last results, as Sinh báo cáo does; a consolidation keeps them", () => {
    const settings = { ...defaultAddinSettings, excludedTables: [] };
    const shown = { ...initialState(settings), result: { report: {} as never, sheetName: 'Báo cáo chỉ tiêu' } };
    expect(paneReducer(shown, { type: 'start', busy: 'term' })).toMatchObject({ busy: 'term', result: null });
    expect(paneReducer(shown, { type: 'start', busy: 'consolidate' }).result).toBe(shown.result);
  });
});
