/**
 * Settings live in the workbook (Office document settings): they round-trip through a save and a
 * reopen, missing or old values fall back to defaults field by field, and generateReport uses them.
 */
/// <reference types="office-js" />
import { afterEach, describe, expect, it } from 'vitest';
import { generateReport } from '../../src/excel/runInExcel';
import {
  defaultAddinSettings,
  loadSavedSettings,
  loadSettings,
  saveSettings,
  type SettingsStore,
} from '../../src/excel/settings';
import { parseSettings, SETTINGS_KEY } from '../../src/settings/userSettings';
import { engineSettings as toReportSettings, type UserSettings } from '../../src/settings';
import { NO_HEADER } from '../../src/settings/workbookHeader';
import { sheetSettings } from '../../src/settings/resolve';
import { createFakeExcel, FakeSettings, installOfficeGlobals } from '../fake-excel';
import { fixtureGrids } from './helpers';

let restore: (() => void) | null = null;
afterEach(() => restore?.());

const phucDong: UserSettings = {
  unitName: 'phường Phúc Đồng',
  superiorBody: 'Đảng bộ quận Long Biên',
  issuingBody: 'Đảng ủy phường Phúc Đồng',
  place: 'Phúc Đồng',
  bodyType: 'party',
  narrative: { leadingZero: false, rateGap: 'percent' },
  directionOverrides: { 'Chỉ tiêu 2020!12': 'decrease' },
  directionByName: {},
};

