/**
 * The page's side of the worker (`worker.ts`): one worker for the page's life, started at load and
 * warmed (its lazy chunks fetched), so a run needs nothing from the network any more.
 *
 * The served page starts it from its built file; the one-file page (dist/chitieu.html, opened from
 * disk, where a worker may not start from a file URL) from its inlined source, through a Blob URL.
 * A worker the browser refuses, or that fails to load, leaves the page up: every run, and whoever
 * waits on `blocked`, learn it.
 */
import type { DraftReply, PageReport, RunOptions, WebStep, WorkerReply, WorkerRequest } from './protocol';

export type RunOutcome =
  | { kind: 'report'; report: PageReport }
  | { kind: 'refusal'; message: string }
  | { kind: 'crashed'; code: string }
  /** The browser refused to start the worker, or its script did not load. */
  | { kind: 'blocked' };

/** What the page says when the worker stopped before the draft báo cáo of a finished run. */
export const DRAFT_LOST = 'Không tạo được dự thảo báo cáo: trình duyệt đã dừng phần xử lý; hãy chọn lại sổ.';

/** The element of the one-file page that holds the worker's source (scripts/one-file-page.mjs). */
export const WORKER_SOURCE_ID = 'chitieu-worker';

export type OnProgress = (step: WebStep, fraction: number) => void;
export type OnDraft = (draft: DraftReply) => void;

interface Pending {
  resolve: (outcome: RunOutcome) => void;
  onProgress: OnProgress;
  onDraft: OnDraft;
}

export class ReportWorker {
  private readonly worker: Worker | null;
  private readonly pending = new Map<number, Pending>();
  /** Runs that ended with a report, waiting for their draft báo cáo. */
  private readonly drafts = new Map<number, OnDraft>();
  private nextId = 1;
  private warmed: Promise<void> | null = null;
  private warmedNow: (() => void) | null = null;
  /** Set once the worker has failed (refused, its script not loaded, or dead): later runs end at once. */
  private failure: RunOutcome | null = null;
  private blockedNow: (() => void) | null = null;
  /** Resolves if the worker cannot run at all (the page then says so at once). */
  readonly blocked = new Promise<void>((resolve) => (this.blockedNow = resolve));

  constructor() {
    this.worker = startWorker();
    if (!this.worker) {
      this.fail({ kind: 'blocked' });
      return;
    }
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    // A worker that fails to load or dies: every run waiting for it ends.
    this.worker.onerror = () => this.fail({ kind: 'blocked' });
  }

  /** Resolves once the worker has loaded every chunk a run may need (at once when it cannot run). */
  warm(): Promise<void> {
    if (this.failure) return Promise.resolve();
    this.warmed ??= new Promise<void>((resolve) => {
      this.warmedNow = resolve;
      this.post({ type: 'warm' });
    });
    return this.warmed;
  }

  /**
   * Runs the pipeline on a copy of `bytes` (the copy is moved to the worker; the caller keeps its
   * own); a run that ends with a report then hands its draft báo cáo to `onDraft`.
   */
  run(
    bytes: Uint8Array,
    fileName: string,
    options: RunOptions,
    onProgress: OnProgress,
    onDraft: OnDraft = () => undefined,
  ): Promise<RunOutcome> {
    if (this.failure) return Promise.resolve(this.failure);
    const id = this.nextId++;
    const copy = bytes.slice();
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onProgress, onDraft });
      this.post({ type: 'run', id, bytes: copy, fileName, options }, [copy.buffer]);
    });
  }

  private post(request: WorkerRequest, transfer: Transferable[] = []): void {
    this.worker?.postMessage(request, transfer);
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'warm') return this.warmedNow?.();
    if (reply.type === 'draft') {
      this.drafts.get(reply.id)?.(reply.draft);
      this.drafts.delete(reply.id);
      return;
    }
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') return pending.onProgress(reply.step, reply.fraction);
    this.pending.delete(reply.id);
    const outcome = outcomeOf(reply);
    if (outcome.kind === 'report') this.drafts.set(reply.id, pending.onDraft);
    pending.resolve(outcome);
  }

  private fail(outcome: RunOutcome): void {
    this.failure = outcome;
    for (const { resolve } of this.pending.values()) resolve(outcome);
    this.pending.clear();
    // A draft that will never come: said as a failed output, the downloads already made kept.
    for (const onDraft of this.drafts.values()) onDraft({ failed: DRAFT_LOST });
    this.drafts.clear();
    this.warmedNow?.();
    this.blockedNow?.();
  }
}

/** The worker, from the one-file page's inlined source or the built file; null when the browser refuses it. */
function startWorker(): Worker | null {
  try {
    const inlined = globalThis.document?.getElementById(WORKER_SOURCE_ID)?.textContent;
    if (inlined) return new Worker(URL.createObjectURL(new Blob([inlined], { type: 'text/javascript' })));
    return new Worker(/* webpackChunkName: "worker" */ new URL('./worker.ts', import.meta.url));
  } catch {
    return null;
  }
}

function outcomeOf(reply: Extract<WorkerReply, { type: 'result' | 'crashed' }>): RunOutcome {
  if (reply.type === 'crashed') return { kind: 'crashed', code: reply.code };
  const r = reply.result;
  return r.ok ? { kind: 'report', report: r } : { kind: 'refusal', message: r.message };
}
