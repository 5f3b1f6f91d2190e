/**
 * The built add-in (`npm run build` → dist/addin): every page and icon the manifest names exists;
 * office.js stays on Microsoft's CDN (loaded by the pages before the bundle, never bundled); the
 * test-only HyperFormula (GPL-3) is not in any bundle; and the bundles keep a sane size.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureAddinBuilt, OFFICE_JS } from './harness';

beforeAll(async () => {
  await ensureAddinBuilt();
}, 600_000);

const scripts = () => readdirSync(DIST).filter((f) => f.endsWith('.js'));

describe('the add-in build', () => {
  it('has the pages and icons the manifest points at', () => {
    for (const f of [
      'taskpane.html',
      'commands.html',
      'dialog.html',
      'help.html',
      'manifest.xml',
      'taskpane.js',
      'commands.js',
      'dialog.js',
    ]) {
      expect(statSync(join(DIST, f)).size, f).toBeGreaterThan(0);
    }
    for (const size of [16, 32, 64, 80])
      expect(statSync(join(DIST, `assets/icon-${size}.png`)).size).toBeGreaterThan(100);
    const manifest = readFileSync(join(DIST, 'manifest.xml'), 'utf8');
    for (const [, path] of manifest.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g))
      expect(statSync(join(DIST, path)).isFile(), path).toBe(true);
  });

  it('loads office.js from the CDN before the bundle, in every page', () => {
    for (const page of ['taskpane.html', 'commands.html', 'dialog.html']) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const office = html.indexOf(OFFICE_JS);
      const bundle = html.indexOf(page.replace('.html', '.js'));
      expect(office, page).toBeGreaterThan(0);
      expect(bundle, page).toBeGreaterThan(office);
    }
  });

  it('bundles neither office.js nor HyperFormula', () => {
    for (const f of scripts()) {
      const js = readFileSync(join(DIST, f), 'utf8');
      expect(js.toLowerCase().includes('hyperformula'), `${f} contains HyperFormula`).toBe(false);
      // office.js defines OfficeExtension.ClientRequestContext; the add-in only uses the globals.
      expect(js.includes('ClientRequestContext'), `${f} contains office.js`).toBe(false);
      expect(js.includes('AppsForOffice'), `${f} contains office.js`).toBe(false);
    }
  });

  it('the task pane’s first script holds only its first screen; the engine and the sections come on demand', () => {
    const first = readFileSync(join(DIST, 'taskpane.js'), 'utf8');
    const chunks = scripts().filter((f) => /\.[0-9a-f]{8}\.js$/.test(f));
    const inChunk = (marker: string) => chunks.some((f) => readFileSync(join(DIST, f), 'utf8').includes(marker));
    expect(first).toContain('fui-Button');
    // Each marker: code only a later screen needs (Fluent's class names, mathjs, the engine's message).
    for (const marker of [
      'fui-AccordionHeader', // the sections
      'fui-MessageBar', // the error and warning bars
      'fui-Input', // the settings form
      'fui-Select', // the indicators' directions
      'fui-Checkbox', // the tables list
      'typed-function', // mathjs, the engine's money units
      // The engine: a phrase only its sentences write. (Its refusal texts, such as NO_TABLE_MESSAGE, now live
      // in the one refusal catalogue of src/core/refusal.ts, which the first screen shares with every host.)
      'Nghị quyết Đại hội đề ra',
    ]) {
      expect(first.includes(marker), `taskpane.js holds ${marker}`).toBe(false);
      expect(inChunk(marker), `no chunk holds ${marker}`).toBe(true);
    }
  });

  it("keeps the bundles small (task pane's first script < 400 KB, commands < 600 KB, dialog < 10 KB)", () => {
    const size = (f: string) => statSync(join(DIST, f)).size;
    expect(size('taskpane.js')).toBeLessThan(400_000);
    expect(size('commands.js')).toBeLessThan(600_000);
    expect(size('dialog.js')).toBeLessThan(10_000);
  });
});
