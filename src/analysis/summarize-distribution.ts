import type { Histogram } from '../stats/histogram.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import { inBottomBox, inTopBox, type Scale } from '../survey/scale.js';
import type { BoxShare, DistributionEntry } from './report.js';

/** Every category of the scale, in order, with its count and (weighted) share, categories nobody chose too. */
export function summarizeDistribution(values: Histogram, scale: Scale): DistributionEntry[] {
  const entries: DistributionEntry[] = [];
  for (let value = scale.min; value <= scale.max; value++) {
    const count = values.count(value);
    entries.push({ value, label: scale.labels?.[String(value)] ?? String(value), count, share: values.share(value) });
  }
  return entries;
}

/** Top- and bottom-box shares with Wilson intervals; null on a yes/no scale or with no answers. */
export function summarizeBoxes(values: Histogram, scale: Scale, level: number): { topBox: BoxShare | null; bottomBox: BoxShare | null } {
  if (scale.kind === 'binary' || values.n === 0) return { topBox: null, bottomBox: null };
  return {
    topBox: boxShare(values, (v) => inTopBox(scale, v), level),
    bottomBox: boxShare(values, (v) => inBottomBox(scale, v), level),
  };
}

/** The (weighted) share of answers for which `predicate` holds, with its Wilson interval on the effective n. */
export function boxShare(values: Histogram, predicate: (value: number) => boolean, level: number): BoxShare {
  const { count, share } = values.where(predicate);
  const n = values.effectiveN;
  return { count, share, ci: wilsonInterval(share * n, n, level) };
}
