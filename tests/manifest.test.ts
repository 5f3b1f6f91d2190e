/**
 * manifest.xml against the rules of the official add-in manifest schemas (OfficeAppManifestV1_1,
 * TaskPaneAppVersionOverridesV1_0, OfficeAppBasicTypesV1_0) that this manifest uses: element order
 * of each sequence, required elements, resource ids that resolve, string lengths, https URLs, and
 * icons the build really produces; and against the XML Schema profile of schemas/manifest/ with
 * libxml2 (`office-addin-manifest validate` calls an online service and fails offline; Microsoft's
 * own XSD files are checked by `npm run manifest:check -- --xsd DIR`, see schemas/manifest/README.md).
 * Microsoft's own schemas are not in the repository; when they are beside the checkout
 * (../shared/xsd/manifest/, as in CI) the development and the production manifest are validated
 * against them too, and the test says so when they are not.
 */
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../scripts/addin-manifest';
import { OFFICIAL_MAIN, validateManifest } from '../scripts/manifest-xsd';

type Node = Record<string, unknown>;
const root = resolve(__dirname, '..');
const xml = readFileSync(resolve(root, 'manifest.xml'), 'utf8');
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
  xml,
) as Node[];
const doc = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
}).parse(xml) as Node;

/** Child element names of an ordered node, in document order. */
function childNames(node: Node): string[] {
  const key = Object.keys(node).find((k) => k !== ':@')!;
  return (node[key] as Node[]).map((c) => Object.keys(c).find((k) => k !== ':@')!).filter((k) => k !== '#text');
}

function find(nodes: Node[], name: string): Node {
  const n = nodes.find((x) => name in x);
  if (!n) throw new Error(`missing <${name}>`);
  return n;
}

function children(node: Node): Node[] {
  const key = Object.keys(node).find((k) => k !== ':@')!;
  return node[key] as Node[];
}

/** `names` appear in this relative order (each sequence of the schema), with the required ones present. */
function expectSequence(actual: string[], sequence: string[], required: string[]) {
  const positions = actual.filter((n) => sequence.includes(n)).map((n) => sequence.indexOf(n));
  expect(positions, `order of ${actual.join(', ')}`).toEqual([...positions].sort((a, b) => a - b));
  for (const r of required) expect(actual, `required <${r}>`).toContain(r);
  for (const n of actual) expect(sequence, `unexpected <${n}>`).toContain(n);
}

const officeApp = find(ordered, 'OfficeApp');

