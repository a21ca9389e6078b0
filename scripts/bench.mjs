#!/usr/bin/env node
// `npm run bench`: how fast satisfy makes a full report of large exports, and how much memory it
// takes. It generates (seeded, cached in the system's temporary folder) realistic exports of 100k
// and 1M responses, whose quoted comments hold delimiters, quotes, line breaks and non-ASCII text;
// times the full report (every dimension, CSAT, NPS, complaints, --by Region, --period week, JSON
// to /dev/null) over several runs, on 1, 2, 4 and 8 threads as far as the machine has cores, and on
// every core, satisfy's default (--threads), each with its speed-up over one thread; and in the same
// run times a reference pass that only reads the file and counts its newline bytes, so that each
// figure is also a ratio that travels between machines. The runs alternate, so that a machine that
// slows down for a while slows all of them. Prints the median wall time, MB/s, peak RSS and the
// ratio. Each report is also timed with the comment column ignored (a config that gives it the role
// `ignored`), so that what reading, tagging and tallying the comments adds is a figure of its own.
// Where the optional dependency @duckdb/node-api is installed, it also times embedded DuckDB
// computing the same aggregates from the same file (scripts/bench-duckdb.mjs), and prints satisfy's
// time on every core as a ratio of DuckDB's (below 1: satisfy is faster); `--no-duckdb` skips it.
// With it, it also times the report computed inside DuckDB by `satisfy sql --engine duckdb` (issue
// 20), the comment column ignored as SQL does not read comments, its survey read from a sample of
// 1,000 responses of the same generator and the export given as --table, against satisfy's own
// reader making the same report on every core, from the CSV and from the same export written as
// Parquet by DuckDB (cached beside it).
// And it times the comments where they seldom repeat, as in real comment columns: the 100k export
// with its comments put together anew (scripts/bench-comments.mjs), with and without its comment
// column, on one thread and on every core; `--no-distinct` skips it, `--distinct` times it alone.
// It also times the same full report of a small export of 1,000 responses, start-up included
// (issue 21's small-report target), beside Node starting and doing nothing (`node -e 0`), in
// alternated runs, as a ratio too; `--no-small` skips it, `--small` times it alone. And it times
// the report of many segments: the 100k export --by Store (240 stores, 200 segments each tested
// against the rest of the sample, the others pooled) beside the same report --by Region (8), one
// thread, alternated, as a ratio; `--no-segments` skips it, `--segments` times it alone.
//
//   npm run bench                 # 100k and 1M responses, 5 runs each; 1,000 responses, 15 runs
//   npm run bench -- 100000 --runs 3
//   npm run bench -- 10000000 --runs 1 --threads 2   # one size, one run, only on 2 threads
//   npm run bench -- --small      # only the report of 1,000 responses
//   npm run bench -- --segments   # only the report of 200 segments
//   npm run bench -- --distinct   # only the comments that seldom repeat
//   npm run bench -- --json       # the figures as JSON
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchComment } from './bench-comments.mjs';
import { mulberry32 } from './mulberry32.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/satisfy.js');
// Bump when the generated rows change, so that a cached file of the old shape is not reused.
const GENERATOR = 3;

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const runs = Number(flag('--runs', '5'));
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs' && args[i - 1] !== '--threads').map(Number);
// The thread counts timed: 1, 2, 4 and 8 up to the machine's cores, and satisfy's default, every core it may use.
const cores = availableParallelism();
const threadCounts = flag('--threads', undefined) === undefined ? [...new Set([...[1, 2, 4, 8].filter((n) => n <= cores), cores])] : [Number(flag('--threads'))];
const asJson = args.includes('--json');
const onlySegments = args.includes('--segments');
const onlyDistinct = args.includes('--distinct');
const withSmall = !args.includes('--no-small') && !onlySegments && !onlyDistinct;
const onlySmall = args.includes('--small');
const withSegments = !args.includes('--no-segments') && !onlySmall && !onlyDistinct;
const SEGMENT_ROWS = 100_000;
const withDistinct = !args.includes('--no-distinct') && !onlySmall && !onlySegments;
// The export of distinct comments (see scripts/bench-comments.mjs): its size, and its generator's version.
const DISTINCT_ROWS = 100_000;
const DISTINCT_GENERATOR = 1;
// The small report is short and its time varies more from run to run: three times the runs.
const SMALL_ROWS = 1000;
const smallRuns = 3 * runs;
const withDuckDb = !args.includes('--no-duckdb') && canLoad('@duckdb/node-api');

