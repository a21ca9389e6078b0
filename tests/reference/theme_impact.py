"""The impact of comment themes, computed with NumPy and SciPy independently of satisfy: for one
theme, the respondents whose comment talks about it against every other respondent of the scope
(another theme, or no comment at all). Used by comments_reference.py and theme_impact_reference.py.

The figures (README "Comments", "Impact"):
- CSAT: the (weighted) share of overall-satisfaction answers (1-5) in the top box, 4-5.
- NPS: 100 x (weighted share of recommend answers 9-10 - share of 0-6).
- Index: the (weighted) mean of the respondents' index.
Each side's base is Kish's effective n, (sum w)^2 / sum w^2. A figure is tested when both sides have
at least `min_base` answers of it (unweighted): the share by the two-proportion z with the pooled
share and Newcombe's hybrid score interval (his method 10); NPS by z on its difference, each
respondent coded +1/0/-1 with variance p + d - (p - d)^2; the index by Welch's t
(scipy.stats.ttest_ind_from_stats, equal_var=False) with its interval on the Welch-Satterthwaite
degrees of freedom. The p-values of every theme of every column of a scope are adjusted together
(Holm's step-down, or Benjamini-Hochberg's step-up with scipy.stats.false_discovery_control).
"""
import math
from collections import OrderedDict

import numpy as np
from scipy import stats


def effective_n(weights):
    w = np.asarray(weights, dtype=float)
    return w.sum() ** 2 / (w * w).sum()


def answered(values, weights):
    """The answers given and their weights, as arrays; None without an answer."""
    pairs = [(v, w) for v, w in zip(values, weights) if v is not None]
    if not pairs:
        return None
    return np.array([p[0] for p in pairs], dtype=float), np.array([p[1] for p in pairs], dtype=float)


def csat_side(overall, weights):
    given = answered(overall, weights)
    if given is None:
        return None
    v, w = given
    return {"count": len(v), "share": float(w[v >= 4].sum() / w.sum()), "n": float(effective_n(w))}


def nps_side(recommend, weights):
    given = answered(recommend, weights)
    if given is None:
        return None
    v, w = given
    return {"count": len(v), "promoters": float(w[v >= 9].sum() / w.sum()), "detractors": float(w[v <= 6].sum() / w.sum()), "n": float(effective_n(w))}


def index_side(index, weights):
    given = answered(index, weights)
    if given is None:
        return None
    v, w = given
    mean = float((w * v).sum() / w.sum())
    denominator = w.sum() - (w * w).sum() / w.sum()
    sd = math.sqrt(float((w * (v - mean) ** 2).sum() / denominator)) if len(v) >= 2 and denominator > 0 else None
    return {"count": len(v), "mean": mean, "sd": sd, "n": float(effective_n(w))}


def wilson(share, n, level):
    z = stats.norm.ppf(1 - (1 - level) / 2)
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def share_test(a, b, level):
    pooled = (a["share"] * a["n"] + b["share"] * b["n"]) / (a["n"] + b["n"])
    se = math.sqrt(pooled * (1 - pooled) * (1 / a["n"] + 1 / b["n"]))
    if not se > 0:
        return None
    z = (a["share"] - b["share"]) / se
    la, ua = wilson(a["share"], a["n"], level)
    lb, ub = wilson(b["share"], b["n"], level)
    d = a["share"] - b["share"]
    ci = (d - math.sqrt((a["share"] - la) ** 2 + (ub - b["share"]) ** 2), d + math.sqrt((ua - a["share"]) ** 2 + (b["share"] - lb) ** 2))
    return ("csat.topBox.share", "two-proportion-z", a["share"], b["share"], z, None, 2 * stats.norm.sf(abs(z)), ci)


