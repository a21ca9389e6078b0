#!/usr/bin/env python3
"""Reference values for src/stats, computed with SciPy and numpy.

    python3 tests/reference/stats_reference.py > tests/reference/stats-reference.json

Run it again after changing a case; CI reads the JSON and needs neither Python nor SciPy.
"""
import json
import sys
from fractions import Fraction

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261123)

# Means: t intervals as R's t.test and SciPy's ttest_1samp give them.
mean_cases = []
samples = {
    "likert-small": [4, 5, 3, 4, 4, 2, 5, 5, 4, 3],
    "two-values": [1, 5],
    "skewed-0-10": [10, 9, 9, 10, 8, 7, 10, 3, 0, 9, 10, 6, 9],
    "continuous-300": list(rng.normal(71.3, 18.2, 300)),
    "large-offset": list(1e6 + rng.normal(0, 1, 50)),
}
for name, values in samples.items():
    x = np.asarray(values, dtype=float)
    for level in (0.8, 0.95, 0.99, 0.999):
        ci = stats.ttest_1samp(x, 0).confidence_interval(confidence_level=level)
        mean_cases.append({
            "name": name, "values": x.tolist(), "level": level,
            "mean": float(np.mean(x)), "variance": float(np.var(x, ddof=1)), "sd": float(np.std(x, ddof=1)),
            "low": float(ci.low), "high": float(ci.high),
        })

# Shares: Wilson score intervals (R's prop.test(correct = FALSE)).
wilson_cases = []
for k, n in [(0, 10), (10, 10), (1, 1), (42, 50), (7, 613), (370, 613), (1, 1000000), (250, 500)]:
    for level in (0.8, 0.95, 0.99):
        ci = stats.binomtest(k, n).proportion_ci(confidence_level=level, method="wilson")
        wilson_cases.append({"count": k, "n": n, "level": level, "low": float(ci.low), "high": float(ci.high)})

# NPS: mean of +1/0/-1 codes; margin of error by the normal approximation.
nps_cases = []
for promoters, passives, detractors in [(50, 30, 20), (142, 269, 221), (10, 0, 0), (0, 0, 7), (1, 1, 1), (3, 0, 3)]:
    codes = np.array([1] * promoters + [0] * passives + [-1] * detractors, dtype=float)
    n = codes.size
    for level in (0.9, 0.95):
        z = stats.norm.ppf(1 - (1 - level) / 2)
        variance = float(np.var(codes, ddof=0))
        moe = float(100 * z * np.sqrt(variance / n))
        nps_cases.append({
            "promoters": promoters, "passives": passives, "detractors": detractors, "level": level,
            "score": float(100 * np.mean(codes)), "variance": variance, "moe": moe,
        })

# Quantiles used by the intervals.
quantile_cases = [
    {"p": p, "df": df, "t": float(stats.t.ppf(p, df))}
    for p in (0.9, 0.975, 0.995, 0.9995) for df in (1, 2, 5, 29, 612, 100000)
] 
normal_cases = [{"p": p, "z": float(stats.norm.ppf(p))} for p in (0.9, 0.95, 0.975, 0.995, 0.9995)]

# Quartiles as R's default quantile (type 7), numpy's "linear" method.
quantile_sets = [[1, 2, 2, 5], [4, 5, 3, 4, 4, 2, 5, 5, 4, 3], [10, 9, 9, 10, 8, 7, 10, 3, 0, 9, 10, 6, 9], [3], [1, 1, 1, 5, 5]]
quartile_cases = [{"values": v, "q1": float(np.percentile(v, 25, method="linear")), "median": float(np.percentile(v, 50, method="linear")),
                   "q3": float(np.percentile(v, 75, method="linear"))} for v in quantile_sets]

# Weights far apart (1e-3 … 1e3, 1e-6 … 1e6), light rows first: the weighted co-moments Σw(x − x̄)(y − ȳ)
# and means in exact rational arithmetic from the weights' and values' own binary fractions.
far_cases = []
far_rng = np.random.default_rng(20261205)
for name, spread, n in [("light-then-heavy-1e6", 3, 12), ("light-then-heavy-1e12", 6, 12), ("alternating-1e12", 6, 40), ("heavy-agree-1e6", 3, 12), ("heavy-agree-1e12", 6, 12)]:
    weights = [float(10 ** far_rng.uniform(-spread, -spread + 1)) for _ in range(n // 2)] + [float(10 ** far_rng.uniform(spread - 1, spread)) for _ in range(n - n // 2)]
    if name.startswith("alternating"):
        weights = [w for pair in zip(weights[: n // 2], weights[n // 2:]) for w in pair]
    rows = [[float(far_rng.integers(1, 6)), float(far_rng.integers(0, 11))] for _ in range(n)]
    if name.startswith("heavy-agree"):
        # The spread is the light rows': every heavy row gives the same answers (a failed fuzz run's survey).
        rows = rows[: n // 2] + [[3.0, 7.0]] * (n - n // 2)
    total = sum(Fraction(w) for w in weights)
    means = [sum(Fraction(w) * Fraction(r[i]) for w, r in zip(weights, rows)) / total for i in range(2)]
    co = [[float(sum(Fraction(w) * (Fraction(r[i]) - means[i]) * (Fraction(r[j]) - means[j]) for w, r in zip(weights, rows))) for j in range(2)] for i in range(2)]
    far_cases.append({"name": name, "weights": weights, "rows": rows, "means": [float(m) for m in means], "comoments": co})

json.dump({
    "generatedBy": "tests/reference/stats_reference.py",
    "scipy": scipy.__version__, "numpy": np.__version__, "python": sys.version.split()[0],
    "means": mean_cases, "wilson": wilson_cases, "nps": nps_cases, "tQuantiles": quantile_cases, "normalQuantiles": normal_cases, "quartiles": quartile_cases,
    "farWeights": far_cases,
}, sys.stdout, indent=1)
sys.stdout.write("\n")
