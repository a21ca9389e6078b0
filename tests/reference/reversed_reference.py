#!/usr/bin/env python3
"""Cronbach's alpha and dimension scores of dimensions with reverse-worded items, computed with
numpy and scipy from the fixtures, independently of satisfy: the items an analyst reads as
running against their dimension are named here by hand and reversed (6 − x on 1-5) before alpha.

    python3 tests/reference/reversed_reference.py > tests/reference/reversed-reference.json

Alpha is Cronbach's from the covariance matrix (ddof 1) of the respondents who answered every
item; standardized alpha from the mean inter-item correlation; the corrected item-total r of an
item is its correlation with the sum of the others; Feldt's interval is
1 − (1 − α) · F(p; n − 1, (n − 1)(k − 1)) at p = 0.975 and 0.025 (as psych::alpha). The dimension
score is the mean over respondents of the mean of their item scores (x − 1) / 4 · 100, reversed
items scored 100 − that.
"""
import csv
import json
import sys
from pathlib import Path

import numpy as np
from scipy import stats

ROOT = Path(__file__).resolve().parent.parent.parent / "fixtures" / "detection"

# fixture: {dimension: [(column, reversed)]}
CASES = {
    "negative-wording-reversed.csv": {
        "service": [("The staff were friendly and helpful (1-5)", False), ("Customer support answered my questions promptly (1-5)", False), ("The staff were rude and unhelpful (1-5)", True), ("I never had to wait long for customer support (1-5)", False)],
        "delivery": [("Delivery was fast (1-5)", False), ("The delivery was slow (1-5)", True), ("My parcel arrived in good condition (1-5)", False)],
    },
    "item-runs-against-its-dimension.csv": {
        "trust": [("Trust in the company (1-5)", False), ("The company is honest with me (1-5)", False), ("I can rely on the company (1-5)", False), ("Reliability of the company, coded 1 = best (1-5)", True)],
    },
}


def alpha(items):
    n, k = items.shape
    cov = np.cov(items, rowvar=False, ddof=1)
    raw = k / (k - 1) * (1 - np.trace(cov) / cov.sum())
    corr = np.corrcoef(items, rowvar=False)
    mean_r = (corr.sum() - k) / (k * (k - 1))
    standardized = k * mean_r / (1 + (k - 1) * mean_r)
    item_total = [float(np.corrcoef(items[:, i], np.delete(items, i, axis=1).sum(axis=1))[0, 1]) for i in range(k)]
    low = 1 - (1 - raw) * stats.f.ppf(0.975, n - 1, (n - 1) * (k - 1))
    high = 1 - (1 - raw) * stats.f.ppf(0.025, n - 1, (n - 1) * (k - 1))
    return {"n": n, "raw": float(raw), "standardized": float(standardized), "itemTotal": item_total, "feldtLow": float(low), "feldtHigh": float(high)}


out = {}
for name, dimensions in CASES.items():
    with open(ROOT / name, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out[name] = {}
    for dimension, columns in dimensions.items():
        answers = np.array([[(6 - int(row[c]) if rev else int(row[c])) for c, rev in columns] for row in rows], dtype=float)
        scores = ((answers - 1) / 4 * 100).mean(axis=1)
        out[name][dimension] = {"columns": [c for c, _ in columns], "alpha": alpha(answers), "score": float(scores.mean())}
json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
