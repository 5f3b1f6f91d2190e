/**
 * The page's side of the worker (`worker.ts`): one worker for the page's life, started at load and
 * warmed (its lazy chunks fetched), so a run needs nothing from the network any more.
 */
import type { PageReport, RunOptions, WebStep, WorkerReply, WorkerRequest } from './protocol';

export type RunOutcome =
  { kind: 'report'; report: PageReport } | { kind: 'refusal'; message: string } | { kind: 'crashed'; code: string };

export type OnProgress = (step: WebStep, fraction: number) => void;

interface Pending {
  resolve: (outcome: RunOutcome) => void;
  onProgress: OnProgress;
}

export class ReportWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private warmed: Promise<void> | null = null;
  private warmedNow: (() => void) | null = null;
  /** Set once the worker has failed (its script not loaded, or dead): later runs end at once. */
  private failure: string | null = null;

  constructor() {
    this.worker = new Worker(/* webpackChunkName: "worker" */ new URL('./worker.ts', import.meta.url));
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    // A worker that fails to load or dies: every run waiting for it ends, with the event's kind.
    this.worker.onerror = () => this.failAll('WorkerError');
  }

  /** Resolves once the worker has loaded every chunk a run may need. */
  warm(): Promise<void> {
    this.warmed ??= new Promise<void>((resolve) => {
      this.warmedNow = resolve;
      this.post({ type: 'warm' });
    });
    return this.warmed;
  }

  /** Runs the pipeline on a copy of `bytes` (the copy is moved to the worker; the caller keeps its own). */
  run(bytes: Uint8Array, fileName: string, options: RunOptions, onProgress: OnProgress): Promise<RunOutcome> {
    if (this.failure) return Promise.resolve({ kind: 'crashed', code: this.failure });
    const id = this.nextId++;
    const copy = bytes.slice();
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onProgress });
      this.post({ type: 'run', id, bytes: copy, fileName, options }, [copy.buffer]);
    });
  }

  private post(request: WorkerRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(request, transfer);
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'warm') return this.warmedNow?.();
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') return pending.onProgress(reply.step, reply.fraction);
    this.pending.delete(reply.id);
    pending.resolve(outcomeOf(reply));
  }

  private failAll(code: string): void {
    this.failure = code;
    for (const { resolve } of this.pending.values()) resolve({ kind: 'crashed', code });
    this.pending.clear();
  }
}

function outcomeOf(reply: Extract<WorkerReply, { type: 'result' | 'crashed' }>): RunOutcome {
  if (reply.type === 'crashed') return { kind: 'crashed', code: reply.code };
  const r = reply.result;
  return r.ok ? { kind: 'report', report: r } : { kind: 'refusal', message: r.message };
}
