import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
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
    // Ajv is loaded here, when a JSON document is read, not at every start (it takes about 35 ms).
    const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
    validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schema, 'utf8')) as object);
    validators.set(schema.href, validate);
  }
  return validate as ValidateFunction<T>;
}

/**
 * The text of a file of at most `maxBytes` bytes; a longer one (or a device such as /dev/zero, which
 * never ends) is an error, found after reading `maxBytes + 1` bytes, never the whole of it.
 */
function readAtMost(file: string, maxBytes: number, shownAs: string, what: string): string {
  const buffer = Buffer.alloc(maxBytes + 1);
  const fd = openSync(file, 'r');
  let length = 0;
  try {
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
  } finally {
    closeSync(fd);
  }
  if (length > maxBytes) throw new SatisfyError('FILE_TOO_LARGE', `${what} is larger than ${maxBytes / 1024 / 1024} MiB`, { file: shownAs });
  return buffer.toString('utf8', 0, length);
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
