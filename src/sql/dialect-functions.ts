import { quoteString, type Dialect } from './quote.js';

/** One rated column's coded answer, unpivoted into a row of its own: its position, its reason (text) and its value (double). */
export interface Unpivoted {
  /** What follows `FROM scored` to give one row per rated column and row. */
  join: string;
  /** The expressions of the unpivoted row's position, reason and value. */
  item: string;
  reason: string;
  value: string;
}

/**
 * What differs between the dialects in the query of surveyQuery, besides quoting (quote.ts): the
 * functions and constructs each engine names its own way. Every other part of the query is SQL
 * that the six engines read alike (CTEs, CASE, coalesce, substr, ||, sum, min, max, UNION ALL).
 */
export interface DialectFunctions {
  /** Whether `text` matches the regular expression `pattern` as a whole (the pattern written without anchors). */
  fullMatch(text: string, pattern: string): string;
  /** `text` without what JavaScript's trim() removes before and after it (the code points of `whitespace`). */
  trim(text: string, whitespace: readonly number[]): string;
  /** A cast of a text that gives NULL, not an error, where the text is not of the type. */
  tryCast(text: string, type: string): string;
  /**
   * The day (`YYYY-MM-DD` text) in the zone `zone` (a quoted IANA name) of the cell `cell`, which
   * matches ZONED_DATE of survey-query.ts: a date, a time of minutes, seconds or fractions of a
   * second, and `Z` or an offset `±HH`, `±HHMM` or `±HH:MM`; NULL where the engine cannot read it.
   */
  zonedDay(cell: string, zone: string): string;
  /** Each row unpivoted into one row per rated column: `columns[i]` holds the names of column i's reason and value. */
  unpivot(columns: ReadonlyArray<readonly [reason: string, value: string]>): Unpivoted;
  /** The engine, where it matches column names without regard to case (two such columns would be read as one); null where it does not. */
  caseInsensitiveNames: string | null;
}

/** `\x{…}` of each code point, as RE2 and Java write a character in a class of a regular expression. */
const escaped = (codes: readonly number[]) => codes.map((code) => `\\x{${code.toString(16)}}`).join('');
const chrs = (codes: readonly number[], chr: string) => codes.map((code) => `${chr}(${code})`).join(' || ');

/**
 * The parts of a zoned time in one form: `YYYY-MM-DD`, `HH:MM:SS` (seconds `00` where none are
 * written; fractions of a second left out, which cannot move a time across midnight, since every
 * zone's offset is whole seconds) and `±HH:MM` (`Z` is `+00:00`). Built of substr and length only,
 * from the end of the cell, so that each engine reads the parts with its own parser.
 */
export function zonedParts(cell: string, fullMatch: (text: string, pattern: string) => string): { date: string; time: string; offset: string } {
  const seconds = `CASE WHEN substr(${cell}, 17, 1) = ':' THEN substr(${cell}, 18, 2) ELSE '00' END`;
  const tail = (from: number, length?: number) => `substr(${cell}, length(${cell}) - ${from}${length === undefined ? '' : `, ${length}`})`;
  const offset = `CASE WHEN ${fullMatch(cell, '.*Z')} THEN '+00:00' WHEN ${fullMatch(cell, '.*[+-][0-9]{2}:[0-9]{2}')} THEN ${tail(5)} WHEN ${fullMatch(cell, '.*[+-][0-9]{4}')} THEN ${tail(4, 3)} || ':' || ${tail(1)} ELSE ${tail(2)} || ':00' END`;
  return { date: `substr(${cell}, 1, 10)`, time: `substr(${cell}, 12, 5) || ':' || ${seconds}`, offset };
}

/** A constant table of positions 0 … k − 1 joined to each row, and each column's reason and value picked by position: SQL that every engine reads. */
export function unpivotByCase(columns: ReadonlyArray<readonly [string, string]>, positions: string): Unpivoted {
  const pick = (which: 0 | 1) => `CASE v.i ${columns.map((c, i) => `WHEN ${i} THEN ${c[which]}`).join(' ')} END`;
  return { join: `CROSS JOIN ${positions} AS v(i)`, item: 'v.i', reason: pick(0), value: pick(1) };
}

