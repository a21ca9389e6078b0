#!/usr/bin/env node
// Part of `npm run build`: writes dist/schema/report.schema.json, comparison.schema.json and
// config.schema.json, the JSON Schemas of the report, of `satisfy compare` and of
// satisfy.config.json, generated from the Report and ComparisonReport types in
// src/analysis/report.ts and the SatisfyConfig type in src/survey/config.ts, so that none is ever
// written twice by hand. `satisfy schema report|comparison|config` prints them; the tests validate
// every JSON report and comparison against the first two, and satisfy validates every config, and
// every baseline report it reads, against theirs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

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

mkdirSync('dist/schema', { recursive: true });
const schemas = {
  report: generate('src/analysis/report.ts', 'Report', 'satisfy report, schemaVersion 1'),
  comparison: generate('src/analysis/report.ts', 'ComparisonReport', 'satisfy compare, schemaVersion 1'),
  config: generate('src/survey/config.ts', 'SatisfyConfig', 'satisfy.config.json'),
};
for (const [name, schema] of Object.entries(schemas)) writeFileSync(`dist/schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
