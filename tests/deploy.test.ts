/**
 * Deploying the add-in in an organisation: `ADDIN_URL=https://host/path/ npm run build` writes a
 * dist/addin folder an IT officer copies to any static https host, with a manifest whose every
 * address is on that base and none on the development machine, valid against the manifest schema;
 * without ADDIN_URL the build keeps the development manifest (https://localhost:3000).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildManifest, manifestUrls, parseAddinUrl, productionManifest } from '../scripts/addin-manifest';
import { validateManifest } from '../scripts/manifest-xsd';

const ROOT = resolve(__dirname, '..');
const DEV_MANIFEST = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://chitieu.example.org/addin/';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((done, fail) =>
    execFile(command, args, { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (error, out, err) =>
      error ? fail(new Error(`${command} ${args.join(' ')}: ${error.message}\n${out}\n${err}`)) : done(),
    ),
  );
}

describe('ADDIN_URL: the address the organisation serves the add-in from', () => {
  it('must be an absolute https folder address; a trailing slash is added', () => {
    expect(parseAddinUrl('https://chitieu.example.org/addin')).toEqual({
      ok: true,
      base: BASE,
      origin: 'https://chitieu.example.org',
    });
    expect(parseAddinUrl(' https://files.phuong.gov.vn/ ')).toMatchObject({
      ok: true,
      base: 'https://files.phuong.gov.vn/',
    });
  });

  it.each([
    ['http://chitieu.example.org/addin/', 'https'],
    ['chitieu.example.org/addin', 'địa chỉ web đầy đủ'],
    ['https://localhost:3000/', 'máy đang dựng'],
    ['https://127.0.0.1/addin/', 'máy đang dựng'],
    ['https://[::1]/addin/', 'máy đang dựng'],
    ['https://chitieu.example.org/addin/?v=2', 'không có tham số'],
    ['https://user:pw@chitieu.example.org/addin/', 'mật khẩu'],
  ])('%s is refused with a Vietnamese message (%s)', (raw, words) => {
    const r = parseAddinUrl(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(words);
  });

  it('without ADDIN_URL the build keeps the development manifest byte for byte', () => {
    expect(buildManifest(DEV_MANIFEST, undefined)).toBe(DEV_MANIFEST);
    expect(buildManifest(DEV_MANIFEST, '')).toBe(DEV_MANIFEST);
  });

  it('a bad ADDIN_URL stops the build with its message', () => {
    expect(() => buildManifest(DEV_MANIFEST, 'http://x.org/')).toThrow(/https/);
  });
});

describe('the production manifest', () => {
  const prod = buildManifest(DEV_MANIFEST, BASE);

  it('moves every address to the base and names no local machine', () => {
    const urls = manifestUrls(prod);
    // SourceLocation, 2 + 3 icons, function file, task pane, help (twice), AppDomain.
    expect(urls.length).toBe(manifestUrls(DEV_MANIFEST).length);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) expect(u === 'https://chitieu.example.org' || u.startsWith(BASE), u).toBe(true);
    expect(prod).not.toMatch(/localhost|127\.0\.0\.1/i);
    expect(prod).toContain('<AppDomain>https://chitieu.example.org</AppDomain>');
    expect(prod).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    expect(prod).toContain(`<bt:Url id="Chitieu.Commands.Url" DefaultValue="${BASE}commands.html"/>`);
  });

  it('keeps everything else of the development manifest (id, version, ribbon, texts)', () => {
    const strip = (xml: string) => xml.replace(/https:\/\/[^"<]+/g, 'URL');
    expect(strip(prod)).toBe(strip(DEV_MANIFEST));
  });

  it('refuses a manifest that still names localhost another way', () => {
    const odd = DEV_MANIFEST.replace('https://localhost:3000/help.html', 'https://LOCALHOST:3000/help.html');
    expect(() => productionManifest(odd, { base: BASE, origin: 'https://chitieu.example.org' })).toThrow(/localhost/);
  });

  it('is valid against the manifest schema, as the development one is', async () => {
    expect(await validateManifest(prod)).toEqual({ valid: true });
    expect(await validateManifest(DEV_MANIFEST)).toEqual({ valid: true });
  });
});

describe('ADDIN_URL=https://chitieu.example.org/addin/ npm run build', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'chitieu-addin-'));
    // What `npm run build` runs (webpack, then the icons), into a folder of its own.
    // (`--config-name addin`: the web page's config would write into the same folder and clean it.)
    await run('npx', ['webpack', '--mode', 'production', '--config-name', 'addin', '--output-path', out], {
      ADDIN_URL: BASE,
    });
    await run(process.execPath, ['bin/run-ts.js', 'scripts/icons.ts', join(out, 'assets')]);
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a folder to copy to the host: every file the manifest names is in it', async () => {
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(xml).toContain(BASE);
    expect(xml).not.toMatch(/localhost/i);
    expect(await validateManifest(xml)).toEqual({ valid: true });
    const files = manifestUrls(xml)
      .filter((u) => u.startsWith(BASE))
      .map((u) => u.slice(BASE.length));
    expect(new Set(files)).toEqual(
      new Set([
        'taskpane.html',
        'commands.html',
        'help.html',
        'assets/icon-16.png',
        'assets/icon-32.png',
        'assets/icon-64.png',
        'assets/icon-80.png',
      ]),
    );
    for (const f of files) expect(existsSync(join(out, f)), f).toBe(true);
    // The ribbon command's message dialog is opened beside the function file.
    expect(existsSync(join(out, 'dialog.html'))).toBe(true);
  });
});
