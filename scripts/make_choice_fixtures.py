#!/usr/bin/env python3
"""Writes fixtures/choices/: checkbox and ranking questions as platforms export them.

    python3 scripts/make_choice_fixtures.py

- checkbox-ticked-one-or-blank.csv: a Qualtrics-style checkbox question Q3_1..Q3_4, each column
  "1" when its option was ticked and blank when not; some respondents tick none. Beside it a 1-5
  overall-satisfaction rating.
- checkbox-not-selected.csv: a SurveyMonkey export (two header rows) whose checkbox question writes
  the option's text when ticked and "Not selected" when not; some respondents tick none and two
  skip the question (blank).
- checkbox-yes-no.csv: a Google Forms export whose question "Which features do you use?" is
  answered Yes or No for each option ([Search], [Wishlist], [Reviews]); some respondents answer No
  to all of them (they answered), some leave all blank (they did not). A Weight column (0.5-2.0)
  for --weight.
- ranking-permutations.csv: a Qualtrics-style ranking Q5_1..Q5_4, each respondent's answers a
  permutation of 1..4; some did not rank, one ranked only two options (1 and 2), one wrote "top"
  for a rank (no rank: left out and counted). A Weight column (0.5-2.0) for --weight.
- ranking-by-position.csv: "Best movies [Rank 1]" .. "[Rank 3]", each naming one of five films;
  some did not rank, one named only a first choice.
- hostile-option-names.csv: option names and ranked values that are a spreadsheet formula, HTML
  and terminal escape sequences, which every format must print inert.
- checkbox-joined-shard-with-single-options.csv, checkbox-joined-shard-of-several-options-only.csv:
  two days of one Google Forms export, shards of it, whose checkbox question "Which channels did you
  use?" is written into one column, the options ticked joined by ", ". The first day's cells hold one
  option or several; every cell of the second day holds two or more, which detection does not take
  for a checkbox question on its own: a config pins it (`"joined": true`).
"""
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "choices"


def write(name, lines):
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")


def ticked_or_blank():
    rng = random.Random(3)
    lines = ["Response ID,Q3_1,Q3_2,Q3_3,Q3_4,Overall satisfaction (1-5)"]
    chances = [0.6, 0.35, 0.2, 0.06]
    for i in range(60):
        none = rng.random() < 0.12
        ticks = ["" if none or rng.random() >= p else "1" for p in chances]
        lines.append(f"R{i + 1:03d},{','.join(ticks)},{rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5])}")
    return lines


def not_selected():
    rng = random.Random(5)
    options = ["Email", "Phone", "Live chat", "Social media"]
    chances = [0.55, 0.4, 0.3, 0.1]
    lines = [
        "Respondent ID,Collector ID,Start Date,End Date,IP Address,Which channels did you use to contact us?,,,,How satisfied are you with our service overall? (1-5)",
        ",,,,," + ",".join(options) + ",Response",
    ]
    for i in range(50):
        skipped = i in (17, 38)
        none = rng.random() < 0.1
        cells = ["" if skipped else o if not none and rng.random() < p else "Not selected" for o, p in zip(options, chances)]
        lines.append(f"{5000 + i},77,02/0{1 + i % 9}/2026 10:00:00 AM,02/0{1 + i % 9}/2026 10:04:00 AM,10.0.0.{i},{','.join(cells)},{rng.choice([2, 3, 4, 4, 5])}")
    return lines


def yes_no():
    rng = random.Random(7)
    features = ["Search", "Wishlist", "Reviews"]
    chances = [0.7, 0.3, 0.45]
    lines = ["Timestamp," + ",".join(f"Which features do you use? [{f}]" for f in features) + ",Overall satisfaction (1-5),Weight"]
    for i in range(50):
        blank = rng.random() < 0.1
        cells = ["" if blank else "Yes" if rng.random() < p else "No" for p in chances]
        lines.append(f"2026-03-{1 + i % 28:02d} 09:{i:02d}:00,{','.join(cells)},{rng.choice([1, 2, 3, 4, 4, 5, 5])},{rng.choice([0.5, 0.8, 1.0, 1.2, 2.0])}")
    return lines


