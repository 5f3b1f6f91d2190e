/**
 * Packages with the traits real producers give them (issue 14), built from a workbook's own parts:
 * each is the same workbook, written otherwise, so each must read as the same grids.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

type Parts = Map<string, string | Buffer>;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_RELS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

async function partsOf(bytes: Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const e of Object.values(zip.files)) {
    if (e.dir) continue;
    parts.set(e.name, /\.(xml|rels)$/.test(e.name) ? await e.async('string') : await e.async('nodebuffer'));
  }
  return parts;
}

async function zipOf(parts: Parts): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const isXml = (name: string, c: string | Buffer): c is string => typeof c === 'string' && /\.(xml|rels)$/.test(name);

/** Every unprefixed element of a part bound to `x:` (the .NET Open XML SDK's way), rels to `ns0:`. */
function prefixed(parts: Parts): void {
  for (const [name, c] of parts) {
    if (!isXml(name, c) || name === '[Content_Types].xml') continue;
    const prefix = name.endsWith('.rels') ? 'ns0' : 'x';
    if (!name.endsWith('.rels') && !c.includes(`xmlns="${MAIN}"`)) continue;
    parts.set(
      name,
      c
        .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`)
        .replace(/\sxmlns="([^"]*)"/, ` xmlns:${prefix}="$1"`),
    );
  }
}

/** `r` dropped from every row and cell whose position it can be inferred from (as WPS writes). */
function withoutR(parts: Parts): void {
  for (const [name, c] of parts) {
    if (!isXml(name, c) || !/worksheets\/[^/]+\.xml$/.test(name)) continue;
    let row = 0;
    let col = 0;
    const colOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    parts.set(
      name,
      c.replace(
        /<(row|c)\b([^>]*?)\sr="([A-Z]*)(\d+)"/g,
        (m, tag: string, before: string, letters: string, digits: string) => {
          if (tag === 'row') {
            const n = Number(digits);
            const inferred = n === row + 1;
            [row, col] = [n, 0];
            return inferred ? `<row${before}` : m;
          }
          const n = colOf(letters);
          const inferred = n === col + 1;
          col = n;
          return inferred ? `<c${before}` : m;
        },
      ),
    );
  }
}

/** A part renamed, the relationships and content types pointing at it following. */
function rename(parts: Parts, from: string, to: string): void {
  const moved = new Map<string, string>();
  for (const name of [...parts.keys()]) {
    if (name === from || name.startsWith(from)) moved.set(name, to + name.slice(from.length));
  }
  for (const [a, b] of moved) {
    parts.set(b, parts.get(a)!);
    parts.delete(a);
  }
  const fromFile = from.split('/').pop()!;
  const toFile = to.split('/').pop()!;
  for (const [name, c] of parts) {
    if (!isXml(name, c)) continue;
    let text = c.split(`"/${from}`).join(`"/${to}`);
    if (name.endsWith('.rels')) text = text.split(`${fromFile}"`).join(`${toFile}"`).split(`"${from}`).join(`"${to}`);
    parts.set(name, text);
  }
}

/** Strict OOXML by hand: the namespace URIs substituted as ECMA-376 Part 1 (Strict) lists them. */
function strict(parts: Parts): void {
  for (const [name, c] of parts) {
    if (isXml(name, c)) parts.set(name, c.split(MAIN).join(STRICT_MAIN).split(RELS).join(STRICT_RELS));
  }
}

/** The `Default` content types of xml and rels dropped (LibreOffice 4.1 writes only Overrides). */
function onlyOverrides(parts: Parts): void {
  const types = parts.get('[Content_Types].xml') as string;
  const overrides = [...parts.keys()]
    .filter((n) => n.endsWith('.rels') && !types.includes(`"/${n}"`))
    .map((n) => `<Override PartName="/${n}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`);
  parts.set(
    '[Content_Types].xml',
    types.replace(/<Default Extension="(xml|rels)"[^>]*\/>/g, '').replace('</Types>', `${overrides.join('')}</Types>`),
  );
}

export interface TraitFile {
  trait: string;
  path: string;
  /** Whether it reads as the source workbook's grids; otherwise the one-line refusal contains `refusal`. */
  refusal?: string;
}

/** The trait files of `source`, written into `dir`. */
export async function writeTraitFiles(source: string, dir: string): Promise<TraitFile[]> {
  mkdirSync(dir, { recursive: true });
  const bytes = readFileSync(source);
  const variants: [string, (p: Parts) => void][] = [
    ['prefixed XML (x:, ns0:)', prefixed],
    ['rows and cells without r', withoutR],
    ['worksheet parts named sheetVN.xml', (p) => rename(p, 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheetVN.xml')],
    ['worksheet part sheet.xml in another folder', (p) => rename(p, 'xl/worksheets/sheet1.xml', 'xl/tables/sheet.xml')],
    ['workbook under another folder', (p) => rename(p, 'xl/', 'bang-tinh/')],
    ['Strict OOXML, by hand', strict],
    ['only Overrides in [Content_Types].xml', onlyOverrides],
    ['no [Content_Types].xml', (p) => void p.delete('[Content_Types].xml')],
  ];
  const files: TraitFile[] = [];
  for (const [i, [trait, change]] of variants.entries()) {
    const parts = await partsOf(bytes);
    change(parts);
    const path = join(dir, `dac-diem-${i + 1}.xlsx`);
    writeFileSync(path, await zipOf(parts));
    files.push({ trait, path });
  }
  const encrypted = zipCrypto(bytes, dir);
  if (encrypted) files.push({ trait: 'ZipCrypto-encrypted zip', path: encrypted, refusal: 'mật khẩu' });
  return files;
}

/** The workbook's parts in a zip encrypted with a password by `zip -P` (ZipCrypto); null without `zip`. */
function zipCrypto(bytes: Buffer, dir: string): string | null {
  const unpacked = join(dir, 'giai-nen');
  mkdirSync(unpacked, { recursive: true });
  writeFileSync(join(dir, 'nguon.zip'), bytes);
  if (spawnSync('unzip', ['-q', '-o', join(dir, 'nguon.zip'), '-d', unpacked]).status !== 0) return null;
  const out = join(dir, 'co-mat-khau.xlsx');
  const zipped = spawnSync('zip', ['-q', '-r', '-P', 'matkhau', out, '.'], { cwd: unpacked });
  return zipped.status === 0 ? out : null;
}
