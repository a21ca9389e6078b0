import { Worker } from 'node:worker_threads';
import type { PieceResult, PieceTask } from './analyze-piece.js';

interface Queued {
  task: PieceTask;
  resolve: (result: PieceResult) => void;
  reject: (error: unknown) => void;
}

// Tasks a worker is given ahead, so that it never waits for this thread, busy with a piece of its own.
const AHEAD = 2;

/**
 * Analyses pieces of files (see analyze-piece.ts) on `threads` threads: this one, which runs tasks
 * with `local` between the other work it has, and threads − 1 worker threads, started by warm().
 * Tasks are taken in the order given, except those put first.
 */
export class PiecePool {
  private readonly workers: Worker[] = [];
  // The tasks each worker has been given and has not finished, in order.
  private readonly given = new Map<Worker, Queued[]>();
  private readonly queue: Queued[] = [];
  private failure: unknown = null;
  private running = false;

  constructor(
    private readonly threads: number,
    private readonly local: (task: PieceTask) => PieceResult,
  ) {}

  /** Starts the worker threads now, so that they load their code while this thread reads on. */
  warm(): void {
    while (this.workers.length < this.threads - 1) {
      const worker = this.spawn();
      this.workers.push(worker);
      this.given.set(worker, []);
    }
  }

  run(task: PieceTask, first = false): Promise<PieceResult> {
    return new Promise((resolve, reject) => {
      if (this.failure !== null) return reject(this.failure);
      const queued = { task, resolve, reject };
      if (first) this.queue.unshift(queued);
      else this.queue.push(queued);
      this.give();
      void this.runHere();
    });
  }

  /** Stops every thread; tasks not yet done are dropped. */
  async close(): Promise<void> {
    this.queue.length = 0;
    this.given.clear();
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Gives the workers tasks from the front of the queue, up to AHEAD each. */
  private give(): void {
    for (const [worker, tasks] of this.given) {
      while (tasks.length < AHEAD && this.queue.length > 0) {
        const next = this.queue.shift() as Queued;
        tasks.push(next);
        worker.postMessage(next.task);
      }
    }
  }

  /** Runs tasks here, one at a time, letting the workers' results in between. */
  private async runHere(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
        try {
          next.resolve(this.local(next.task));
        } catch (error) {
          next.reject(error);
        }
        await new Promise((resolve) => setImmediate(resolve));
        this.give();
      }
    } finally {
      this.running = false;
    }
  }

  private spawn(): Worker {
    // A small young generation: a thread keeps little between rows, and each one's heap adds to the
    // process's memory (measured with two workers on the 1M bench export: 207 -> 182 MiB peak RSS, no slower).
    const worker = new Worker(new URL('./piece-worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    worker.on('message', (result: PieceResult) => {
      this.given.get(worker)?.shift()?.resolve(result);
      this.give();
    });
    // A failure in a thread is a bug: every task waiting fails with it.
    worker.on('error', (error) => {
      this.failure = error;
      for (const waiting of [...[...this.given.values()].flat(), ...this.queue]) waiting.reject(error);
      this.given.clear();
      this.queue.length = 0;
    });
    return worker;
  }
}
