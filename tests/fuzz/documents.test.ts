import { basename } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { expectHandled, INFINITE, readDocument, writeDocuments, writeEdited, type Documents } from '../helpers/documents.js';
import { fuzzParameters } from '../helpers/fuzz.js';
import { runCli } from '../helpers/run-cli.js';

// Issue 16, points 4 and 13: documents satisfy reads back — a state, a baseline report, a config —
// edited one field at a time as a hostile or careless user would. Whatever the edit, satisfy exits
// 0 or 2, never 3; prints no NaN or Infinity; and says what is wrong in one line naming the file.

type Path = Array<string | number>;

/** Every place in a document, long arrays (the lexicons' words, the histograms) by a few of their entries. */
function places(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Object.entries(value);
  const kept = Array.isArray(value) && entries.length > 4 ? [entries[0], entries[1], entries.at(-1)] : entries;
  return [path, ...kept.flatMap((entry) => places((entry as [string, unknown])[1], [...path, Array.isArray(value) ? Number((entry as [string, unknown])[0]) : (entry as [string, unknown])[0]]))];
}

/** The edits: another type, a negative, huge, tiny, fractional or infinite number, a field deleted or added, an entry duplicated. */
const EDITS: Record<string, (value: unknown) => unknown> = {
  text: () => 'x',
  boolean: () => true,
  null: () => null,
  object: () => ({}),
  array: () => [],
  negative: (v) => (typeof v === 'number' ? -v - 5 : -5),
  huge: () => 1e308,
  tiny: () => 1e-320,
  fraction: (v) => (typeof v === 'number' ? v + 0.37 : 3.7),
  zero: () => 0,
  infinite: () => INFINITE,
  delete: () => undefined,
  addField: (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...v, surplus: 1 } : v),
  duplicate: (v) => (Array.isArray(v) && v.length > 0 ? [...v, v[0]] : v),
};

function edit(document: Record<string, unknown>, path: Path, name: string): void {
  if (path.length === 0) return;
  let parent: Record<string | number, unknown> = document;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path.at(-1) as string | number;
  const value = (EDITS[name] as (v: unknown) => unknown)(parent[key]);
  if (value !== undefined) parent[key] = value;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
}

describe('documents read back, edited', () => {
  let documents: Documents;
  beforeAll(() => {
    documents = writeDocuments();
  });

  /** Checks that `run` handles every one-field edit of the document at `source`. */
  const property = (source: () => string, run: (file: string) => ReturnType<typeof runCli>, runs: number) => {
    const document = readDocument(source()) as Record<string, unknown>;
    const all = places(document);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom(...Object.keys(EDITS)), (path, name) => {
        const file = writeEdited(documents.dir, `edited-${name}.json`, document, (copy) => edit(copy, path, name));
        expectHandled(run(file), basename(file), `${name} at ${path.join('.')}`);
      }),
      fuzzParameters(runs),
    );
  };

  it('merge handles any one-field edit of a state file', () => {
    property(() => documents.state, (file) => runCli(['merge', file, documents.state]), 5);
  });

  it('compare handles any one-field edit of a baseline report', () => {
    property(() => documents.baseline, (file) => runCli(['compare', file, documents.baseline]), 3);
  });

  it('report --config handles any one-field edit of a config', () => {
    property(() => documents.config, (file) => runCli(['report', 'fixtures/segments/drop-in-one-region.csv', '--config', file]), 6);
  });
});