function canLoad(name) {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

const REGIONS = ['North', 'South', 'East', 'West', 'Centre', 'Coast', 'Islands', 'Online'];
const COMMENTS = [
  'Fast delivery, thanks',
  'Courier was late, again; second time this month',
  'The "express" option was not express at all',
  'Dostawa szybka, ale paczka uszkodzona',
  'Piegāde kavējās par divām dienām',
  'Prix correct, livraison rapide — très bien',
  'Good value.\nWill order again',
  'Zu teuer für die Qualität, leider',
];
const HEADER = 'Response ID,Submitted,Region,Store,Delivery speed (1-5),Delivery quality (1-5),The price is fair (1-5),Value for money (1-5),Did you have a problem? (Yes/No),How well was your problem handled? (1-5),I trust this company (1-5),Overall satisfaction (1-5),How likely are you to recommend us? (0-10),Comments';

/**
 * Writes `rows` responses to `path` (through a temporary file, so an interrupted run leaves no half
 * file). With `distinct`, the comments are put together by benchComment, from a generator of their
 * own, so that every other cell is the same as in the file without it.
 */
async function generate(path, rows, { distinct = false } = {}) {
  const next = mulberry32(20261123 + rows);
  const nextWord = mulberry32(20261203 + rows);
  const pick = (n) => Math.floor(next() * n);
  const rating = (mean) => Math.max(1, Math.min(5, Math.round(mean + (next() - 0.5) * 3)));
  const partial = `${path}.part`;
  const out = createWriteStream(partial);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve)));
  await write(`${HEADER}\n`);
  const start = Date.UTC(2026, 0, 5);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const attitude = 2.5 + next() * 2;
    const problem = next() < 0.2;
    const when = new Date(start + Math.floor((i / rows) * 56 * 86_400_000) + pick(3_600_000)).toISOString().slice(0, 16).replace('T', ' ');
    const id = `R_${Math.floor(next() * 2 ** 52).toString(36).padStart(11, '0')}${i.toString(36).padStart(4, '0')}`;
    const store = `Store ${String(pick(240)).padStart(3, '0')}`;
    const text = next() < 0.6 ? COMMENTS[pick(COMMENTS.length)] : null;
    const comment = text === null ? '' : `"${(distinct ? benchComment(nextWord) : text).replaceAll('"', '""')}"`;
    const handled = problem ? String(rating(attitude - 0.5)) : '';
    const recommend = Math.max(0, Math.min(10, Math.round(attitude * 2 + (next() - 0.5) * 4)));
    chunk += `${id},${when},${REGIONS[pick(REGIONS.length)]},${store},${rating(attitude)},${rating(attitude)},${rating(attitude - 0.3)},${rating(attitude - 0.2)},${problem ? 'Yes' : 'No'},${handled},${rating(attitude + 0.2)},${rating(attitude)},${recommend},${comment}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  renameSync(partial, path);
}

/** Writes the CSV export `csv` as Parquet at `parquet` with embedded DuckDB (through a temporary file), each column of the type DuckDB finds. */
async function writeParquet(csv, parquet) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const quote = (text) => `'${text.replaceAll("'", "''")}'`;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (SELECT * FROM read_csv(${quote(csv)}, header = true)) TO ${quote(`${parquet}.part`)} (FORMAT PARQUET)`);
  connection.closeSync();
  instance.closeSync();
  renameSync(`${parquet}.part`, parquet);
}

