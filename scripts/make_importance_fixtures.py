#!/usr/bin/env python3
"""Writes fixtures/importance/: a survey that asks how important each of four things is beside how
satisfied the customer is with it, for the stated-importance table.

    python3 scripts/make_importance_fixtures.py

importance-and-satisfaction-pairs.csv, 300 rows, four pairs, one in each quadrant:
- speed of delivery, asked as questions ("How important is ...", "How satisfied are you with ..."):
  very important, rated low: concentrate here;
- Support, a matrix ("Support - Importance (1-7)", "Support - Satisfaction (1-7)", 1-7): important and rated
  high: keep up; its importance has blanks (skip logic), N/A answers and two 9s off its scale;
- Packaging quality (an item, and "Packaging quality - Importance"): little importance, rated
  high: possible overkill;
- Price (a matrix, 1-5): little importance, rated low: low priority.
Besides: "How much does billing matter to you?", whose header says nothing of importance, beside
"Clarity of invoices", an item of pricing (importance-of.config.json pairs them); "Sustainability - Importance (1-5)",
which no item shares a subject with; overall satisfaction, the recommend question, a Weight, and the Wave (spring, the first 120
rows, or autumn) that splits the file into shards.
"""
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "importance"
HEADER = [
    "Respondent ID",
    "Wave",
    "Weight",
    "How important is the speed of delivery to you? (1-5)",
    "How satisfied are you with the speed of delivery? (1-5)",
    "Support - Importance (1-7)",
    "Support - Satisfaction (1-7)",
    "Packaging quality (1-5)",
    "Packaging quality - Importance (1-5)",
    "Price - Importance (1-5)",
    "Price - Satisfaction (1-5)",
    "Clarity of invoices (1-5)",
    "How much does billing matter to you? (1-5)",
    "Sustainability - Importance (1-5)",
    "Overall satisfaction (1-5)",
    "How likely are you to recommend us? (0-10)",
]


def clamp(x, lo, hi):
    return max(lo, min(hi, round(x)))


def main():
    rng = random.Random(20260317)
    lines = [",".join(f'"{h}"' if "," in h else h for h in HEADER)]
    for i in range(300):
        mood = rng.gauss(0, 0.7)
        weight = round(rng.choice([0.6, 0.8, 1.0, 1.0, 1.3, 1.8]) * rng.uniform(0.9, 1.1), 3)
        speed_imp = clamp(4.5 + rng.gauss(0, 0.6), 1, 5)
        speed_sat = clamp(2.8 + mood + rng.gauss(0, 0.8), 1, 5)
        support_imp = clamp(5.8 + rng.gauss(0, 0.9), 1, 7)
        support_sat = clamp(5.6 + mood + rng.gauss(0, 0.9), 1, 7)
        pack_sat = clamp(4.3 + mood / 2 + rng.gauss(0, 0.6), 1, 5)
        pack_imp = clamp(2.2 + rng.gauss(0, 0.8), 1, 5)
        price_imp = clamp(2.6 + rng.gauss(0, 0.8), 1, 5)
        price_sat = clamp(2.7 + mood + rng.gauss(0, 0.8), 1, 5)
        invoices = clamp(3.8 + mood / 2 + rng.gauss(0, 0.7), 1, 5)
        billing = clamp(3.0 + rng.gauss(0, 0.9), 1, 5)
        sustainability = clamp(3.4 + rng.gauss(0, 1.0), 1, 5)
        overall = clamp(3.4 + mood + (speed_sat - 3) * 0.4 + (support_sat - 5) * 0.2 + rng.gauss(0, 0.5), 1, 5)
        recommend = clamp(6.5 + 2 * mood + rng.gauss(0, 1.2), 0, 10)
        # Support's importance: skipped by some, not applicable to others, one answer off its scale.
        support_imp_text = str(support_imp)
        if i % 17 == 3:
            support_imp_text = ""
        elif i % 23 == 5:
            support_imp_text = "N/A"
        elif i in (101, 201):
            # One in each wave: a shard whose answers all fit would read Support as a battery of one scale.
            support_imp_text = "9"
        # Some skip the delivery questions: their pair counts only those who answered both.
        speed_sat_text = "" if i % 29 == 7 else str(speed_sat)
        row = [str(1000 + i), "spring" if i < 120 else "autumn", str(weight), str(speed_imp), speed_sat_text, support_imp_text, str(support_sat), str(pack_sat), str(pack_imp), str(price_imp), str(price_sat), str(invoices), str(billing), str(sustainability), str(overall), str(recommend)]
        lines.append(",".join(row))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "importance-and-satisfaction-pairs.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


main()
