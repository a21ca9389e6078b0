import type { Histogram } from '../stats/histogram.js';
import { wilsonInterval } from '../stats/wilson-interval.js';
import { inBottomBox, inTopBox, type Scale } from '../survey/scale.js';
import type { BoxShare, DistributionEntry } from './report.js';

/** Every category of the scale, in order, with its count and share (categories nobody chose too). */
export function summarizeDistribution(values: Histogram, scale: Scale): DistributionEntry[] {
  const entries: DistributionEntry[] = [];
  for (let value = scale.min; value <= scale.max; value++) {
    const count = values.count(value);
    entries.push({ value, label: scale.labels?.[String(value)] ?? String(value), count, share: values.n === 0 ? 0 : count / values.n });
  }
  return entries;
}

/** Top- and bottom-box shares with Wilson intervals; null on a yes/no scale or with no answers. */
export function summarizeBoxes(values: Histogram, scale: Scale, level: number): { topBox: BoxShare | null; bottomBox: BoxShare | null } {
  if (scale.kind === 'binary' || values.n === 0) return { topBox: null, bottomBox: null };
  const box = (count: number): BoxShare => ({ count, share: count / values.n, ci: wilsonInterval(count, values.n, level) });
  return {
    topBox: box(values.countWhere((v) => inTopBox(scale, v))),
    bottomBox: box(values.countWhere((v) => inBottomBox(scale, v))),
  };
}
