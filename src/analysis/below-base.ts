/**
 * The base a figure is judged on against --min-base: with weights, Kish's effective n, as
 * intervals and tests take it (forty answers of which ten weigh five times the others are as steady
 * as some twenty-three); without, n. Equal weights make the effective n n but for the last bit of
 * rounding, which must not put exactly min-base under it.
 *
 * @example judgedBase(40, 22.86) // 22.86
 */
export function judgedBase(n: number, effectiveN: number | undefined): number {
  return effectiveN === undefined ? n : Math.min(n, effectiveN * (1 + 1e-12));
}

/** Whether `n` answers (of effective n `effectiveN` with weights) are fewer than `minBase`. */
export function belowBase(n: number, effectiveN: number | undefined, minBase: number): boolean {
  return judgedBase(n, effectiveN) < minBase;
}
