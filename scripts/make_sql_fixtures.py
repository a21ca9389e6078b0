#!/usr/bin/env python3
"""Writes fixtures/sql/: exports whose reports satisfy sql computes in a SQL engine (tests/cli/sql.test.ts).

weighted-labels-missing-codes-regions.csv, 400 responses of an e-commerce survey, seeded:
- a design weight with blank, "n/a", zero and negative weights among the others;
- numeric items with N/A, 99 (a missing code with --missing 99), blank and an 11 off the 1-5 scale;
- an agreement item in labels ("Strongly disagree" ... "Strongly agree", "Don't know");
- a negatively worded item that satisfy reverses ("The delivery was slow");
- a yes/no problem question and how the problem was handled, asked only of those who had one;
- trust (two items, for alpha), effort (1-7), overall satisfaction (1-5), recommend (0-10);
- a region to break down by (North, South, East, West, sometimes blank);
- a timestamp, ISO 8601, over thirteen weeks of 2026.

hostile-names-and-labels.csv, 120 responses whose column names and answers would break or inject into
a query that did not quote them: quotes, a backslash, a semicolon, `--` and `/*`, a newline, Unicode.

excel-rows-of-empty-fields-and-spaces-semicolons.csv, 40 responses as Excel saves a sheet as CSV in
a European locale (UTF-8 byte-order mark, semicolons, CRLF), with the rows Excel writes for rows that
look empty in the sheet: 6 of delimiters only (;;;;;), 2 of delimiters and the spaces and tabs the
cells held; and 2 respondents whose rows look empty and are not: one with an id who answered
nothing, one whose cells hold a no-break space (not a space to satisfy's reader).

yes-no-answers-as-booleans.csv, 150 responses with yes/no questions answered Yes, No or blank (did
you have a problem; was it resolved, asked of those who had one), as the bench export has them: DuckDB
reads such a column as BOOLEAN, and a table (a Parquet file, a warehouse) stores it so.
scripts/make_sql_parquet_fixtures.mjs writes yes-no-answers-as-booleans.parquet of it with DuckDB.

Run: python3 scripts/make_sql_fixtures.py
"""
import csv
import random
from datetime import datetime, timedelta

random.seed(20)
AGREE = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
REGIONS = ["North", "South", "East", "West"]


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def rating(mood, lo=1, hi=5):
    return clamp(round(mood * (hi - lo) + lo + random.gauss(0, 0.8)), lo, hi)


def with_gaps(value):
    r = random.random()
    if r < 0.03:
        return "N/A"
    if r < 0.05:
        return "99"
    if r < 0.07:
        return ""
    if r < 0.075:
        return "11"
    return str(value)


rows = []
start = datetime(2026, 1, 5, 8, 0)
for i in range(400):
    region = random.choice(REGIONS)
    mood = clamp(random.gauss(0.62 if region != "East" else 0.5, 0.2), 0, 1)
    weight_roll = random.random()
    weight = "" if weight_roll < 0.01 else "n/a" if weight_roll < 0.02 else "0" if weight_roll < 0.025 else "-1" if weight_roll < 0.03 else f"{random.uniform(0.3, 2.5):.3f}"
    problem = random.random() < 0.3 - 0.2 * mood
    agree = AGREE[rating(mood) - 1] if random.random() > 0.04 else "Don't know"
    when = start + timedelta(minutes=random.randint(0, 13 * 7 * 24 * 60 - 1))
    rows.append([
        f"R{i + 1:04d}",
        when.strftime("%Y-%m-%d %H:%M:%S"),
        "" if random.random() < 0.03 else region,
        weight,
        with_gaps(rating(mood)),
        agree,
        with_gaps(6 - rating(mood)),
        with_gaps(rating(mood * 0.9)),
        with_gaps(rating(mood * 0.9)),
        "Yes" if problem else "No",
        with_gaps(rating(mood)) if problem else "",
        with_gaps(rating(mood)),
        with_gaps(rating(mood)),
        with_gaps(rating(mood, 1, 7)),
        with_gaps(rating(mood)),
        str(clamp(round(mood * 10 + random.gauss(0, 1.5)), 0, 10)) if random.random() > 0.03 else "",
    ])

