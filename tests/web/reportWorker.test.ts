/**
 * The page's side of the worker, against a stand-in Worker: a run's progress reaches its caller and
 * its answer ends it; the caller keeps its bytes (a copy is transferred); replies to another run are
 * not mixed up; a run's draft báo cáo, posted after its report, reaches that run's caller only; a
 * worker that fails (its script not loaded) ends the waiting runs and every later one with the
 * unexpected-error code, and the drafts still awaited with a failure line, never leaving the page waiting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerReply, WorkerRequest } from '../../src/web/protocol';
import { DRAFT_LOST, ReportWorker } from '../../src/web/reportWorker';

/** The last Worker made, with what the page posted to it. */
let last: FakeWorker;

class FakeWorker {
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onerror: (() => void) | null = null;
  posted: { request: WorkerRequest; transfer: Transferable[] }[] = [];
  constructor() {
    last = this;
  }
  postMessage(request: WorkerRequest, transfer: Transferable[]) {
    this.posted.push({ request, transfer });
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data });
  }
}

const realWorker = (globalThis as { Worker?: unknown }).Worker;
beforeAll(() => {
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
});
afterAll(() => {
  (globalThis as { Worker?: unknown }).Worker = realWorker;
});

const report = { ok: true, report: {}, notices: [], xlsx: new Uint8Array([9]), xlsxName: 'a - chitieu.xlsx' };

describe('ReportWorker', () => {
  it('relays the progress, resolves with the report; the caller keeps its own bytes', async () => {
    const worker = new ReportWorker();
    const bytes = new Uint8Array([1, 2, 3]);
    const steps: string[] = [];
    const outcome = worker.run(bytes, 'a.xlsx', {}, (step, fraction) => steps.push(`${step} ${fraction}`));
    const { request, transfer } = last.posted[0];
    if (request.type !== 'run') throw new Error('not a run');
    expect(transfer).toEqual([request.bytes.buffer]);
    expect(request.bytes.buffer).not.toBe(bytes.buffer);
    last.reply({ type: 'progress', id: request.id, step: 'read', fraction: 0 });
    last.reply({ type: 'result', id: request.id, result: report as never });
    await expect(outcome).resolves.toEqual({ kind: 'report', report });
    expect(steps).toEqual(['read 0']);
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('a refusal is its message; a crash its code; each run gets its own answer', async () => {
    const worker = new ReportWorker();
    const first = worker.run(new Uint8Array(1), 'a.xlsx', {}, () => undefined);
    const second = worker.run(new Uint8Array(1), 'b.xlsx', {}, () => undefined);
    const [a, b] = last.posted.map((p) => (p.request.type === 'run' ? p.request.id : -1));
    last.reply({ type: 'crashed', id: b, code: 'TypeError' });
    last.reply({ type: 'result', id: a, result: { ok: false, code: 'not-xlsx', message: 'Tệp a.xlsx không phải…' } });
    await expect(first).resolves.toEqual({ kind: 'refusal', message: 'Tệp a.xlsx không phải…' });
    await expect(second).resolves.toEqual({ kind: 'crashed', code: 'TypeError' });
  });

  it("a run's draft báo cáo, after its report, reaches that run only; a refused run has none", async () => {
    const worker = new ReportWorker();
    const drafts: string[] = [];
    const first = worker.run(
      new Uint8Array(1),
      'a.xlsx',
      {},
      () => undefined,
      (d) => drafts.push(`a ${JSON.stringify(d)}`),
    );
    const second = worker.run(
      new Uint8Array(1),
      'b.xlsx',
      {},
      () => undefined,
      (d) => drafts.push(`b ${JSON.stringify(d)}`),
    );
    const [a, b] = last.posted.map((p) => (p.request.type === 'run' ? p.request.id : -1));
    last.reply({ type: 'result', id: a, result: report as never });
    last.reply({ type: 'result', id: b, result: { ok: false, code: 'not-xlsx', message: 'Tệp b.xlsx không phải…' } });
    await first;
    await second;
    last.reply({ type: 'draft', id: b, draft: { failed: 'x' } });
    last.reply({ type: 'draft', id: a, draft: { failed: 'Không tạo được dự thảo báo cáo…' } });
    // A second draft for the same run is not delivered again.
    last.reply({ type: 'draft', id: a, draft: { failed: 'again' } });
    expect(drafts).toEqual(['a {"failed":"Không tạo được dự thảo báo cáo…"}']);
  });

  it('a worker that dies while a draft is awaited: the draft is said lost, the report kept', async () => {
    const worker = new ReportWorker();
    const drafts: unknown[] = [];
    const run = worker.run(
      new Uint8Array(1),
      'a.xlsx',
      {},
      () => undefined,
      (d) => drafts.push(d),
    );
    const id = last.posted[0].request.type === 'run' ? last.posted[0].request.id : -1;
    last.reply({ type: 'result', id, result: report as never });
    await expect(run).resolves.toEqual({ kind: 'report', report });
    last.onerror?.();
    expect(drafts).toEqual([{ failed: DRAFT_LOST }]);
  });

  it('a worker that fails ends the waiting run and every later one', async () => {
    const worker = new ReportWorker();
    const waiting = worker.run(new Uint8Array(1), 'a.xlsx', {}, () => undefined);
    last.onerror?.();
    await expect(waiting).resolves.toEqual({ kind: 'blocked' });
    await expect(worker.run(new Uint8Array(1), 'b.xlsx', {}, () => undefined)).resolves.toEqual({ kind: 'blocked' });
    await expect(worker.blocked).resolves.toBeUndefined();
  });

  it('a worker the browser refuses to start: the page is told at once, and every run ends', async () => {
    const Refusing = class {
      constructor() {
        throw new Error('SecurityError');
      }
    };
    (globalThis as { Worker?: unknown }).Worker = Refusing;
    try {
      const worker = new ReportWorker();
      await expect(worker.blocked).resolves.toBeUndefined();
      await expect(worker.run(new Uint8Array(1), 'a.xlsx', {}, () => undefined)).resolves.toEqual({ kind: 'blocked' });
      await expect(worker.warm()).resolves.toBeUndefined();
    } finally {
      (globalThis as { Worker?: unknown }).Worker = FakeWorker;
    }
  });

  it('warm resolves when the worker says its chunks are loaded, asked once', async () => {
    const worker = new ReportWorker();
    const warmed = worker.warm();
    void worker.warm();
    expect(last.posted.map((p) => p.request.type)).toEqual(['warm']);
    last.reply({ type: 'warm' });
    await expect(warmed).resolves.toBeUndefined();
  });
});