describe('manifest.xml follows the add-in manifest schema', () => {
  it('OfficeApp children in schema order, task pane app for Excel with ReadWriteDocument', () => {
    expectSequence(
      childNames(officeApp),
      [
        'Id',
        'AlternateId',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'IconUrl',
        'HighResolutionIconUrl',
        'SupportUrl',
        'AppDomains',
        'Hosts',
        'Requirements',
        'DefaultSettings',
        'Permissions',
        'AllowSnapshot',
        'VersionOverrides',
      ],
      [
        'Id',
        'Version',
        'ProviderName',
        'DefaultLocale',
        'DisplayName',
        'Description',
        'DefaultSettings',
        'Permissions',
      ],
    );
    const app = (doc.OfficeApp as Node[])[0];
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect((app.Id as string[])[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((app.Version as string[])[0]).toMatch(/^\d+(\.\d+){0,3}$/);
    expect((app.DefaultLocale as string[])[0]).toBe('vi-VN');
    expect((app.Permissions as string[])[0]).toBe('ReadWriteDocument');
    expect(((app.Hosts as Node[])[0].Host as Node[]).map((h) => h['@Name'])).toEqual(['Workbook']);
  });

  it('display name and description have an en-US override within the schema lengths', () => {
    const app = (doc.OfficeApp as Node[])[0];
    for (const [el, max] of [
      ['DisplayName', 125],
      ['Description', 250],
    ] as const) {
      const node = (app[el] as Node[])[0];
      expect(String(node['@DefaultValue']).length).toBeLessThanOrEqual(max);
      const override = (node.Override as Node[])[0];
      expect(override['@Locale']).toBe('en-US');
      expect(String(override['@Value']).length).toBeLessThanOrEqual(max);
    }
  });

  it('the ribbon: a custom tab "chitieu" with "Sinh báo cáo" (ExecuteFunction) and "Mở chitieu" (ShowTaskpane)', () => {
    const vo = find(children(officeApp), 'VersionOverrides');
    expectSequence(
      childNames(vo),
      ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'VersionOverrides'],
      ['Hosts', 'Resources'],
    );
    const formFactor = find(children(find(children(find(children(vo), 'Hosts')), 'Host')), 'DesktopFormFactor');
    expectSequence(childNames(formFactor), ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['ExtensionPoint']);
    const tab = find(children(find(children(formFactor), 'ExtensionPoint')), 'CustomTab');
    expectSequence(childNames(tab), ['Group', 'Label', 'InsertAfter', 'InsertBefore'], ['Group', 'Label']);
    const group = find(children(tab), 'Group');
    expectSequence(childNames(group), ['Label', 'Icon', 'Control'], ['Label', 'Icon', 'Control']);
    const controls = children(group).filter((c) => 'Control' in c);
    for (const control of controls)
      expectSequence(
        childNames(control),
        ['Label', 'Supertip', 'Icon', 'Action'],
        ['Label', 'Supertip', 'Icon', 'Action'],
      );
    const actions = controls.map((c) => (find(children(c), 'Action')[':@'] as Node)['@xsi:type']);
    expect(actions).toEqual(['ExecuteFunction', 'ShowTaskpane']);
    expect(xml).toContain('<FunctionName>generateReport</FunctionName>');
  });

  it('every resid resolves to a resource of the right kind, short strings ≤ 125 and long ≤ 250 characters', () => {
    const resources = {
      Image: new Set<string>(),
      Url: new Set<string>(),
      Short: new Map<string, string>(),
      Long: new Map<string, string>(),
    };
    for (const m of xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)) resources.Image.add(m[1]);
    for (const m of xml.matchAll(/<bt:Url id="([^"]+)" DefaultValue="([^"]+)"/g)) resources.Url.add(m[1]);
    const short = xml.slice(xml.indexOf('<bt:ShortStrings>'), xml.indexOf('</bt:ShortStrings>'));
    const long = xml.slice(xml.indexOf('<bt:LongStrings>'), xml.indexOf('</bt:LongStrings>'));
    for (const m of short.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]+)"/g)) resources.Short.set(m[1], m[2]);
    for (const m of long.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]+)"/g)) resources.Long.set(m[1], m[2]);
    for (const v of resources.Short.values()) expect(v.length).toBeLessThanOrEqual(125);
    for (const v of resources.Long.values()) expect(v.length).toBeLessThanOrEqual(250);
    const all = new Set([...resources.Image, ...resources.Url, ...resources.Short.keys(), ...resources.Long.keys()]);
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(all, `resid ${id}`).toContain(id);
    for (const m of xml.matchAll(/<(?:Label|Title) resid="([^"]+)"/g))
      expect(resources.Short.has(m[1]), `short ${m[1]}`).toBe(true);
    for (const m of xml.matchAll(/<Description resid="([^"]+)"/g))
      expect(resources.Long.has(m[1]), `long ${m[1]}`).toBe(true);
  });

  it('all URLs are https on localhost:3000 and point at pages and icons the build produces', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
    const files = new Set(urls.map((u) => new URL(u).pathname.slice(1)));
    const webpack = readFileSync(resolve(root, 'webpack.config.js'), 'utf8');
    for (const f of files) {
      if (f.startsWith('assets/icon-')) {
        const size = Number(/icon-(\d+)\.png/.exec(f)![1]);
        expect([16, 32, 64, 80]).toContain(size);
        expect(readFileSync(resolve(root, 'scripts/icons.ts'), 'utf8')).toMatch(new RegExp(`\\b${size}\\b`));
      } else {
        expect(webpack, f).toContain(f);
      }
    }
    const sizes = [...xml.matchAll(/<bt:Image size="(\d+)"/g)].map((m) => Number(m[1]));
    for (const s of sizes) expect([16, 20, 24, 32, 40, 48, 64, 80]).toContain(s);
  });
});

