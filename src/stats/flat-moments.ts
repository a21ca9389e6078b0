/**
 * Moments and co-moments of observations of weight 1 kept in a Float64Array, for a loop that adds
 * one observation a row to several accumulators (see FlatRows in analysis/flat-rows.ts): the same
 * arithmetic as Moments.add(x, 1) and CoMoments.add(x, 1), operation for operation, so that the
 * same observations give the same bits. The state is copied in from the accumulator
 * (Moments.copyTo, CoMoments.copyTo) and back (copyFrom) around such a run of rows.
 */

/** Numbers of a Moments' state: count, Σw, Σw², mean, m2. */
export const MOMENT_SLOTS = 5;

/** Numbers of a CoMoments' state of `k` variables: count, Σw, Σw², the k means, the k × k co-moments. */
export function coMomentSlots(k: number): number {
  return 3 + k + k * k;
}

/** Moments.add(x, 1) on the state at `at` of `state`. */
export function addMoment(state: Float64Array, at: number, x: number): void {
  const before = state[at + 1] as number;
  state[at] = (state[at] as number) + 1;
  const weightSum = before + 1;
  state[at + 1] = weightSum;
  state[at + 2] = (state[at + 2] as number) + 1;
  const delta = x - (state[at + 3] as number);
  state[at + 3] = (state[at + 3] as number) + delta * (1 / weightSum);
  state[at + 4] = (state[at + 4] as number) + 1 * (before / weightSum) * delta * delta;
}

/** CoMoments.add(x, 1) of `k` variables on the state at `at` of `state`; `delta` is k numbers of scratch. */
export function addCoMoment(state: Float64Array, at: number, k: number, x: ArrayLike<number>, delta: Float64Array): void {
  const before = state[at + 1] as number;
  state[at] = (state[at] as number) + 1;
  const weightSum = before + 1;
  state[at + 1] = weightSum;
  state[at + 2] = (state[at + 2] as number) + 1;
  const share = 1 / weightSum;
  const means = at + 3;
  for (let i = 0; i < k; i++) {
    const d = (x[i] as number) - (state[means + i] as number);
    delta[i] = d;
    state[means + i] = (state[means + i] as number) + d * share;
  }
  const kept = 1 * (before / weightSum);
  const c = means + k;
  for (let i = 0; i < k; i++) {
    const di = kept * (delta[i] as number);
    for (let j = 0; j < k; j++) state[c + i * k + j] = (state[c + i * k + j] as number) + di * (delta[j] as number);
  }
}
