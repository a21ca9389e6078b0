import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

// The schemas `npm run build` generates from the Report and ComparisonReport types (scripts/build-schema.mjs).
const compile = (name: string) => new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(new URL(`../../dist/schema/${name}.schema.json`, import.meta.url), 'utf8')) as object);
const validate = { report: compile('report'), comparison: compile('comparison') };

/** Throws unless `report` (parsed JSON) is valid against the published schema. */
export function validateReport(report: unknown): void {
  if (!validate.report(report)) throw new Error(`the JSON report does not match its schema: ${JSON.stringify(validate.report.errors?.slice(0, 5))}`);
}

/** Throws unless `comparison` (parsed JSON of `satisfy compare`) is valid against its published schema. */
export function validateComparison(comparison: unknown): void {
  if (!validate.comparison(comparison)) throw new Error(`the JSON comparison does not match its schema: ${JSON.stringify(validate.comparison.errors?.slice(0, 5))}`);
}
