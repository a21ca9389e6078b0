/**
 * How hard the property tests push. `npm test` runs a bounded number of cases per property so that
 * the suite stays fast; `npm run fuzz` sets SATISFY_FUZZ_RUNS (and a fresh seed each run) for a
 * longer search. A failing case prints its seed and path, so `SATISFY_FUZZ_SEED=… npm run fuzz`
 * replays it.
 */
export function fuzzRuns(bounded: number): number {
  const asked = Number(process.env['SATISFY_FUZZ_RUNS']);
  return Number.isInteger(asked) && asked > 0 ? asked : bounded;
}

/** The seed to replay, when one is given; otherwise fast-check picks one and reports it. */
export function fuzzSeed(): number | undefined {
  const seed = Number(process.env['SATISFY_FUZZ_SEED']);
  return Number.isInteger(seed) ? seed : undefined;
}

/** fast-check parameters for a property: bounded in `npm test`, longer under `npm run fuzz`. */
export function fuzzParameters(bounded: number): { numRuns: number; seed?: number } {
  const seed = fuzzSeed();
  return seed === undefined ? { numRuns: fuzzRuns(bounded) } : { numRuns: fuzzRuns(bounded), seed };
}
