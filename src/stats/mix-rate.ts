/** One group's base and figure before and after; null where the group had no base. */
export interface GroupFigure {
  before: { n: number; value: number } | null;
  after: { n: number; value: number } | null;
}

export interface MixRateSplit {
  /** The change of the overall figure: Σ wₐ·vₐ − Σ w_b·v_b, w being each group's share of the base. */
  total: number;
  /** The part due to the groups' shares of the base moving. */
  mix: number;
  /** The part due to the figures within the groups moving. */
  rate: number;
  /** Each group's share of the base and its parts, in the order given. */
  groups: Array<{ shareBefore: number; shareAfter: number; mix: number; rate: number }>;
}

/**
 * Splits the change of a figure that is the base-weighted mean of its groups' figures (a score, a
 * share, an NPS over segments) into mix and rate, symmetrically (the midpoint, or Shapley, split, so
 * that swapping before and after only swaps the signs):
 *
 *   mixᵢ  = (wᵢ′ − wᵢ) · (vᵢ + vᵢ′) / 2        rateᵢ = (vᵢ′ − vᵢ) · (wᵢ + wᵢ′) / 2
 *
 * and mix + rate = total exactly, up to rounding. A group present on one side only has its figure
 * taken as the same on the other, so all its change is mix. Null when either side has no base.
 */
export function mixRate(groups: readonly GroupFigure[]): MixRateSplit | null {
  const nBefore = groups.reduce((sum, g) => sum + (g.before?.n ?? 0), 0);
  const nAfter = groups.reduce((sum, g) => sum + (g.after?.n ?? 0), 0);
  if (!(nBefore > 0 && nAfter > 0)) return null;
  let [total, mix, rate] = [0, 0, 0];
  const parts = groups.map(({ before, after }) => {
    const shareBefore = (before?.n ?? 0) / nBefore;
    const shareAfter = (after?.n ?? 0) / nAfter;
    const valueBefore = before?.value ?? after?.value ?? 0;
    const valueAfter = after?.value ?? valueBefore;
    const part = { shareBefore, shareAfter, mix: ((shareAfter - shareBefore) * (valueBefore + valueAfter)) / 2, rate: ((valueAfter - valueBefore) * (shareBefore + shareAfter)) / 2 };
    total += shareAfter * valueAfter - shareBefore * valueBefore;
    mix += part.mix;
    rate += part.rate;
    return part;
  });
  return { total, mix, rate, groups: parts };
}
