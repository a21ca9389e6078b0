import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

// The schema `npm run build` generates from the Report type (scripts/build-schema.mjs).
const schema = JSON.parse(readFileSync(new URL('../../dist/schema/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Throws unless `report` (parsed JSON) is valid against the published schema. */
export function validateReport(report: unknown): void {
  if (!validate(report)) throw new Error(`the JSON report does not match its schema: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
}
