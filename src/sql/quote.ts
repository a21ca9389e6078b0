/** A name or text that cannot be written in SQL (a NUL character): the data's fault, not satisfy's. */
export class UnquotableError extends Error {}

// What Spark substitutes: ${name}, ${env:NAME}, ${system:name} (ConfigReader's pattern).
const SPARK_VARIABLE = /\$\{(?:\w+?:)?\S+?\}/;

/** The SQL dialects satisfy writes queries in. */
export const DIALECTS = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'spark', 'trino'] as const;
export type Dialect = (typeof DIALECTS)[number];

/**
 * A name quoted as an identifier of `dialect`, so that no column name — with quotes, backslashes,
 * semicolons, `--`, newlines or any Unicode — can end the identifier or inject SQL:
 * - DuckDB, PostgreSQL, Snowflake and Trino: in double quotes, each double quote doubled (the SQL
 *   standard's delimited identifier);
 * - Spark SQL: in backticks, each backtick doubled (Spark's BACKQUOTED_IDENTIFIER);
 * - BigQuery: in backticks, with the escapes of its string literals ("Quoted identifiers ... have
 *   the same escape sequences as string literals": a backslash, a backtick and a newline are
 *   written `\\`, `` \` ``, `\n`; https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical),
 *   and never empty.
 * A name with a NUL character cannot be written in any of them and is an error.
 *
 * @example quoteIdentifier('Say "hi"', 'duckdb') // '"Say ""hi"""'
 */
export function quoteIdentifier(name: string, dialect: Dialect): string {
  if (name.includes('\0')) throw new UnquotableError(`a name with a NUL character cannot be quoted in SQL: ${JSON.stringify(name)}`);
  if (dialect === 'bigquery') {
    if (name === '') throw new UnquotableError('an empty name cannot be quoted in BigQuery');
    return `\`${backslashEscaped(name).replaceAll('`', '\\`')}\``;
  }
  if (dialect === 'spark') {
    // Spark substitutes ${…} in the whole text of a query before it parses it (spark.sql.variable.substitute,
    // on by default; SparkSqlParser.parse), names in backquotes too, which have no escape for it.
    if (SPARK_VARIABLE.test(name)) throw new UnquotableError(`a name holding \${…} cannot be quoted in Spark SQL, which would substitute it: ${JSON.stringify(name)}`);
    return `\`${name.replaceAll('`', '``')}\``;
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A text as a string literal of `dialect`:
 * - DuckDB and Trino read backslashes as they are: single quotes are doubled, nothing else;
 * - PostgreSQL reads backslashes as escapes in a plain literal when `standard_conforming_strings`
 *   is off, so it gets an escape string (`E'…'`) in which backslashes are doubled too: the literal
 *   means the same text whatever that setting says;
 * - Snowflake reads backslash escapes in single-quoted strings
 *   (https://docs.snowflake.com/en/sql-reference/data-types-text#escape-sequences-in-single-quoted-string-constants):
 *   backslashes are doubled, single quotes doubled, and a newline and a carriage return written as
 *   the escapes `\n` and `\r` that page lists, as for BigQuery, rather than left raw in the literal;
 * - Spark SQL reads backslash escapes (`\'`, `\\`, `\n`, `\u0041`; https://spark.apache.org/docs/latest/sql-ref-literals.html):
 *   backslashes are doubled, a single quote is `\'` and `$` is `\u0024`, so that Spark's
 *   substitution of `${…}` (on by default, before the query is parsed) finds nothing to substitute;
 * - BigQuery reads backslash escapes, and a quoted string cannot hold a newline
 *   (https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical): backslashes are
 *   doubled, a single quote is `\'`, a newline `\n` and a carriage return `\r`.
 *
 * @example quoteString("it's", 'duckdb') // "'it''s'"
 * @example quoteString('a\\b', 'postgres') // "E'a\\\\b'"
 * @example quoteString("it's", 'bigquery') // "'it\\'s'"
 */
export function quoteString(text: string, dialect: Dialect): string {
  if (text.includes('\0')) throw new UnquotableError(`a text with a NUL character cannot be written in SQL: ${JSON.stringify(text)}`);
  switch (dialect) {
    case 'postgres': {
      const quoted = text.replaceAll("'", "''");
      return text.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
    }
    case 'snowflake':
      return `'${backslashEscaped(text).replaceAll("'", "''")}'`;
    case 'spark':
      // `$` as the escape \u0024, which Spark reads after substituting ${…} (see quoteIdentifier): no text is substituted.
      return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('$', '\\u0024')}'`;
    case 'bigquery':
      return `'${backslashEscaped(text).replaceAll("'", "\\'")}'`;
    default:
      return `'${text.replaceAll("'", "''")}'`;
  }
}

/** The escapes of BigQuery and Snowflake: backslashes doubled, newlines and carriage returns as `\n` and `\r`. */
function backslashEscaped(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
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
  return { duckdb: 'DOUBLE', postgres: 'DOUBLE PRECISION', bigquery: 'FLOAT64', snowflake: 'DOUBLE', spark: 'DOUBLE', trino: 'DOUBLE' }[dialect];
}

/** The name of the text type. */
export function textType(dialect: Dialect): string {
  return { duckdb: 'VARCHAR', postgres: 'TEXT', bigquery: 'STRING', snowflake: 'VARCHAR', spark: 'STRING', trino: 'VARCHAR' }[dialect];
}

/** The name of the 64-bit integer type. */
export function bigintType(dialect: Dialect): string {
  return dialect === 'bigquery' ? 'INT64' : 'BIGINT';
}