const duckdb: DialectFunctions = {
  fullMatch: (text, pattern) => `regexp_full_match(${text}, ${quoteString(pattern, 'duckdb')})`,
  // DuckDB's trim() with a set of characters costs half a second per column of a million rows; a
  // regular expression (RE2) anchored at both ends costs a tenth of that.
  trim: (text, whitespace) => `regexp_replace(${text}, ${quoteString(`^[${escaped(whitespace)}]+|[${escaped(whitespace)}]+$`, 'duckdb')}, '', 'g')`,
  tryCast: (text, type) => `CAST(${text} AS ${type})`,
  // DuckDB reads a zoned time only with its seconds: ":00" is put in where they are not written.
  zonedDay: (cell, zone) => `CAST(CAST(timezone(${zone}, TRY_CAST(regexp_replace(${cell}, '^([0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2})([Z+-])', '\\1:00\\2') AS TIMESTAMPTZ)) AS DATE) AS VARCHAR)`,
  unpivot: (columns) => ({ join: `CROSS JOIN LATERAL (VALUES ${columns.map(([r, a], i) => `(${i}, ${r}, ${a})`).join(', ')}) AS v(i, r, a)`, item: 'v.i', reason: 'v.r', value: 'v.a' }),
  caseInsensitiveNames: 'DuckDB',
};

const postgres: DialectFunctions = {
  fullMatch: (text, pattern) => `${text} ~ ${quoteString(`^(${pattern})$`, 'postgres')}`,
  trim: (text, whitespace) => `btrim(${text}, ${chrs(whitespace, 'chr')})`,
  tryCast: (text, type) => `CAST(${text} AS ${type})`,
  zonedDay: (cell, zone) => `to_char(CAST(${cell} AS TIMESTAMPTZ) AT TIME ZONE ${zone}, 'YYYY-MM-DD')`,
  unpivot: duckdb.unpivot,
  caseInsensitiveNames: null,
};

// BigQuery: regular expressions are RE2, whose $ is the end of the text (no multi-line mode).
// https://cloud.google.com/bigquery/docs/reference/standard-sql/string_functions#regexp_contains
const bigquery: DialectFunctions = {
  fullMatch: (text, pattern) => `REGEXP_CONTAINS(${text}, ${quoteString(`^(${pattern})$`, 'bigquery')})`,
  trim: (text, whitespace) => `REGEXP_REPLACE(${text}, ${quoteString(`^[${escaped(whitespace)}]+|[${escaped(whitespace)}]+$`, 'bigquery')}, '')`,
  tryCast: (text, type) => `SAFE_CAST(${text} AS ${type})`,
  // A timestamp's canonical text takes an offset `±HH:MM` after the time; DATE(timestamp, zone) is its day in the zone.
  // https://cloud.google.com/bigquery/docs/reference/standard-sql/date_functions#date
  zonedDay: (cell, zone) => {
    const { date, time, offset } = zonedParts(cell, bigquery.fullMatch);
    return `CAST(DATE(SAFE_CAST(${date} || ' ' || ${time} || ${offset} AS TIMESTAMP), ${zone}) AS STRING)`;
  },
  unpivot: (columns) => ({ join: `CROSS JOIN UNNEST([${columns.map(([r, a], i) => `STRUCT(${i} AS i, ${r} AS r, ${a} AS a)`).join(', ')}]) AS v`, item: 'v.i', reason: 'v.r', value: 'v.a' }),
  // Column names are case-insensitive. https://cloud.google.com/bigquery/docs/schemas#column_names
  caseInsensitiveNames: 'BigQuery',
};

// Snowflake: REGEXP_LIKE matches the whole text (it "implicitly anchors a pattern at both ends");
// its patterns are POSIX extended regular expressions, which the patterns of survey-query.ts are.
// https://docs.snowflake.com/en/sql-reference/functions/regexp_like
const snowflake: DialectFunctions = {
  fullMatch: (text, pattern) => `REGEXP_LIKE(${text}, ${quoteString(`(${pattern})`, 'snowflake')})`,
  // TRIM(expr, characters) removes every one of the characters; CHR takes a Unicode code point.
  trim: (text, whitespace) => `TRIM(${text}, ${chrs(whitespace, 'CHR')})`,
  tryCast: (text, type) => `TRY_CAST(${text} AS ${type})`,
  // CONVERT_TIMEZONE(zone, timestamp_tz) gives the same moment in the zone; its text is its wall-clock time there.
  // https://docs.snowflake.com/en/sql-reference/functions/convert_timezone
  zonedDay: (cell, zone) => {
    const { date, time, offset } = zonedParts(cell, snowflake.fullMatch);
    return `TO_VARCHAR(CONVERT_TIMEZONE(${zone}, TRY_TO_TIMESTAMP_TZ(${date} || ' ' || ${time} || ' ' || ${offset}, 'YYYY-MM-DD HH24:MI:SS TZH:TZM')), 'YYYY-MM-DD')`;
  },
  // A VALUES table in FROM must hold constants in Snowflake: the positions are joined, and each column picked by CASE.
  unpivot: (columns) => unpivotByCase(columns, `(VALUES ${columns.map((_, i) => `(${i})`).join(', ')})`),
  // Quoted names are matched as written.
  caseInsensitiveNames: null,
};