/** Runs a command, returning its wall time in seconds and peak resident set in MiB (GNU time's %M). */
function measure(command) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', ...command], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status}): ${result.stderr}`);
  const kib = Number(result.stderr.trim().split('\n').pop());
  return { seconds, rssMiB: kib / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// The reference: Node reading the file in 1 MiB pieces and counting newline bytes, nothing else.
const REFERENCE = `const fs=require('fs');const fd=fs.openSync(process.argv[1],'r');const b=Buffer.allocUnsafe(1<<20);let n=0,r;while((r=fs.readSync(fd,b,0,b.length,null))>0){for(let i=0;i<r;i++)if(b[i]===10)n++;}console.log(n);`;

const dir = join(tmpdir(), 'satisfy-bench');
mkdirSync(dir, { recursive: true });
// The same report with the comment column left unread: what the comments cost is the difference.
const withoutComments = join(dir, 'ignore-comments.config.json');
writeFileSync(withoutComments, `${JSON.stringify({ columns: { Comments: { role: 'ignored' } } })}\n`);
const results = [];
// The report computed in DuckDB by satisfy sql, per size (see the header).
const sqlResults = [];
for (const rows of onlySmall || onlySegments || onlyDistinct ? [] : sizes.length > 0 ? sizes : [100_000, 1_000_000]) {
  const file = join(dir, `responses-${rows}-v${GENERATOR}.csv`);
  if (!existsSync(file)) {
    if (!asJson) process.stderr.write(`generating ${file} …\n`);
    await generate(file, rows);
  }
  const mb = statSync(file).size / 1e6;
  const report = (threads, ...more) => [process.execPath, BIN, 'report', file, '--by', 'Region', '--period', 'week', '--format', 'json', '-o', '/dev/null', '--quiet', '--threads', String(threads), ...more];
  const reportWithoutComments = (threads) => report(threads, '--config', withoutComments);
  const reference = [process.execPath, '-e', REFERENCE, file];
  const duckdb = [process.execPath, join(ROOT, 'scripts/bench-duckdb.mjs'), file];
  const sample = join(dir, `responses-${SMALL_ROWS}-v${GENERATOR}.csv`);
  if (withDuckDb && !existsSync(sample)) await generate(sample, SMALL_ROWS);
  const inSql = [process.execPath, BIN, 'sql', '--engine', 'duckdb', sample, '--table', file, '--by', 'Region', '--period', 'week', '--config', withoutComments, '--format', 'json', '-o', '/dev/null', '--quiet'];
  // The same export as Parquet (issue 20: 10M rows from Parquet), written once by DuckDB from the CSV with the types it finds.
  const parquet = file.replace(/\.csv$/, '.duckdb.parquet');
  if (withDuckDb && !existsSync(parquet)) {
    if (!asJson) process.stderr.write(`writing ${parquet} …\n`);
    await writeParquet(file, parquet);
  }
  const inSqlParquet = inSql.map((arg, i) => (inSql[i - 1] === '--table' ? parquet : arg));
  // One warm-up run each, so that the file is in the page cache for all.
  for (const threads of threadCounts) measure(report(threads));
  measure(reference);
  if (withDuckDb) measure(duckdb);
  if (withDuckDb) measure(inSql);
  if (withDuckDb) measure(inSqlParquet);
  const timed = { reference: [], duckdb: [], inSql: [], inSqlParquet: [], ...Object.fromEntries(threadCounts.flatMap((threads) => [[threads, []], [`${threads} without comments`, []]])) };
  for (let i = 0; i < runs; i++) {
    for (const threads of threadCounts) {
      timed[threads].push(measure(report(threads)));
      timed[`${threads} without comments`].push(measure(reportWithoutComments(threads)));
    }
    timed.reference.push(measure(reference));
    if (withDuckDb) timed.duckdb.push(measure(duckdb));
    if (withDuckDb) timed.inSql.push(measure(inSql));
    if (withDuckDb) timed.inSqlParquet.push(measure(inSqlParquet));
  }
  const referenceWall = median(timed.reference.map((t) => t.seconds));
  const duck = withDuckDb ? { wall: median(timed.duckdb.map((t) => t.seconds)), peakRssMiB: Math.max(...timed.duckdb.map((t) => t.rssMiB)) } : null;
  const oneThread = threadCounts.includes(1) ? median(timed[1].map((t) => t.seconds)) : null;
  const everyCore = threadCounts[threadCounts.length - 1];
  const sql = withDuckDb ? { wall: median(timed.inSql.map((t) => t.seconds)), peakRssMiB: Math.max(...timed.inSql.map((t) => t.rssMiB)) } : null;
  if (sql !== null) {
    const ownReader = median(timed[`${everyCore} without comments`].map((t) => t.seconds));
    const fromParquet = { wall: median(timed.inSqlParquet.map((t) => t.seconds)), peakRssMiB: Math.max(...timed.inSqlParquet.map((t) => t.rssMiB)), mb: statSync(parquet).size / 1e6 };
    sqlResults.push({ rows, mb, ...sql, threads: everyCore, ratio: sql.wall / ownReader, parquet: { ...fromParquet, ratio: fromParquet.wall / ownReader } });
  }
  const checked = checkReports(rows, report, withDuckDb ? inSql : null);
  for (const threads of threadCounts) {
    const wall = median(timed[threads].map((t) => t.seconds));
    const withoutCommentsWall = median(timed[`${threads} without comments`].map((t) => t.seconds));
    results.push({
      checked, rows, mb, threads, runs, wall, speedup: oneThread === null ? null : oneThread / wall, mbPerSecond: mb / wall, peakRssMiB: Math.max(...timed[threads].map((t) => t.rssMiB)), referenceWall, ratio: wall / referenceWall, withoutComments: { wall: withoutCommentsWall, commentsAdd: wall / withoutCommentsWall - 1 }, duckdb: duck === null ? null : { ...duck, ratio: wall / duck.wall } });
  }
}

/**
 * What the timed runs made, checked once, untimed (issue 21 point 5): the JSON report the same,
 * byte for byte, on every thread count; and, where DuckDB is installed, the report without
 * comments computed in SQL (satisfy sql, an independent path to the same figures: the aggregates
 * are DuckDB's) equal to satisfy's own in every figure to 1e-9 relative. What the two paths
 * legitimately tell apart is left out: `input` (the SQL path names the query) and the columns'
 * evidence (the SQL path detects from the 1,000-row sample, not from the export's first rows).
 * A failed check is printed and makes the bench exit 1.
 */
function checkReports(rows, report, inSql) {
  const out = (name) => join(dir, `check-${rows}-${name}.json`);
  const written = (command, name) => {
    measure(command.map((arg, i) => (command[i - 1] === '-o' ? out(name) : arg)));
    return readFileSync(out(name), 'utf8');
  };
  const first = written(report(threadCounts[0]), `threads-${threadCounts[0]}`);
  const differentThreads = threadCounts.slice(1).filter((threads) => written(report(threads), `threads-${threads}`) !== first);
  let sql = null;
  if (inSql !== null) {
    const own = JSON.parse(written(report(threadCounts[0], '--config', withoutComments), 'own-without-comments'));
    const theirs = JSON.parse(written(inSql, 'sql'));
    sql = compareFigures(own, theirs);
  }
  const checked = { identicalOnEveryThreadCount: differentThreads.length === 0, differentThreads, sql };
  if (!checked.identicalOnEveryThreadCount || (sql !== null && sql.differences.length > 0)) process.exitCode = 1;
  return checked;
}

/** The worst relative difference of two reports' numbers, and the paths that differ by more than 1e-9 relative or in anything but a number (leaving out `input` and the columns' evidence). */
function compareFigures(a, b) {
  let worst = 0;
  const differences = [];
  const walk = (x, y, path) => {
    if (path === '.input' || /^\.columns\[\d+\]\.evidence$/.test(path)) return;
    if (typeof x === 'number' && typeof y === 'number') {
      const relative = x === y ? 0 : Math.abs(x - y) / Math.max(1, Math.abs(x), Math.abs(y));
      worst = Math.max(worst, relative);
      if (relative > 1e-9) differences.push(path);
    } else if (Array.isArray(x) && Array.isArray(y) && x.length === y.length) {
      x.forEach((item, i) => walk(item, y[i], `${path}[${i}]`));
    } else if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const key of keys) walk(x[key], y[key], `${path}.${key}`);
    } else if (x !== y) differences.push(path);
  };
  walk(a, b, '');
  return { worstRelative: worst, differences: differences.slice(0, 10), differing: differences.length };
}

