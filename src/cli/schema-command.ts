import { readFileSync } from 'node:fs';
import { SatisfyError } from '../errors.js';
import { ExitCode, type Io } from './io.js';

// Written by scripts/build-schema.mjs from the Report, ComparisonReport, SatisfyConfig and ShardState types, beside the compiled code.
const SCHEMAS: Record<string, URL> = {
  report: new URL('../schema/report.schema.json', import.meta.url),
  comparison: new URL('../schema/comparison.schema.json', import.meta.url),
  config: new URL('../schema/config.schema.json', import.meta.url),
  state: new URL('../schema/state.schema.json', import.meta.url),
};

/** `satisfy schema report|comparison|config|state`: print the JSON Schema of the report, of `satisfy compare`, of satisfy.config.json, or of a state file (--emit-state). */
export function runSchema(name: string, io: Io): ExitCode {
  const location = SCHEMAS[name];
  if (location === undefined) throw new SatisfyError('USAGE', `no schema called "${name}"`, {}, `schemas: ${Object.keys(SCHEMAS).join(', ')}`);
  io.stdout.write(readFileSync(location, 'utf8'));
  return ExitCode.ok;
}
