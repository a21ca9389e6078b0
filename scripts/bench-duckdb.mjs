#!/usr/bin/env node
// The DuckDB side of `npm run bench` (issue 21): the aggregates that satisfy's full report of the
// bench export stands on, computed by embedded DuckDB (@duckdb/node-api, a dev dependency) from the
// same CSV file, in one process whose wall time and peak memory the bench measures as it measures
// satisfy's: every item's count of each answer overall, by region and by ISO week (the histograms
// of every mean, share, CSAT, NPS and interval); per group the number of responses and of
// complaints; and per group each item's sum and count and every pair of items' sum of products
// (the co-moments of alpha, the index and the drivers). DuckDB uses every core, as satisfy does by
// default. Prints the number of result rows of each query, so that a run that computed nothing
// shows.
//
//   node scripts/bench-duckdb.mjs /tmp/satisfy-bench/responses-1000000-v3.csv
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: node scripts/bench-duckdb.mjs <export.csv>');
const ITEMS = ['Delivery speed (1-5)', 'Delivery quality (1-5)', 'The price is fair (1-5)', 'Value for money (1-5)', 'How well was your problem handled? (1-5)', 'I trust this company (1-5)', 'Overall satisfaction (1-5)', 'How likely are you to recommend us? (0-10)'];
const id = (name) => `"${name.replaceAll('"', '""')}"`;
const literal = (text) => `'${text.replaceAll("'", "''")}'`;
const items = ITEMS.map(id).join(', ');
const products = ITEMS.flatMap((a, i) => ITEMS.slice(i).map((b) => `sum(${id(a)} * ${id(b)})`));

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run(`CREATE TEMP TABLE r AS SELECT Region AS region, date_trunc('week', Submitted) AS week, ${items}, "Did you have a problem? (Yes/No)" AS problem FROM read_csv(${literal(file)}, header = true)`);
const answers = await db.runAndReadAll(`SELECT item, value, region, week, count(*) AS n FROM (UNPIVOT (SELECT region, week, ${items} FROM r) ON ${items} INTO NAME item VALUE value) GROUP BY GROUPING SETS ((item, value), (item, value, region), (item, value, week))`);
const moments = await db.runAndReadAll(`SELECT region, week, count(*), count(*) FILTER (WHERE problem = 'Yes'), ${ITEMS.map((x) => `sum(${id(x)}), count(${id(x)})`).join(', ')}, ${products.join(', ')} FROM r GROUP BY GROUPING SETS ((), (region), (week))`);
process.stdout.write(`${answers.getRows().length} answer counts, ${moments.getRows().length} groups of moments\n`);
