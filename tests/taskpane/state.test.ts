/**
 * The task pane's rules, without a browser: one error at a time and cleared by the next success,
 * a new run clears the last results, unticked tables and direction overrides edit the settings,
 * an override equal to the engine's direction is dropped; the pane follows a dark Office theme.
 */
import { describe, expect, it } from 'vitest';
import { runReport, tableKey } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import { defaultAddinSettings } from '../../src/excel/settings';
import { NO_HEADER } from '../../src/settings';
import {
  initialState,
  isIncluded,
  paneReducer,
  progressValue,
  shownDirection,
  tablePeriods,
  withDirection,
  withTableIncluded,
  type PaneSettings,
} from '../../src/taskpane/state';
import { isDarkOfficeTheme, luminance } from '../../src/taskpane/theme';
import { dialogUrl } from '../../src/commands/url';

const settings: PaneSettings = { ...defaultAddinSettings, excludedTables: [] };

function sampleReport(): Report {
  const r = runReport([
    {
      sheet: 'S',
      values: [
        ['Chỉ tiêu', 'ĐVT', 'Kế hoạch 2020', 'Thực hiện 2020'],
        ['Thu ngân sách', 'Triệu đồng', 100, 120],
        ['Số hộ nghèo', 'Hộ', 20, 14],
      ],
    },
  ]);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

describe('pane state', () => {
  it('a pane that analyses the workbook as it opens starts busy analysing (its buttons disabled), one that does not starts idle', () => {
    expect(initialState(settings, true)).toMatchObject({ busy: 'analyze', analysis: null, error: null });
    expect(initialState(settings).busy).toBeNull();
    // The opening analysis then starts from the same state and ends it as any other.
    let s = paneReducer(initialState(settings, true), { type: 'start', busy: 'analyze' });
    s = paneReducer(s, {
      type: 'analyzed',
      result: { ok: false, code: 'no-table', message: 'Không tìm thấy bảng', syncs: 2 },
    });
    expect(s.busy).toBeNull();
  });

  it('a failed analysis shows its message once; a later success clears it', () => {
    let s = initialState(settings);
    s = paneReducer(s, { type: 'start', busy: 'analyze' });
    expect(s.busy).toBe('analyze');
    s = paneReducer(s, {
      type: 'analyzed',
      result: { ok: false, code: 'no-table', message: 'Không tìm thấy bảng', syncs: 2 },
    });
    expect(s).toMatchObject({ busy: null, error: 'Không tìm thấy bảng', analysis: null });
    s = paneReducer(s, { type: 'start', busy: 'analyze' });
    expect(s.error).toBeNull();
    const report = sampleReport();
    s = paneReducer(s, {
      type: 'analyzed',
      result: {
        ok: true,
        tables: report.tables,
        autoDirections: {},
        checks: [],
        warnings: [],
        workbookHeader: NO_HEADER,
        syncs: 2,
      },
    });
    expect(s).toMatchObject({ busy: null, error: null });
    expect(s.analysis?.tables).toHaveLength(1);
  });

  it('generating clears the previous results, follows the progress, and ends with the report', () => {
    const report = sampleReport();
    let s = initialState(settings);
    s = paneReducer(s, {
      type: 'generated',
      result: { ok: true, report, sheetName: 'Báo cáo chỉ tiêu', syncs: 3, warnings: [] },
    });
    s = paneReducer(s, { type: 'start', busy: 'generate' });
    expect(s.result).toBeNull();
    s = paneReducer(s, { type: 'progress', progress: { step: 'write', message: 'Đang ghi trang báo cáo…' } });
    expect(s.progress?.step).toBe('write');
    s = paneReducer(s, {
      type: 'generated',
      result: { ok: true, report, sheetName: 'Báo cáo chỉ tiêu (2)', syncs: 3, warnings: ['Trang "X" …'] },
    });
    expect(s).toMatchObject({
      busy: null,
      result: { sheetName: 'Báo cáo chỉ tiêu (2)' },
      warnings: ['Trang "X" …'],
      error: null,
    });
  });

  it('a refused generation keeps one error and no results', () => {
    let s = paneReducer(initialState(settings), { type: 'start', busy: 'generate' });
    s = paneReducer(s, {
      type: 'generated',
      result: { ok: false, code: 'host-error', message: 'Sổ đang được bảo vệ', syncs: 1 },
    });
    expect(s).toMatchObject({ busy: null, result: null, error: 'Sổ đang được bảo vệ' });
    expect(paneReducer(s, { type: 'dismissError' }).error).toBeNull();
  });

  it('unticking a table adds its key to excludedTables once; ticking removes it', () => {
    const t = { sheet: 'Chỉ tiêu 2020', range: 'A6:H22' };
    const off = withTableIncluded(
      withTableIncluded(settings, 'Chỉ tiêu 2020!A6:H22', false),
      'Chỉ tiêu 2020!A6:H22',
      false,
    );
    expect(off.excludedTables).toEqual(['Chỉ tiêu 2020!A6:H22']);
    expect(isIncluded(off, tableKey(t))).toBe(false);
    expect(withTableIncluded(off, 'Chỉ tiêu 2020!A6:H22', true).excludedTables).toEqual([]);
  });

  it('a direction equal to the engine’s is no override; null returns to the engine’s', () => {
    const d = withDirection(settings, 'S!3', 'decrease', 'increase');
    expect(d.directionOverrides).toEqual({ 'S!3': 'decrease' });
    expect(shownDirection(d, { 'S!3': 'increase' }, 'S!3', 'increase')).toBe('decrease');
    expect(withDirection(d, 'S!3', 'increase', 'increase').directionOverrides).toEqual({});
    expect(withDirection(d, 'S!3', null, 'increase').directionOverrides).toEqual({});
    expect(shownDirection(settings, { 'S!3': 'decrease' }, 'S!3', 'increase')).toBe('decrease');
  });

  it('a table’s periods in order of appearance', () => {
    expect(tablePeriods(sampleReport().tables[0])).toEqual(['2020']);
  });
});

describe('progress bar', () => {
  it('each step has its share; a write in parts moves on within its share', () => {
    expect(progressValue({ step: 'read', message: '' })).toBe(0.15);
    expect(progressValue({ step: 'write', message: '' })).toBe(0.75);
    expect(progressValue({ step: 'write', message: '', fraction: 0.5 })).toBeCloseTo(0.875);
    expect(progressValue({ step: 'write', message: '', fraction: 3 })).toBe(1);
    expect(progressValue({ step: 'done', message: '', fraction: 0.5 })).toBe(1);
  });
});

describe('Office theme', () => {
  it('Black and Dark Gray are dark; White, Colorful and a missing theme are light', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000')).toBe(0);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#444444' })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#FFFFFF' })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#E6E6E6' })).toBe(false);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: 'blue' })).toBe(false);
  });
});

describe('ribbon command dialog address', () => {
  it('sits beside the function file and carries the title and the message', () => {
    const url = new URL(
      dialogUrl(
        'https://localhost:3000/commands.html?_host_Info=Excel',
        'Không sinh được báo cáo',
        'Sổ "A&B" chưa có bảng?',
      ),
    );
    expect(url.origin + url.pathname).toBe('https://localhost:3000/dialog.html');
    expect(url.searchParams.get('t')).toBe('Không sinh được báo cáo');
    expect(url.searchParams.get('m')).toBe('Sổ "A&B" chưa có bảng?');
  });
});
