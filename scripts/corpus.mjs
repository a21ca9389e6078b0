#!/usr/bin/env node
// `npm run corpus`: how many columns of real exports satisfy reads right. For every expectations
// file in corpus/expected/ (what an analyst says each column of a real export is: see
// corpus/README.md) whose export is present, it runs the built `satisfy inspect --format json` on
// the export and counts the columns whose role, scale and dimension match. Prints the share right
// per file and in total.
//
//   npm run corpus                              # exports from ../shared/real-exports
//   npm run corpus -- --verbose                 # and every column read wrong
//   npm run corpus -- --exports fixtures/real   # the exports copied into the project
//   npm run corpus -- --json                    # the figures as JSON (the tests read this)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/satisfy.js');
const EXPECTED = join(ROOT, 'corpus/expected');
const RATED = new Set(['item', 'csat', 'nps', 'ces', 'complaint', 'importance']);

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const exportsRoot = flag('--exports', join(ROOT, '../shared/real-exports'));
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');

/** Every *.json below `folder`, as paths relative to it. */
function expectationFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

const list = (value) => (Array.isArray(value) ? value : [value]);

/**
 * Whether satisfy's reading of a column matches the analyst's: an accepted role and, for a rated
 * role, the same scale (min and max) and an accepted dimension. Returns null when it does, else
 * what differs.
 */
export function mismatch(expected, actual) {
  const roles = list(expected.role);
  if (!roles.includes(actual.role)) return `role ${actual.role}, expected ${roles.join(' or ')}`;
  if (!RATED.has(actual.role)) return null;
  if (expected.scale !== undefined && expected.scale !== null) {
    const scale = actual.scale ?? { min: null, max: null };
    if (scale.min !== expected.scale.min || scale.max !== expected.scale.max) return `scale ${scale.min}-${scale.max}, expected ${expected.scale.min}-${expected.scale.max}`;
  }
  const dimensions = list(expected.dimension ?? null);
  if (!dimensions.includes(actual.dimension ?? null)) return `dimension ${actual.dimension}, expected ${dimensions.join(' or ')}`;
  return null;
}

function scoreFile(name) {
  const expected = JSON.parse(readFileSync(join(EXPECTED, name), 'utf8'));
  const path = join(exportsRoot, expected.file);
  if (!existsSync(path)) return null;
  const run = spawnSync(process.execPath, [BIN, 'inspect', path, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const total = expected.columns.length;
  if (run.status !== 0) return { file: expected.file, right: 0, total, wrong: [], error: run.stderr.trim().split('\n')[0] };
  const columns = JSON.parse(run.stdout).columns;
  const wrong = [];
  for (const column of expected.columns) {
    const actual = columns[column.index];
    const why = actual === undefined ? 'no such column' : mismatch(column, actual);
    if (why !== null) wrong.push({ index: column.index, header: column.header ?? actual?.name ?? '', why });
  }
  if (columns.length !== total) wrong.push({ index: -1, header: '', why: `satisfy read ${columns.length} columns, the analyst ${total}` });
  return { file: expected.file, right: total - wrong.filter((w) => w.index >= 0).length, total, wrong, error: null };
}

const results = expectationFiles(EXPECTED).map(scoreFile).filter((r) => r !== null);
const right = results.reduce((sum, r) => sum + r.right, 0);
const total = results.reduce((sum, r) => sum + r.total, 0);
const percent = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} %`);

if (asJson) {
  process.stdout.write(`${JSON.stringify({ exports: exportsRoot, files: results, right, total }, null, 2)}\n`);
} else {
  const width = Math.max(4, ...results.map((r) => r.file.length));
  for (const r of results) {
    process.stdout.write(`${r.file.padEnd(width)}  ${String(r.right).padStart(4)} / ${String(r.total).padEnd(4)} ${percent(r.right, r.total).padStart(8)}${r.error === null ? '' : `  (${r.error})`}\n`);
    if (verbose) for (const w of r.wrong) process.stdout.write(`    ${w.index >= 0 ? `#${w.index} ` : ''}${w.header.slice(0, 70)}: ${w.why}\n`);
  }
  process.stdout.write(`${'total'.padEnd(width)}  ${String(right).padStart(4)} / ${String(total).padEnd(4)} ${percent(right, total).padStart(8)}  (${results.length} files)\n`);
}
