/**
 * The copy of packages that are valid but unusual (issue 14, the writing half): a Strict OOXML
 * workbook, a package whose `[Content_Types].xml` has no Default for `rels` (LibreOffice 4.1), one
 * without `[Content_Types].xml` at all. In every case each original entry of the copy keeps its
 * stored bytes (compressed data, CRC and sizes, not only the unzipped text) unless chitieu had to
 * edit it, and every part of the copy has a content type.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/main';
import { CONTENT_TYPES_NOTICE, REBUILT_NOTICE } from '../../src/workbookFile/write';
import { injectReportSheet } from '../../src/xlsx/inject';
import { attributes, findAll } from '../../src/xlsx/xml';
import { EncryptedZipError, entryText, readZip } from '../../src/xlsx/zip';
import { FIXTURES } from '../cli/harness';
import { modelOf } from './helpers';
import { writeTraitFiles } from './traits';

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
if (!hasSoffice && process.env.CI) throw new Error('soffice (LibreOffice) is required in CI');

const SOURCE = join(FIXTURES, 'phuc-dong-2020.xlsx');
/** Parts the injector edits by design: the workbook, its relationships, the styles, the content types. */
const EDITED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', '[Content_Types].xml']);

/** The input's parts rewritten by `edit` (text parts only), re-zipped; `drop` parts left out. */
async function variant(edit: (name: string, text: string) => string, drop: string[] = []): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(SOURCE));
  for (const name of drop) zip.remove(name);
  for (const f of Object.values(zip.files)) {
    if (f.dir || !/\.(xml|rels)$/.test(f.name)) continue;
    zip.file(f.name, edit(f.name, await f.async('string')));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Transitional → Strict namespaces (ECMA-376 Part 1 §A and the Strict schemas' target namespaces). */
const STRICT_NAMESPACES: [string, string][] = [
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
    'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties',
  ],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
    'http://purl.oclc.org/ooxml/officeDocument/extendedProperties',
  ],
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
];

function toStrict(name: string, text: string): string {
  let out = text;
  for (const [from, to] of STRICT_NAMESPACES) out = out.split(from).join(to);
  return name === 'xl/workbook.xml' ? out.replace('<workbook ', '<workbook conformance="strict" ') : out;
}

/** Entries as stored: name → compressed bytes, CRC, sizes. */
function stored(bytes: Uint8Array): Map<string, string> {
  return new Map(
    readZip(bytes).map((e) => [
      e.name,
      `${e.method}:${e.crc}:${e.size}:${e.compressedSize}:${Buffer.from(e.data).toString('base64')}`,
    ]),
  );
}

function expectOriginalEntriesKept(input: Uint8Array, copy: Uint8Array): void {
  const [before, after] = [stored(input), stored(copy)];
  for (const [name, entry] of before) {
    if (EDITED.has(name)) continue;
    expect(after.get(name), name).toBe(entry);
  }
}

/** Parts of the package with no content type (neither an Override nor a Default of their extension). */
function untypedParts(bytes: Uint8Array): string[] {
  const entries = readZip(bytes);
  const typesEntry = entries.find((e) => e.name === '[Content_Types].xml');
  if (!typesEntry) return entries.map((e) => e.name);
  const types = entryText(typesEntry);
  const overrides = new Set(
    findAll(types, 'Override').map((el) => (attributes(el.tag).get('PartName') ?? '').toLowerCase()),
  );
  const defaults = new Set(
    findAll(types, 'Default').map((el) => (attributes(el.tag).get('Extension') ?? '').toLowerCase()),
  );
  return entries
    .map((e) => e.name)
    .filter((n) => n !== '[Content_Types].xml' && !n.endsWith('/'))
    .filter(
      (n) => !overrides.has(`/${n}`.toLowerCase()) && !defaults.has(n.slice(n.lastIndexOf('.') + 1).toLowerCase()),
    );
}

