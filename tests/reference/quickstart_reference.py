#!/usr/bin/env python3
"""Reference report of the bundled sample, computed from the raw CSV with Python's csv module,
numpy and SciPy, independently of satisfy's code.

    python3 tests/reference/quickstart_reference.py > tests/reference/quickstart-reference.json

The column meanings are written out here by hand (they are what the sample's generator made);
the test checks that satisfy's detection finds the same and that every figure agrees.
"""
import csv
import json
import sys

import numpy as np
from scipy import stats

PATH = "fixtures/quickstart/responses.csv"
LEVEL = 0.95
NOT_APPLICABLE = {"N/A", "Don't know"}

with open(PATH, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
header, data = rows[0], rows[1:]
col = {name: i for i, name in enumerate(header)}

DIMENSIONS = {
    "delivery": ["How satisfied are you with the speed of delivery?", "How satisfied are you with the condition of your order on arrival?"],
    "pricing": ["The price was fair", "Value for money"],
    "complaints": ["Did you have a problem or complaint about your order?", "If you had a problem, how satisfied are you with how it was handled?"],
    "trust": ["I trust this company to keep its promises", "The company is honest and reliable"],
}
PROBLEM = "Did you have a problem or complaint about your order?"
CSAT = "Overall, how satisfied are you with your purchase?"
NPS = "How likely are you to recommend us to a friend or colleague? (0-10)"


def answer(row, name):
    """The coded answer (1-5, 0-10, or 1/0 for yes/no) or a missing reason."""
    raw = row[col[name]].strip()
    if raw == "":
        return "blank"
    if raw in NOT_APPLICABLE:
        return "notApplicable"
    if name == PROBLEM:
        return {"Yes": 1, "No": 0}[raw]
    return int(raw)


def scale_of(name):
    if name == PROBLEM:
        return (0, 1, True)
    if name == NPS:
        return (0, 10, False)
    return (1, 5, False)


def score(name, value):
    lo, hi, reversed_ = scale_of(name)
    s = (value - lo) / (hi - lo) * 100
    return 100 - s if reversed_ else s


def mean_ci(x):
    x = np.asarray(x, dtype=float)
    ci = stats.ttest_1samp(x, 0).confidence_interval(confidence_level=LEVEL)
    return {"n": int(x.size), "mean": float(x.mean()), "sd": float(x.std(ddof=1)), "ci": {"low": float(ci.low), "high": float(ci.high)}}


def share(count, n):
    ci = stats.binomtest(count, n).proportion_ci(confidence_level=LEVEL, method="wilson")
    return {"count": count, "share": count / n, "ci": {"low": float(ci.low), "high": float(ci.high)}}


def item(name):
    answers = [answer(r, name) for r in data]
    values = [a for a in answers if not isinstance(a, str)]
    lo, hi, _ = scale_of(name)
    out = mean_ci(values)
    out["column"] = name
    out["score"] = score(name, out["mean"])
    out["missing"] = {reason: sum(1 for a in answers if a == reason) for reason in ("blank", "notApplicable")}
    out["distribution"] = [sum(1 for v in values if v == k) for k in range(lo, hi + 1)]
    if name != PROBLEM:
        out["topBox"] = share(sum(1 for v in values if v >= hi - 1), len(values))
        out["bottomBox"] = share(sum(1 for v in values if v <= lo + 1), len(values))
    return out


dimensions = {}
for dim, names in DIMENSIONS.items():
    respondent_scores = []
    for r in data:
        scores = [score(n, a) for n in names for a in [answer(r, n)] if not isinstance(a, str)]
        if scores:
            respondent_scores.append(sum(scores) / len(scores))
    out = mean_ci(respondent_scores)
    pooled = [a for n in names if n != PROBLEM for r in data for a in [answer(r, n)] if not isinstance(a, str)]
    out["topBox"] = share(sum(1 for v in pooled if v >= 4), len(pooled))
    out["bottomBox"] = share(sum(1 for v in pooled if v <= 2), len(pooled))
    if dim == "complaints":
        problems = [a for r in data for a in [answer(r, PROBLEM)] if not isinstance(a, str)]
        out["incidence"] = {"n": len(problems), **share(sum(problems), len(problems))}
        # Resolution: the handling question's score (one item, so the respondent's mean is that
        # item's score) among respondents who answered yes to the problem question.
        handled = [score(n, a) for r in data if answer(r, PROBLEM) == 1 for n in names if n != PROBLEM for a in [answer(r, n)] if not isinstance(a, str)]
        out["resolution"] = mean_ci(handled)
    dimensions[dim] = out

# Index: each respondent's mean over the dimensions they have a score in, then the mean over respondents.
index_scores = []
for r in data:
    dimension_scores = []
    for names in DIMENSIONS.values():
        scores = [score(n, a) for n in names for a in [answer(r, n)] if not isinstance(a, str)]
        if scores:
            dimension_scores.append(sum(scores) / len(scores))
    if dimension_scores:
        index_scores.append(sum(dimension_scores) / len(dimension_scores))
index = mean_ci(index_scores)

recommend = [a for r in data for a in [answer(r, NPS)] if not isinstance(a, str)]
codes = np.array([1 if v >= 9 else -1 if v <= 6 else 0 for v in recommend], dtype=float)
z = stats.norm.ppf(1 - (1 - LEVEL) / 2)
moe = float(100 * z * np.sqrt(np.var(codes) / codes.size))
nps_score = float(100 * codes.mean())
nps = {
    "n": int(codes.size), "score": nps_score, "moe": moe, "ci": {"low": nps_score - moe, "high": nps_score + moe},
    "promoters": int((codes == 1).sum()), "passives": int((codes == 0).sum()), "detractors": int((codes == -1).sum()),
}

rated = [n for names in DIMENSIONS.values() for n in names] + [CSAT, NPS]
json.dump({
    "generatedBy": "tests/reference/quickstart_reference.py",
    "file": PATH, "level": LEVEL, "respondents": len(data),
    "items": [item(n) for n in header if n in rated],
    "dimensions": dimensions, "csat": item(CSAT), "nps": nps, "index": index,
}, sys.stdout, indent=1)
sys.stdout.write("\n")
