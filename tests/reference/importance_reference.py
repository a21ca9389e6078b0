#!/usr/bin/env python3
"""Reference values for the stated-importance table of
fixtures/importance/importance-and-satisfaction-pairs.csv, computed with numpy and SciPy from the
file, independently of satisfy.

    python3 tests/reference/importance_reference.py > tests/reference/importance-reference.json

Per pair (importance column, satisfaction column), over the respondents who answered both with a
whole number on the column's scale: each answer on 0-100, (x - min) / (max - min) * 100; the mean
importance and mean satisfaction; the gap, importance - satisfaction, and its paired t interval —
unweighted from scipy.stats.ttest_rel(...).confidence_interval(), weighted (the Weight column)
from numpy's weighted mean and np.cov(d, aweights=w) of the differences d, with Kish's effective n
(sum w)^2 / sum w^2 in place of n and t(n_eff - 1). The quadrants split at the mean over the pairs
of the importance and of the satisfaction means. With importance-of.config.json, a fifth pair.
"""
import csv
import json
import sys
from pathlib import Path

import numpy as np
from scipy import stats

ROOT = Path(__file__).resolve().parent.parent.parent
FILE = ROOT / "fixtures/importance/importance-and-satisfaction-pairs.csv"
# (importance column, satisfaction column, scale of each).
PAIRS = [
    ("How important is the speed of delivery to you? (1-5)", "How satisfied are you with the speed of delivery? (1-5)", (1, 5), (1, 5)),
    ("Support - Importance (1-7)", "Support - Satisfaction (1-7)", (1, 7), (1, 7)),
    ("Packaging quality - Importance (1-5)", "Packaging quality (1-5)", (1, 5), (1, 5)),
    ("Price - Importance (1-5)", "Price - Satisfaction (1-5)", (1, 5), (1, 5)),
]
CONFIG_PAIR = ("How much does billing matter to you? (1-5)", "Clarity of invoices (1-5)", (1, 5), (1, 5))


def score(text, scale):
    """The answer on 0-100, or None when it is blank, N/A or off the scale."""
    lo, hi = scale
    try:
        x = int(text.strip())
    except ValueError:
        return None
    return (x - lo) / (hi - lo) * 100 if lo <= x <= hi else None


def missing(rows, column, scale):
    blank = sum(1 for r in rows if r[column].strip() == "")
    na = sum(1 for r in rows if r[column].strip().upper() == "N/A")
    off = sum(1 for r in rows if r[column].strip().isdigit() and score(r[column], scale) is None)
    return {"blank": blank, "notApplicable": na, "outOfScale": off}


def pair(rows, importance, satisfaction, iscale, sscale, weighted):
    both = [(score(r[importance], iscale), score(r[satisfaction], sscale), float(r["Weight"])) for r in rows]
    both = [b for b in both if b[0] is not None and b[1] is not None]
    imp = np.array([b[0] for b in both])
    sat = np.array([b[1] for b in both])
    w = np.array([b[2] for b in both]) if weighted else np.ones(len(both))
    d = imp - sat
    out = {"importanceColumn": importance, "satisfactionColumn": satisfaction, "n": len(both)}
    if weighted:
        n_eff = w.sum() ** 2 / (w ** 2).sum()
        gap = np.average(d, weights=w)
        sd = np.sqrt(np.cov(d, aweights=w))
        half = stats.t.ppf(0.975, n_eff - 1) * sd / np.sqrt(n_eff)
        out.update(effectiveN=n_eff, importance=np.average(imp, weights=w), satisfaction=np.average(sat, weights=w), gap=gap, sd=sd, low=gap - half, high=gap + half)
    else:
        ci = stats.ttest_rel(imp, sat).confidence_interval(0.95)
        out.update(effectiveN=len(both), importance=imp.mean(), satisfaction=sat.mean(), gap=d.mean(), sd=d.std(ddof=1), low=ci.low, high=ci.high)
    out["missing"] = missing(rows, importance, iscale)
    return {k: (float(v) if isinstance(v, (np.floating, float)) else v) for k, v in out.items()}


def table(rows, pairs, weighted):
    figures = [pair(rows, *p, weighted) for p in pairs]
    split = {"importance": float(np.mean([f["importance"] for f in figures])), "satisfaction": float(np.mean([f["satisfaction"] for f in figures]))}
    for f in figures:
        important, satisfied = f["importance"] >= split["importance"], f["satisfaction"] >= split["satisfaction"]
        f["quadrant"] = ("keep up" if satisfied else "concentrate here") if important else ("possible overkill" if satisfied else "low priority")
    return {"split": split, "pairs": figures}


with open(FILE, newline="", encoding="utf-8") as f:
    ROWS = list(csv.DictReader(f))

json.dump(
    {
        "file": str(FILE.relative_to(ROOT)),
        "unweighted": table(ROWS, PAIRS, False),
        "weighted": table(ROWS, PAIRS, True),
        "withConfig": table(ROWS, PAIRS + [CONFIG_PAIR], False),
    },
    sys.stdout,
    indent=2,
)
sys.stdout.write("\n")
