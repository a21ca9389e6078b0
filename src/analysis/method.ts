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
    reversed: 'an item of a dimension is reversed before scoring when its header is worded the other way round (a word of the bad pole, or an odd number of negations, not both) or when its corrected item-total r in the first 1,000 rows is <= -0.20 and below zero at one-sided 5 % (Fisher z), among >= 30 respondents who answered all of >= 3 items; where the two disagree the answers win; the config\'s reverse wins over both',
    attention: 'a column whose header asks for one given answer is an attention check, never scored; per check: passed = the answer asked for (as spelled, or the same number), failed = another answer, unanswered = blank or a non-answer; failedAny = respondents failing at least one; with --drop-inattentive those are left out and counted in input.files[].skipped as inattentive',
    comments: 'per free-text column (comment columns and "Other (please specify)" texts): a comment is a trimmed cell that is not blank, holds a letter or digit, and is not a non-answer ("n/a") or a word for nothing to say ("none", "brak uwag"); share = respondents with a comment / respondents (weighted), Wilson interval; mean length in Unicode code points; language by ELD on the first 160 characters, one of en de fr es pt pl lv, other, or undetermined under 10 letters',
    words: 'per free-text column and lexicon language, in the whole sample only: words of letters, lower case, the stopword package\'s stopwords left out, Snowball stems in en de fr es pt (none in pl lv), each counted once a comment, unweighted; detractors and promoters as the ratings tell them; log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008): delta = log((y_d + a_w) / (n_d + a_0 - y_d - a_w)) - log((y_p + a_w) / (n_p + a_0 - y_p - a_w)), var = 1/(y_d + a_w) + 1/(y_p + a_w), z = delta / sqrt(var), a_w the comments of the language using the word, a_0 the words of all of them; compared with 10 comments a side and 3 comments using the word, listed beyond the two-sided normal critical value of the confidence level, not corrected for multiplicity; counts exact up to 8,192 distinct stems a language, past them a Misra-Gries summary (Agarwal et al. 2012 merge) whose counts fall short by at most maxUndercount',
  };
}
