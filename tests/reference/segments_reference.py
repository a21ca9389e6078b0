#!/usr/bin/env python3
"""What `satisfy report <file> --by Region` must find in fixtures/segments/, what
`--where Region=East --period week` must find in the drop file, and what `satisfy compare --by
Region` must find between the files, computed from the files with
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


# Comparisons: every figure of a current export against a baseline export, overall and per region,
# Holm over all; the interval of each change: Welch's (TtestResult.confidence_interval), Newcombe's
# from SciPy's Wilson intervals, z for NPS; and the mix/rate split of each overall change by region,
# mix_i = (w'_i - w_i)(v_i + v'_i)/2 and rate_i = (v'_i - v_i)(w_i + w'_i)/2 with w a region's share.
def figures(rows):
    s = scores(rows)
    return {
        "dimensions.delivery.score": [x["delivery"] for x in s],
        "dimensions.pricing.score": [x["pricing"] for x in s],
        "index.score": [x["index"] for x in s],
        "csat.topBox.share": [1 if x["top"] else 0 for x in s],
        "nps.score": [x["nps"] for x in s],
    }


def change(metric, cur, base):
    mean = lambda xs: sum(xs) / len(xs)
    if metric == "csat.topBox.share":
        x1, x2 = sum(cur), sum(base)
        chi2, p, _, _ = stats.chi2_contingency([[x1, len(cur) - x1], [x2, len(base) - x2]], correction=False)
        w1 = stats.binomtest(x1, len(cur)).proportion_ci(0.95, method="wilson")
        w2 = stats.binomtest(x2, len(base)).proportion_ci(0.95, method="wilson")
        p1, p2 = mean(cur), mean(base)
        d = p1 - p2
        low = d - math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2)
        high = d + math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2)
        return {"baseline": p2, "current": p1, "change": d, "statistic": (1 if d > 0 else -1) * math.sqrt(chi2), "p": float(p), "ci": [low, high]}
    if metric == "nps.score":
        z, p = nps_z(cur, base)
        var = lambda xs: mean([x * x for x in xs]) - mean(xs) ** 2
        half = stats.norm.ppf(0.975) * math.sqrt(var(cur) / len(cur) + var(base) / len(base))
        d = mean(cur) - mean(base)
        return {"baseline": 100 * mean(base), "current": 100 * mean(cur), "change": 100 * d, "statistic": z, "p": float(p), "ci": [100 * (d - half), 100 * (d + half)]}
    t = stats.ttest_ind(cur, base, equal_var=False)
    ci = t.confidence_interval(0.95)
    return {"baseline": mean(base), "current": mean(cur), "change": mean(cur) - mean(base), "statistic": float(t.statistic), "p": float(t.pvalue), "ci": [float(ci.low), float(ci.high)]}


def comparison(baseline_name, current_name):
    read = lambda name: list(csv.reader(open(ROOT / "fixtures" / "segments" / name, encoding="utf-8")))[1:]
    base, cur = read(baseline_name), read(current_name)
    scopes = [("overall", base, cur)] + [(f"Region={g}", [r for r in base if r[1] == g], [r for r in cur if r[1] == g]) for g in sorted({r[1] for r in cur})]
    changes = []
    for scope, b, c in scopes:
        fb, fc = figures(b), figures(c)
        for metric in fb:
            changes.append({"scope": scope, "metric": metric, **change(metric, fc[metric], fb[metric])})
    # Two families: the overall changes, and the segments' (a breakdown added for display must not
    # weaken the overall test that --fail-on-drop reads).
    for family in ([ch for ch in changes if ch["scope"] == "overall"], [ch for ch in changes if ch["scope"] != "overall"]):
        for ch, p in zip(family, holm([ch["p"] for ch in family])):
            ch["adjustedP"] = p
            ch["significant"] = bool(p < 0.05)
    split = {}
    fb_all, fc_all = figures(base), figures(cur)
    for metric in fb_all:
        mix = rate = 0.0
        for g in sorted({r[1] for r in base + cur}):
            gb, gc = [r for r in base if r[1] == g], [r for r in cur if r[1] == g]
            wb, wc = len(gb) / len(base), len(gc) / len(cur)
            scale = 100 if metric == "nps.score" else 1
            vb, vc = scale * sum(figures(gb)[metric]) / len(gb), scale * sum(figures(gc)[metric]) / len(gc)
            mix += (wc - wb) * (vb + vc) / 2
            rate += (vc - vb) * (wb + wc) / 2
        scale = 100 if metric == "nps.score" else 1
        total = scale * (sum(fc_all[metric]) / len(cur) - sum(fb_all[metric]) / len(base))
        split[metric] = {"total": total, "mix": mix, "rate": rate}
    return {"changes": changes, "decomposition": split}


result["comparisons"] = {
    "drop": comparison("no-real-difference.csv", "drop-in-one-region.csv"),
    "noChange": comparison("no-real-difference.csv", "no-real-change-later.csv"),
}

json.dump(result, sys.stdout, indent=1)
sys.stdout.write("\n")
