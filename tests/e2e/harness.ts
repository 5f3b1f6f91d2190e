/**
 * The browser tests' harness: the built add-in (dist/addin, rebuilt with `npm run build` when its
 * sources changed), served from 127.0.0.1 by a plain node http server, opened in Debian's chromium
 * through playwright-core with no network — office.js's CDN address answers an empty script and
 * every other outside request is aborted — and the fake Office host (tests/fake-excel, bundled for
 * the browser by esbuild) injected before the page's own scripts run.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildIsFresh, sourceHash } from '../../scripts/build-stamp.mjs';
import { readWorkbook as readXlsx } from '../../src/cli/readWorkbook';
import type { Grid } from '../../src/core/grid';
import type { FakeSeed } from './host/browserHost';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../..');
export const DIST = resolve(ROOT, 'dist/addin');
export const OUT = resolve(HERE, '.out');
export const FIXTURES = resolve(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** A task pane's usual width in Excel desktop. */
export const PANE_VIEWPORT = { width: 360, height: 900 };

const LOCK = resolve(ROOT, 'dist/.addin-build.lock');

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Builds dist/addin and dist/web (one `npm run build`) unless they were built from the current
 * sources (the stamp `npm run build` writes last, scripts/build-stamp.mjs). Test files run in
 * parallel, so a lock directory makes one of them build while the others wait for it.
 */
export async function ensureAddinBuilt(): Promise<{ built: boolean; ms: number }> {
  const start = Date.now();
  const hash = sourceHash();
  const fresh = () => buildIsFresh(hash);
  mkdirSync(resolve(ROOT, 'dist'), { recursive: true });
  for (;;) {
    if (fresh()) return { built: false, ms: Date.now() - start };
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than 5 minutes is a crashed run's.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released in the meantime.
      }
      await sleep(500);
    }
  }
  try {
    if (fresh()) return { built: false, ms: Date.now() - start };
    await new Promise<void>((done, fail) =>
      execFile(
        'npm',
        ['run', 'build', '--silent'],
        { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          error ? fail(new Error(`npm run build failed: ${error.message}\n${stdout}\n${stderr}`)) : done(),
      ),
    );
    if (!fresh())
      throw new Error('npm run build did not stamp dist/addin with the current sources (were they edited meanwhile?)');
    return { built: true, ms: Date.now() - start };
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

let hostBundle: Promise<string> | null = null;

/** tests/fake-excel + the browser glue as one IIFE script (HyperFormula included: it is the test's). */
export function fakeHostScript(): Promise<string> {
  hostBundle ??= build({
    entryPoints: [resolve(HERE, 'host/browserHost.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    inject: [resolve(HERE, 'host/buffer-shim.ts')],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  }).then((r) => r.outputFiles[0].text);
  return hostBundle;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves a directory on 127.0.0.1 (a free port); close() when done. */
export async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** The built add-in served and a browser to open it in; `close()` ends both. */
export async function servedAddin(): Promise<{ browser: Browser; base: string; close(): Promise<void> }> {
  await ensureAddinBuilt();
  const { url, server } = await serve(DIST);
  const browser = await launchChromium();
  return {
    browser,
    base: url,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/**
 * The built web page served (dist/ holds addin/ and web/ side by side, as the organisation's
 * static host would) and a browser to open it in; `close()` ends both.
 */
export async function servedWebPage(): Promise<{ browser: Browser; pageUrl: string; close(): Promise<void> }> {
  await ensureAddinBuilt();
  const { url, server } = await serve(resolve(ROOT, 'dist'));
  const browser = await launchChromium();
  return {
    browser,
    pageUrl: new URL('web/index.html', url).toString(),
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors, for "nothing went wrong silently". */
  errors: string[];
  /** Console warnings (React's and Fluent's complaints, e.g. a hydration mismatch). */
  warnings: string[];
  /** Outside requests that were blocked (anything but 127.0.0.1 and office.js's address). */
  blocked: string[];
}

/**
 * A page of the add-in's origin with the fake host seeded, not yet navigated: `route` may add
 * the test's own routes (they take precedence) before the caller goes to the page.
 */
export async function newAddinPage(
  browser: Browser,
  baseUrl: string,
  seed: FakeSeed,
  route?: (context: BrowserContext) => Promise<unknown>,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, locale: 'vi-VN', deviceScaleFactor: 1 });
  const origin = new URL(baseUrl).origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: '/* office.js: the fake host is injected */',
      });
    if (url.startsWith(origin)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  if (route) await route(context);
  await context.addInitScript({ content: await fakeHostScript() });
  await context.addInitScript((s: FakeSeed) => window.__chitieuSetup(s), seed);
  const p = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(`console: ${m.text()}`);
  });
  return { context, page: p, errors, warnings, blocked };
}

/** Opens one of the add-in's pages with the fake host seeded. */
export async function openAddinPage(
  browser: Browser,
  baseUrl: string,
  page: string,
  seed: FakeSeed,
): Promise<OpenedPage> {
  const opened = await newAddinPage(browser, baseUrl, seed);
  await opened.page.goto(new URL(page, baseUrl).toString());
  return opened;
}

export async function fixtureGrids(name: string): Promise<Grid[]> {
  const read = await readXlsx(resolve(FIXTURES, `${name}.xlsx`));
  if (!read.ok) throw new Error(read.message);
  return read.grids;
}

/** A workbook that is not an indicator table: a list of names. */
export const NAME_LIST: Grid[] = [
  {
    sheet: 'Danh sách',
    values: [
      ['DANH SÁCH ĐẢNG VIÊN CHI BỘ SỐ 3'],
      ['STT', 'Họ và tên', 'Năm sinh', 'Ngày vào Đảng', 'Ghi chú'],
      [1, 'Nguyễn Văn An', 1965, '03/02/1990', null],
      [2, 'Trần Thị Bình', 1972, '19/05/1998', 'Chuyển đến'],
      [3, 'Lê Văn Cường', 1980, '02/09/2005', null],
      [4, 'Phạm Thị Dung', 1988, '07/11/2012', null],
    ],
  },
];

export function outPath(name: string): string {
  mkdirSync(OUT, { recursive: true });
  return join(OUT, name);
}
