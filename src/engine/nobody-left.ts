import type { DateWindowSummary, WeightExclusion, WeightSummary } from '../analysis/report.js';
import { SatisfyError } from '../errors.js';
import { skippedByReason, type InputFile, type RowCondition, type SkipReason } from '../input/read-csv.js';

/**
 * Why no respondent is left to score of the rows read, as data: the engine decides, the CLI words
 * it (cli/nobody-left.ts). No row at all, a header alone (`noRows`: an error unless --allow-empty
 * read it); every row unfinished (`unfinished`: --include-partial keeps them); every row left out
 * by --where (`where`); or the rows left out by each reason, the date window and the weight
 * (`leftOut`).
 */
export type NobodyLeft = { rows: number; files: string[] } & (
  | { kind: 'noRows' }
  | { kind: 'unfinished' }
  | { kind: 'where'; where: RowCondition[] }
  | {
      kind: 'leftOut';
      /**
       * Rows skipped, by reason, summed over the files, in the order the reasons were first met;
       * with the first lines of the rows (as InputFile.skipped has them) where one file holds them
       * all, else none.
       */
      skipped: Array<{ reason: SkipReason; count: number; firstLines: number[] }>;
      /** The date window (--since/--until), where it left rows out; else null. */
      window: Pick<DateWindowSummary, 'column' | 'since' | 'until' | 'before' | 'after' | 'unparsed'> | null;
      /** The weight column (--weight), where it left rows out, and how many by why; else null. */
      weight: { column: string; excluded: Array<{ reason: WeightExclusion; count: number }> } | null;
    }
);

/**
 * Why nobody is left of the rows of `files`, for a caller that found no one to score: before the
 * columns are read (no row reached them: `found` unknown), or after the analysis (no respondent in
 * the report: its date window and weight say more). No row read at all is `noRows`: the files
 * had a header alone, which the reader lets by only under --allow-empty (else it is its error).
 */
export function whyNobodyLeft(files: readonly InputFile[], where: readonly RowCondition[], found: { dateWindow: DateWindowSummary | null; weight: WeightSummary | null } = { dateWindow: null, weight: null }): NobodyLeft {
  const rows = files.reduce((sum, f) => sum + f.rows, 0);
  const paths = files.map((f) => f.path);
  if (rows === 0) return { kind: 'noRows', rows, files: paths };
  const skipped = skippedByReason(files);
  // Every row unfinished (a Typeform export of no Submit Date, a Qualtrics one of Finished 0): that is why, not the columns.
  if (skipped.get('partial') === rows) return { kind: 'unfinished', rows, files: paths };
  if (skipped.get('filtered') === rows && where.length > 0) return { kind: 'where', rows, files: paths, where: [...where] };
  const window = found.dateWindow;
  const outside = window === null ? 0 : window.before + window.after + window.unparsed;
  const weight = found.weight;
  const excluded = weight === null ? [] : (Object.entries(weight.excluded) as Array<[WeightExclusion, number]>).filter(([, n]) => n > 0).map(([reason, count]) => ({ reason, count }));
  return {
    kind: 'leftOut',
    rows,
    files: paths,
    skipped: [...skipped].filter(([, count]) => count > 0).map(([reason, count]) => ({ reason, count, firstLines: firstLinesOf(files, reason) })),
    window: window === null || outside === 0 ? null : { column: window.column, since: window.since, until: window.until, before: window.before, after: window.after, unparsed: window.unparsed },
    weight: weight === null || excluded.length === 0 ? null : { column: weight.column, excluded },
  };
}

/** The first lines of the rows `files` skipped for `reason`, where one file holds them all (lines of several files would not say which). */
function firstLinesOf(files: readonly InputFile[], reason: SkipReason): number[] {
  const holding = files.flatMap((f) => f.skipped.filter((s) => s.reason === reason && s.count > 0));
  return holding.length === 1 ? [...(holding[0] as { firstLines: number[] }).firstLines] : [];
}

/** Whether every row read was skipped (leftOut's rows, none of them reaching the columns): no other reason is left for no one to score. */
export function everyRowSkipped(why: NobodyLeft): boolean {
  return why.kind === 'leftOut' && why.rows > 0 && why.skipped.reduce((sum, s) => sum + s.count, 0) === why.rows;
}

/**
 * Thrown where the engine cannot go on for want of a row: every row left out before the columns
 * could be read from any. An input error (exit 2); `why` is what the CLI words.
 */
export class NobodyLeftError extends SatisfyError {
  readonly why: NobodyLeft;

  constructor(why: NobodyLeft) {
    super('USAGE', 'no respondent is left to score', { file: why.files.join(', ') });
    this.name = 'NobodyLeftError';
    this.why = why;
  }
}