// The small report: the full report of a 1,000-response export, start-up included, and Node
// starting and doing nothing, alternated; the same thread counts.
let small = null;
if (withSmall) {
  const file = join(dir, `responses-${SMALL_ROWS}-v${GENERATOR}.csv`);
  if (!existsSync(file)) await generate(file, SMALL_ROWS);
  const report = (threads) => [process.execPath, BIN, 'report', file, '--by', 'Region', '--period', 'week', '--format', 'json', '-o', '/dev/null', '--quiet', '--threads', String(threads)];
  const node = [process.execPath, '-e', '0'];
  for (const threads of threadCounts) measure(report(threads));
  measure(node);
  const timed = { node: [], ...Object.fromEntries(threadCounts.map((threads) => [threads, []])) };
  for (let i = 0; i < smallRuns; i++) {
    for (const threads of threadCounts) timed[threads].push(measure(report(threads)));
    timed.node.push(measure(node));
  }
  const nodeWall = median(timed.node.map((t) => t.seconds));
  small = {
    rows: SMALL_ROWS,
    runs: smallRuns,
    node: { wall: nodeWall, peakRssMiB: Math.max(...timed.node.map((t) => t.rssMiB)) },
    results: threadCounts.map((threads) => {
      const wall = median(timed[threads].map((t) => t.seconds));
      return { threads, wall, peakRssMiB: Math.max(...timed[threads].map((t) => t.rssMiB)), ratio: wall / nodeWall };
    }),
  };
}

