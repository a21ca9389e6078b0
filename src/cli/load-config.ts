import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { SatisfyError } from '../errors.js';
import type { SatisfyConfig } from '../survey/config.js';

/** The config file satisfy looks for in the working directory. */
export const CONFIG_FILE = 'satisfy.config.json';

// Written by scripts/build-schema.mjs from the SatisfyConfig type, beside the compiled code.
const SCHEMA = new URL('../schema/config.schema.json', import.meta.url);

export interface LoadedConfig {
  settings: SatisfyConfig;
  /** The file as the user named it, or CONFIG_FILE when found in the working directory. */
  path: string;
}

/**
 * The config named by `--config`, else satisfy.config.json in `cwd` if there is one, read and
 * validated against its schema. A file that is not JSON is an error naming its line; one that does
 * not fit the schema, an error naming the JSON path (`dimensions[0].items[1].weight`).
 */
export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig | undefined {
  const path = explicit ?? CONFIG_FILE;
  const file = explicit ?? join(cwd, CONFIG_FILE);
  if (explicit === undefined && !existsSync(file)) return undefined;
  if (!existsSync(file)) throw new SatisfyError('FILE_NOT_FOUND', 'no such config file', { file: path });
  if (statSync(file).isDirectory()) throw new SatisfyError('FILE_IS_DIRECTORY', 'the config is a directory, not a file', { file: path });
  const text = readFileSync(file, 'utf8');
  let settings: unknown;
  try {
    settings = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position === null ? undefined : text.slice(0, Number(position[1])).split('\n').length;
    throw new SatisfyError('CONFIG_INVALID', `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '')}`, { file: path, line });
  }
  const validate = new Ajv({ allErrors: true, strict: false }).compile<SatisfyConfig>(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
  if (!validate(settings)) throw new SatisfyError('CONFIG_INVALID', describeError(validate.errors ?? []), { file: path }, 'satisfy schema config prints what the file may hold');
  return { settings, path };
}

/** The most telling of the schema's complaints, with the JSON path of the value it concerns. */
function describeError(errors: readonly ErrorObject[]): string {
  // "not any of string | object" says less than why the object is wrong: prefer the deepest error.
  const [error] = [...errors].filter((e) => e.keyword !== 'anyOf').sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
  if (error === undefined) return errors[0]?.message ?? 'does not fit the schema';
  const path = jsonPath(error.instancePath);
  const where = path === '' ? 'the config' : path;
  if (error.keyword === 'additionalProperties') return `${where}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where}: ${error.message ?? 'does not fit the schema'}`;
}

/** `/dimensions/0/items/1` → `dimensions[0].items[1]`; `/columns/Speed of delivery` → `columns["Speed of delivery"]`. */
export function jsonPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${path}${path === '' ? '' : '.'}${part}` : `${path}[${JSON.stringify(part)}]`), '');
}
