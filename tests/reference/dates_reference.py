#!/usr/bin/env python3
"""The periods `satisfy report <file> --period week|month` must find in fixtures/dates/, computed
from the files with Python's csv module, datetime.strptime (whose %y reads 00-68 as 2000-2068 and
69-99 as 1969-1999, as POSIX says) and date.isocalendar(), independently of satisfy.

    python3 tests/reference/dates_reference.py > tests/reference/dates-reference.json

Each file is read in the one order its author wrote it in. A date that does not read in that order
is counted by why: `blank`, or `otherOrder` when it reads in the other order (the strays of
day-first-with-stray-month-first.csv). Excel serial day numbers count from 1899-12-30.
"""
import csv
import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent / "fixtures" / "dates"


def strptime_any(formats):
    def read(text):
        for f in formats:
            try:
                return datetime.strptime(text, f).date()
            except ValueError:
                pass
        return None
    return read


def english(text):
    """English month names: the ordinal endings taken off, then the forms of the file."""
    text = re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", r"\1", text)
    return strptime_any(["%d %B %Y", "%d %b %Y", "%d of %B, %Y", "%B %d, %Y %I:%M %p", "%b %d, %Y %I:%M %p", "%A, %B %d, %Y"])(text)


def excel(text):
    return date(1899, 12, 30) + timedelta(days=int(float(text)))


FILES = {
    "us-month-first-late-evidence.csv": ("mdy", strptime_any(["%m/%d/%Y %H:%M"]), strptime_any(["%d/%m/%Y %H:%M"])),
    "two-digit-years.csv": ("mdy", strptime_any(["%m/%d/%y %H:%M"]), strptime_any(["%d/%m/%y %H:%M"])),
    "day-first-with-stray-month-first.csv": ("dmy", strptime_any(["%d/%m/%Y"]), strptime_any(["%m/%d/%Y"])),
    "ordinal-month-names.csv": ("dmy", english, lambda _: None),
    "excel-serial-dates.csv": ("dmy", excel, lambda _: None),
}


def week(d):
    year, number, _ = d.isocalendar()
    return f"{year}-W{number:02d}"


result = {}
for name, (order, read, other) in FILES.items():
    with open(ROOT / name, encoding="utf-8", newline="") as f:
        cells = [row[0].strip() for row in list(csv.reader(f))[1:]]
    days, unparsed = [], Counter(blank=0, notADate=0, invalid=0, otherOrder=0)
    for text in cells:
        day = read(text) if text else None
        if day is not None:
            days.append(day)
        elif not text:
            unparsed["blank"] += 1
        elif other(text) is not None:
            unparsed["otherOrder"] += 1
        else:
            unparsed["notADate"] += 1
    result[name] = {
        "dateOrder": order,
        "rows": len(cells),
        "week": sorted(Counter(week(d) for d in days).items()),
        "month": sorted(Counter(f"{d.year}-{d.month:02d}" for d in days).items()),
        "unparsedBy": dict(unparsed),
    }

print(json.dumps(result, indent=2))
