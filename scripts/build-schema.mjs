#!/usr/bin/env node
// Part of `npm run build`: writes dist/schema/report.schema.json, the JSON Schema of the report,
// generated from the Report type in src/analysis/report.ts, so that it is never written twice by
// hand. `satisfy schema report` prints it; the tests validate every JSON report against it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

const generated = createGenerator({
  path: 'src/analysis/report.ts',
  tsconfig: 'tsconfig.build.json',
  type: 'Report',
  expose: 'export',
  topRef: true,
  additionalProperties: false,
  skipTypeCheck: true,
}).createSchema('Report');

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'satisfy report, schemaVersion 1',
  ...generated,
};
mkdirSync('dist/schema', { recursive: true });
writeFileSync('dist/schema/report.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