// Many segments: --by Store against --by Region, on one thread (the segment tests are made after
// the reading, on satisfy's own thread), alternated.
let segments = null;
if (withSegments) {
  const file = join(dir, `responses-${SEGMENT_ROWS}-v${GENERATOR}.csv`);
  if (!existsSync(file)) await generate(file, SEGMENT_ROWS);
  const report = (by) => [process.execPath, BIN, 'report', file, '--by', by, '--format', 'json', '-o', '/dev/null', '--quiet', '--threads', '1'];
  measure(report('Store'));
  measure(report('Region'));
  const timed = { Store: [], Region: [] };
  for (let i = 0; i < runs; i++) for (const by of ['Store', 'Region']) timed[by].push(measure(report(by)));
  const figures = (by) => ({ wall: median(timed[by].map((t) => t.seconds)), peakRssMiB: Math.max(...timed[by].map((t) => t.rssMiB)) });
  const [store, region] = [figures('Store'), figures('Region')];
  segments = { rows: SEGMENT_ROWS, runs, store, region, ratio: store.wall / region.wall };
}

// Distinct comments: the report of the 100k export whose comments are all put together anew (see
// scripts/bench-comments.mjs), with and without its comment column, on one thread and on every
// core, alternated: what reading comments costs where, as in real columns, few texts repeat.
let distinct = null;
if (withDistinct) {
  const file = join(dir, `responses-${DISTINCT_ROWS}-distinct-comments-v${GENERATOR}.${DISTINCT_GENERATOR}.csv`);
  if (!existsSync(file)) {
    if (!asJson) process.stderr.write(`generating ${file} …\n`);
    await generate(file, DISTINCT_ROWS, { distinct: true });
  }
  const threadsTimed = flag('--threads', undefined) === undefined ? [...new Set([1, threadCounts[threadCounts.length - 1]])] : threadCounts;
  const report = (threads, ...more) => [process.execPath, BIN, 'report', file, '--by', 'Region', '--period', 'week', '--format', 'json', '-o', '/dev/null', '--quiet', '--threads', String(threads), ...more];
  for (const threads of threadsTimed) measure(report(threads));
  const timed = Object.fromEntries(threadsTimed.flatMap((threads) => [[threads, []], [`${threads} without comments`, []]]));
  for (let i = 0; i < runs; i++) {
    for (const threads of threadsTimed) {
      timed[threads].push(measure(report(threads)));
      timed[`${threads} without comments`].push(measure(report(threads, '--config', withoutComments)));
    }
  }
  distinct = {
    rows: DISTINCT_ROWS,
    runs,
    results: threadsTimed.map((threads) => {
      const wall = median(timed[threads].map((t) => t.seconds));
      const without = median(timed[`${threads} without comments`].map((t) => t.seconds));
      return { threads, wall, peakRssMiB: Math.max(...timed[threads].map((t) => t.rssMiB)), withoutComments: { wall: without, peakRssMiB: Math.max(...timed[`${threads} without comments`].map((t) => t.rssMiB)), commentsAdd: wall / without - 1 } };
    }),
  };
}

