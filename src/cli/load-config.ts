import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SatisfyError } from '../errors.js';
import type { LoadedConfig, SatisfyConfig } from '../survey/config.js';
import { readJson } from './read-json.js';

export type { LoadedConfig };

/** The config file satisfy looks for in the working directory. */
export const CONFIG_FILE = 'satisfy.config.json';

// A config names columns, scales and dimensions: even one for thousands of columns is far smaller.
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

// Written by scripts/build-schema.mjs from the SatisfyConfig type, beside the compiled code.
const SCHEMA = new URL('../schema/config.schema.json', import.meta.url);


/**
 * The config named by `--config`, else satisfy.config.json in `cwd` if there is one, read and
 * validated against its schema. A file that is not JSON is an error naming its line; one that does
 * not fit the schema, an error naming the JSON path (`dimensions[0].items[1].weight`).
 */
export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig | undefined {
  const path = explicit ?? CONFIG_FILE;
  const file = configFile(explicit, cwd);
  if (file === undefined) return undefined;
  if (!existsSync(file)) throw new SatisfyError('FILE_NOT_FOUND', 'no such config file', { file: path });
  const settings = readJson<SatisfyConfig>(file, path, SCHEMA, 'CONFIG_INVALID', 'the config', 'satisfy schema config prints what the file may hold', undefined, MAX_CONFIG_BYTES);
  return { settings, path };
}

/** The config file loadConfig reads: the one `--config` names, else satisfy.config.json in `cwd` if there is one. */
export function configFile(explicit: string | undefined, cwd: string): string | undefined {
  if (explicit !== undefined) return explicit;
  const found = join(cwd, CONFIG_FILE);
  return existsSync(found) ? found : undefined;
}
