#!/usr/bin/env python3
"""Writes fixtures/segments/: three exports of a weekly survey in four regions.

    python3 scripts/make_segment_fixtures.py

- drop-in-one-region.csv: eight weeks; from week 5 on, deliveries in the East go wrong (its
  delivery ratings fall by about 1.5 points and its recommend answers by about 3), so the East's
  delivery score, CSAT and NPS are below the rest's: the report must find it.
- no-real-difference.csv: the same survey with every region drawn from one distribution: any
  difference is chance, and after Holm's correction nothing may be marked.
- no-real-change-later.csv: the survey of no-real-difference.csv two months later, drawn from the
  same distribution: compared with it, no change may be marked.
- weighted-region-of-a-small-effective-base.csv: with --weight Weight, the North's 40 respondents
  (ten weighing 5, thirty weighing 1) are as steady as some 23 (Kish's effective n): under the
  --min-base of 30, though 40 answered; the South's 60 of weight 1 are 60.
"""
import random
from datetime import datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "segments"
HEADER = "Submitted,Region,Delivery speed (1-5),The price is fair (1-5),Overall satisfaction (1-5),How likely are you to recommend us? (0-10)"
REGIONS = ["North", "South", "East", "West"]


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def write(name, seed, drop, start=datetime(2026, 1, 5, 8, 0)):
    rng = random.Random(seed)
    lines = [HEADER]
    for i in range(800):
        at = start + timedelta(minutes=i * 100)
        week = (at - start).days // 7 + 1
        region = rng.choice(REGIONS)
        bad = drop and region == "East" and week >= 5
        attitude = rng.gauss(3.6, 0.8)
        delivery = clamp(round(attitude + rng.gauss(0, 0.7) - (1.5 if bad else 0)), 1, 5)
        price = clamp(round(attitude + rng.gauss(-0.2, 0.8)), 1, 5)
        overall = clamp(round((attitude + delivery + price) / 3 + rng.gauss(0, 0.5)), 1, 5)
        recommend = clamp(round(2 * attitude + rng.gauss(0.5, 1.2) - (3 if bad else 0)), 0, 10)
        lines.append(f"{at:%Y-%m-%d %H:%M},{region},{delivery},{price},{overall},{recommend}")
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


OUT.mkdir(parents=True, exist_ok=True)
write("drop-in-one-region.csv", 20261123, True)
write("no-real-difference.csv", 20261125, False)
# The same survey two months later, with nothing changed: compared with no-real-difference.csv,
# no change may be marked.
write("no-real-change-later.csv", 20261126, False, datetime(2026, 3, 2, 8, 0))

# A region of 40 respondents whose weights make its effective n 22.9, (10·5 + 30)² / (10·25 + 30),
# beside one of 60 unweighted: low base with --weight, not without.
weighted_rng = random.Random(20261205)
weighted = ["Region,Weight,Delivery speed (1-5),The price is fair (1-5),Overall satisfaction (1-5)"]
for region, weights in (("North", [5] * 10 + [1] * 30), ("South", [1] * 60)):
    for weight in weights:
        attitude = weighted_rng.gauss(3.6, 0.8)
        delivery = clamp(round(attitude + weighted_rng.gauss(0, 0.7)), 1, 5)
        price = clamp(round(attitude + weighted_rng.gauss(-0.2, 0.8)), 1, 5)
        overall = clamp(round((attitude + delivery + price) / 3 + weighted_rng.gauss(0, 0.5)), 1, 5)
        weighted.append(f"{region},{weight},{delivery},{price},{overall}")
(OUT / "weighted-region-of-a-small-effective-base.csv").write_text("\n".join(weighted) + "\n", encoding="utf-8")

# A region column with a value "Other" of its own (80 respondents, third largest) beside North 105,
# South 90, East 40, West 35 and 30 blanks: with --top 3 it is kept among the largest, and the pool
# of the rest (East, West, blanks) is another segment, "Other (pooled)".
other_rng = random.Random(20261206)
other = ["Region,Delivery speed (1-5),Overall satisfaction (1-5),How likely are you to recommend us? (0-10)"]
regions = ["North"] * 105 + ["South"] * 90 + ["Other"] * 80 + ["East"] * 40 + ["West"] * 35 + [""] * 30
other_rng.shuffle(regions)
for region in regions:
    attitude = other_rng.gauss(3.6, 0.8)
    delivery = clamp(round(attitude + other_rng.gauss(0, 0.7)), 1, 5)
    overall = clamp(round(attitude + other_rng.gauss(0, 0.5)), 1, 5)
    recommend = clamp(round(2 * attitude + other_rng.gauss(0.5, 1.2)), 0, 10)
    other.append(f"{region},{delivery},{overall},{recommend}")
(OUT / "region-with-a-value-other.csv").write_text("\n".join(other) + "\n", encoding="utf-8")

# Two regions of 60 respondents each; every South respondent rated trust, but only 20 in the North:
# the North is no segment under --min-base, and its trust score, of 20 answers, is shown untested.
thin_rng = random.Random(20261207)
thin = ["Region,Delivery speed (1-5),I trust this company (1-5),Overall satisfaction (1-5)"]
for region in ["North"] * 60 + ["South"] * 60:
    attitude = thin_rng.gauss(3.6, 0.8)
    delivery = clamp(round(attitude + thin_rng.gauss(0, 0.7)), 1, 5)
    trust = clamp(round(attitude + thin_rng.gauss(0, 0.7)), 1, 5)
    overall = clamp(round(attitude + thin_rng.gauss(0, 0.5)), 1, 5)
    answered = region == "South" or thin_rng.random() < 1 / 3
    thin.append(f"{region},{delivery},{trust if answered else ''},{overall}")
(OUT / "a-region-whose-trust-few-answered.csv").write_text("\n".join(thin) + "\n", encoding="utf-8")

# A cross-breakdown whose values hold its join, " × ": 50 rows of region "A × B" with channel "C",
# 40 of region "A" with channel "B × C", 30 of region "A" with channel "\"C\"" (a value opening with a
# quote). Joined as written, the first two would be one segment "A × B × C" of 90.
joined_rng = random.Random(20261208)
joined = ['Region,Channel,Overall satisfaction (1-5)']
for region, channel, count in [('"A × B"', "C", 50), ("A", '"B × C"', 40), ("A", '"""C"""', 30)]:
    for _ in range(count):
        joined.append(f"{region},{channel},{joined_rng.randint(1, 5)}")
(OUT / "cross-breakdown-values-holding-the-join.csv").write_text("\n".join(joined) + "\n", encoding="utf-8")

# Values that end or open with the join's sign ("A ×" with "B", "A" with "× B"): joined as written,
# both would be "A × × B" (a cold review).
edge_rng = random.Random(20261209)
edge = ['Region,Channel,Overall satisfaction (1-5)']
for region, channel, count in [("A ×", "B", 30), ("A", "× B", 30)]:
    for _ in range(count):
        edge.append(f"{region},{channel},{edge_rng.randint(1, 5)}")
(OUT / "cross-breakdown-values-at-the-joins-edge.csv").write_text("\n".join(edge) + "\n", encoding="utf-8")
