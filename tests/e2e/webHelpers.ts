/**
 * What the browser tests of the web page share, served (webpage.test.ts) or opened from disk
 * (onefile.test.ts): the command line's outputs for a workbook, choosing or dropping a file on the
 * page and waiting for its run, downloading an output, and comparing two zip packages part by part.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { entryText, readZip } from '../../src/xlsx/zip';
import { makeTempDir, runCli } from '../cli/harness';
import { ensureAddinBuilt, launchChromium, outPath } from './harness';
import { dragged } from './pageRun';

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
  await page.dispatchEvent('main', 'drop', { dataTransfer: await dragged(page, file) });
  await finished(page, file);
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
