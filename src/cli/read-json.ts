import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { jsonSyntaxError } from '../text/json-syntax-error.js';
import { SatisfyError, type ErrorCode } from '../errors.js';

/**
 * Reads a JSON document that satisfy wrote or reads (a config, a report) and validates it against
 * its JSON Schema. A file that is not JSON is an error naming its line; one that does not fit the
 * schema, an error naming the JSON path of the value (`dimensions[0].items[1].weight`). Messages
 * name the file as `shownAs` (the name the user gave) and the document as `what` ("the config").
 */
export function readJson<T>(file: string, shownAs: string, schema: URL, code: ErrorCode, what: string, hint: string, prepare: (value: unknown) => unknown = (value) => value, maxBytes?: number): T {
  if (!existsSync(file)) throw new SatisfyError('FILE_NOT_FOUND', `no such file`, { file: shownAs });
  if (statSync(file).isDirectory()) throw new SatisfyError('FILE_IS_DIRECTORY', `${what} is a directory, not a file`, { file: shownAs });
  // A byte-order mark, as Notepad writes before UTF-8, is no part of the JSON.
  const text = (maxBytes === undefined ? readFileSync(file, 'utf8') : readAtMost(file, maxBytes, shownAs, what)).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text);
    throw new SatisfyError(code, `not valid JSON: ${error === null ? 'cannot be read' : `line ${error.line}, column ${error.column}: ${error.message}`}`, { file: shownAs, line: error?.line });
  }
  value = prepare(value);
  const validate = compiled<T>(schema);
  if (!validate(value)) throw new SatisfyError(code, describeError(validate.errors ?? [], what), { file: shownAs }, hint);
  return value;
}

const validators = new Map<string, ValidateFunction>();

/** The validator of a schema, compiled once (merge reads many states against one). */
function compiled<T>(schema: URL): ValidateFunction<T> {
  let validate = validators.get(schema.href);
  if (validate === undefined) {
    // The build writes each schema's validator beside it (scripts/build-schema.mjs: Ajv's
    // standalone code, what Ajv compiles from the schema, with the same options): compiling it at
    // every run took 22 to 50 ms. Without it, Ajv compiles the schema here, when a JSON document is
    // read, not at every start (loading Ajv takes about 35 ms).
    const standalone = new URL(schema.href.replace(/\.schema\.json$/, '.validate.cjs'));
    const require = createRequire(import.meta.url);
    if (standalone.href !== schema.href && existsSync(standalone)) validate = require(fileURLToPath(standalone)) as ValidateFunction;
    else {
      const { Ajv } = require('ajv') as { Ajv: typeof AjvClass };
      validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schema, 'utf8')) as object);
    }
    validators.set(schema.href, validate);
  }
  return validate as ValidateFunction<T>;
}

/**
 * The text of a file of at most `maxBytes` bytes, read a MiB at a time: a longer one (or a device
 * that never ends) is an error found after reading one byte more, never the whole of it. A file
 * that cannot be read (no permission, an I/O error) is an error naming it, exit 2.
 */
export function readAtMost(file: string, maxBytes: number, shownAs: string, what: string): string {
  const chunks: Buffer[] = [];
  let length = 0;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw unreadable(error, shownAs, what);
  }
  try {
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - length));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > maxBytes) throw new SatisfyError('FILE_TOO_LARGE', `${what} is larger than ${maxBytes / 1024 / 1024} MiB`, { file: shownAs });
    }
  } catch (error) {
    throw error instanceof SatisfyError ? error : unreadable(error, shownAs, what);
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function unreadable(error: unknown, shownAs: string, what: string): SatisfyError {
  const code = (error as NodeJS.ErrnoException).code;
  return new SatisfyError('FILE_UNREADABLE', `${what} cannot be read${code === undefined ? '' : ` (${code})`}`, { file: shownAs });
}

/** The most telling of the schema's complaints, with the JSON path of the value it concerns. */
function describeError(errors: readonly ErrorObject[], what: string): string {
  // "not any of string | object" says less than why the object is wrong: prefer the deepest error.
  const [error] = [...errors].filter((e) => e.keyword !== 'anyOf').sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
  if (error === undefined) return errors[0]?.message ?? 'does not fit the schema';
  const path = jsonPath(error.instancePath);
  const where = path === '' ? what : path;
  if (error.keyword === 'additionalProperties') return `${where}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === 'required') return `${where}: no "${(error.params as { missingProperty: string }).missingProperty}"`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'const') return `${where}: must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
  return `${where}: ${error.message ?? 'does not fit the schema'}`;
}

/** `/dimensions/0/items/1` → `dimensions[0].items[1]`; `/columns/Speed of delivery` → `columns["Speed of delivery"]`. */
export function jsonPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `${path}${path === '' ? '' : '.'}${part}` : `${path}[${JSON.stringify(part)}]`), '');
}
