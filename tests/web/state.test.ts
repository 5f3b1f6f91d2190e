/**
 * The web page's rules, without a browser: a new workbook starts with every table ticked; a run's
 * refusal is the one error shown and leaves nothing to download; a crash in the worker becomes the
 * pane's unexpected-error line with its code; a later run (a table unticked) keeps the list of every
 * table the workbook has; the progress only moves forward; each notice is shown once; the draft
 * báo cáo comes after the report (offered, or its failure said with the downloads kept) and never
 * lands on a later run's report; the settings kept in the browser leave out what belongs to one workbook.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runReport, tableKey } from '../../src/core/index';
import type { Report } from '../../src/core/indicator';
import { defaultUserSettings as defaultAddinSettings, NO_HEADER, SETTINGS_KEY } from '../../src/settings';
import { vi } from '../../src/taskpane/i18n/vi';
import type { PaneSettings } from '../../src/taskpane/state';
import { WEB_STEPS, type PageReport } from '../../src/web/protocol';
import { loadWebSettings, saveWebSettings } from '../../src/web/settingsStore';
import { initialWebState, noticesOf, webProgressValue, webReducer, type WebState } from '../../src/web/state';

const settings: PaneSettings = { ...defaultAddinSettings, excludedTables: [] };
const file = { name: 'so-lieu.xlsx', bytes: new Uint8Array([1, 2, 3]) };

function twoTables(excludedTables: string[] = []): Report {
  const table = (sheet: string) => ({
    sheet,
    values: [
      ['Chỉ tiêu', 'ĐVT', 'Kế hoạch 2020', 'Thực hiện 2020'],
      ['Thu ngân sách', 'Triệu đồng', 100, 120],
    ],
  });
  const r = runReport([table('A'), table('B')], { excludedTables });
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

function pageReport(report: Report, notices: string[] = []): PageReport {
  return {
    ok: true,
    report,
    notices,
    xlsx: new Uint8Array([4]),
    fileName: 'so-lieu.xlsx',
    xlsxName: 'so-lieu-bao-cao.xlsx',
    autoDirections: {},
    workbookHeader: NO_HEADER,
    sheetTables: { tables: [], rowsLeft: 0 },
  };
}

function ran(state: WebState, report: Report): WebState {
  const started = webReducer(state, { type: 'start' });
  return webReducer(started, {
    type: 'finished',
    outcome: { kind: 'report', report: pageReport(report) },
    unexpected: vi.errors.unexpected,
  });
}

describe('the web page state', () => {
  it('a new workbook: its own tables, every one ticked', () => {
    const before = { ...initialWebState(settings), settings: { ...settings, excludedTables: ['A!1'] } };
    const s = webReducer(before, { type: 'file', file });
    expect(s.file).toBe(file);
    expect(s.settings.excludedTables).toEqual([]);
    expect(s.tables).toBeNull();
  });

  it('a refusal is the one error, and leaves no report to download', () => {
    const done = ran(webReducer(initialWebState(settings), { type: 'file', file }), twoTables());
    const s = webReducer(webReducer(done, { type: 'start' }), {
      type: 'finished',
      outcome: { kind: 'refusal', message: 'Tệp so-lieu.xlsx bị hỏng, không đọc được.' },
      unexpected: vi.errors.unexpected,
    });
    expect(s.error).toBe('Tệp so-lieu.xlsx bị hỏng, không đọc được.');
    expect(s.result).toBeNull();
    expect(s.busy).toBe(false);
  });

  it('a crash in the worker: the unexpected-error line with its code, never an English message', () => {
    const s = webReducer(webReducer(initialWebState(settings), { type: 'start' }), {
      type: 'finished',
      outcome: { kind: 'crashed', code: 'TypeError' },
      unexpected: vi.errors.unexpected,
    });
    expect(s.error).toBe(vi.errors.unexpected('TypeError'));
    expect(s.error).not.toContain('TypeError');
  });

  it('a run with a table unticked keeps the list of every table of the workbook', () => {
    const all = twoTables();
    const first = ran(webReducer(initialWebState(settings), { type: 'file', file }), all);
    const without = twoTables([tableKey(all.tables[0])]);
    expect(without.tables).toHaveLength(1);
    const second = ran(first, without);
    expect(second.tables?.map(tableKey)).toEqual(all.tables.map(tableKey));
    expect(second.result?.report).toBe(without);
  });

  it('the progress bar only moves forward, from 0 to 1 over the four steps', () => {
    const values = WEB_STEPS.flatMap((step) => [0, 0.5, 1].map((f) => webProgressValue(step, f)));
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBe(1);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
    expect(webProgressValue('read', 7)).toBe(webProgressValue('read', 1));
  });

  it('the draft báo cáo follows the report: awaited, then offered; a failed draft is a notice and the downloads stay', () => {
    const shown = ran(initialWebState(settings), twoTables());
    expect(shown.busy).toBe(false);
    expect(shown.draftPending).toBe(true);
    expect(shown.result?.baoCao).toBeUndefined();
    const draft = { bytes: new Uint8Array([7]), name: 'so-lieu - du thao bao cao.docx' };
    const offered = webReducer(shown, { type: 'draft', draft });
    expect(offered.draftPending).toBe(false);
    expect(offered.result?.baoCao).toBe(draft.bytes);
    expect(offered.result?.baoCaoName).toBe(draft.name);
    const failed = webReducer(shown, { type: 'draft', draft: { failed: 'Không tạo được dự thảo báo cáo…' } });
    expect(failed.draftPending).toBe(false);
    expect(failed.result?.baoCao).toBeUndefined();
    expect(failed.result?.xlsx).toEqual(shown.result?.xlsx);
    expect(noticesOf(failed.result!)).toContain('Không tạo được dự thảo báo cáo…');
  });

  it('a draft arriving after another run started, or after a refusal, changes nothing', () => {
    const draft = { type: 'draft' as const, draft: { bytes: new Uint8Array([7]), name: 'x.docx' } };
    const restarted = webReducer(ran(initialWebState(settings), twoTables()), { type: 'start' });
    expect(restarted.draftPending).toBe(false);
    expect(webReducer(restarted, draft)).toBe(restarted);
    const refused = webReducer(webReducer(initialWebState(settings), { type: 'start' }), {
      type: 'finished',
      outcome: { kind: 'refusal', message: 'Tệp không phải sổ Excel.' },
      unexpected: vi.errors.unexpected,
    });
    expect(refused.draftPending).toBe(false);
    expect(webReducer(refused, draft)).toBe(refused);
  });

  it("each notice once: the reader's (TCVN3 decoded) and the pipeline's (copy rebuilt)", () => {
    const report = { ...twoTables(), notices: ['Đã chuyển mã TCVN3 sang Unicode (3 ô)'] };
    const notices = noticesOf(pageReport(report, ['Đã chuyển mã TCVN3 sang Unicode (3 ô)', 'Lưu ý: bản sao…']));
    expect(notices).toEqual(['Đã chuyển mã TCVN3 sang Unicode (3 ô)', 'Lưu ý: bản sao…']);
  });
});

describe('the settings the page keeps in the browser', () => {
  const store = new Map<string, string>();
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
  (globalThis as { window?: unknown }).window ??= { localStorage: storage };
  afterEach(() => store.clear());

  it('keeps the unit, the wording and the directions chosen by name, not the tables or cells of one workbook', () => {
    const edited: PaneSettings = {
      ...settings,
      unitName: 'phường Phúc Đồng',
      bodyType: 'state',
      excludedTables: ['A!1'],
      directionOverrides: { 'A!2': 'decrease' },
      directionByName: { 'Số hồ sơ trả kết quả quá hạn': 'decrease' },
    };
    expect(saveWebSettings(edited)).toBe(true);
    expect(JSON.parse(store.get(SETTINGS_KEY) ?? '{}')).toMatchObject({ version: 2, unitName: 'phường Phúc Đồng' });
    expect(loadWebSettings()).toEqual({
      ...settings,
      unitName: 'phường Phúc Đồng',
      bodyType: 'state',
      excludedTables: [],
      directionOverrides: {},
      directionByName: { 'Số hồ sơ trả kết quả quá hạn': 'decrease' },
    });
  });

  it('anything unreadable stored gives the defaults', () => {
    store.set(SETTINGS_KEY, '{not json');
    expect(loadWebSettings()).toEqual(settings);
  });
});
