/**
 * Directions chosen by indicator name, in the one settings module: read tolerantly from stored
 * settings, handed to the engine, and edited as the page edits them — one choice per indicator,
 * names matched as the engine matches them (case, diacritics, numbering aside), a choice equal to
 * chitieu's own direction not kept.
 */
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/core/index';
import { defaultUserSettings, engineSettings, parseSettings, storedSettings } from '../../src/settings';
import { namedDirection, withNamedDirection } from '../../src/settings/directionByName';
import { namedChoicesByCell, withDirectionAt } from '../../src/web/WebIndicators';

const base = { ...defaultUserSettings, excludedTables: [] as string[] };

describe('directionByName in the stored settings', () => {
  it('defaults to none, keeps the valid choices and drops anything else', () => {
    expect(parseSettings({}).directionByName).toEqual({});
    expect(parseSettings({ directionByName: 'Số hộ tái nghèo' }).directionByName).toEqual({});
    expect(parseSettings({ directionByName: ['decrease'] }).directionByName).toEqual({});
    expect(
      parseSettings({ directionByName: { 'Số hộ tái nghèo': 'decrease', 'Số mô hình': 'down', X: 1, Y: 'increase' } })
        .directionByName,
    ).toEqual({ 'Số hộ tái nghèo': 'decrease', Y: 'increase' });
  });

  it('survives storing and reading back, and reaches the engine', () => {
    const s = { ...defaultUserSettings, directionByName: { 'Số hộ tái nghèo': 'decrease' as const } };
    expect(parseSettings(JSON.stringify(storedSettings(s))).directionByName).toEqual(s.directionByName);
    expect(engineSettings(s).directionByName).toEqual({ 'Số hộ tái nghèo': 'decrease' });
  });
});

describe('choosing a direction by name', () => {
  it('finds a choice under another writing of the name', () => {
    const s = { ...base, directionByName: { 'SỐ HỘ TÁI NGHÈO': 'decrease' as const } };
    expect(namedDirection(s, '2. Số hộ tái nghèo')).toBe('decrease');
    expect(namedDirection(s, 'so ho tai ngheo')).toBe('decrease');
    expect(namedDirection(s, 'Số hộ thoát nghèo')).toBeUndefined();
  });

  it("one choice per indicator: a new one replaces the old under any writing; none or chitieu's own removes it", () => {
    let s = withNamedDirection(base, '1. Số hộ tái nghèo', 'decrease', 'increase');
    expect(s.directionByName).toEqual({ '1. Số hộ tái nghèo': 'decrease' });
    s = withNamedDirection(s, 'Số hộ tái nghèo', 'increase', undefined);
    expect(s.directionByName).toEqual({ 'Số hộ tái nghèo': 'increase' });
    expect(withNamedDirection(s, 'SO HO TAI NGHEO', null, undefined).directionByName).toEqual({});
    expect(withNamedDirection(s, 'Số hộ tái nghèo', 'increase', 'increase').directionByName).toEqual({});
    expect(s.directionOverrides).toEqual({});
  });

  it('the page shows a choice on every row of that name and sets it from the row chosen', () => {
    const grid = {
      sheet: 'Năm 2024',
      values: [
        ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện'],
        [1, 'Số mô hình điểm', 'mô hình', 5, 3],
        [2, 'Số hồ sơ trả kết quả quá hạn', 'hồ sơ', 5, 2],
      ],
    };
    const r = runReport([grid]);
    if (!r.ok) throw new Error(r.message);
    const tables = r.report.tables;
    const s = withDirectionAt(tables, base, { 'Năm 2024!3': 'increase' }, 'Năm 2024!3', 'decrease');
    expect(s.directionByName).toEqual({ 'Số hồ sơ trả kết quả quá hạn': 'decrease' });
    expect(namedChoicesByCell(tables, s)).toEqual({ 'Năm 2024!3': 'decrease' });
    expect(withDirectionAt(tables, s, {}, 'Năm 2024!9', 'decrease')).toBe(s);
  });
});