const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), date: new Date().toISOString().slice(0, 10) };
if (asJson) {
  process.stdout.write(`${JSON.stringify({ machine, results, sql: sqlResults, small, segments, distinct }, null, 2)}\n`);
} else {
  process.stdout.write(`satisfy bench · ${machine.date} · Node ${machine.node} · ${machine.cpus} × ${machine.cpu} · ${machine.memoryGiB} GiB\n`);
  if (results.length > 0) printLarge();
  if (small !== null) printSmall();
  if (segments !== null) printSegments();
  if (distinct !== null) printDistinct();
}

function printDistinct() {
  process.stdout.write(`\ndistinct comments: the full report of ${distinct.rows.toLocaleString('en-US')} responses whose comments are each put together anew (scripts/bench-comments.mjs), median of ${distinct.runs} runs\n\n`);
  process.stdout.write('responses  threads   wall s   peak RSS MiB   no comments s   no comments MiB   comments add\n');
  for (const r of distinct.results) {
    process.stdout.write(`${String(distinct.rows).padStart(9)} ${String(r.threads).padStart(8)} ${r.wall.toFixed(2).padStart(8)} ${r.peakRssMiB.toFixed(0).padStart(14)} ${r.withoutComments.wall.toFixed(2).padStart(15)} ${r.withoutComments.peakRssMiB.toFixed(0).padStart(17)} ${`${(r.withoutComments.commentsAdd * 100).toFixed(0)} %`.padStart(14)}\n`);
  }
}

