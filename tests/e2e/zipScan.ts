/**
 * Reads a large zip package's part as a stream, for the size tests: a summary sheet or a Word body
 * of 100,000 indicators is larger than a JavaScript string can be, so its text is scanned chunk by
 * chunk (fflate's streaming inflate), never held whole.
 */
import { Unzip, UnzipInflate } from 'fflate';

/** The parts named by `wanted` (small ones: workbook.xml, its relationships), as text. */
export function smallParts(zip: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  const chunks = new Map<string, Uint8Array[]>();
  const unzip = new Unzip((file) => {
    if (!wanted(file.name)) return;
    chunks.set(file.name, []);
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      chunks.get(file.name)!.push(chunk);
      if (final) out.set(file.name, Buffer.concat(chunks.get(file.name)!).toString('utf8'));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  pushInSlices(unzip, zip);
  return out;
}

/** Pushed whole, a part comes out inflated in one piece, which may exceed a string's length. */
const SLICE = 256 * 1024;

function pushInSlices(unzip: Unzip, zip: Uint8Array): void {
  for (let at = 0; at < zip.length; at += SLICE) unzip.push(zip.subarray(at, at + SLICE), at + SLICE >= zip.length);
}

export interface PartScan {
  /** How many times `tag` occurs in the part. */
  tags: number;
  /** Every distinct text matched by the pattern's first group. */
  matches: Set<string>;
}

/**
 * Counts `tag` in the part `name` and collects the first group of each `pattern` match (global
 * flag), reading the part in chunks. The text carried from one chunk to the next is shorter than
 * `tag`, so no tag is counted twice, and long enough (`carry`) for a match cut by a chunk's end;
 * a match seen twice is one entry of the set.
 */
export function scanPart(zip: Uint8Array, name: string, tag: string, pattern: RegExp, carry = 200): PartScan {
  let tags = 0;
  const matches = new Set<string>();
  let found = false;
  let tail = '';
  const decoder = new TextDecoder();
  const unzip = new Unzip((file) => {
    if (file.name !== name) return;
    found = true;
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      const fresh = decoder.decode(chunk, { stream: !final });
      const text = tail + fresh;
      tags += (tail.slice(-(tag.length - 1)) + fresh).split(tag).length - 1;
      for (const m of text.matchAll(pattern)) matches.add(m[1]);
      tail = text.slice(-carry);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  pushInSlices(unzip, zip);
  if (!found) throw new Error(`${name} is not in the package`);
  return { tags, matches };
}

/** The part of the worksheet named `sheet` in an .xlsx package (`xl/worksheets/sheet2.xml`). */
export function sheetPart(zip: Uint8Array, sheet: string): string {
  const parts = smallParts(zip, (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels');
  const workbook = parts.get('xl/workbook.xml') ?? '';
  const rels = parts.get('xl/_rels/workbook.xml.rels') ?? '';
  const element = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((e) => e.includes(`name="${sheet}"`));
  const id = element && /r:id="([^"]+)"/.exec(element)?.[1];
  const rel = id && [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${id}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no sheet named ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}
