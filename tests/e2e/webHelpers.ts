/**
 * What the browser tests of the web page share, served (webpage.test.ts) or opened from disk
 * (onefile.test.ts): the command line's outputs for a workbook, choosing or dropping a file on the
 * page and waiting for its run, downloading an output, and comparing two zip packages part by part.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { entryBytes, entryText, readZip } from '../../src/xlsx/zip';
import { makeTempDir, runCli } from '../cli/harness';
import { ensureAddinBuilt, launchChromium, outPath, ROOT, serve } from './harness';

/** What the command line writes for `input`: its JSON report, its -o copy and its --docx appendix. */
export function cliReport(input: string, options: string[] = []) {
  const dir = makeTempDir();
  const [xlsx, docx, json] = ['ket-qua.xlsx', 'phu-luc.docx', 'ket-qua.json'].map((f) => join(dir, f));
  const run = runCli(['report', input, '-o', xlsx, '--docx', docx, '--json', json, ...options]);
  if (run.status !== 0) throw new Error(run.stderr);
  return {
    stdout: run.stdout,
    report: JSON.parse(readFileSync(json, 'utf8')) as { narrative: string[]; counts: Record<string, number> },
    xlsx: readFileSync(xlsx),
    docx: readFileSync(docx),
  };
}

/** Chooses `file` on the page's file input and waits for the results or the error. */
export async function choose(page: Page, file: string) {
  await page.getByTestId('file-input').setInputFiles(file);
  await finished(page, file);
}

/** The run on `file` has ended (not an earlier file's results still shown). */
export async function finished(page: Page, file: string) {
  await page
    .getByTestId('file-name')
    .filter({ hasText: basename(file) })
    .waitFor();
  await page.locator('main[aria-busy="false"]').waitFor({ timeout: 120_000 });
  await page.getByTestId('results').or(page.getByTestId('error')).first().waitFor();
}

/** Drops `file` on the page, as a person drags it from a folder. */
export async function drop(page: Page, file: string) {
  await dropFiles(page, 'main', [file]);
  await finished(page, file);
}

/** Drops `files` at once on `target`, as a person drags a selection from a folder. */
export async function dropFiles(page: Page, target: string, files: string[]): Promise<void> {
  const payload = files.map((f) => [readFileSync(f).toString('base64'), basename(f)] as const);
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const [b64, name] of items)
      transfer.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
    return transfer;
  }, payload);
  await page.dispatchEvent(target, 'drop', { dataTransfer });
}

export async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await savedPath(file)) };
}

export async function savedPath(file: Download): Promise<string> {
  const path = outPath(`web-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

/** A zip's parts, name → uncompressed bytes. */
export function parts(bytes: Uint8Array): Map<string, string> {
  return new Map(readZip(bytes).map((e) => [e.name, entryText(e)]));
}

/** `got` has the parts of `want`, each the same but those named in `except`. */
export function expectSameParts(got: Uint8Array, want: Uint8Array, except: string[] = []) {
  const a = parts(got);
  const b = parts(want);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [name, text] of b) if (!except.includes(name)) expect(a.get(name), name).toBe(text);
}

/** The docx package stamps each document with its creation time. */
export const DOCX_STAMP = ['docProps/core.xml'];

export interface DiskPage {
  page: Page;
  /** Every request the page and its worker made. */
  requests: string[];
  errors: string[];
}

/**
 * For a test file: a browser started before its tests (after `npm run build` if the build is stale)
 * and closed after them; the function returned opens a page from its file:// address, with no
 * network at all.
 */
export function pagesFromDisk(): (file: string) => Promise<DiskPage> {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    await ensureAddinBuilt();
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
  });
  return (file) => openFromDisk(browser, contexts, file);
}

async function openFromDisk(browser: Browser, contexts: BrowserContext[], file: string): Promise<DiskPage> {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 900 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  contexts.push(context);
  await context.setOffline(true);
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(pathToFileURL(file).toString());
  return { page, requests, errors };
}

/**
 * A Word package's parts as text; a workbook embedded in it (a chart's data) opened into its own
 * parts (`…xlsx!xl/…`: its zip stamps the time); the relationship ids the docx package draws at
 * random for each file written `rIdRandom`.
 */
export function draftParts(bytes: Uint8Array, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readZip(bytes)) {
    if (e.name.endsWith('.xlsx')) for (const [n, t] of draftParts(entryBytes(e), `${prefix}${e.name}!`)) out.set(n, t);
    else out.set(prefix + e.name, entryText(e).replace(/rId[\w-]{21}/g, 'rIdRandom'));
  }
  return out;
}

/** Each worksheet as ExcelJS reads it back: its name, every cell's value or formula. */
export async function sheetsOf(bytes: Uint8Array): Promise<{ name: string; cells: [string, unknown][] }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const cells: [string, unknown][] = [];
    ws.eachRow((row) => row.eachCell((cell) => cells.push([cell.address, cell.value])));
    return { name: ws.name, cells };
  });
}

export interface ServedPage extends DiskPage {
  context: BrowserContext;
}

/**
 * For a test file: dist/ (addin/ and web/ side by side, as the organisation's host) served and a
 * browser started before its tests (after `npm run build` if the build is stale), both closed
 * after them. `open` opens the page, every request recorded and none outside its origin let
 * through, once it has fetched every file it may need; `outside` lists the requests that were not
 * the page's own files or its downloads.
 */
export function servedWebPages(): {
  open: (prepare?: (context: BrowserContext, origin: string) => Promise<void>) => Promise<ServedPage>;
  outside: (requests: string[]) => string[];
} {
  let browser: Browser;
  let server: Server;
  let origin = '';
  let pageUrl = '';
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    await ensureAddinBuilt();
    const served = await serve(resolve(ROOT, 'dist'));
    server = served.server;
    pageUrl = new URL('web/index.html', served.url).toString();
    origin = new URL(served.url).origin;
    browser = await launchChromium();
  }, 600_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    // Nothing to wait for when the server never started (a build that failed).
    if (server) await new Promise((r) => server.close(r));
  });
  /** `prepare`: what the test adds to the page's browser context before the page opens (permissions, routes). */
  const open = async (prepare?: (context: BrowserContext, origin: string) => Promise<void>): Promise<ServedPage> => {
    const context = await browser.newContext({
      // A ward office's browser window.
      viewport: { width: 1024, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    contexts.push(context);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    );
    await prepare?.(context, origin);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(pageUrl);
    // Every file the page may need has been fetched (the worker's chunks too).
    await page.locator('html[data-ready="true"]').waitFor();
    return { context, page, requests, errors };
  };
  const outside = (requests: string[]) =>
    requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith(`blob:${origin}/`));
  return { open, outside };
}
