/**
 * Deploying the add-in in an organisation: `ADDIN_URL=https://host/path/ npm run build` writes a
 * dist/addin folder an IT officer copies to any static https host, with a manifest whose every
 * address is on that base and none on the development machine, valid against the manifest schema;
 * without ADDIN_URL the build keeps the development manifest (https://localhost:3000).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManifest, manifestUrls, parseAddinUrl, productionManifest } from '../scripts/addin-manifest';
import { validateManifest } from '../scripts/manifest-xsd';
import { DIST, ensureAddinBuilt } from './e2e/harness';

const ROOT = resolve(__dirname, '..');
const DEV_MANIFEST = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');
const BASE = 'https://chitieu.example.org/addin/';

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

/**
 * `ADDIN_URL=… npm run build` differs from `npm run build` only in the manifest webpack copies (no
 * source reads ADDIN_URL), so the production folder is checked as the one build the tests share
 * (dist/addin, tests/e2e/harness.ts) with the manifest the build's own copy step writes under
 * ADDIN_URL, rather than by a second production webpack.
 */
describe('ADDIN_URL=https://chitieu.example.org/addin/ npm run build', () => {
  let addin: { output: { path: string }; plugins: object[] };
  beforeAll(async () => {
    await ensureAddinBuilt();
    const config = (await import(/* @vite-ignore */ pathToFileURL(resolve(ROOT, 'webpack.config.js')).href)) as {
      default: (env: object, argv: { mode: string }) => Promise<{ name: string }[]>;
    };
    const configs = await config.default({}, { mode: 'production' });
    addin = configs.find((c) => c.name === 'addin') as unknown as typeof addin;
  }, 600_000);

  /** The manifest the build's copy step writes from manifest.xml with ADDIN_URL set to `url`. */
  async function builtManifest(url: string): Promise<string> {
    const copy = addin.plugins.find((p) => p.constructor.name === 'CopyPlugin') as {
      patterns: { to: string; transform?: (content: Buffer) => Promise<string> }[];
    };
    const pattern = copy.patterns.find((p) => p.to === 'manifest.xml');
    if (!pattern?.transform) throw new Error('the build no longer writes manifest.xml through a transform');
    const before = process.env.ADDIN_URL;
    process.env.ADDIN_URL = url;
    try {
      return await pattern.transform(Buffer.from(DEV_MANIFEST, 'utf8'));
    } finally {
      if (before === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = before;
    }
  }

  it('only the manifest reads ADDIN_URL: no source of the pages does', () => {
    const sources = readdirSync(resolve(ROOT, 'src'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
    expect(sources.length).toBeGreaterThan(50);
    for (const f of sources) expect(readFileSync(f, 'utf8'), f).not.toContain('ADDIN_URL');
    expect(addin.output.path).toBe(resolve(ROOT, 'dist/addin'));
  });

  it('writes a folder to copy to the host: every file the manifest names is in it', async () => {
    const xml = await builtManifest(BASE);
    expect(xml).toBe(buildManifest(DEV_MANIFEST, BASE));
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
    for (const f of files) expect(existsSync(join(DIST, f)), f).toBe(true);
    // The ribbon command's message dialog is opened beside the function file.
    expect(existsSync(join(DIST, 'dialog.html'))).toBe(true);
  });

  it('stops with its message on an unusable ADDIN_URL', async () => {
    await expect(builtManifest('http://chitieu.example.org/addin/')).rejects.toThrow(/https/);
  });
});
