import { kMeansCluster, silhouetteMetric } from 'simple-statistics';

/** How to split: the most groups tried, k-means starts per number of groups, and the silhouette a split needs. */
export interface ClusterOptions {
  maxGroups: number;
  starts: number;
  minSilhouette: number;
}

/**
 * Splits variables into groups that go together, from their correlation matrix `r`: each variable
 * is described by its row of the matrix, and k-means (simple-statistics) splits the rows into 2 to
 * `maxGroups` groups, `starts` times for each number of groups from seeded starting points (so that
 * a matrix always gives the same groups); the split with the highest silhouette (Rousseeuw 1987)
 * is kept, unless it is below `minSilhouette`: then no split is clear and all are one group.
 * Returns the indexes of each group's variables, groups ordered by their first variable.
 *
 * @example clusterCorrelations(r, { maxGroups: 6, starts: 8, minSilhouette: 0.2 }) // [[0, 1, 4], [2, 3]]
 */
export function clusterCorrelations(r: readonly (readonly number[])[], options: ClusterOptions): number[][] {
  const rows = r.map((row) => [...row]);
  const all = rows.map((_, i) => i);
  let best: { labels: number[]; score: number } | null = null;
  // k-means finds a local best from where it starts: several starts per k, the clearest split kept.
  for (let k = 2; k <= Math.min(options.maxGroups, rows.length - 1); k++) {
    for (let start = 0; start < options.starts; start++) {
      let labels: number[];
      try {
        ({ labels } = kMeansCluster(rows, k, seeded(k * options.starts + start)));
      } catch {
        // simple-statistics gives up on a start whose centroids end with no variable ("no friends").
        continue;
      }
      if (new Set(labels).size < k) continue;
      const score = silhouetteMetric(rows, labels);
      if (Number.isFinite(score) && (best === null || score > best.score)) best = { labels, score };
    }
  }
  if (best === null || best.score < options.minSilhouette) return [all];
  const labels = best.labels;
  const groups = [...new Set(labels)].map((label) => all.filter((i) => labels[i] === label));
  return groups.sort((a, b) => (a[0] as number) - (b[0] as number));
}

/** A deterministic source of numbers in [0, 1) (mulberry32), so that k-means starts alike on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
