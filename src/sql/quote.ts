/** A name or text that cannot be written in SQL (a NUL character): the data's fault, not satisfy's. */
export class UnquotableError extends Error {}

/** The SQL dialects satisfy writes queries in. */
export const DIALECTS = ['duckdb', 'postgres'] as const;
export type Dialect = (typeof DIALECTS)[number];

/**
 * A name quoted as an identifier of `dialect`: in double quotes, each double quote doubled (the SQL
 * standard's delimited identifier, as DuckDB and PostgreSQL read it), so that no column name — with
 * quotes, semicolons, `--`, newlines or any Unicode — can end the identifier or inject SQL. A name
 * with a NUL character cannot be written in either dialect and is an error.
 *
 * @example quoteIdentifier('Say "hi"', 'duckdb') // '"Say ""hi"""'
 */
export function quoteIdentifier(name: string, _dialect: Dialect): string {
  if (name.includes('\0')) throw new UnquotableError(`a name with a NUL character cannot be quoted in SQL: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A text as a string literal of `dialect`. DuckDB reads backslashes as they are, so single quotes
 * are doubled and nothing else. PostgreSQL reads backslashes as escapes in a plain literal when
 * `standard_conforming_strings` is off, so it gets an escape string (`E'…'`) in which backslashes
 * are doubled too: the literal means the same text whatever that setting says.
 *
 * @example quoteString("it's", 'duckdb') // "'it''s'"
 * @example quoteString('a\\b', 'postgres') // "E'a\\\\b'"
 */
export function quoteString(text: string, dialect: Dialect): string {
  if (text.includes('\0')) throw new UnquotableError(`a text with a NUL character cannot be written in SQL: ${JSON.stringify(text)}`);
  const quoted = text.replaceAll("'", "''");
  if (dialect === 'postgres') return text.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
  return `'${quoted}'`;
}

/**
 * A finite number as a SQL literal of type double: whole numbers of safe size as they are (the
 * engines widen them where a double meets them), others as a cast of their shortest decimal text,
 * which reads back as the same double.
 */
export function quoteNumber(value: number, dialect: Dialect): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return value < 0 ? `(${value})` : String(value);
  return `CAST('${String(value)}' AS ${doubleType(dialect)})`;
}

/** The name of the 64-bit floating-point type. */
export function doubleType(dialect: Dialect): string {
  return dialect === 'postgres' ? 'DOUBLE PRECISION' : 'DOUBLE';
}

/** The name of the text type. */
export function textType(dialect: Dialect): string {
  return dialect === 'postgres' ? 'TEXT' : 'VARCHAR';
}
