/**
 * The page's pipeline runs where there is no Node: the browser bundle of `reportWorkbookFile`,
 * executed in a bare JavaScript realm holding only what every browser gives a Web Worker (no
 * `Buffer`, `process`, `require`, `setImmediate`), reports the sample and a fixture with the same
 * parts, byte for byte once unzipped, as the pipeline in Node (whose bytes the CLI writes, see
 * sameAsCli.test.ts). Only the zip entries' dates may differ: this realm has its own clock.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_WORKBOOK } from '../../src/cli/main';
import { entryBytes, readZip } from '../../src/xlsx/zip';
import { reportWorkbookFile, type FileReport, type FileReportOptions } from '../../src/workbookFile/report';
import { defaultUserSettings } from '../../src/settings';
import { fixture } from '../fixtures/sources';

type Pipeline = typeof reportWorkbookFile;

const OPTIONS: FileReportOptions = {
  docx: true,
  settings: {
    ...defaultUserSettings,
    issuingBody: 'Đảng ủy phường Phúc Đồng',
    superiorBody: 'Đảng bộ quận Long Biên',
  },
  today: new Date(2026, 11, 1),
};

let bare: { pipeline: Pipeline; bytes: (from: Uint8Array) => Uint8Array; realm: object };

beforeAll(async () => {
  const bundle = await build({
    entryPoints: ['src/workbookFile/report.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'chitieuFile',
    write: false,
    logLevel: 'silent',
  });
  // What a Web Worker has beyond the language itself; nothing of Node.
  const realm = createContext({ TextEncoder, TextDecoder, console, setTimeout, clearTimeout, queueMicrotask });
  runInContext(bundle.outputFiles[0].text, realm);
  const copyIn = runInContext('(from) => { const b = new Uint8Array(from.length); b.set(from); return b; }', realm);
  bare = { pipeline: runInContext('chitieuFile.reportWorkbookFile', realm) as Pipeline, bytes: copyIn, realm };
}, 120_000);

/** A zip's entries by name, uncompressed. */
function parts(zip: Uint8Array): Map<string, Buffer> {
  return new Map(readZip(zip).map((e) => [e.name, Buffer.from(entryBytes(e))]));
}

describe('the browser bundle in a realm without Node', () => {
  it('has no Node globals to lean on', () => {
    expect(runInContext('typeof Buffer + typeof process + typeof require + typeof setImmediate', bare.realm)).toBe(
      'undefined'.repeat(4),
    );
  });

  for (const path of [SAMPLE_WORKBOOK, fixture('ngoc-thuy-2012-tcvn3')]) {
    it(`${basename(path)}: the same copy and appendix as the pipeline in Node`, async () => {
      const bytes = new Uint8Array(readFileSync(path));
      const inBrowser = (await bare.pipeline(bare.bytes(bytes), basename(path), OPTIONS)) as FileReport;
      const inNode = (await reportWorkbookFile(bytes, basename(path), OPTIONS)) as FileReport;
      expect(inBrowser.ok && inNode.ok).toBe(true);
      expect(parts(inBrowser.xlsx)).toEqual(parts(inNode.xlsx));
      const [docxB, docxN] = [parts(inBrowser.docx!), parts(inNode.docx!)];
      expect(docxB.get('word/document.xml')).toEqual(docxN.get('word/document.xml'));
      expect([...docxB.keys()].sort()).toEqual([...docxN.keys()].sort());
      expect(inBrowser.notices).toEqual(inNode.notices);
      expect(JSON.stringify(inBrowser.report)).toBe(JSON.stringify(inNode.report));
    }, 120_000);
  }

  it('a text file renamed .xlsx: the same Vietnamese refusal', async () => {
    const text = new TextEncoder().encode('Chỉ tiêu,Kế hoạch\n');
    const refused = await bare.pipeline(bare.bytes(text), 'ghi-chu.xlsx');
    expect(refused).toEqual(await reportWorkbookFile(text, 'ghi-chu.xlsx'));
  });
});
