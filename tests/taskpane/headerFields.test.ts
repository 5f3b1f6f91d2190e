/**
 * The pane's header fields (the same component as the page's), rendered in Node: after the opening
 * analysis of a party workbook and of a UBND workbook, with nothing typed, each line shows the value
 * that "Sinh báo cáo" will write, marked "đọc từ sổ"; a line typed in the settings shows the typed
 * value, marked "bạn đã nhập", the others still read from the workbook.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultAddinSettings } from '../../src/excel/settings';
import { readWorkbookHeader } from '../../src/settings';
import { HeaderFields } from '../../src/taskpane/components/HeaderFields';
import { vi } from '../../src/taskpane/i18n/vi';
import type { PaneSettings } from '../../src/taskpane/state';
import { engineRun } from '../e2e/figures';
import { fixtureGrids } from '../excel/helpers';

const noop = () => {};

/** The fields' markup for a fixture's title block and what was typed. */
async function rendered(fixture: string, typed: Partial<PaneSettings> = {}): Promise<string> {
  const grids = await fixtureGrids(fixture);
  const header = readWorkbookHeader(grids, engineRun(grids).report.tables);
  const settings = { ...defaultAddinSettings, excludedTables: [], ...typed };
  return renderToStaticMarkup(
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(HeaderFields, { settings, workbookHeader: header, onChange: noop, onCommit: noop }),
    ),
  );
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** Each line's value and source, as the markup carries them (the block: its checked radio). */
function lines(markup: string) {
  const out: Record<string, { value: string; source: string | null }> = {};
  for (const [tag] of markup.matchAll(/<input[^>]*data-header="[^"]*"[^>]*>/g))
    out[attr(tag, 'data-header')!] = { value: unescape(attr(tag, 'value') ?? ''), source: attr(tag, 'data-source') };
  // The block's group: from its element to the next field's.
  const from = markup.indexOf('data-header="bodyType"');
  const group = markup.slice(markup.lastIndexOf('<', from), markup.indexOf('data-header=', from + 1));
  const checked = /<input[^>]*checked=""[^>]*>/.exec(group)?.[0] ?? '';
  out.bodyType = { value: attr(checked, 'value') ?? '', source: attr(group, 'data-source') };
  return out;
}

describe('the pane’s header fields', () => {
  it('a party workbook, nothing typed: every line read from the workbook', async () => {
    const doc = await rendered('phuc-dong-2020');
    expect(lines(doc)).toEqual({
      bodyType: { value: 'party', source: 'workbook' },
      superiorBody: { value: 'Đảng bộ quận Long Biên', source: 'workbook' },
      issuingBody: { value: 'Đảng ủy phường Phúc Đồng', source: 'workbook' },
      place: { value: 'Phúc Đồng', source: 'workbook' },
    });
    expect(doc).toContain(vi.header.sources.workbook);
  });

  it('a UBND workbook, nothing typed: the state block and its bodies', async () => {
    const doc = await rendered('thuong-thanh-9-thang-2024-uoc-ca-nam');
    expect(lines(doc)).toMatchObject({
      bodyType: { value: 'state', source: 'workbook' },
      issuingBody: { value: 'UBND phường Thượng Thanh', source: 'workbook' },
    });
  });

  it('a line typed wins and says so; the others stay the workbook’s', async () => {
    const doc = await rendered('phuc-dong-2020', { place: 'Hà Nội' });
    expect(lines(doc).place).toEqual({ value: 'Hà Nội', source: 'typed' });
    expect(lines(doc).issuingBody.source).toBe('workbook');
    expect(doc).toContain(vi.header.sources.typed);
  });
});
