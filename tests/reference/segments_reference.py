#!/usr/bin/env python3
"""What `satisfy report <file> --by Region` must find in fixtures/segments/, and what
`--where Region=East --period week` must find in the drop file, computed from the files with
Python's csv module, datetime's ISO calendar and SciPy, independently of satisfy.

    python3 tests/reference/segments_reference.py > tests/reference/segments-reference.json

Each region against the rest of the sample: Welch's t (scipy.stats.ttest_ind, equal_var=False)
on the respondents' delivery, pricing and index scores; the two-proportion z test on the CSAT
top-2 share (scipy.stats.chi2_contingency without Yates' correction: its p is that of z); z on the
NPS difference with SE = sqrt(var1/n1 + var2/n2). Holm's correction over all the tests of the
breakdown, written out here.
"""
import csv
import json
import math
import sys
from pathlib import Path

from scipy import stats

ROOT = Path(__file__).resolve().parent.parent.parent
FILES = ["drop-in-one-region.csv", "no-real-difference.csv"]


def scores(rows):
    """Per respondent: delivery and pricing scores (0-100), their mean (the index), CSAT top-2, NPS code."""
    out = []
    for r in rows:
        d = (int(r[2]) - 1) / 4 * 100
        p = (int(r[3]) - 1) / 4 * 100
        nps = int(r[5])
        out.append({"delivery": d, "pricing": p, "index": (d + p) / 2, "top": int(r[4]) >= 4, "nps": 1 if nps >= 9 else -1 if nps <= 6 else 0})
    return out


def nps_z(a, b):
    def var(xs):
        m = sum(xs) / len(xs)
        return sum(x * x for x in xs) / len(xs) - m * m
    z = (sum(a) / len(a) - sum(b) / len(b)) / math.sqrt(var(a) / len(a) + var(b) / len(b))
    return z, 2 * stats.norm.sf(abs(z))


def holm(ps):
    order = sorted(range(len(ps)), key=lambda i: ps[i])
    out, running = [0.0] * len(ps), 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(ps) - rank) * ps[i]))
        out[i] = running
    return out


result = {}
for name in FILES:
    rows = list(csv.reader(open(ROOT / "fixtures" / "segments" / name, encoding="utf-8")))[1:]
    regions = sorted({r[1] for r in rows})
    segments = {}
    family = []
    for region in regions:
        mine = scores([r for r in rows if r[1] == region])
        rest = scores([r for r in rows if r[1] != region])
        tests = {}
        for metric, key in [("dimensions.delivery.score", "delivery"), ("dimensions.pricing.score", "pricing"), ("index.score", "index")]:
            t = stats.ttest_ind([s[key] for s in mine], [s[key] for s in rest], equal_var=False)
            tests[metric] = {"statistic": float(t.statistic), "p": float(t.pvalue)}
        x1, x2 = sum(s["top"] for s in mine), sum(s["top"] for s in rest)
        chi2, p, _, _ = stats.chi2_contingency([[x1, len(mine) - x1], [x2, len(rest) - x2]], correction=False)
        sign = 1 if x1 / len(mine) > x2 / len(rest) else -1
        tests["csat.topBox.share"] = {"statistic": sign * math.sqrt(chi2), "p": float(p)}
        z, p = nps_z([s["nps"] for s in mine], [s["nps"] for s in rest])
        tests["nps.score"] = {"statistic": z, "p": float(p)}
        segments[region] = {"respondents": len(mine), "tests": tests}
        family += [(region, metric) for metric in tests]
    adjusted = holm([segments[r]["tests"][m]["p"] for r, m in family])
    for (region, metric), p in zip(family, adjusted):
        segments[region]["tests"][metric]["adjustedP"] = p
        segments[region]["tests"][metric]["significant"] = bool(p < 0.05)
    result[name] = segments
# Weeks of the East in the drop file: each ISO week against the one before, Holm over all.
from datetime import datetime, timedelta

rows = [r for r in csv.reader(open(ROOT / "fixtures" / "segments" / "drop-in-one-region.csv", encoding="utf-8"))][1:]
east = [r for r in rows if r[1] == "East"]
weeks = {}
for r in east:
    day = datetime.strptime(r[0], "%Y-%m-%d %H:%M").date()
    year, week, weekday = day.isocalendar()
    monday = day - timedelta(days=weekday - 1)
    weeks.setdefault(f"{year}-W{week:02d}", {"start": monday.isoformat(), "end": (monday + timedelta(days=6)).isoformat(), "rows": []})["rows"].append(r)
labels = sorted(weeks, key=lambda w: weeks[w]["start"])
periods = []
family = []
for i, label in enumerate(labels):
    w = weeks[label]
    period = {"period": label, "start": w["start"], "end": w["end"], "respondents": len(w["rows"]), "changes": {}}
    if i > 0:
        mine, before = scores(w["rows"]), scores(weeks[labels[i - 1]]["rows"])
        for metric, key in [("dimensions.delivery.score", "delivery"), ("dimensions.pricing.score", "pricing"), ("index.score", "index")]:
            t = stats.ttest_ind([s[key] for s in mine], [s[key] for s in before], equal_var=False)
            period["changes"][metric] = {"statistic": float(t.statistic), "p": float(t.pvalue)}
        x1, x2 = sum(s["top"] for s in mine), sum(s["top"] for s in before)
        chi2, p, _, _ = stats.chi2_contingency([[x1, len(mine) - x1], [x2, len(before) - x2]], correction=False)
        period["changes"]["csat.topBox.share"] = {"statistic": (1 if x1 / len(mine) > x2 / len(before) else -1) * math.sqrt(chi2), "p": float(p)}
        z, p = nps_z([s["nps"] for s in mine], [s["nps"] for s in before])
        period["changes"]["nps.score"] = {"statistic": z, "p": float(p)}
        family += [(i, metric) for metric in period["changes"]]
    periods.append(period)
for (i, metric), p in zip(family, holm([periods[i]["changes"][m]["p"] for i, m in family])):
    periods[i]["changes"][metric]["adjustedP"] = p
    periods[i]["changes"][metric]["significant"] = bool(p < 0.05)
result["eastWeeks"] = periods

json.dump(result, sys.stdout, indent=1)
sys.stdout.write("\n")