with open("fixtures/sql/weighted-labels-missing-codes-regions.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Response ID", "Submitted", "Region", "Design weight", "Delivery speed (1-5)", "My parcel arrived in good condition",
                "The delivery was slow (1-5)", "The price is fair (1-5)", "Value for money (1-5)", "Did you have a problem with your order?",
                "How well was your problem handled? (1-5)", "I trust this company (1-5)", "The company is honest (1-5)",
                "How easy was it to get your issue resolved? (1-7)", "Overall satisfaction (1-5)", "How likely are you to recommend us? (0-10)"])
    w.writerows(rows)

random.seed(21)
HOSTILE_REGIONS = ["North'); DROP TABLE t; --", "South \\", 'East "quoted" */', "Zürich\nWest"]
with open("fixtures/sql/hostile-names-and-labels.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Region'; DROP TABLE t; --", 'Delivery "speed" \\ (1-5)', "The price is fair;\n-- really (1-5)", "I trust this company /* (1-5)",
                "Overall satisfaction ☺ (1-5)", "How likely are you to recommend us? (0-10) '' \\'"])
    for i in range(120):
        mood = clamp(random.gauss(0.6, 0.2), 0, 1)
        w.writerow([random.choice(HOSTILE_REGIONS), rating(mood), rating(mood), AGREE[rating(mood) - 1] if random.random() > 0.05 else "Don't know",
                    rating(mood), clamp(round(mood * 10 + random.gauss(0, 1.5)), 0, 10)])

rng = random.Random(22)
with open("fixtures/sql/excel-rows-of-empty-fields-and-spaces-semicolons.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\r\n")
    w.writerow(["Response ID", "Region", "Delivery speed (1-5)", "The price is fair (1-5)", "Overall satisfaction (1-5)",
                "How likely are you to recommend us? (0-10)"])
    out = []
    for i in range(40):
        mood = clamp(rng.gauss(0.6, 0.2), 0, 1)
        out.append([f"R{i + 1:03d}", rng.choice(REGIONS), clamp(round(mood * 4 + 1 + rng.gauss(0, 0.8)), 1, 5),
                    clamp(round(mood * 4 + 1 + rng.gauss(0, 0.8)), 1, 5), clamp(round(mood * 4 + 1 + rng.gauss(0, 0.8)), 1, 5),
                    clamp(round(mood * 10 + rng.gauss(0, 1.5)), 0, 10)])
    out[17] = ["R018", "", "", "", "", ""]
    out[29] = ["\u00a0", "", "\u00a0", "", "", ""]
    empty = [""] * 6
    # On lines 4, 12, 26 and 35, and four at the end (lines 46 to 49).
    for at, row in [(2, empty), (10, [" ", "", "  ", "\t", "", " "]), (24, empty), (33, [" ", " ", " ", " ", " ", " "])]:
        out.insert(at, row)
    w.writerows(out + [empty] * 4)

# Its own generator, so that the fixtures above keep their numbers.
yes_no_rng = random.Random(23)
with open("fixtures/sql/yes-no-answers-as-booleans.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Response ID", "Submitted", "Region", "Delivery speed (1-5)", "Did you have a problem? (Yes/No)",
                "Was your problem resolved? (Yes/No)", "How well was your problem handled? (1-5)", "Overall satisfaction (1-5)",
                "How likely are you to recommend us? (0-10)"])
    for i in range(150):
        mood = clamp(yes_no_rng.gauss(0.6, 0.2), 0, 1)
        scored = lambda lo, hi: clamp(round(mood * (hi - lo) + lo + yes_no_rng.gauss(0, 0.8)), lo, hi)
        problem = yes_no_rng.random() < 0.3
        answered = yes_no_rng.random() > 0.05
        resolved = "" if not (problem and answered) else "Yes" if yes_no_rng.random() < mood else "No"
        w.writerow([f"R{i + 1:03d}", (start + timedelta(hours=11 * i)).strftime("%Y-%m-%d %H:%M:%S"), yes_no_rng.choice(REGIONS),
                    scored(1, 5), ("Yes" if problem else "No") if answered else "", resolved, scored(1, 5) if problem and answered else "",
                    scored(1, 5), scored(0, 10)])