def draw_order(rng, weights):
    """A ranking drawn as Plackett-Luce: the first by weight, then the next among the rest."""
    left = list(range(len(weights)))
    order = []
    while left:
        pick = rng.choices(left, [weights[i] for i in left])[0]
        order.append(pick)
        left.remove(pick)
    return order


def permutations():
    rng = random.Random(11)
    lines = ["Response ID,Q5_1,Q5_2,Q5_3,Q5_4,Overall satisfaction (1-5),Weight"]
    for i in range(50):
        ranks = [""] * 4
        if i == 23:
            ranks[2], ranks[0] = "1", "2"
        elif rng.random() >= 0.08:
            for rank, option in enumerate(draw_order(rng, [4, 2, 1, 0.5]), start=1):
                ranks[option] = str(rank)
        if i == 40:
            ranks[3] = "top"
        lines.append(f"R{i + 1:03d},{','.join(ranks)},{rng.choice([2, 3, 4, 4, 5])},{rng.choice([0.5, 0.8, 1.0, 1.2, 2.0])}")
    return lines


def positions():
    rng = random.Random(13)
    films = ["Casablanca", "Vertigo", "Alien", "Amélie", "Parasite"]
    lines = ["Response ID,Best movies [Rank 1],Best movies [Rank 2],Best movies [Rank 3],How satisfied are you with our cinema? (1-5)"]
    for i in range(50):
        named = ["", "", ""]
        if i == 31:
            named[0] = "Vertigo"
        elif rng.random() >= 0.06:
            named = [films[k] for k in draw_order(rng, [3, 2.5, 2, 1, 0.6])[:3]]
        lines.append(f"R{i + 1:03d},{','.join(named)},{rng.choice([3, 4, 4, 5])}")
    return lines


def hostile():
    esc = "\x1b"
    names = ["=HYPERLINK(1)", "<script>alert(1)</script>", f"{esc}[31mred{esc}[0m"]
    values = ["=cmd|' /C calc'!A0", "<img src=x onerror=alert(1)>", f"{esc}]0;pwned\x07Title", "Plain"]
    header = [f"Which do you use? [{n}]" for n in names] + [f"Ranked [Rank {k}]" for k in (1, 2, 3)] + ["Overall satisfaction (1-5)"]
    lines = [",".join(header)]
    rows = [("1", "", "1", 0), ("", "1", "", 1), ("1", "1", "1", 2), ("", "", "1", 3), ("1", "", "", 0), ("", "1", "1", 1)]
    for i, (a, b, c, shift) in enumerate(rows):
        ranked = [values[(shift + k) % 4] for k in range(3)]
        lines.append(",".join([a, b, c, *ranked, str(3 + i % 3)]))
    return lines


def joined_shard(seed, day, rows, several_only):
    rng = random.Random(seed)
    channels = ["Web shop", "Phone", "E-mail", "Store", "Chat"]
    lines = ["Timestamp,Which channels did you use?,How satisfied are you with our service overall? (1-5)"]
    for i in range(rows):
        k = rng.choice([2, 2, 3, 4]) if several_only else rng.choice([1, 1, 2, 3])
        picked = rng.sample(channels, k)
        chosen = [c for c in channels if c in picked]
        cell = ", ".join(chosen)
        lines.append(f"{day} {9 + i % 9:02d}:{i % 60:02d}:00,\"{cell}\",{rng.choice([2, 3, 4, 4, 5, 5])}")
    return lines


OUT.mkdir(parents=True, exist_ok=True)
write("checkbox-ticked-one-or-blank.csv", ticked_or_blank())
write("checkbox-not-selected.csv", not_selected())
write("checkbox-yes-no.csv", yes_no())
write("ranking-permutations.csv", permutations())
write("ranking-by-position.csv", positions())
write("hostile-option-names.csv", hostile())
write("checkbox-joined-shard-with-single-options.csv", joined_shard(21, "2026/03/02", 60, False))
write("checkbox-joined-shard-of-several-options-only.csv", joined_shard(22, "2026/03/03", 40, True))