def nps_test(a, b, level):
    var = lambda s: s["promoters"] + s["detractors"] - (s["promoters"] - s["detractors"]) ** 2
    se = math.sqrt(var(a) / a["n"] + var(b) / b["n"])
    if not se > 0:
        return None
    d = a["promoters"] - a["detractors"] - (b["promoters"] - b["detractors"])
    z = d / se
    half = stats.norm.ppf(1 - (1 - level) / 2) * se
    score = lambda s: (s["promoters"] - s["detractors"]) * 100
    return ("nps.score", "nps-z", score(a), score(b), z, None, 2 * stats.norm.sf(abs(z)), ((d - half) * 100, (d + half) * 100))


def index_test(a, b, level):
    if a["sd"] is None or b["sd"] is None or a["n"] < 2 or b["n"] < 2:
        return None
    t, p = stats.ttest_ind_from_stats(a["mean"], a["sd"], a["n"], b["mean"], b["sd"], b["n"], equal_var=False)
    va, vb = a["sd"] ** 2 / a["n"], b["sd"] ** 2 / b["n"]
    df = (va + vb) ** 2 / (va * va / (a["n"] - 1) + vb * vb / (b["n"] - 1))
    half = stats.t.ppf(1 - (1 - level) / 2, df) * math.sqrt(va + vb)
    d = a["mean"] - b["mean"]
    return ("index.score", "welch-t", a["mean"], b["mean"], float(t), float(df), float(p), (d - half, d + half))


def side(rows):
    """rows: (overall, recommend, index, weight) per respondent."""
    weights = [r[3] for r in rows]
    return csat_side([r[0] for r in rows], weights), nps_side([r[1] for r in rows], weights), index_side([r[2] for r in rows], weights)


def group(count, csat, nps, index):
    return OrderedDict([
        ("respondents", count),
        ("csat", None if csat is None else csat["share"]),
        ("nps", None if nps is None else (nps["promoters"] - nps["detractors"]) * 100),
        ("index", None if index is None else index["mean"]),
    ])


def theme_impact(rows, mentions, min_base, level):
    """The impact of one theme before adjustment: `rows` as side() reads them, `mentions` a bool per row."""
    a_rows = [r for r, m in zip(rows, mentions) if m]
    b_rows = [r for r, m in zip(rows, mentions) if not m]
    a, b = side(a_rows), side(b_rows)
    found = []
    for i, test in enumerate([share_test, nps_test, index_test]):
        if a[i] is not None and b[i] is not None and min(a[i]["count"], b[i]["count"]) >= min_base:
            result = test(a[i], b[i], level)
            if result is not None:
                found.append(result)
    return {"mentioned": group(len(a_rows), *a), "others": group(len(b_rows), *b), "tests": found}


def holm(p):
    order = np.argsort(p, kind="stable")
    m = len(p)
    adjusted = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adjusted[i] = running
    return adjusted


def settle(impacts, adjust, level):
    """Adjusts the p-values of every theme's tests together, in order, and writes each test out."""
    p = [t[6] for impact in impacts for t in impact["tests"]]
    if not p:
        adjusted = []
    elif adjust == "holm":
        adjusted = list(holm(np.array(p)))
    elif adjust == "bh":
        adjusted = list(stats.false_discovery_control(np.array(p), method="bh"))
    else:
        adjusted = p
    alpha = round(1 - level, 9)
    k = 0
    out = []
    for impact in impacts:
        tests = []
        for metric, test, a, b, statistic, df, p_value, ci in impact["tests"]:
            adjusted_p = float(adjusted[k])
            k += 1
            tests.append(OrderedDict([
                ("metric", metric), ("mentioned", a), ("others", b), ("difference", a - b),
                ("ci", {"low": ci[0], "high": ci[1], "level": level}),
                ("test", test), ("statistic", statistic), ("df", df), ("p", float(p_value)),
                ("adjustedP", adjusted_p), ("significant", adjusted_p < alpha), ("direction", "up" if statistic > 1e-9 else "down" if statistic < -1e-9 else "none"),
            ]))
        out.append(OrderedDict([("mentioned", impact["mentioned"]), ("others", impact["others"]), ("tests", tests)]))
    return out
