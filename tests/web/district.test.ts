/**
 * The page's consolidation: the worker's work (`runDistrict`) on the 14 ward files and 2 unusable
 * files of the test district, as the page would hand them at once, gives the command line's district
 * report with a progress message after each file and the district workbook's bytes moved back; the
 * page's client routes the worker's replies to the right run; the result view shows the district
 * sentences — wards of two periods said and ranked apart — and the download.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolidateCommand } from '../../src/cli/consolidate';
import { READ_FALLBACK } from '../../src/cli/readWorkbook';
import { consolidate } from '../../src/core/consolidate';
import { runReport } from '../../src/core/index';
import { DistrictClient } from '../../src/web/districtClient';
import type { DistrictReply, DistrictRequest } from '../../src/web/districtProtocol';
import { runDistrict } from '../../src/web/districtRun';
import { DistrictView } from '../../src/web/WebDistrict';
import { flowOf } from '../docx/baoCaoHarness';
import { readDocx } from '../docx/readDocx';
import { writeDistrict } from '../consolidate/district';

let dir: string;
let paths: string[];

class FakeWorker {
  static last: FakeWorker;
  onmessage: ((event: { data: DistrictReply }) => void) | null = null;
  onerror: (() => void) | null = null;
  posted: { request: DistrictRequest; transfer: Transferable[] }[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: DistrictRequest, transfer: Transferable[]) {
    this.posted.push({ request, transfer });
  }
  reply(data: DistrictReply) {
    this.onmessage?.({ data });
  }
}

const realWorker = (globalThis as { Worker?: unknown }).Worker;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chitieu-web-district-'));
  paths = await writeDistrict(dir);
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  (globalThis as { Worker?: unknown }).Worker = realWorker;
});

describe('the page’s consolidation', () => {
  it('16 files at once: a progress message after each, the command line’s district, the workbook moved back', async () => {
    const files = paths.map((p) => ({ bytes: new Uint8Array(readFileSync(p)), name: basename(p) }));
    const posted: { reply: DistrictReply; transfer?: Transferable[] }[] = [];
    const request = { type: 'consolidate' as const, id: 7, files: [...files] };
    await runDistrict(request, (reply, transfer) => posted.push({ reply, transfer }), READ_FALLBACK);
    // The worker keeps no ward's bytes once read: the request holds none of them any more.
    expect(request.files).toEqual([]);
    const reads = posted.filter((p) => p.reply.type === 'read').map((p) => p.reply);
    expect(reads).toEqual(files.map((_, i) => ({ type: 'read', id: 7, done: i + 1, total: 16 })));
    const last = posted.at(-1)!;
    if (last.reply.type !== 'district') throw new Error(JSON.stringify(last.reply));
    const cli = await consolidateCommand({ inputs: paths, output: null, json: null });
    if (!cli.ok) throw new Error(cli.message);
    expect(last.reply.result.district).toEqual(cli.district);
    expect(last.transfer).toEqual([last.reply.result.xlsx.buffer, last.reply.result.baoCao!.buffer]);
    // The district's draft báo cáo, as `chitieu consolidate --bao-cao` writes it: every sentence in it.
    const draft = flowOf(readDocx(last.reply.result.baoCao!)).map((l) => l.text);
    for (const sentence of cli.district.sentences) expect(draft).toContain(sentence);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(last.reply.result.xlsx as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp các phường', 'Xếp hạng', 'Kiểm tra']);
  });

  it('the client moves the files’ buffers, relays the count read and resolves each run with its own answer', async () => {
    const client = new DistrictClient();
    const seen: string[] = [];
    const first = client.consolidate([{ bytes: new Uint8Array([1]), name: 'a.xlsx' }], (d, t) =>
      seen.push(`${d}/${t}`),
    );
    const second = client.consolidate([{ bytes: new Uint8Array([2]), name: 'b.xlsx' }], () => undefined);
    const [a, b] = FakeWorker.last.posted;
    expect(a.transfer).toEqual([a.request.files[0].bytes.buffer]);
    FakeWorker.last.reply({ type: 'read', id: a.request.id, done: 1, total: 1 });
    FakeWorker.last.reply({ type: 'crashed', id: b.request.id, code: 'TypeError' });
    const result = { district: consolidate([]), notices: [], xlsx: new Uint8Array([9]) };
    FakeWorker.last.reply({ type: 'district', id: a.request.id, result });
    await expect(first).resolves.toEqual({ kind: 'district', result });
    await expect(second).resolves.toEqual({ kind: 'crashed', code: 'TypeError' });
    expect(seen).toEqual(['1/1']);
  });

  it('the result view says which ward reports which period, the ranks within each, and offers the workbook', () => {
    const ward = (name: string, year: number, actual: number) => ({
      ward: `phường ${name}`,
      result: runReport([
        {
          sheet: 'S',
          values: [
            [`ĐẢNG ỦY PHƯỜNG ${name.toUpperCase()}`],
            [],
            ['STT', 'Chỉ tiêu', 'ĐVT', `Kế hoạch năm ${year}`, `Thực hiện năm ${year}`],
            [1, 'Thu ngân sách', 'Triệu đồng', 1000, actual],
          ],
        },
      ]),
    });
    const district = consolidate([
      ward('Bồ Đề', 2024, 1200),
      ward('Cự Khối', 2023, 900),
      ward('Gia Thụy', 2024, 1100),
      ward('Long Biên', 2023, 1000),
    ]);
    const html = renderToStaticMarkup(
      createElement(
        FluentProvider,
        { theme: webLightTheme },
        createElement(DistrictView, { result: { district, notices: [], xlsx: new Uint8Array() }, href: 'blob:x' }),
      ),
    );
    expect(html).toContain('Các phường báo cáo các kỳ khác nhau nên được xếp hạng riêng theo từng kỳ');
    expect(html).toContain('xếp thứ 01/02 phường báo cáo năm 2024');
    expect(html).toContain('xếp thứ 01/02 phường báo cáo năm 2023');
    expect(html).toContain('href="blob:x"');
  });
});
