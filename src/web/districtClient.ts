/**
 * The page's side of the consolidation worker: started on the first consolidation, one run at a
 * time per request id; the files' buffers are moved to the worker (the page does not keep them).
 */
import type { DistrictFileIn, DistrictReply, DistrictRequest, PageDistrict } from './districtProtocol';

export type DistrictOutcome =
  { kind: 'district'; result: PageDistrict } | { kind: 'refused'; message: string } | { kind: 'crashed'; code: string };

interface Pending {
  resolve: (outcome: DistrictOutcome) => void;
  onRead: (done: number, total: number) => void;
}

export class DistrictClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** Consolidates `files`; `onRead` is told after each file. */
  consolidate(files: DistrictFileIn[], onRead: Pending['onRead']): Promise<DistrictOutcome> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onRead });
      const request: DistrictRequest = { type: 'consolidate', id, files };
      worker.postMessage(
        request,
        files.map((f) => f.bytes.buffer as ArrayBuffer),
      );
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(/* webpackChunkName: "district" */ new URL('./districtWorker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<DistrictReply>) => this.receive(event.data);
    // A worker that fails to load or dies ends every waiting run.
    worker.onerror = () => {
      for (const { resolve } of this.pending.values()) resolve({ kind: 'crashed', code: 'WorkerError' });
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }

  private receive(reply: DistrictReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'read') return pending.onRead(reply.done, reply.total);
    this.pending.delete(reply.id);
    pending.resolve(
      reply.type === 'district'
        ? { kind: 'district', result: reply.result }
        : reply.type === 'refused'
          ? { kind: 'refused', message: reply.message }
          : { kind: 'crashed', code: reply.code },
    );
  }
}