function printLarge() {
  process.stdout.write(`full report (--by Region --period week, JSON to /dev/null), median of ${runs} runs; reference: read the file and count newlines\n\n`);
  process.stdout.write(`responses       MB  threads   wall s   speed-up    MB/s   peak RSS MiB   reference s   × reference   no comments s   comments add${withDuckDb ? '   DuckDB s   DuckDB MiB   × DuckDB' : ''}\n`);
  for (const r of results) {
    const duck = r.duckdb === null ? '' : ` ${r.duckdb.wall.toFixed(2).padStart(10)} ${r.duckdb.peakRssMiB.toFixed(0).padStart(12)} ${r.duckdb.ratio.toFixed(2).padStart(10)}`;
    const comments = ` ${r.withoutComments.wall.toFixed(2).padStart(15)} ${`${(r.withoutComments.commentsAdd * 100).toFixed(0)} %`.padStart(14)}`;
    process.stdout.write(`${String(r.rows).padStart(9)} ${r.mb.toFixed(1).padStart(8)} ${String(r.threads).padStart(8)} ${r.wall.toFixed(2).padStart(8)} ${(r.speedup === null ? '' : `${r.speedup.toFixed(2)} ×`).padStart(10)} ${r.mbPerSecond.toFixed(1).padStart(7)} ${r.peakRssMiB.toFixed(0).padStart(14)} ${r.referenceWall.toFixed(3).padStart(13)} ${r.ratio.toFixed(1).padStart(13)}${comments}${duck}\n`);
  }
  for (const rows of new Set(results.map((r) => r.rows))) {
    const { checked } = results.find((r) => r.rows === rows);
    process.stdout.write(`${String(rows).padStart(9)}: the JSON report ${checked.identicalOnEveryThreadCount ? `is byte-identical on ${threadCounts.join(', ')} threads` : `DIFFERS on ${checked.differentThreads.join(', ')} threads from ${threadCounts[0]}`}`);
    if (checked.sql !== null) process.stdout.write(checked.sql.differing === 0 ? `; computed in SQL (DuckDB), without comments, every figure equal to satisfy's own to 1e-9 (worst ${checked.sql.worstRelative.toExponential(1)} relative)` : `; computed in SQL (DuckDB), ${checked.sql.differing} FIGURES DIFFER from satisfy's own: ${checked.sql.differences.join(', ')}`);
    process.stdout.write('\n');
  }
  process.stdout.write('speed-up: the wall time on one thread / this one (issue 21: at least 1.8 on two cores)\n');
  process.stdout.write('no comments: the same report with the comment column given the role "ignored"; comments add = wall / that wall − 1 (the comments read, their language told, tagged, tallied, with their impact)\n');
  if (withDuckDb) process.stdout.write('DuckDB: embedded, every core, the same aggregates from the same file (scripts/bench-duckdb.mjs); × DuckDB = satisfy\'s wall / DuckDB\'s\n');
  if (sqlResults.length === 0) return;
  process.stdout.write('\nthe same report without comments computed in DuckDB (satisfy sql --engine duckdb), against satisfy\'s own reader on every core\n\n');
  process.stdout.write('responses     from   MB of it   wall s   peak RSS MiB   × own reader\n');
  for (const r of sqlResults) {
    process.stdout.write(`${String(r.rows).padStart(9)} ${'CSV'.padStart(8)} ${r.mb.toFixed(1).padStart(10)} ${r.wall.toFixed(2).padStart(8)} ${r.peakRssMiB.toFixed(0).padStart(14)} ${r.ratio.toFixed(2).padStart(14)}\n`);
    process.stdout.write(`${String(r.rows).padStart(9)} ${'Parquet'.padStart(8)} ${r.parquet.mb.toFixed(1).padStart(10)} ${r.parquet.wall.toFixed(2).padStart(8)} ${r.parquet.peakRssMiB.toFixed(0).padStart(14)} ${r.parquet.ratio.toFixed(2).padStart(14)}\n`);
  }
  process.stdout.write('own reader: satisfy report of the CSV without comments on every core; from Parquet: the same export written by DuckDB as Parquet, with the types it found\n');
}

function printSmall() {
  process.stdout.write(`${results.length > 0 ? '\n' : ''}small report: the same full report of ${small.rows.toLocaleString('en-US')} responses, start-up included, median of ${small.runs} runs; reference: node -e 0 (${small.node.wall.toFixed(3)} s, ${small.node.peakRssMiB.toFixed(0)} MiB)\n\n`);
  process.stdout.write('responses  threads   wall s   peak RSS MiB   × node -e 0\n');
  for (const r of small.results) process.stdout.write(`${String(small.rows).padStart(9)} ${String(r.threads).padStart(8)} ${r.wall.toFixed(3).padStart(8)} ${r.peakRssMiB.toFixed(0).padStart(14)} ${r.ratio.toFixed(1).padStart(13)}\n`);
}

function printSegments() {
  process.stdout.write(`${results.length > 0 || small !== null ? '\n' : ''}many segments: the report of ${segments.rows.toLocaleString('en-US')} responses on one thread, median of ${segments.runs} runs; reference: the same report --by Region (8 segments)\n\n`);
  process.stdout.write('by        segments   wall s   peak RSS MiB   × --by Region\n');
  process.stdout.write(`Store          200 ${segments.store.wall.toFixed(2).padStart(8)} ${segments.store.peakRssMiB.toFixed(0).padStart(14)} ${segments.ratio.toFixed(1).padStart(15)}\n`);
  process.stdout.write(`Region           8 ${segments.region.wall.toFixed(2).padStart(8)} ${segments.region.peakRssMiB.toFixed(0).padStart(14)} ${'1.0'.padStart(15)}\n`);
}
