#!/usr/bin/env python3
"""Reference values for key drivers and weighted estimates, computed with numpy and SciPy,
independently of satisfy.

    python3 tests/reference/drivers_reference.py > tests/reference/drivers-reference.json

Relative weights follow Johnson (2000): eigendecomposition of the predictors' correlation matrix
R = V diag(l) V', Lambda = V diag(sqrt l) V', beta = V diag(1/sqrt l) V' r_xy, raw weight
eps_j = sum_m Lambda_jm^2 beta_m^2. R^2 is checked separately by least squares.
"""
import csv
import json
import sys

import numpy as np
from scipy import stats


def relative_weights(x, y):
    r = np.corrcoef(np.column_stack([x, y]), rowvar=False)
    rxx, rxy = r[:-1, :-1], r[:-1, -1]
    values, vectors = np.linalg.eigh(rxx)
    root = vectors @ np.diag(np.sqrt(values)) @ vectors.T
    beta = vectors @ np.diag(1 / np.sqrt(values)) @ vectors.T @ rxy
    raw = (root ** 2) @ (beta ** 2)
    design = np.column_stack([np.ones(len(y)), x])
    fitted = design @ np.linalg.lstsq(design, y, rcond=None)[0]
    rss, tss = np.sum((y - fitted) ** 2), np.sum((y - y.mean()) ** 2)
    r2 = 1 - rss / tss
    # The overall F test of the fit, from its sums of squares (as R's summary.lm gives it).
    k, df2 = x.shape[1], len(y) - x.shape[1] - 1
    f = ((tss - rss) / k) / (rss / df2)
    return {"n": int(len(y)), "r": rxy.tolist(), "r2": float(r2), "raw": raw.tolist(), "weights": (raw / raw.sum()).tolist(),
            "f": float(f), "df1": int(k), "df2": int(df2), "p": float(stats.f.sf(f, k, df2))}


# A: synthetic, three correlated predictors.
rng = np.random.default_rng(7)
z = rng.normal(size=(200, 3)) @ np.array([[1, 0.5, 0.3], [0, 1, 0.4], [0, 0, 1]])
y = 0.5 * z[:, 0] + 0.3 * z[:, 1] + 0.1 * z[:, 2] + rng.normal(size=200)
synthetic = relative_weights(z, y)
synthetic["rows"] = np.column_stack([z, y]).tolist()

# A': three predictors and an outcome unrelated to them: an R² of chance.
rng_chance = np.random.default_rng(11)
x_chance, y_chance = rng_chance.normal(size=(40, 3)), rng_chance.normal(size=40)
chance = relative_weights(x_chance, y_chance)
chance["rows"] = np.column_stack([x_chance, y_chance]).tolist()

# B: the bundled sample: each respondent's 0-100 dimension scores against overall satisfaction.
with open("fixtures/quickstart/responses.csv", newline="", encoding="utf-8") as f:
    header, *rows = list(csv.reader(f))
dims = {"delivery": [4, 5], "pricing": [6, 7], "complaints": [8, 9], "trust": [10, 11]}


def item_score(j, raw):
    raw = raw.strip()
    if j == 8:
        return {"Yes": 0.0, "No": 100.0}.get(raw)
    try:
        return (int(raw) - 1) / 4 * 100
    except ValueError:
        return None


table = []
for row in rows:
    scores = []
    for columns in dims.values():
        answered = [s for s in (item_score(j, row[j]) for j in columns) if s is not None]
        scores.append(sum(answered) / len(answered) if answered else None)
    csat = row[12].strip()
    if all(s is not None for s in scores) and csat.isdigit():
        table.append(scores + [float(csat)])
table = np.array(table)
quickstart = relative_weights(table[:, :4], table[:, 4])

# C: weighted estimates on R's data set D (tests/reference/r_reference.R), Kish's effective n.
x = np.array([5, 4, 4, 2, 3, 5, 1, 4, 5, 3, 4, 2], dtype=float)
w = np.array([1.2, 0.8, 1, 2.5, 1, 0.6, 1.4, 1, 0.9, 1.1, 3, 0.5])
n_eff = w.sum() ** 2 / (w ** 2).sum()
mean = np.average(x, weights=w)
sd = float(np.sqrt(np.cov(x, aweights=w)))
half = stats.t.ppf(0.975, n_eff - 1) * sd / np.sqrt(n_eff)
top = float(w[x >= 4].sum() / w.sum())
z975 = stats.norm.ppf(0.975)
centre = (top + z975 ** 2 / (2 * n_eff)) / (1 + z975 ** 2 / n_eff)
spread = z975 / (1 + z975 ** 2 / n_eff) * np.sqrt(top * (1 - top) / n_eff + z975 ** 2 / (4 * n_eff ** 2))
weighted = {"x": x.tolist(), "w": w.tolist(), "effectiveN": float(n_eff), "mean": float(mean), "sd": sd,
            "ci": [float(mean - half), float(mean + half)], "topShare": top, "topCi": [float(centre - spread), float(centre + spread)]}

json.dump({"generatedBy": "tests/reference/drivers_reference.py", "synthetic": synthetic, "chance": chance, "quickstart": quickstart, "weighted": weighted}, sys.stdout, indent=1)
sys.stdout.write("\n")