// Spark SQL: RLIKE finds the pattern anywhere (Java's regular expressions), so it is anchored; \z
// and not $, which in Java also matches before a last line terminator (\u0085, \u2028 …).
// https://spark.apache.org/docs/latest/api/sql/index.html#rlike
const spark: DialectFunctions = {
  fullMatch: (text, pattern) => `${text} RLIKE ${quoteString(`^(${pattern})\\z`, 'spark')}`,
  trim: (text, whitespace) => `regexp_replace(${text}, ${quoteString(`^[${escaped(whitespace)}]+|[${escaped(whitespace)}]+\\z`, 'spark')}, '')`,
  tryCast: (text, type) => `TRY_CAST(${text} AS ${type})`,
  // A text with an offset is cast to the same instant whatever the session's zone; from_utc_timestamp
  // shifts it by the zone's offset at that instant, and its microseconds since the epoch, in days,
  // are then the day in the zone — read without the session's zone, which date_format would apply.
  // https://spark.apache.org/docs/latest/api/sql/index.html#from_utc_timestamp, #unix_micros, #date_from_unix_date
  zonedDay: (cell, zone) => {
    const { date, time, offset } = zonedParts(cell, spark.fullMatch);
    return `CAST(date_from_unix_date(CAST(floor(unix_micros(from_utc_timestamp(TRY_CAST(${date} || ' ' || ${time} || ${offset} AS TIMESTAMP), ${zone})) / 86400000000) AS INT)) AS STRING)`;
  },
  // stack(k, …) makes k rows of each row. https://spark.apache.org/docs/latest/sql-ref-syntax-qry-select-lateral-view.html
  unpivot: (columns) => ({ join: `LATERAL VIEW stack(${columns.length}, ${columns.map(([r, a], i) => `${i}, ${r}, ${a}`).join(', ')}) v AS i, r, a`, item: 'v.i', reason: 'v.r', value: 'v.a' }),
  // Unless spark.sql.caseSensitive is set, which it is not by default.
  caseInsensitiveNames: 'Spark SQL',
};

// Trino: regexp_like finds the pattern anywhere, so it is anchored (Java's syntax, where only \n
// ends a line, and a cell is trimmed of it). https://trino.io/docs/current/functions/regexp.html
const trino: DialectFunctions = {
  fullMatch: (text, pattern) => `regexp_like(${text}, ${quoteString(`^(${pattern})$`, 'trino')})`,
  // trim(BOTH characters FROM text) removes every one of the characters; chr takes a Unicode code point.
  // https://trino.io/docs/current/functions/string.html#trim
  trim: (text, whitespace) => `trim(BOTH ${chrs(whitespace, 'chr')} FROM ${text})`,
  tryCast: (text, type) => `TRY_CAST(${text} AS ${type})`,
  // from_iso8601_timestamp reads `YYYY-MM-DDTHH:MM:SS±HH:MM`; AT TIME ZONE keeps the moment and
  // changes the zone, and the cast to DATE takes its day there. try() makes an impossible day NULL.
  // https://trino.io/docs/current/functions/datetime.html
  zonedDay: (cell, zone) => {
    const { date, time, offset } = zonedParts(cell, trino.fullMatch);
    return `CAST(CAST(try(from_iso8601_timestamp(${date} || 'T' || ${time} || ${offset})) AT TIME ZONE ${zone} AS DATE) AS VARCHAR)`;
  },
  // UNNEST of several arrays zips them. https://trino.io/docs/current/sql/select.html#unnest
  unpivot: (columns) => ({ join: `CROSS JOIN UNNEST(ARRAY[${columns.map((_, i) => i).join(', ')}], ARRAY[${columns.map(([r]) => r).join(', ')}], ARRAY[${columns.map(([, a]) => a).join(', ')}]) AS v(i, r, a)`, item: 'v.i', reason: 'v.r', value: 'v.a' }),
  // Trino matches names without regard to case, quoted or not.
  caseInsensitiveNames: 'Trino',
};

/** The functions of each dialect. */
export const DIALECT_FUNCTIONS: Readonly<Record<Dialect, DialectFunctions>> = { duckdb, postgres, bigquery, snowflake, spark, trino };
