#!/usr/bin/env python3
"""Writes the generated exports of fixtures/dates/, each named after the dates it holds.

    python3 scripts/make_date_fixtures.py

- us-month-first-late-evidence.csv: a US export, month first with 24-hour times and no AM/PM,
  whose first 1,100 dates run 12/6/2023 to 12/11/2023 (day and month both 12 or less: the
  first 1,000 rows that detect the columns cannot tell the order); 12/13/2023 and later, which
  read month first only, come after them; two dates are blank.
- two-digit-years.csv: month first with two-digit years, as a re-saved Typeform export writes
  them ("5/10/18 4:01"), from May to August 2018.
- excel-serial-dates.csv: a "Date" column of Excel serial day numbers (45292 is 2024-01-01),
  with times as fractions (45292.5 is noon), from January to March 2024.
- day-first-with-stray-month-first.csv: 1,100 dates day first (02/01/2026 to 02/04/2026), three
  of them after the first 1,000 written month first (3/29/2026): counted, not read.

The expected periods are computed from these files by tests/reference/dates_reference.py.
"""
import random
from datetime import datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "dates"
HEADER = "Submitted,Delivery speed (1-5),Overall satisfaction (1-5),How likely are you to recommend us? (0-10)"


def answers(rng):
    attitude = rng.gauss(3.6, 0.9)
    clamp = lambda x, lo, hi: max(lo, min(hi, x))
    return [clamp(round(attitude + rng.gauss(0, 0.7)), 1, 5), clamp(round(attitude + rng.gauss(0, 0.5)), 1, 5), clamp(round(2 * attitude + rng.gauss(0.5, 1.2)), 0, 10)]


def write(name, header, lines):
    (OUT / name).write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")


def us_late_evidence():
    rng = random.Random(61)
    lines = []
    for i in range(1500):
        if i < 1100:
            at = datetime(2023, 12, 6) + timedelta(minutes=i * 6 * 24 * 60 / 1100)
        else:
            at = datetime(2023, 12, 12) + timedelta(minutes=(i - 1100) * 35 * 24 * 60 / 400)
        when = "" if i in (1201, 1377) else f"{at.month}/{at.day}/{at.year} {at.hour}:{at.minute:02d}"
        lines.append(",".join([when, *map(str, answers(rng))]))
    write("us-month-first-late-evidence.csv", HEADER, lines)


def two_digit_years():
    rng = random.Random(18)
    lines = []
    for i in range(120):
        at = datetime(2018, 5, 1, 0, 1) + timedelta(minutes=i * 120 * 24 * 60 / 120 + rng.randrange(600))
        lines.append(",".join([f"{at.month}/{at.day}/{at:%y} {at.hour}:{at.minute:02d}", *map(str, answers(rng))]))
    write("two-digit-years.csv", HEADER, lines)


def excel_serials():
    rng = random.Random(45292)
    lines = []
    for i in range(90):
        serial = 45292 + i + rng.choice([0, 0.25, 0.5, 0.75, 0.999])
        lines.append(",".join([str(serial), *map(str, answers(rng))]))
    write("excel-serial-dates.csv", HEADER.replace("Submitted", "Date"), lines)


def day_first_with_stray():
    rng = random.Random(27)
    lines = []
    for i in range(1100):
        at = datetime(2026, 1, 2, 9) + timedelta(hours=i * 2)
        when = f"{at.month}/{at.day}/{at.year}" if i in STRAYS else f"{at.day:02d}/{at.month:02d}/{at.year}"
        lines.append(",".join([when, *map(str, answers(rng))]))
    write("day-first-with-stray-month-first.csv", HEADER, lines)


# Rows of day-first-with-stray-month-first.csv written month first: after the first 1,000.
STRAYS = (1040, 1041, 1060)


us_late_evidence()
two_digit_years()
excel_serials()
day_first_with_stray()
