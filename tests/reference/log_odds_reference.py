#!/usr/bin/env python3
"""Reference values for src/stats/log-odds.ts: the log-odds ratio with an informative Dirichlet
prior of Monroe, Colaresi and Quinn (2008), "Fightin' Words", eq. 16-22, computed with numpy over
whole vocabularies, as the paper states it:

    delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    var_w  ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w     = delta_w / sqrt(var_w)

with a_w = a_0 * (the word's share of a background corpus). satisfy takes as background every
comment of the language (of the column) and a_0 = that background's number of words, so a_w is the
word's count there; the cases below use that prior and others.

    python3 tests/reference/log_odds_reference.py > tests/reference/log-odds-reference.json

Also records the two-sided p of each z (scipy.stats.norm.sf), to show what a z of 1.96 means.
"""
import json

import numpy as np
from scipy import stats

rng = np.random.default_rng(20261203)


def fightin_words(y_i, y_j, background, a_0):
    y_i = np.asarray(y_i, dtype=float)
    y_j = np.asarray(y_j, dtype=float)
    background = np.asarray(background, dtype=float)
    a_w = a_0 * background / background.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    delta = np.log((y_i + a_w) / (n_i + a_0 - y_i - a_w)) - np.log((y_j + a_w) / (n_j + a_0 - y_j - a_w))
    variance = 1.0 / (y_i + a_w) + 1.0 / (y_j + a_w)
    z = delta / np.sqrt(variance)
    return n_i, n_j, a_w, delta, variance, z


cases = []


def record(name, y_i, y_j, background, a_0):
    n_i, n_j, a_w, delta, variance, z = fightin_words(y_i, y_j, background, a_0)
    for w in range(len(y_i)):
        cases.append({
            "name": f"{name}[{w}]",
            "yi": float(y_i[w]), "ni": float(n_i), "yj": float(y_j[w]), "nj": float(n_j),
            "alphaW": float(a_w[w]), "alpha0": float(a_0),
            "delta": float(delta[w]), "variance": float(variance[w]), "z": float(z[w]),
            "p": float(2 * stats.norm.sf(abs(z[w]))),
        })


# A small vocabulary: detractors say "late" and "damaged", promoters "fast" and "friendly"; the
# background is the two groups and the passives' words (20 of each word).
y_i = np.array([50, 30, 2, 1, 40, 0])
y_j = np.array([2, 1, 60, 45, 38, 3])
passives = np.array([20, 20, 20, 20, 20, 20])
background = y_i + y_j + passives
record("small-satisfy-prior", y_i, y_j, background, background.sum())
record("small-weak-prior", y_i, y_j, background, 10.0)
record("small-strong-prior", y_i, y_j, background, 10 * background.sum())

# A Zipf vocabulary of 300 words, two groups drawn with shifted frequencies; the background is
# the two groups with a third of equal size.
ranks = np.arange(1, 301)
base = 1.0 / ranks
shift = np.exp(rng.normal(0, 0.6, 300))
p_i = base * shift / (base * shift).sum()
p_j = base / shift / (base / shift).sum()
y_i = rng.multinomial(4000, p_i)
y_j = rng.multinomial(6000, p_j)
third = rng.multinomial(5000, base / base.sum())
background = y_i + y_j + third
# Words the background holds at least once (a prior of 0 is no prior).
keep = background > 0
record("zipf-300", y_i[keep], y_j[keep], background[keep], background[keep].sum())

json.dump({"cases": cases}, __import__("sys").stdout, indent=1)
print()
