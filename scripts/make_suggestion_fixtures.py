"""Writes fixtures/suggest (rated items that no header keyword puts in a dimension) and
fixtures/segments/ages-as-numbers.csv (a --by column of numbers).

two-blocks-of-unnamed-items.csv: 300 respondents; Q1-Q3 follow one attitude and Q4-Q6 another
(independent of the first), each answer on 1-5; pq_1-pq_3 are the rows of one question (a battery).
Deterministic: run `python3 scripts/make_suggestion_fixtures.py` to rebuild."""
import csv
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'fixtures' / 'suggest'
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(17)


def answer(attitude: float) -> str:
    return str(min(5, max(1, round(3 + attitude + rng.gauss(0, 0.7)))))


with open(OUT / 'two-blocks-of-unnamed-items.csv', 'w', newline='') as f:
    out = csv.writer(f)
    out.writerow(['id', 'Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'pq_1', 'pq_2', 'pq_3'])
    for i in range(300):
        a, b, c = rng.gauss(0, 1), rng.gauss(0, 1), rng.gauss(0, 1)
        out.writerow([i + 1] + [answer(a) for _ in range(3)] + [answer(b) for _ in range(3)] + [answer(c) for _ in range(3)])

# Ages written as numbers (18 to 75, three natural groups of customers and a few older ones), a few
# "Prefer not to say", beside an overall rating: --by Age cuts the numbers into bands.
ages = [rng.choice([rng.randint(18, 27), rng.randint(33, 44), rng.randint(50, 61), rng.randint(68, 75)]) for _ in range(400)]
with open(OUT.parent / 'segments' / 'ages-as-numbers.csv', 'w', newline='') as f:
    out = csv.writer(f)
    out.writerow(['id', 'Age', 'Overall satisfaction (1-5)'])
    for i, age in enumerate(ages):
        out.writerow([i + 1, 'Prefer not to say' if i % 50 == 7 else age, rng.randint(1, 5)])

# Ages typed in a form's free field: 18 to 70, and a few typed far off the rest (-1726, 329,
# 99999999999), as the OSMI survey's were: the bands are those of the ages, the typos in the end bands.
typo_rng = random.Random(20261207)
typed = [typo_rng.choice([typo_rng.randint(18, 27), typo_rng.randint(30, 41), typo_rng.randint(45, 56), typo_rng.randint(60, 70)]) for _ in range(300)]
for at, typo in [(11, -1726), (120, 329), (250, 99999999999)]:
    typed[at] = typo
with open(OUT.parent / 'segments' / 'ages-with-typos-far-off.csv', 'w', newline='') as f:
    out = csv.writer(f)
    out.writerow(['id', 'Age', 'Overall satisfaction (1-5)'])
    for i, age in enumerate(typed):
        out.writerow([i + 1, age, typo_rng.randint(1, 5)])

# The rows of one question (Q1_1 … Q1_3) beside an overall rating, the third row answered by 5 of
# the 40 respondents: its pairs, answered together by fewer than 10 rows, are left out of the
# question's mean r (they counted as 0 in it: mean r 0.18 where the two rows answered together go at 0.53).
few_rng = random.Random(20261208)
with open(OUT / 'battery-row-answered-by-few-rows.csv', 'w', newline='') as f:
    out = csv.writer(f)
    out.writerow(['id', 'Overall satisfaction (1-5)', 'Q1_1', 'Q1_2', 'Q1_3'])
    for i in range(40):
        attitude = few_rng.gauss(0, 1)
        out.writerow([i + 1, few_rng.randint(1, 5), answer(attitude), answer(attitude), few_rng.randint(1, 5) if i < 5 else ''])
