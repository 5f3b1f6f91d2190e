/**
 * The page's list of indicators (the pane's component, server-rendered): a direction chitieu guessed
 * carries the "chitieu đoán" mark and one the table or the dictionary gave does not; a choice kept by
 * name shows as the user's on the row of that name, with the page's own words on where it is kept.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/core/index';
import { defaultUserSettings } from '../../src/settings';
import { vi } from '../../src/taskpane/i18n/vi';
import { WebIndicators } from '../../src/web/WebIndicators';

const grid = {
  sheet: 'Năm 2024',
  values: [
    ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Kế hoạch', 'Thực hiện'],
    [1, 'Số đơn thư tồn đọng', 'đơn', 10, 4],
    [2, 'Số hồ sơ trả kết quả quá hạn', 'hồ sơ', 5, 2],
  ],
};

function rows(directionByName: Record<string, 'increase' | 'decrease'>): Map<string, string> {
  const r = runReport([grid], { directionByName });
  if (!r.ok) throw new Error(r.message);
  const out = renderToStaticMarkup(
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(WebIndicators, {
        tables: r.report.tables,
        settings: { ...defaultUserSettings, excludedTables: [], directionByName },
        autoDirections: { 'Năm 2024!2': 'decrease', 'Năm 2024!3': 'increase' },
        onChange: () => {},
      }),
    ),
  );
  expect(out).toContain(vi.web.indicatorsDescription);
  const items = [...out.matchAll(/<li[^>]*data-indicator="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
  return new Map(items.map((m) => [m[1], m[2]]));
}

describe('the page’s indicator directions', () => {
  it('marks the guessed direction only', () => {
    const list = rows({});
    expect(list.get('Năm 2024!3')).toContain(vi.indicators.inferred);
    expect(list.get('Năm 2024!2')).not.toContain(vi.indicators.inferred);
    expect(list.get('Năm 2024!3')).not.toContain(vi.indicators.overridden);
  });

  it('a choice kept by name is shown as the user’s, and is no longer a guess', () => {
    const list = rows({ 'so ho so tra ket qua qua han': 'decrease' });
    expect(list.get('Năm 2024!3')).toContain(vi.indicators.overridden);
    expect(list.get('Năm 2024!3')).not.toContain(vi.indicators.inferred);
    expect(list.get('Năm 2024!3')).toMatch(/<option value="decrease" selected/);
  });
});
