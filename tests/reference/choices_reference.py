#!/usr/bin/env python3
"""What `satisfy report` must find in the checkbox and ranking questions of fixtures/choices/,
computed from the files with Python's csv module and SciPy, independently of satisfy.

    python3 tests/reference/choices_reference.py > tests/reference/choices-reference.json

Which columns make each question, and how each platform writes a tick, are written out here by
hand (they are what scripts/make_choice_fixtures.py made). The rules:

- Checkbox: a cell is ticked when it holds the option's text, a 1 or Yes; "No" is an answer that
  the option was not chosen; blank and "Not selected" are no answer. The base is the respondents
  with at least one tick or one "No". Share = ticked / base, with the Wilson interval of SciPy's
  binomtest(...).proportion_ci(method="wilson").
- Ranking whose columns are the options: a cell is a rank when it is a whole number 1..k. Each
  option's n (respondents who ranked it), mean rank, and first choices (rank 1) over the
  respondents who ranked at least one option.
- Ranking whose columns are rank positions: the option named at each position, counted once per
  respondent at its best position; options listed best mean rank first, then by name.
- With --weight: weighted sums; the Wilson interval of the weighted share on Kish's effective n
  (sum w)^2 / sum w^2, written out as the formula (binomtest takes whole counts).
"""
import csv
import json
import math
from pathlib import Path

from scipy import stats

ROOT = Path(__file__).resolve().parent.parent.parent
DIR = ROOT / "fixtures" / "choices"
LEVEL = 0.95


def read(name, header_rows=1):
    with open(DIR / name, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[:header_rows], rows[header_rows:]


def wilson(count, n, weighted_share=None):
    if n == 0:
        return None
    if weighted_share is None:
        ci = stats.binomtest(int(count), int(n)).proportion_ci(confidence_level=LEVEL, method="wilson")
        return {"low": ci.low, "high": ci.high, "level": LEVEL}
    z = stats.norm.ppf(1 - (1 - LEVEL) / 2)
    p = weighted_share
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return {"low": 0.0 if p == 0 else max(0.0, centre - half), "high": 1.0 if p == 1 else min(1.0, centre + half), "level": LEVEL}


def share(count, weight, base_n, base_w, base_w2, weighted):
    if base_n == 0:
        return {"count": count, "share": None, "ci": None}
    if not weighted:
        return {"count": count, "share": count / base_n, "ci": wilson(count, base_n)}
    p = weight / base_w
    return {"count": count, "share": p, "ci": wilson(None, base_w * base_w / base_w2, p)}


def checkbox(question, names, labels, cells, weights):
    """cells: per respondent, per option: 'tick', 'no' or None."""
    weighted = weights is not None
    w = weights or [1.0] * len(cells)
    base = [i for i, row in enumerate(cells) if any(c is not None for c in row)]
    base_w = sum(w[i] for i in base)
    base_w2 = sum(w[i] ** 2 for i in base)
    options = []
    for k, (name, label) in enumerate(zip(names, labels)):
        ticked = [i for i in base if cells[i][k] == "tick"]
        options.append({"column": name, "label": label, **share(len(ticked), sum(w[i] for i in ticked), len(base), base_w, base_w2, weighted)})
    return {"question": question, "kind": "options", "base": {"respondents": len(base)}, "options": options}


def ranking(question, options, ranked, weights):
    """options: [(column or None, label)]; ranked: per respondent, {label: rank}."""
    weighted = weights is not None
    w = weights or [1.0] * len(ranked)
    rankers = [i for i, r in enumerate(ranked) if r]
    resp_w = sum(w[i] for i in rankers)
    resp_w2 = sum(w[i] ** 2 for i in rankers)
    out = []
    for column, label in options:
        who = [i for i in rankers if label in ranked[i]]
        first = [i for i in who if ranked[i][label] == 1]
        weight = sum(w[i] for i in who)
        out.append({
            "column": column,
            "label": label,
            "n": len(who),
            "meanRank": sum(w[i] * ranked[i][label] for i in who) / weight if who else None,
            "firstChoice": share(len(first), sum(w[i] for i in first), len(rankers), resp_w, resp_w2, weighted),
        })
    return {"question": question, "respondents": len(rankers), "options": out}


def weights_of(rows, index):
    return [float(r[index]) for r in rows]


result = {}

# Qualtrics-style Q3_1..Q3_4: "1" ticked, blank not.
(header,), rows = read("checkbox-ticked-one-or-blank.csv")
cols = [1, 2, 3, 4]
cells = [["tick" if r[c] == "1" else None for c in cols] for r in rows]
result["checkbox-ticked-one-or-blank.csv"] = {"choices": [checkbox("Q3", [header[c] for c in cols], [header[c] for c in cols], cells, None)], "rankings": []}

# SurveyMonkey: the question above its first column, the options in row 2; option text or "Not selected".
(top, second), rows = read("checkbox-not-selected.csv", 2)
cols = [5, 6, 7, 8]
question = top[5]
cells = [["tick" if r[c] not in ("", "Not selected") else None for c in cols] for r in rows]
result["checkbox-not-selected.csv"] = {"choices": [checkbox(question, [f"{question} - {second[c]}" for c in cols], [second[c] for c in cols], cells, None)], "rankings": []}

# Google Forms, Yes or No per option.
(header,), rows = read("checkbox-yes-no.csv")
cols = [1, 2, 3]
cells = [[{"Yes": "tick", "No": "no", "": None}[r[c]] for c in cols] for r in rows]
labels = [header[c].split("[")[1].rstrip("]") for c in cols]
for key, weights in [("checkbox-yes-no.csv", None), ("checkbox-yes-no.csv --weight Weight", weights_of(rows, 5))]:
    result[key] = {"choices": [checkbox("Which features do you use?", [header[c] for c in cols], labels, cells, weights)], "rankings": []}

# Q5_1..Q5_4: the rank of each option.
(header,), rows = read("ranking-permutations.csv")
cols = [1, 2, 3, 4]
ranked = [{header[c]: int(r[c]) for c in cols if r[c].isdigit() and 1 <= int(r[c]) <= 4} for r in rows]
for key, weights in [("ranking-permutations.csv", None), ("ranking-permutations.csv --weight Weight", weights_of(rows, 6))]:
    result[key] = {"choices": [], "rankings": [ranking("Q5", [(header[c], header[c]) for c in cols], ranked, weights)]}

# "Best movies [Rank 1]".."[Rank 3]": the film named at each position.
(header,), rows = read("ranking-by-position.csv")
ranked = []
for r in rows:
    named = {}
    for position, c in enumerate([1, 2, 3], start=1):
        if r[c] != "" and r[c] not in named:
            named[r[c]] = position
    ranked.append(named)
films = sorted({f for named in ranked for f in named})
summary = ranking("Best movies", [(None, f) for f in films], ranked, None)
summary["options"].sort(key=lambda o: (o["meanRank"], o["label"]))
result["ranking-by-position.csv"] = {"choices": [], "rankings": [summary]}

print(json.dumps(result, indent=2, ensure_ascii=False))
