#!/usr/bin/env node
// Part of `npm run build`: writes dist/schema/report.schema.json, comparison.schema.json,
// config.schema.json and state.schema.json (each with its validator, <name>.validate.cjs), the JSON Schemas of the report, of `satisfy compare`,
// of satisfy.config.json and of a state file (--emit-state), generated from the Report and
// ComparisonReport types in src/analysis/report.ts, the SatisfyConfig type in src/survey/config.ts
// and the ShardState type in src/engine/analyze-files.ts, so that none is ever written twice by hand. `satisfy schema report|comparison|config` prints them; the tests validate
// every JSON report and comparison against the first two, and satisfy validates every config, and
// every baseline report it reads, against theirs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createGenerator } from 'ts-json-schema-generator';

const require = createRequire(import.meta.url);
const { Ajv } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;

function generate(path, type, title) {
  const generated = createGenerator({
    path,
    tsconfig: 'tsconfig.build.json',
    type,
    expose: 'export',
    topRef: true,
    additionalProperties: false,
    skipTypeCheck: true,
  }).createSchema(type);
  return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...generated };
}

// Counts are whole numbers from 0; sums of weights and of squared deviations are never negative.
const COUNTS = new Set(['count', 'rows', 'rowsUsed', 'headerRows', 'k', 'pooledEarly', 'before', 'after', 'n', 'first', 'saidNo', 'invalid', 'blank', 'notApplicable', 'outOfScale', 'notInteger', 'zero', 'negative', 'notADate', 'otherOrder', 'index', 'minBase', 'top', 'noText', 'nothingToSay', 'characters', 'comments', 'respondents', 'en', 'de', 'fr', 'es', 'pt', 'pl', 'lv', 'other', 'undetermined']);
const NOT_NEGATIVE = new Set(['weightSum', 'weight2Sum', 'weightTotal', 'weight2Total', 'weight', 'weight2', 'firstWeight', 'm2', 'rankSum']);

/** Adds to a generated schema what its TypeScript type cannot say: counts are whole numbers from 0, sums of weights at least 0. */
function withRanges(node, name) {
  if (Array.isArray(node)) return node.map((n) => withRanges(n));
  if (node === null || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withRanges(v, k)])) : withRanges(value)]));
  const numeric = out.type === 'number' || (Array.isArray(out.type) && out.type.includes('number'));
  const key = name ?? out.title;
  if (numeric && COUNTS.has(key)) return { ...out, type: Array.isArray(out.type) ? out.type.map((t) => (t === 'number' ? 'integer' : t)) : 'integer', minimum: 0 };
  if (numeric && NOT_NEGATIVE.has(key)) return { ...out, minimum: 0 };
  return out;
}

/**
 * The schema of a state file (`--emit-state`), from the ShardState type: its format and version
 * added, and its vocabulary — the lexicons' words, Sets and Maps that the file writes as
 * `{"$set": [...]}` and `{"$map": [[key, value], ...]}` — as written. satisfy checks a state's
 * vocabulary against its own lexicons besides (see readState).
 */
function stateSchema() {
  // The version that src/cli/state-file.ts writes and reads, so that the two cannot part.
  const version = Number(/^const VERSION = (\d+);$/m.exec(readFileSync('src/cli/state-file.ts', 'utf8'))?.[1]);
  if (!Number.isInteger(version)) throw new Error('build-schema: no `const VERSION = <n>;` in src/cli/state-file.ts');
  const schema = withRanges(generate('src/engine/analyze-files.ts', 'ShardState', `satisfy state file (--emit-state), version ${version}`));
  const shard = schema.definitions.ShardState;
  shard.properties = { format: { type: 'string', const: 'satisfy-state' }, version: { type: 'number', const: version }, ...shard.properties };
  shard.required = ['format', 'version', ...shard.required];
  const set = { type: 'object', properties: { $set: { type: 'array', items: { type: 'string' } } }, required: ['$set'], additionalProperties: false };
  const map = { type: 'object', properties: { $map: { type: 'array', items: { type: 'array', minItems: 2, maxItems: 2, items: [{ type: 'string' }, {}] } } }, required: ['$map'], additionalProperties: false };
  const vocabulary = schema.definitions.Vocabulary;
  for (const key of ['notApplicable', 'missingCodes', 'yes', 'no', 'unticked', 'nothingToSay', 'otherAnswer']) vocabulary.properties[key] = { ...set, description: vocabulary.properties[key].description };
  vocabulary.properties.labelSets = { ...map, description: vocabulary.properties.labelSets.description };
  vocabulary.properties.ladders = { type: 'array', items: { type: 'object' }, description: vocabulary.properties.ladders.description };
  vocabulary.properties.intensity = { type: 'object', description: vocabulary.properties.intensity.description };
  for (const unused of ['Ladder', 'IntensityPatterns', 'ScaleFamily']) if (!JSON.stringify({ ...schema, definitions: { ...schema.definitions, [unused]: undefined } }).includes(`#/definitions/${unused}"`)) delete schema.definitions[unused];
  return schema;
}

/**
 * A schema that takes keys it does not list: a report or comparison of a later satisfy of the same
 * schemaVersion may hold fields added since (README, "Versioning"), which a consumer validating
 * against this schema, and satisfy reading such a report as a baseline, must let through. The
 * generator closes every object (`additionalProperties: false`) and the tests close them again
 * (tests/helpers/validate-report.ts), so that a key the type lacks is still caught there.
 */
function open(node) {
  if (Array.isArray(node)) return node.map(open);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key, value]) => !(key === 'additionalProperties' && value === false)).map(([key, value]) => [key, open(value)]));
}

mkdirSync('dist/schema', { recursive: true });
const schemas = {
  report: open(generate('src/analysis/report.ts', 'Report', 'satisfy report, schemaVersion 1')),
  comparison: open(generate('src/analysis/report.ts', 'ComparisonReport', 'satisfy compare, schemaVersion 1')),
  config: generate('src/survey/config.ts', 'SatisfyConfig', 'satisfy.config.json'),
  state: stateSchema(),
};
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(`dist/schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  // Its validator, as Ajv compiles it when satisfy reads a config, a baseline or a state
  // (src/cli/read-json.ts), written as a module by Ajv's standalone code generation: compiling it
  // at every run took 22 to 50 ms of a report with --config.
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
  writeFileSync(`dist/schema/${name}.validate.cjs`, standaloneCode(ajv, ajv.compile(schema)));
}
