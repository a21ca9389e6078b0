/** A two-sided confidence interval at `level` (0.95 for 95 %). */
export interface Interval {
  low: number;
  high: number;
  level: number;
}
