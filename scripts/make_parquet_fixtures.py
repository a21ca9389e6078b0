#!/usr/bin/env python3
"""Writes the Parquet fixtures of fixtures/formats/ with pyarrow, each beside the CSV of the same
data where there is one, so that the tests can hold the report of a Parquet file to the report of
its CSV to the last digit. CI never runs this: the small outputs are committed.

    pip install pyarrow   # (25.0.1 made the committed files)
    python3 scripts/make_parquet_fixtures.py

- parquet-survey.csv and parquet-survey-{snappy,zstd,gzip,uncompressed}.parquet: 60 responses of
  a survey with a segment (Region, dictionary-encoded strings), a weight (floats), a UTC timestamp
  (written `2026-01-05 09:00:00Z` in the CSV, as satisfy writes an instant), answers in words
  (dictionary), ratings in int32, int64, float64, float32 and decimal(3,1) (`4`, never `4.0`), a yes/no
  in booleans, comments, and nulls in most columns; 16 rows a row group, so four row groups. The
  uncompressed file has no dictionary encoding, the others do.
- parquet-types.parquet: one column of each type a warehouse writes, five rows each, to read back
  with `inspect` (float32, float64, decimal, int64, bool, date32, timestamps in ms, us and ns, with
  and without a time zone, and a time of day).
- parquet-int96-timestamps.parquet: timestamps in the deprecated INT96 (Spark, Impala, Hive).
- parquet-list-column.parquet: a column that is a list of strings, which satisfy refuses.
- parquet-header-only.parquet: the columns and no rows.
- parquet-truncated.parquet: the snappy file cut in half (its footer gone).
- parquet-damaged-page.parquet: the uncompressed file with a page header overwritten.
- parquet-1500-rows*.csv|parquet: longer data, in row groups and pages of several sizes (below).
- parquet-encrypted-footer.parquet: the magic of an encrypted file, PARE, at both ends.
"""
import datetime as dt
import decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
LABELS = ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"]
REGIONS = ["North", "South", "East"]
ROWS = 60

# The same rows every run: a small linear congruential generator.
seed = 11


