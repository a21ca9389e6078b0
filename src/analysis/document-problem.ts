/** What is wrong with a document read back (a state, a baseline report), at which JSON path (`dimensions.delivery.sd`). */
export interface DocumentProblem {
  path: string;
  problem: string;
}

// No figure of a survey is anywhere near this: it keeps squares and sums finite.
export const LARGEST = 1e9;
// Relative slack for figures written to full precision and read back, and sums merged shards add in another order.
export const SLACK = 1e-9;

class Problem extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(problem);
  }
}

/** Stops a check at the first problem found (see firstProblem). */
export function fail(path: string, problem: string): never {
  throw new Problem(path, problem);
}

/** The first problem `check` fails with, or null when it finds none. */
export function firstProblem(check: () => void): DocumentProblem | null {
  try {
    check();
    return null;
  } catch (error) {
    if (error instanceof Problem) return { path: error.path, problem: error.problem };
    throw error;
  }
}

/** A number from `min` to `max`, give or take the slack of rounding. */
export function within(value: number, min: number, max: number, path: string): void {
  if (!(value >= min - SLACK * Math.max(1, Math.abs(min)) && value <= max + SLACK * Math.max(1, Math.abs(max)))) fail(path, `must be from ${min} to ${max}, not ${value}`);
}
