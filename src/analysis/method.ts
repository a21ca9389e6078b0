import type { Method } from './report.js';

/** The definitions behind the figures, as stated in the README's "Metric definitions". */
export function describeMethod(confidenceLevel: number): Method {
  return {
    confidenceLevel,
    itemScore: '(x - min) / (max - min) * 100 on the item\'s scale; 100 minus that on a reversed item; yes/no "had a problem" scores yes 0, no 100',
    dimensionScore: 'mean over respondents of each respondent\'s mean item score in the dimension (answered items only)',
    topBox: 'share of valid answers in the top (bottom) 2 categories of scales of 4 or more points, the top (bottom) 1 of 3-point scales',
    nps: '100 * (promoters 9-10 - detractors 0-6) / valid answers; moe = 100 * z * sqrt((p + d - (p - d)^2) / n)',
    meanInterval: 'mean +/- t(1 - alpha/2, n - 1) * sd / sqrt(n), sd with n - 1',
    shareInterval: 'Wilson score interval',
    weights: 'weighted estimates; intervals use Kish effective n (sum w)^2 / sum w^2 in place of n; sd = sqrt(sum w (x - mean)^2 / (sum w - sum w^2 / sum w))',
    alpha: 'Cronbach alpha on respondents who answered every item of the dimension, unweighted, in the scored direction; Feldt interval',
    index: 'mean over respondents of the mean of their dimension scores (dimensions they have a score in), 0-100',
    drivers: 'Pearson r of each dimension score with the outcome; Johnson relative weights as shares of R^2; respondents with every dimension score and an outcome answer',
    importance: 'per importance column paired with a satisfaction item, over respondents who answered both: mean importance and mean satisfaction on 0-100, gap = importance - satisfaction with the paired t interval gap +/- t(n - 1) * sd(differences) / sqrt(n); quadrants split at the mean over pairs of importance and of satisfaction (at or above: high): concentrate here (high importance, low satisfaction), keep up (high, high), low priority (low, low), possible overkill (low importance, high satisfaction)',
  };
}