describe('manifest.xml against the manifest schema (schemas/manifest, libxml2)', () => {
  it('the development manifest is valid', async () => {
    expect(await validateManifest(xml)).toEqual({ valid: true });
  });

  // The schema is not a formality: each of these manifests would be refused by Office.
  it.each([
    ['an unknown permission', (x: string) => x.replace('>ReadWriteDocument<', '>ReadWriteDocuments<'), 'Permissions'],
    [
      'an address over http',
      (x: string) => x.replace('https://localhost:3000/help.html', 'http://localhost:3000/help.html'),
      'SupportUrl',
    ],
    [
      'a resid naming no resource',
      (x: string) => x.replace('resid="Chitieu.Tab.Label"', 'resid="Chitieu.Tab.Nhan"'),
      'ResidResolves',
    ],
    ['a tab without its label', (x: string) => x.replace('<Label resid="Chitieu.Tab.Label"/>', ''), 'CustomTab'],
    [
      'elements out of schema order',
      (x: string) => x.replace(/(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/, '$2$1'),
      'ProviderName',
    ],
    ['an Id that is not a GUID', (x: string) => x.replace(/<Id>[^<]+<\/Id>/, '<Id>chitieu</Id>'), 'Id'],
    [
      'a display name over 125 characters',
      (x: string) => x.replace('DefaultValue="chitieu — Báo cáo chỉ tiêu"', `DefaultValue="${'x'.repeat(126)}"`),
      'DisplayName',
    ],
    [
      'an icon size Office does not know',
      (x: string) => x.replace('<bt:Image size="80"', '<bt:Image size="96"'),
      'size',
    ],
    ['a host other than Excel', (x: string) => x.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'), 'Name'],
  ])('%s is invalid', async (_what, change, where) => {
    const bad = change(xml);
    expect(bad).not.toBe(xml);
    const r = await validateManifest(bad);
    expect(r.valid).toBe(false);
    if (!r.valid) expect(r.errors.join('\n')).toContain(where);
  });
});

/** Microsoft's manifest schemas (OfficeAppManifestV1_1.xsd and its imports), when beside the checkout. */
const MICROSOFT_XSD = resolve(root, '../shared/xsd/manifest');
const microsoftMissing = existsSync(join(MICROSOFT_XSD, OFFICIAL_MAIN))
  ? null
  : `skipped: Microsoft's manifest schemas are not in ${MICROSOFT_XSD} (they are not part of the repository)`;
if (microsoftMissing) console.warn(`tests/manifest.test.ts: ${microsoftMissing}; only schemas/manifest is checked.`);

describe(`manifest.xml against Microsoft's manifest schema (${OFFICIAL_MAIN}, libxml2)`, () => {
  const production = buildManifest(xml, 'https://chitieu.example.org/addin/');
  const official = (manifest: string) => validateManifest(manifest, MICROSOFT_XSD, OFFICIAL_MAIN);

  it.skipIf(microsoftMissing)(
    `the development manifest is valid${microsoftMissing ? ` (${microsoftMissing})` : ''}`,
    async () => {
      expect(await official(xml)).toEqual({ valid: true });
    },
  );

  it.skipIf(microsoftMissing)(
    `the production manifest (ADDIN_URL=https://chitieu.example.org/addin/) is valid${microsoftMissing ? ` (${microsoftMissing})` : ''}`,
    async () => {
      expect(production).not.toBe(xml);
      expect(await official(production)).toEqual({ valid: true });
    },
  );

  // The same schema refuses what Office would refuse, so the two checks above are not vacuous.
  it.skipIf(microsoftMissing)(
    `an unknown permission or elements out of order are invalid${microsoftMissing ? ` (${microsoftMissing})` : ''}`,
    async () => {
      for (const bad of [
        xml.replace('>ReadWriteDocument<', '>ReadWriteDocuments<'),
        xml.replace(/(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/, '$2$1'),
      ]) {
        expect(bad).not.toBe(xml);
        expect((await official(bad)).valid).toBe(false);
      }
    },
  );
});
