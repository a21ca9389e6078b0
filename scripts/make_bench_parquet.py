#!/usr/bin/env python3
"""Writes the bench export (the CSV `npm run bench` generates in the system's temporary folder) as
Parquet beside it, to time `satisfy report` on the same data in both formats (README, Parquet):
ratings as int64, the timestamp as a timestamp without zone, text dictionary-encoded, snappy.

    npm run bench -- 1000000 --runs 1      # makes /tmp/satisfy-bench/responses-1000000-v3.csv
    python3 scripts/make_bench_parquet.py /tmp/satisfy-bench/responses-1000000-v3.csv [rows per group]

Writes responses-1000000-v3.parquet (pyarrow's default row groups of up to 1Mi rows: one group)
and, with a row-group size, responses-1000000-v3-<size>.parquet.
"""
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

source = Path(sys.argv[1])
group = int(sys.argv[2]) if len(sys.argv) > 2 else None
table = pacsv.read_csv(source, parse_options=pacsv.ParseOptions(newlines_in_values=True), convert_options=pacsv.ConvertOptions(column_types={"Submitted": pa.timestamp("s")}, strings_can_be_null=True))
target = source.with_name(source.stem + ("" if group is None else f"-{group}") + ".parquet")
pq.write_table(table, target, compression="snappy", **({} if group is None else {"row_group_size": group}))
print(target, target.stat().st_size, "bytes,", pq.ParquetFile(target).metadata.num_row_groups, "row groups")
