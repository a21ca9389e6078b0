import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { LOAD_COMMENT_LANGUAGE, takeGroup, type PieceJob, type PieceResult } from './analyze-piece.js';

interface Waiting {
  resolve: (result: PieceResult) => void;
  reject: (error: unknown) => void;
}

/**
 * Analyses the groups of pieces of a file (see pieceGroups and analyze-piece.ts) on `threads`
 * threads: threads − 1 worker threads, started by warm(), and this one, from join() on. Each
 * thread takes the next group not yet taken from a counter they share, so none waits for another
 * to hand it work and all finish within one group (the last groups are one piece) of each other.
 * The workers live until close(): the files of one analysis use the same workers, which load their
 * code and data once. After close(), warm() starts new ones.
 */
export class PiecePool {
  private readonly workers: Worker[] = [];
  // The results of the groups of the file being shared out, by group, not yet in.
  private readonly waiting = new Map<number, Waiting>();
  private job: PieceJob | null = null;
  private failure: unknown = null;
  // Numbers the jobs, so that a result of a job dropped by abandon() is not taken for one of the next.
  private serial = 0;
  private commentLanguage = false;

  constructor(
    private readonly threads: number,
    private readonly local: (job: PieceJob, group: number, start?: number) => PieceResult,
  ) {}

  /** Starts the worker threads now, so that they load their code while this thread reads on. */
  warm(): void {
    while (this.workers.length < this.threads - 1) this.workers.push(this.spawn());
  }

  /**
   * Has the workers started (see warm) load the detector of comment languages now, while this
   * thread loads its own, rather than when a job's survey turns out to need it: a worker that
   * waited for its job to load it started on its groups some 0.2 s after this thread.
   */
  loadCommentLanguage(): void {
    this.commentLanguage = true;
    for (const worker of this.workers) worker.postMessage(LOAD_COMMENT_LANGUAGE);
  }

  /**
   * Shares out groups 1 to job.groups.length − 1 of a file: the workers start on them at once.
   * Returns each group's result (at index group − 1). Call join() when this thread is free to take
   * groups too.
   */
  share(shared: Omit<PieceJob, 'serial'>): Array<Promise<PieceResult>> {
    this.warm();
    this.serial += 1;
    const job: PieceJob = { ...shared, serial: this.serial };
    this.job = job;
    const results = Array.from({ length: job.groups.length - 1 }, (_, i) => new Promise<PieceResult>((resolve, reject) => this.waiting.set(i + 1, { resolve, reject })));
    // Results after a failure are never awaited.
    for (const result of results) result.catch(() => undefined);
    if (this.failure !== null) this.fail(this.failure);
    for (const worker of this.workers) worker.postMessage(job);
    return results;
  }

  /**
   * Takes groups of the shared file on this thread until none is left, or until the file is
   * dropped, letting the workers' results in between.
   */
  async join(): Promise<void> {
    const { job } = this;
    if (job === null) return;
    for (let group = takeGroup(job); group < job.groups.length && this.job === job; group = takeGroup(job)) {
      const waiting = this.waiting.get(group);
      this.waiting.delete(group);
      try {
        waiting?.resolve(this.local(job, group));
      } catch (error) {
        waiting?.reject(error);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Reads group `group` of the shared file again on this thread, from `start`, where the group before really ended. */
  again(group: number, start: number): PieceResult {
    if (this.job === null) throw new Error('no file is shared out');
    return this.local(this.job, group, start);
  }

  /**
   * Drops the file shared out, if any: the reading on this thread went to its end without
   * reaching the second group (a quote never closed took the rest of the file, or the file
   * shrank). The groups not yet taken are left, and results still to come are ignored; the workers
   * stay for the next file.
   */
  abandon(): void {
    const { job } = this;
    if (job === null) return;
    Atomics.store(job.next, 0, job.groups.length);
    this.job = null;
    this.waiting.clear();
  }

  /** Stops every thread; groups not yet done are dropped. */
  async close(): Promise<void> {
    this.job = null;
    this.waiting.clear();
    await Promise.all(this.workers.splice(0).map((worker) => worker.terminate()));
  }

  private spawn(): Worker {
    // A small young generation: a thread keeps little between rows, and each one's heap adds to the
    // process's memory (measured with two workers on the 1M bench export: 207 -> 182 MiB peak RSS, no slower).
    // node:worker_threads is required once a worker starts, for a large file: loading it took a ms or two of every run.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker(new URL('./piece-worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    worker.on('message', (result: PieceResult) => {
      if (result.serial !== this.job?.serial) return;
      this.waiting.get(result.group)?.resolve(result);
      this.waiting.delete(result.group);
    });
    // A failure in a thread is a bug: every group waiting fails with it.
    worker.on('error', (error) => this.fail(error));
    if (this.commentLanguage) worker.postMessage(LOAD_COMMENT_LANGUAGE);
    return worker;
  }

  private fail(error: unknown): void {
    this.failure = error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
