#!/usr/bin/env python3
"""What `satisfy report` must find of the impact of comment themes in
fixtures/comments/theme-impact-240-respondents-weighted-5-regions-4-weeks.csv, computed with Python's csv module,
NumPy and SciPy (theme_impact.py), independently of satisfy.

    python3 tests/reference/theme_impact_reference.py > tests/reference/theme-impact-reference.json

Per theme (themes of each comment as an analyst labelled them, comments_reference.THEMES): the
respondents whose comment talks about it against all the others, their CSAT top-box share (4-5 of
1-5), NPS and index (the mean of the respondent's delivery and pricing scores, each (answer - 1) / 4 x
100, over those answered), and each difference tested
where both sides have --min-base answers, the family adjusted. Runs: unweighted; weighted by
`Weight`; weighted with --adjust bh; unweighted with --min-base 85.
"""
import csv
import json
from collections import OrderedDict
from pathlib import Path

from comments_reference import THEMES, THEMES_ORDER
from theme_impact import settle, theme_impact

ROOT = Path(__file__).resolve().parent.parent.parent
FILE = ROOT / "fixtures" / "comments" / "theme-impact-240-respondents-weighted-5-regions-4-weeks.csv"
LEVEL = 0.95
RUNS = [
    ("unweighted", False, "holm", 30),
    ("weighted", True, "holm", 30),
    ("weighted-bh", True, "bh", 30),
    ("min-base-85", False, "holm", 85),
]


def number(text):
    return None if text.strip() == "" else int(text)


def main():
    with open(FILE, newline="", encoding="utf-8") as f:
        header, *rows = list(csv.reader(f))
    at = {name: header.index(name) for name in header}
    comments = [row[at["Any other comments?"]].strip() for row in rows]
    result = OrderedDict()
    for name, weighted, adjust, min_base in RUNS:
        scored = []
        for row in rows:
            speed = number(row[at["How satisfied are you with the speed of delivery? (1-5)"]])
            price = number(row[at["The price is fair (1-5)"]])
            scores = [(x - 1) / 4 * 100 for x in (speed, price) if x is not None]
            index = sum(scores) / len(scores) if scores else None
            weight = float(row[at["Weight"]]) if weighted else 1.0
            scored.append((number(row[at["Overall satisfaction (1-5)"]]), number(row[at["How likely are you to recommend us? (0-10)"]]), index, weight))
        impacts = [theme_impact(scored, [c != "" and theme in THEMES[c] for c in comments], min_base, LEVEL) for theme in THEMES_ORDER]
        result[name] = OrderedDict(zip(THEMES_ORDER, settle(impacts, adjust, LEVEL)))
    print(json.dumps(result, indent=2, ensure_ascii=False))


main()
