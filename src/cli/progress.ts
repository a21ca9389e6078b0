import { createRequire } from 'node:module';
import type { SingleBar } from 'cli-progress';
import { inertText } from '../text/inert-text.js';

// A bar appears only for an input that takes longer than this to read, so quick runs stay clean.
export const PROGRESS_DELAY_MS = 1000;

const MIB = 1024 * 1024;

/**
 * A progress bar on a terminal's stderr while one file is read: it appears once reading has taken
 * `delayMs`, shows the share of the file's bytes read (or the megabytes read from standard input),
 * and is wiped when the file is done. cli-progress draws it and limits redraws to 10 a second.
 */
export class Progress {
  private bar: SingleBar | null = null;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly file: string,
    private readonly delayMs = PROGRESS_DELAY_MS,
  ) {}

  readonly update = (read: number, total: number | null): void => {
    const payload = { file: inertText(this.file), read: (read / MIB).toFixed(1), size: total === null ? '?' : (total / MIB).toFixed(1) };
    if (this.bar === null) {
      if (Date.now() - this.started < this.delayMs) return;
      const format = total === null ? 'reading {file}: {read} MiB' : 'reading {file} [{bar}] {percentage} % · {read} of {size} MiB · {eta_formatted} left';
      // cli-progress (and node:readline, which it loads) is required once a bar is drawn: loading it took a few ms of every run.
      const { SingleBar } = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
      this.bar = new SingleBar({ stream: this.stream, format, barsize: 24, hideCursor: true, clearOnComplete: true, barCompleteChar: '█', barIncompleteChar: '░' });
      this.bar.start(total ?? 0, read, payload);
      return;
    }
    this.bar.update(read, payload);
  };

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
