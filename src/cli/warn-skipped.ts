import type { Report } from '../analysis/report.js';
import type { InputFile } from '../input/read-csv.js';
import type { Io } from './io.js';
import type { AnswerLint } from './lint-answers.js';

/** The warnings of a run on stderr — rows that could not be read, answers that do not fit — unless --quiet. */
export function warnAbout(report: Report, lint: AnswerLint | null, io: Pick<Io, 'stderr'>, quiet: boolean | undefined): void {
  if (quiet === true) return;
  warnSkipped(report.input.files, io);
  lint?.warn(report, io);
}

const UNREADABLE: Record<string, string> = {
  fieldCount: 'with the wrong number of fields',
  unclosedQuote: 'with an unclosed quote',
};

/** One warning line per file and reason for rows that could not be read, with the first lines. */
export function warnSkipped(files: readonly InputFile[], io: Pick<Io, 'stderr'>): void {
  for (const file of files) {
    for (const skip of file.skipped) {
      const what = UNREADABLE[skip.reason];
      if (what === undefined) continue;
      const more = skip.count > skip.firstLines.length ? ', …' : '';
      io.stderr.write(`satisfy: warning: ${file.path}: skipped ${skip.count} row${skip.count === 1 ? '' : 's'} ${what} (line ${skip.firstLines.join(', ')}${more}); --strict makes this an error\n`);
    }
  }
}