def draw(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


records = []
start = dt.datetime(2026, 1, 5, 9, 0, 0, tzinfo=dt.timezone.utc)
for i in range(ROWS):
    price = 1 + draw(5)
    records.append({
        "Response ID": f"R{100 + i}",
        "Submitted at": start + dt.timedelta(days=i * 2, hours=i % 9, minutes=(i * 7) % 60, seconds=i % 3 * 15),
        "Region": None if i % 17 == 5 else REGIONS[draw(3)],
        "Weight": [0.8, 1.0, 1.25, 1.5][draw(4)],
        "Overall, how satisfied are you with us?": None if i % 13 == 4 else LABELS[draw(5)],
        "How likely are you to recommend us to a friend?": None if i % 11 == 3 else draw(11),
        "Delivery speed": None if i % 7 == 0 else 1 + draw(5),
        "Price": float(price),
        "Value for money": None if i % 8 == 6 else float(min(5, max(1, price + draw(3) - 1))),
        "Support staff": None if i % 9 == 2 else decimal.Decimal(1 + draw(5)).quantize(decimal.Decimal("0.1")),
        "Had a problem with your order?": None if i % 10 == 9 else draw(3) == 0,
        "Comments": None if i % 3 else f"Delivery took {2 + i % 5} days, price fair",
    })

schema = pa.schema([
    ("Response ID", pa.string()),
    ("Submitted at", pa.timestamp("ms", tz="UTC")),
    ("Region", pa.string()),
    ("Weight", pa.float64()),
    ("Overall, how satisfied are you with us?", pa.string()),
    ("How likely are you to recommend us to a friend?", pa.int64()),
    ("Delivery speed", pa.int32()),
    ("Price", pa.float64()),
    ("Value for money", pa.float32()),
    ("Support staff", pa.decimal128(3, 1)),
    ("Had a problem with your order?", pa.bool_()),
    ("Comments", pa.string()),
])
table = pa.Table.from_pylist(records, schema=schema)


def csv_field(value):
    """A value as satisfy writes it from Parquet (and as a CSV export holds it)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") + ("Z" if value.tzinfo is not None else "")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, decimal.Decimal):
        return str(int(value)) if value == value.to_integral_value() else str(value.normalize())
    text = str(value)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text


with open(OUT / "parquet-survey.csv", "w", encoding="utf-8", newline="") as out:
    out.write(",".join(csv_field(name) for name in schema.names) + "\n")
    for record in records:
        out.write(",".join(csv_field(record[name]) for name in schema.names) + "\n")

for compression in ["snappy", "zstd", "gzip"]:
    pq.write_table(table, OUT / f"parquet-survey-{compression}.parquet", compression=compression, row_group_size=16, use_dictionary=True)
pq.write_table(table, OUT / "parquet-survey-uncompressed.parquet", compression="none", row_group_size=16, use_dictionary=False)

# One column of each type, five distinct values each (inspect shows up to five samples).
moments = [dt.datetime(2026, 2, 14, 9, 30, 0), dt.datetime(2026, 2, 14, 23, 59, 59, 250000), dt.datetime(1969, 12, 31, 23, 59, 59), dt.datetime(2026, 3, 1, 0, 0, 0), None]
types = pa.table({
    "float32": pa.array([4.1, 4.0, 0.1, -2.5, None], pa.float32()),
    "float64": pa.array([4.0, 4.5, 0.1, 1e-7, None], pa.float64()),
    "decimal": pa.array([decimal.Decimal("3.50"), decimal.Decimal("4.00"), decimal.Decimal("-0.25"), decimal.Decimal("12.30"), None], pa.decimal128(5, 2)),
    "int64": pa.array([4, -1, 9007199254740993, 0, None], pa.int64()),
    "bool": pa.array([True, False, None, None, None], pa.bool_()),
    "date": pa.array([dt.date(2026, 2, 14), dt.date(1969, 12, 31), dt.date(2026, 3, 1), None, None], pa.date32()),
    "timestamp ms UTC": pa.array(moments, pa.timestamp("ms", tz="UTC")),
    "timestamp us local": pa.array(moments, pa.timestamp("us")),
    "timestamp ns Warsaw": pa.array(moments, pa.timestamp("ns", tz="Europe/Warsaw")),
    "time of day": pa.array([dt.time(9, 30), dt.time(23, 59, 59, 500000), None, None, None], pa.time64("us")),
    "text": pa.array(["plain", "=1+2", "<b>bold</b>", "tab\there", None], pa.string()),
})
pq.write_table(types, OUT / "parquet-types.parquet")

int96 = pa.table({"Response ID": ["a", "b", "c"], "Submitted": pa.array(moments[:3], pa.timestamp("us")), "Rating (1-5)": [4, 5, 3]})
pq.write_table(int96, OUT / "parquet-int96-timestamps.parquet", use_deprecated_int96_timestamps=True)

lists = pa.table({"Response ID": ["a", "b"], "Channels used": pa.array([["Email", "Phone"], ["Chat"]], pa.list_(pa.string())), "Rating (1-5)": [4, 5]})
pq.write_table(lists, OUT / "parquet-list-column.parquet")

pq.write_table(table.slice(0, 0), OUT / "parquet-header-only.parquet")

whole = (OUT / "parquet-survey-snappy.parquet").read_bytes()
(OUT / "parquet-truncated.parquet").write_bytes(whole[: len(whole) // 2])

# The first data page header of the uncompressed file (right after the magic) overwritten: the
# footer is whole, the first page cannot be read.
plain = bytearray((OUT / "parquet-survey-uncompressed.parquet").read_bytes())
plain[4:24] = b"\xff" * 20
(OUT / "parquet-damaged-page.parquet").write_bytes(bytes(plain))

# Longer than the rows satisfy reads with every column (1,024, covering detection's sample of
# 1,000): parquet-1500-rows.csv, the same rows in four row groups of 400, in one row group of
# many small pages, and in four row groups whose last has a damaged page in a column the analysis
# does not use ("Response ID"), which satisfy therefore never reads.
LONG = 1500
long_rows = []
for i in range(LONG):
    attitude = draw(5)
    long_rows.append({
        "Response ID": f"L{i:05d}",
        "Submitted": dt.datetime(2026, 1, 5, 9, 0) + dt.timedelta(minutes=97 * i),
        "Region": REGIONS[draw(3)],
        "Delivery speed (1-5)": None if i % 23 == 7 else min(5, 1 + attitude + draw(2) // 1 * (i % 2)),
        "The price is fair (1-5)": 1 + (attitude + draw(2)) % 5,
        "Overall satisfaction (1-5)": min(5, 1 + attitude),
        "How likely are you to recommend us? (0-10)": None if i % 31 == 4 else min(10, attitude * 2 + draw(3)),
    })
long_schema = pa.schema([
    ("Response ID", pa.string()),
    ("Submitted", pa.timestamp("s")),
    ("Region", pa.string()),
    ("Delivery speed (1-5)", pa.int32()),
    ("The price is fair (1-5)", pa.int64()),
    ("Overall satisfaction (1-5)", pa.int64()),
    ("How likely are you to recommend us? (0-10)", pa.int64()),
])
long_table = pa.Table.from_pylist(long_rows, schema=long_schema)
with open(OUT / "parquet-1500-rows.csv", "w", encoding="utf-8", newline="") as out:
    out.write(",".join(long_schema.names) + "\n")
    for record in long_rows:
        out.write(",".join(csv_field(record[name]) for name in long_schema.names) + "\n")
pq.write_table(long_table, OUT / "parquet-1500-rows-in-4-groups.parquet", row_group_size=400)
pq.write_table(long_table, OUT / "parquet-1500-rows-in-small-pages.parquet", row_group_size=LONG, data_page_size=512, write_batch_size=64)

pq.write_table(long_table, OUT / "parquet-1500-rows-damaged-unused-column.parquet", row_group_size=400)
damaged = bytearray((OUT / "parquet-1500-rows-damaged-unused-column.parquet").read_bytes())
ids = pq.ParquetFile(OUT / "parquet-1500-rows-damaged-unused-column.parquet").metadata.row_group(3).column(0)
assert ids.path_in_schema == "Response ID"
damaged[ids.data_page_offset:ids.data_page_offset + 20] = b"\xff" * 20
(OUT / "parquet-1500-rows-damaged-unused-column.parquet").write_bytes(bytes(damaged))

# The magic of a Parquet file with an encrypted footer (PARE), at both ends, which satisfy refuses.
(OUT / "parquet-encrypted-footer.parquet").write_bytes(b"PARE" + bytes(32) + b"PARE")
