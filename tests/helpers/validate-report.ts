import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

/**
 * A published schema closed again: every object that lists its properties takes no other key. The
 * build publishes the report's and comparison's schemas open to keys a later satisfy adds
 * (scripts/build-schema.mjs, `open`); a report of this satisfy must hold only the keys its type
 * has, so the tests catch one the type (and the README's table) lacks.
 */
export function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closed(v)])) : closed(value)]);
  const object = Object.fromEntries(entries) as Record<string, unknown>;
  return 'properties' in object && !('additionalProperties' in object) ? { ...object, additionalProperties: false } : object;
}

// The schemas `npm run build` generates from the Report and ComparisonReport types (scripts/build-schema.mjs).
const compile = (name: string) => new Ajv({ allErrors: true, strict: true }).compile(closed(JSON.parse(readFileSync(new URL(`../../dist/schema/${name}.schema.json`, import.meta.url), 'utf8'))) as object);
const validate = { report: compile('report'), comparison: compile('comparison') };

/** Throws unless `report` (parsed JSON) is valid against the published schema. */
export function validateReport(report: unknown): void {
  if (!validate.report(report)) throw new Error(`the JSON report does not match its schema: ${JSON.stringify(validate.report.errors?.slice(0, 5))}`);
}

/** Throws unless `comparison` (parsed JSON of `satisfy compare`) is valid against its published schema. */
export function validateComparison(comparison: unknown): void {
  if (!validate.comparison(comparison)) throw new Error(`the JSON comparison does not match its schema: ${JSON.stringify(validate.comparison.errors?.slice(0, 5))}`);
}
