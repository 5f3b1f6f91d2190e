/**
 * The task pane's first screen is in taskpane.html itself, rendered at build time: without any
 * script the page shows the title and "Sinh báo cáo" with Fluent's CSS, at 320 px, the button
 * disabled (aria-disabled, and drawn so) since the pane is getting ready; a click on it before the
 * script arrives does nothing; the script then hydrates that very markup (the same elements, no
 * warning, no error — also with React's development build, which reports every mismatch), and
 * the pane works as before.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/core/grid';
import { fixtureGrids, newAddinPage, OFFICE_JS, ROOT, servedAddin, type OpenedPage } from './harness';

let served: Awaited<ReturnType<typeof servedAddin>>;
let browser: Browser;
let base: string;
let phucDong: Grid[];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  served = await servedAddin();
  ({ browser, base } = served);
  phucDong = await fixtureGrids('phuc-dong-2020');
}, 600_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await served?.close();
});

/** The pane with its script held back until `release()`, or replaced by `script`. */
async function openPane(options: { script?: string } = {}) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const o = await newAddinPage(browser, base, { grids: phucDong }, (context) =>
    context.route(/\/taskpane\.js$/, async (route) => {
      await held;
      if (options.script === undefined) return route.continue();
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: options.script });
    }),
  );
  contexts.push(o.context);
  await o.page.goto(new URL('taskpane.html', base).toString(), { waitUntil: 'domcontentloaded' });
  return { o, release };
}

const generateButton = (o: OpenedPage) => o.page.getByRole('button', { name: 'Sinh báo cáo' });

type Marked = HTMLElement & { prerendered?: boolean };

/**
 * Marks the pre-rendered button (a property, not an attribute React would see), to tell later
 * whether hydration kept it or, after a mismatch, drew a new one.
 */
async function markButton(o: OpenedPage): Promise<void> {
  await generateButton(o).evaluate((el: Marked) => (el.prerendered = true));
}

const stillPrerendered = (o: OpenedPage) => generateButton(o).evaluate((el: Marked) => el.prerendered === true);

async function analysed(o: OpenedPage) {
  await o.page.getByTestId('tables').or(o.page.getByTestId('error')).first().waitFor();
}

describe('the pre-rendered first screen', () => {
  it('is in taskpane.html: title, "Sinh báo cáo" disabled while the pane gets ready, styled, 320 px wide — no script needed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    contexts.push(context);
    await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(new URL('taskpane.html', base).toString());
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Báo cáo chỉ tiêu');
    const button = page.getByRole('button', { name: 'Sinh báo cáo' });
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByRole('button', { name: 'Phân tích' }).getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByTestId('progress-text').innerText()).toBe('Đang phân tích sổ…');
    // Fluent's CSS is there: the theme's font size on the title, the disabled button's cursor.
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).fontSize)).toBe('20px');
    expect(await button.evaluate((el) => getComputedStyle(el).cursor)).toBe('not-allowed');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.locator('script[src]').evaluateAll((s) => s.map((e) => e.getAttribute('src')))).toEqual([
      OFFICE_JS,
    ]);
  });

  it('a click before the script arrives does nothing; the script hydrates the same elements and the pane works', async () => {
    const { o, release } = await openPane();
    const { page } = o;
    const button = generateButton(o);
    await button.waitFor();
    await markButton(o);
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    const disabledLook = await button.evaluate((el) => getComputedStyle(el).backgroundColor);
    await button.click({ force: true });
    await button.focus();
    await page.keyboard.press('Enter');
    release();

    await analysed(o);
    // The early clicks wrote nothing and started nothing.
    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Chỉ tiêu 2020']);
    expect(await page.getByTestId('results').count()).toBe(0);
    expect(await page.getByTestId('error').count()).toBe(0);
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await button.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(disabledLook);
    expect(await stillPrerendered(o)).toBe(true);

    await button.click();
    await page.getByTestId('results').waitFor();
    expect(await page.evaluate(() => window.__chitieu.sheetNames())).toEqual(['Chỉ tiêu 2020', 'Báo cáo chỉ tiêu']);
    expect(o.errors).toEqual([]);
    expect(o.warnings).toEqual([]);
  });

  it("hydrates without a mismatch under React's development build (which warns of any)", async () => {
    const bundle = await build({
      entryPoints: [resolve(ROOT, 'src/taskpane/index.tsx')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'warning',
    });
    const { o, release } = await openPane({ script: bundle.outputFiles[0].text });
    await generateButton(o).waitFor();
    await markButton(o);
    release();
    await analysed(o);
    expect(await o.page.getByTestId('tables').locator('li').count()).toBe(1);
    expect(await stillPrerendered(o)).toBe(true);
    expect(o.errors).toEqual([]);
    expect(o.warnings).toEqual([]);
  }, 120_000);
});