/** Part → content type, as a `[Content_Types].xml` assigns them. */
function typeOfEachPart(bytes: Uint8Array): Map<string, string> {
  const entries = readZip(bytes);
  const types = entryText(entries.find((e) => e.name === '[Content_Types].xml')!);
  const byExt = new Map(
    findAll(types, 'Default').map((el) => {
      const a = attributes(el.tag);
      return [a.get('Extension')!.toLowerCase(), a.get('ContentType')!] as const;
    }),
  );
  const byPart = new Map(
    findAll(types, 'Override').map((el) => {
      const a = attributes(el.tag);
      return [a.get('PartName')!.toLowerCase(), a.get('ContentType')!] as const;
    }),
  );
  const out = new Map<string, string>();
  for (const { name } of entries) {
    if (name === '[Content_Types].xml') continue;
    const t = byPart.get(`/${name}`.toLowerCase()) ?? byExt.get(name.slice(name.lastIndexOf('.') + 1).toLowerCase());
    if (t) out.set(name, t);
  }
  return out;
}

function libreOfficeCsv(bytes: Uint8Array, sheet: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-pkg-'));
  const file = join(dir, 'ban-sao.xlsx');
  writeFileSync(file, bytes);
  const lo = spawnSync(
    'soffice',
    [
      '--headless',
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`,
      '--outdir',
      dir,
      file,
    ],
    { timeout: 120_000, env: { ...process.env, HOME: dir } },
  );
  expect(lo.status, String(lo.stderr)).toBe(0);
  return readFileSync(join(dir, `ban-sao-${['', 'Chỉ tiêu 2020', 'Báo cáo chỉ tiêu'][sheet]}.csv`), 'utf8');
}

describe('a Strict OOXML workbook is injected into as Strict, not rebuilt', () => {
  it('keeps every original entry, writes the new parts in the Strict namespaces', async () => {
    const input = await variant(toStrict);
    const { model } = await modelOf(SOURCE);
    const out = await injectReportSheet(input, model);
    expectOriginalEntriesKept(input, out.bytes);
    expect(untypedParts(out.bytes)).toEqual([]);
    const parts = new Map(readZip(out.bytes).map((e) => [e.name, entryText(e)]));
    const sheet = parts.get('xl/worksheets/sheet2.xml')!;
    expect(sheet).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    expect(sheet).not.toContain('schemas.openxmlformats.org/spreadsheetml');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain(
      'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="worksheets/sheet2.xml"',
    );
    expect(parts.get('xl/comments1.xml')).toContain('xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice with the summary sheet and its computed formulas', async () => {
    const input = await variant(toStrict);
    const { model } = await modelOf(SOURCE);
    const csv = libreOfficeCsv((await injectReportSheet(input, model)).bytes, 2);
    expect(csv).toContain('BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
    // Thu ngân sách: 36.015 / 10.500 = 343 % — a formula LibreOffice computed from the Strict source sheet.
    expect(csv).toMatch(/Thu ngân sách[^\n]*343/);
  });

  it('through the CLI writer: no notice, since nothing was rebuilt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-pkg-'));
    const input = join(dir, 'strict.xlsx');
    writeFileSync(input, await variant(toStrict));
    const out = join(dir, 'ket-qua.xlsx');
    const outcome = await reportCommand({ input, output: out, json: null });
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.notice).toBeUndefined();
    expectOriginalEntriesKept(readFileSync(input), readFileSync(out));
  });
});

describe('content types of the new parts', () => {
  it('a package with Overrides only (no Default for rels, as LibreOffice 4.1 writes) gets an Override for the new relationships part', async () => {
    const input = await variant((name, text) =>
      name === '[Content_Types].xml'
        ? text.replace(
            /<Default Extension="rels"[^>]*\/>/,
            '<Override PartName="/_rels/.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
              '<Override PartName="/xl/_rels/workbook.xml.rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          )
        : text,
    );
    expect(entryText(readZip(input).find((e) => e.name === '[Content_Types].xml')!)).not.toContain('Extension="rels"');
    const { model } = await modelOf(SOURCE);
    const out = await injectReportSheet(input, model);
    expectOriginalEntriesKept(input, out.bytes);
    expect(untypedParts(out.bytes)).toEqual([]);
    expect(typeOfEachPart(out.bytes).get('xl/worksheets/_rels/sheet2.xml.rels')).toBe(
      'application/vnd.openxmlformats-package.relationships+xml',
    );
  });

  it('a package with a Default for rels needs no Override for it', async () => {
    const input = readFileSync(SOURCE);
    const { model } = await modelOf(SOURCE);
    const types = entryText(
      readZip((await injectReportSheet(input, model)).bytes).find((e) => e.name === '[Content_Types].xml')!,
    );
    expect(types).not.toContain('PartName="/xl/worksheets/_rels/sheet2.xml.rels"');
  });
});

describe('a package without [Content_Types].xml', () => {
  it('is read, and its copy gets one that types every part as the original file did', async () => {
    const original = readFileSync(SOURCE);
    const input = await variant((_n, t) => t, ['[Content_Types].xml']);
    const { model } = await modelOf(SOURCE);
    const out = await injectReportSheet(input, model);
    expect(out.rebuiltContentTypes).toBe(true);
    expectOriginalEntriesKept(input, out.bytes);
    expect(untypedParts(out.bytes)).toEqual([]);
    // The independent reference: the content types Excel wrote for the same parts.
    const rebuilt = typeOfEachPart(out.bytes);
    for (const [part, type] of typeOfEachPart(original)) expect(rebuilt.get(part), part).toBe(type);
  });

  it('the CLI writer says so in one Vietnamese notice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-pkg-'));
    const input = join(dir, 'thieu-content-types.xlsx');
    writeFileSync(input, await variant((_n, t) => t, ['[Content_Types].xml']));
    const outcome = await reportCommand({ input, output: join(dir, 'ket-qua.xlsx'), json: null });
    expect(outcome).toMatchObject({ ok: true, notice: CONTENT_TYPES_NOTICE });
    expect(CONTENT_TYPES_NOTICE).not.toMatch(/[A-Za-z]+ [a-z]+ [a-z]+ (the|of|and) /);
  });
});

describe('a package the injector cannot edit is rebuilt, never in silence', () => {
  it('the rebuilt notice names what may be lost', () => {
    for (const word of ['biểu đồ', 'hình ảnh', 'Pivot', 'macro']) expect(REBUILT_NOTICE).toContain(word);
  });
});

describe('a zip whose entries are encrypted (ZipCrypto)', () => {
  it('is told apart from a broken one', () => {
    const bytes = Buffer.from(readFileSync(SOURCE));
    // Set bit 0 (encrypted) of every central directory entry's general-purpose flags.
    for (
      let p = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      p >= 0;
      p = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)
    )
      bytes.writeUInt16LE(bytes.readUInt16LE(p + 8) | 1, p + 8);
    expect(() => readZip(bytes)).toThrow(EncryptedZipError);
  });
});

describe('the copy of every producer trait keeps every original entry and types every part', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-traits-copy-'));
  const files = (await writeTraitFiles(SOURCE, dir)).filter((f) => !f.refusal);

  it('there are copies to check', () => expect(files.length).toBeGreaterThanOrEqual(7));

  for (const file of files) {
    it(file.trait, async () => {
      const out = join(dir, `ban-sao-${basename(file.path)}`);
      const outcome = await reportCommand({ input: file.path, output: out, json: null });
      expect(outcome.ok).toBe(true);
      // Nothing was rebuilt through ExcelJS (a rebuilt copy would rewrite every part).
      if (outcome.ok) expect(outcome.notice).not.toBe(REBUILT_NOTICE);
      const [input, copy] = [readFileSync(file.path), readFileSync(out)];
      const edited = editedParts(input);
      const [before, after] = [stored(input), stored(copy)];
      for (const [name, entry] of before) if (!edited.has(name)) expect(after.get(name), name).toBe(entry);
      expect(untypedParts(copy)).toEqual([]);
    });
  }
});

/** The parts the injector edits in this package: its workbook part, that part's rels, the styles, the content types. */
function editedParts(bytes: Uint8Array): Set<string> {
  const names = readZip(bytes).map((e) => e.name);
  const rootRels = entryText(readZip(bytes).find((e) => e.name === '_rels/.rels')!);
  const target =
    /Target="\/?([^"]+)"[^>]*Type="[^"]*officeDocument"|Type="[^"]*officeDocument"[^>]*Target="\/?([^"]+)"/.exec(
      rootRels,
    );
  const workbook = (target?.[1] ?? target?.[2] ?? 'xl/workbook.xml').replace(/^\//, '');
  const dirOf = workbook.slice(0, workbook.lastIndexOf('/') + 1);
  const wbRels = `${dirOf}_rels/${workbook.slice(dirOf.length)}.rels`;
  const styles = names.filter((n) => /styles\.xml$/i.test(n));
  return new Set([workbook, wbRels, '[Content_Types].xml', ...styles]);
}