describe('settings persistence in the workbook', () => {
  it('round-trip: save, reopen the document, load → the same settings', async () => {
    const store = new FakeSettings();
    expect(await saveSettings(phucDong, store)).toEqual({ ok: true });
    expect(store.saves).toBe(1);
    const reopened = store.reopen();
    expect(loadSettings(reopened)).toEqual(phucDong);
    expect(reopened.get(SETTINGS_KEY)).toMatchObject({ version: 2 });
  });

  it('uses Office.context.document.settings by default', async () => {
    const globals = installOfficeGlobals();
    restore = globals.restore;
    expect(loadSettings()).toEqual(defaultAddinSettings);
    await saveSettings({ ...defaultAddinSettings, bodyType: 'state' });
    expect(loadSettings(globals.settings.reopen()).bodyType).toBe('state');
  });

  it("a failed save comes back as one Vietnamese sentence with Office's error code, not its English text", async () => {
    const store = new FakeSettings();
    store.failNextSave = 'The document is read-only.';
    expect(await saveSettings(phucDong, store)).toEqual({
      ok: false,
      code: 'settings-not-saved',
      message:
        'Không lưu được thiết lập vào sổ (mã lỗi 5001), hãy kiểm tra sổ có đang mở ở chế độ chỉ đọc không rồi thử lại.',
    });
  });

  it('the ribbon reads the settings as saved now: a change the pane saved after it started is seen', async () => {
    const pane = new FakeSettings();
    const ribbon = pane.attach(); // the function file's own copy, read when it started
    await saveSettings({ ...phucDong, bodyType: 'state' }, pane);
    expect(loadSettings(ribbon).bodyType).toBeUndefined(); // its stale copy (the defaults: not chosen)
    expect((await loadSavedSettings(ribbon)).bodyType).toBe('state');
    expect(ribbon.refreshes).toBe(1);
  });

  it('a store without refreshAsync gives the settings it holds', async () => {
    const store = new FakeSettings();
    await saveSettings(phucDong, store);
    const plain: SettingsStore = { get: (n) => store.get(n), set: (n, v) => store.set(n, v), saveAsync: () => {} };
    expect(await loadSavedSettings(plain)).toEqual(phucDong);
  });

  it('missing, foreign or broken values fall back to the defaults, field by field', () => {
    expect(loadSettings(new FakeSettings())).toEqual(defaultAddinSettings);
    expect(parseSettings(42)).toEqual(defaultAddinSettings);
    expect(parseSettings('{not json')).toEqual(defaultAddinSettings);
    expect(parseSettings([1, 2])).toEqual(defaultAddinSettings);
    expect(
      parseSettings({
        unitName: 7,
        bodyType: 'đảng',
        issuingBody: 'UBND phường Phúc Đồng',
        narrative: { leadingZero: 'yes', rateGap: 'percent' },
        directionOverrides: { 'A!3': 'up', 'A!4': 'decrease' },
        extra: true,
      }),
    ).toEqual({
      ...defaultAddinSettings,
      issuingBody: 'UBND phường Phúc Đồng',
      narrative: { leadingZero: true, rateGap: 'percent' },
      directionOverrides: { 'A!4': 'decrease' },
    });
  });

  it("version 1 stored the form's default block with every save: its `party` is not a choice, its `state` is", () => {
    expect(parseSettings({ version: 1, bodyType: 'party', unitName: 'phường X' })).not.toHaveProperty('bodyType');
    expect(parseSettings({ version: 1, bodyType: 'state' }).bodyType).toBe('state');
    expect(parseSettings({ version: 2, bodyType: 'party' }).bodyType).toBe('party');
  });

  it('old shapes: the flat one (leadingZero/rateGap at the top) and a JSON string', () => {
    const flat = { unitName: 'phường Đức Giang', leadingZero: false, rateGap: 'percent', bodyType: 'state' };
    const expected = {
      ...defaultAddinSettings,
      unitName: 'phường Đức Giang',
      bodyType: 'state',
      narrative: { leadingZero: false, rateGap: 'percent' },
    };
    expect(parseSettings(flat)).toEqual(expected);
    expect(parseSettings(JSON.stringify(flat))).toEqual(expected);
    expect(loadSettings(new FakeSettings(JSON.stringify({ [SETTINGS_KEY]: flat })))).toEqual(expected);
  });

  it('the wording settings: kept when chosen, dropped when foreign, passed to the engine', async () => {
    const chosen: UserSettings = {
      ...phucDong,
      narrative: {
        leadingZero: true,
        rateGap: 'points',
        rateTarget: 'given',
        everyYear: 'above',
        termGoal: 'nhiem_ky',
      },
    };
    const store = new FakeSettings();
    await saveSettings(chosen, store);
    expect(loadSettings(store.reopen())).toEqual(chosen);
    expect(
      parseSettings({ narrative: { leadingZero: true, rateGap: 'points', averageWord: 'mean', termExcess: 'share' } })
        .narrative,
    ).toEqual({ leadingZero: true, rateGap: 'points', termExcess: 'share' });
    expect(toReportSettings(chosen)).toMatchObject({ rateTarget: 'given', everyYear: 'above', termGoal: 'nhiem_ky' });
    expect(toReportSettings(chosen)).not.toHaveProperty('averageWord');
  });

  it('maps to the engine settings and the sheet header settings', () => {
    expect(toReportSettings(phucDong)).toEqual({
      unitName: 'phường Phúc Đồng',
      // The superior body names the level of the overview's `được quận giao` (issue 11 rule 5).
      superiorName: 'Đảng bộ quận Long Biên',
      leadingZero: false,
      rateGap: 'percent',
      directionOverrides: { 'Chỉ tiêu 2020!12': 'decrease' },
      directionByName: {},
    });
    expect(sheetSettings(phucDong, NO_HEADER, new Date(2020, 11, 15))).toMatchObject({
      bodyType: 'party',
      superiorBody: 'Đảng bộ quận Long Biên',
      issuingBody: 'Đảng ủy phường Phúc Đồng',
      place: 'Phúc Đồng',
      date: { day: 15, month: 12, year: 2020 },
    });
  });

  it('generateReport writes them: header in capitals, date line, unit name in the sentences', async () => {
    restore = installOfficeGlobals().restore;
    const fake = createFakeExcel(await fixtureGrids('phuc-dong-2020'));
    const r = await generateReport(fake.context, { ...phucDong, directionOverrides: {} }, undefined, {
      today: new Date(2020, 11, 15),
    });
    if (!r.ok) throw new Error(r.message);
    const sheet = fake.state.sheet(r.sheetName);
    const texts: string[] = [];
    sheet.forEachCell((_r, _c, c) => {
      if (c.kind === 'const' && typeof c.value === 'string') texts.push(c.value);
    });
    expect(texts).toContain('ĐẢNG BỘ QUẬN LONG BIÊN');
    expect(texts).toContain('ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG');
    expect(texts).toContain('Phúc Đồng, ngày 15 tháng 12 năm 2020');
    expect(r.report.narrative[0]).toMatch(/phường Phúc Đồng/);
  });
});
