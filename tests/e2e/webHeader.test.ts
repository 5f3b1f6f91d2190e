/**
 * The header of the report on the web page (the one-file page opened from disk, the page's own code):
 * with no settings, a party workbook's and a UBND workbook's title blocks give the header fields,
 * each marked as read from the workbook, before any download, and the downloaded copy carries that
 * header — the CLI's with no flags; a line the officer types wins, is marked as typed, is written
 * into the next download, and is kept after the page is opened again.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { summaryHeaderTexts } from '../cli/harness';
import { FIXTURES, ROOT } from './harness';
import { choose, cliReport, download, pagesFromDisk } from './webHelpers';

const ONE_FILE = resolve(ROOT, 'dist/chitieu.html');

const openFromDisk = pagesFromDisk();

/** Each header field's value and where the page says it comes from. */
async function headerShown(page: Page) {
  const fields = page.getByTestId('header-fields');
  const line = async (field: string) => {
    const input = fields.locator(`input[data-header="${field}"]`);
    return { value: await input.inputValue(), source: await input.getAttribute('data-source') };
  };
  const block = fields.locator('[data-header="bodyType"]');
  return {
    bodyType: {
      value: await block.locator('input:checked').getAttribute('value'),
      source: await block.getAttribute('data-source'),
    },
    superiorBody: await line('superiorBody'),
    issuingBody: await line('issuingBody'),
    place: await line('place'),
  };
}

describe('the header on the page, before any download', () => {
  it.each([
    [
      'a party workbook',
      'phuc-dong-2020.xlsx',
      {
        bodyType: 'party',
        superiorBody: 'Đảng bộ quận Long Biên',
        issuingBody: 'Đảng ủy phường Phúc Đồng',
        place: 'Phúc Đồng',
      },
      'ĐẢNG CỘNG SẢN VIỆT NAM',
    ],
    [
      'a UBND workbook',
      'thuong-thanh-9-thang-2024-uoc-ca-nam.xlsx',
      {
        bodyType: 'state',
        superiorBody: 'UBND quận Long Biên',
        issuingBody: 'UBND phường Thượng Thanh',
        place: 'Thượng Thanh',
      },
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ],
  ])(
    '%s, no settings: the fields read from the workbook, the download carries them as the CLI',
    async (_, name, want, motto) => {
      const input = resolve(FIXTURES, name);
      const { page, errors } = await openFromDisk(ONE_FILE);
      await choose(page, input);
      const shown = await headerShown(page);
      for (const [field, value] of Object.entries(want))
        expect(shown[field as keyof typeof shown], field).toEqual({ value, source: 'workbook' });
      const texts = await summaryHeaderTexts((await download(page, 'download-xlsx')).bytes);
      expect(texts).toEqual(await summaryHeaderTexts(cliReport(input).xlsx));
      expect(texts).toEqual(
        expect.arrayContaining([motto, want.superiorBody.toUpperCase(), want.issuingBody.toUpperCase()]),
      );
      expect(errors).toEqual([]);
    },
    180_000,
  );

  it('a line the officer types wins: marked as typed, in the next download, kept when the page is opened again', async () => {
    const input = resolve(FIXTURES, 'phuc-dong-2020.xlsx');
    const { page } = await openFromDisk(ONE_FILE);
    await choose(page, input);
    const superior = page.getByTestId('header-fields').locator('input[data-header="superiorBody"]');
    await superior.fill('');
    await superior.pressSequentially('Quận ủy Long Biên', { delay: 20 });
    expect(await superior.getAttribute('data-source')).toBe('typed');
    // Typing paused: the report is made again with the typed line.
    await expect
      .poll(async () => summaryHeaderTexts((await download(page, 'download-xlsx')).bytes), { timeout: 90_000 })
      .toContain('QUẬN ỦY LONG BIÊN');
    const shown = await headerShown(page);
    expect(shown.superiorBody).toEqual({ value: 'Quận ủy Long Biên', source: 'typed' });
    expect(shown.issuingBody).toEqual({ value: 'Đảng ủy phường Phúc Đồng', source: 'workbook' });

    await page.reload();
    await choose(page, input);
    expect((await headerShown(page)).superiorBody).toEqual({ value: 'Quận ủy Long Biên', source: 'typed' });
  }, 180_000);
});
