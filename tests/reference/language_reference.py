#!/usr/bin/env python3
"""The figures satisfy must report for each fixture of fixtures/languages/, computed here from
the files with Python's csv module and the meaning of each column and answer that
scripts/make_language_fixtures.py states in SPEC and COLUMNS (independently of satisfy's
lexicons and code).

    python3 tests/reference/language_reference.py > tests/reference/language-reference.json
"""
import csv
import importlib.util
import io
import json
import math
import sys
import unicodedata
from pathlib import Path

from scipy import stats

ROOT = Path(__file__).resolve().parent.parent.parent
spec_file = importlib.util.spec_from_file_location("fixtures", ROOT / "scripts" / "make_language_fixtures.py")
fixtures = importlib.util.module_from_spec(spec_file)
spec_file.loader.exec_module(fixtures)

WHATWG = {"cp1250": "windows-1250", "cp1252": "windows-1252", "cp1257": "windows-1257"}
SCALES = {"quality", "agreement", "satisfaction"}


def code(kind, cell, spec):
    """The answer's value on its scale, or why it is excluded: blank or notApplicable."""
    cell = cell.strip()
    if cell == "":
        return "blank"
    if cell in spec["na"]:
        return "notApplicable"
    if kind in SCALES:
        return spec[kind].index(cell) + 1
    if kind == "problem":
        return 1 if cell == spec["yes"] else 0
    return int(cell)


def score(kind, value):
    if kind == "problem":
        return 0.0 if value == 1 else 100.0  # had a problem: yes scores 0
    if kind == "nps":
        return value * 10.0
    return (value - 1) / 4 * 100


def mean_ci(xs):
    n = len(xs)
    m = sum(xs) / n
    sd = math.sqrt(sum((x - m) ** 2 for x in xs) / (n - 1))
    half = stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n)
    return {"n": n, "mean": m, "ci": {"low": m - half, "high": m + half}}


out = {}
for lang, spec in fixtures.SPEC.items():
    text = (ROOT / "fixtures" / "languages" / spec["file"]).read_bytes().decode(spec["encoding"])
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header, data = records[0], records[1:]
    columns = {}
    coded = []
    for j, (kind, dimension) in enumerate(fixtures.COLUMNS):
        if kind in ("rating", "nps", "csat", "problem") or kind in SCALES:
            k = "satisfaction" if kind == "csat" else kind
            answers = [code(k, r[j], spec) for r in data]
            coded.append((j, k, dimension, answers))
            valid = [a for a in answers if not isinstance(a, str)]
            columns[header[j]] = {
                "dimension": dimension,
                "n": len(valid),
                "mean": sum(valid) / len(valid),
                "missing": {"blank": answers.count("blank"), "notApplicable": answers.count("notApplicable")},
            }
    dimensions = {}
    respondent_dimension_scores = [[] for _ in data]
    for dim in ("delivery", "pricing", "complaints", "trust"):
        items = [(k, answers) for (_, k, d, answers) in coded if d == dim]
        scores = []
        for i in range(len(data)):
            mine = [score(k, answers[i]) for k, answers in items if not isinstance(answers[i], str)]
            if mine:
                s = sum(mine) / len(mine)
                scores.append(s)
                respondent_dimension_scores[i].append(s)
        dimensions[dim] = mean_ci(scores)
    problem = next(answers for (_, k, _, answers) in coded if k == "problem")
    handling = next(answers for (_, k, d, answers) in coded if d == "complaints" and k == "satisfaction")
    handled = [score("satisfaction", h) for p, h in zip(problem, handling) if p == 1 and not isinstance(h, str)]
    dimensions["complaints"]["incidence"] = {"n": len(problem), "count": sum(problem), "share": sum(problem) / len(problem)}
    dimensions["complaints"]["resolution"] = mean_ci(handled)
    # Categories: one count per respondent and category chosen, options separated by ", ".
    j = next(j for j, (kind, _) in enumerate(fixtures.COLUMNS) if kind == "categories")
    chosen = [[o.strip() for o in r[j].split(",") if o.strip()] for r in data]
    answered = [c for c in chosen if c]
    counts = {}
    for c in answered:
        for option in c:
            counts[option] = counts.get(option, 0) + 1
    dimensions["complaints"]["categories"] = {"n": len(answered), "counts": counts}
    csat = next(answers for (_, k, d, answers) in coded if k == "satisfaction" and d is None)
    csat_valid = [a for a in csat if not isinstance(a, str)]
    nps = next(answers for (_, k, _, answers) in coded if k == "nps")
    promoters = sum(1 for a in nps if a >= 9)
    detractors = sum(1 for a in nps if a <= 6)
    index = [sum(s) / len(s) for s in respondent_dimension_scores if s]
    out[lang] = {
        "file": f"fixtures/languages/{spec['file']}",
        "encoding": WHATWG[spec["encoding"]],
        "respondents": len(data),
        "columns": columns,
        "dimensions": dimensions,
        "csatTopBox": sum(1 for a in csat_valid if a >= 4) / len(csat_valid),
        "nps": 100 * (promoters - detractors) / len(nps),
        "index": sum(index) / len(index),
    }
json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write("\n")
