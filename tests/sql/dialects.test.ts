import { init, parse } from '@guanmingchiu/sqlparser-ts';
import { SparkSQL, TrinoSQL } from 'dt-sql-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/sql/quote.js';
import { expectGolden } from '../helpers/golden.js';
import { runCli } from '../helpers/run-cli.js';

// No engine of these four dialects runs here: their queries are held to golden files, byte for
// byte, and read by a parser of the dialect (see README, "SQL engines").
const NEW_DIALECTS = ['bigquery', 'snowflake', 'spark', 'trino'] as const;
const WEIGHTED = 'fixtures/sql/weighted-labels-missing-codes-regions.csv';
const HOSTILE = 'fixtures/sql/hostile-names-and-labels.csv';
const REGION = "Region'; DROP TABLE t; --";
// A --where value that ends in a backslash, one with a newline, and a missing code with a quote, a backslash and a comment.
const HOSTILE_TEXTS = ['South \\', 'Zürich\nWest', "\\'); DROP TABLE t; --"];
const HOSTILE_COLUMNS = [REGION, 'Delivery "speed" \\ (1-5)', 'The price is fair;\n-- really (1-5)', 'I trust this company /* (1-5)', 'Overall satisfaction ☺ (1-5)', "How likely are you to recommend us? (0-10) '' \\'"];

// The fixtures of the goldens: weights, labels, missing codes and regions; days in a zone; hostile names and texts.
const FIXTURES: Array<[name: string, table: string, args: string[]]> = [
  ['weighted-labels-missing-codes-regions', 'my-project.survey.responses', [WEIGHTED, '--weight', 'Design weight', '--missing', '99', '--by', 'Region', '--outcome', 'How likely are you to recommend us? (0-10)']],
  ['utc-offsets-near-midnight-tz', 'responses', ['fixtures/segments/utc-offsets-near-midnight.csv', '--period', 'day', '--tz', 'America/New_York']],
  ['hostile-names-and-labels', 'survey.responses', [HOSTILE, '--by', REGION, '--where', `${REGION}!=${HOSTILE_TEXTS[0]}`, '--where', `${REGION}!=${HOSTILE_TEXTS[1]}`, '--missing', HOSTILE_TEXTS[2] as string]],
];

function query(dialect: Dialect, table: string, args: readonly string[]): string {
  const result = runCli(['sql', '--dialect', dialect, '--table', table, ...args]);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Every value of the parsed AST (sqlparser-rs's JSON) under a key, such as the identifiers and string literals. */
function collect(node: unknown, found: { quoted: string[]; strings: string[] }): void {
  if (Array.isArray(node)) return node.forEach((inner) => collect(inner, found));
  if (node === null || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  if (typeof object.value === 'string' && typeof object.quote_style === 'string') found.quoted.push(object.value);
  for (const key of ['SingleQuotedString', 'EscapedStringLiteral']) if (typeof object[key] === 'string') found.strings.push(object[key] as string);
  Object.values(object).forEach((inner) => collect(inner, found));
}

/** A text with backslash escapes read: `\n`, `\r`, `\t`, and any other character after a backslash as itself. */
function unescapeBackslashes(text: string): string {
  return text.replace(/\\(.)/gs, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

/** The quoted identifiers and string literals of a query, as a parser of its dialect reads them; and how many statements it holds. */
function readQuery(sql: string, dialect: Dialect): { statements: number; quoted: string[]; strings: string[] } {
  if (dialect === 'spark' || dialect === 'trino') {
    const parser = dialect === 'spark' ? new SparkSQL() : new TrinoSQL();
    expect(parser.validate(sql)).toEqual([]);
    // The tokens as the dialect's own lexer (ANTLR, from the engine's grammar) splits them, unquoted by its rules.
    const tokens = parser.getAllTokens(sql).map((token) => token.text ?? '');
    const identifierQuote = dialect === 'spark' ? '`' : '"';
    const unquoteString = (text: string) => (dialect === 'spark' ? unescapeBackslashes(text.slice(1, -1)) : text.slice(1, -1).replaceAll("''", "'"));
    return {
      statements: parser.splitSQLByStatement(sql)?.length ?? 0,
      quoted: tokens.filter((t) => t.startsWith(identifierQuote)).map((t) => t.slice(1, -1).replaceAll(identifierQuote.repeat(2), identifierQuote)),
      strings: tokens.filter((t) => t.startsWith("'")).map(unquoteString),
    };
  }
  const ast: unknown[] = parse(sql, ({ duckdb: 'duckdb', postgres: 'postgresql', bigquery: 'bigquery', snowflake: 'snowflake' } as const)[dialect]);
  const found = { quoted: [] as string[], strings: [] as string[] };
  collect(ast, found);
  // sqlparser-rs keeps a BigQuery identifier's text as written; BigQuery reads in it the escapes of its string literals.
  if (dialect === 'bigquery') found.quoted = found.quoted.map(unescapeBackslashes);
  return { statements: ast.length, ...found };
}

beforeAll(async () => {
  await init();
});

describe.each(NEW_DIALECTS)('satisfy sql --dialect %s', (dialect) => {
  it.each(FIXTURES)('writes the query of %s as its golden file says, byte for byte', (name, table, args) => {
    expectGolden(query(dialect, table, args), `sql/${name}.${dialect}.sql`);
  });
});

describe.each([...NEW_DIALECTS, 'duckdb', 'postgres'] as const)('the query of --dialect %s', (dialect) => {
  it.each(FIXTURES)('of %s is one statement that a parser of the dialect reads', (_, table, args) => {
    const read = readQuery(query(dialect, table, args), dialect);
    expect(read.statements).toBe(1);
  });

  it('keeps hostile names and texts inside their quotes: the identifiers are the columns and the table, whole', () => {
    const read = readQuery(query(dialect, 'survey.responses', FIXTURES[2]?.[2] as string[]), dialect);
    expect(read.statements).toBe(1);
    expect(new Set(read.quoted)).toEqual(new Set([...HOSTILE_COLUMNS, 'survey', 'responses']));
    for (const text of HOSTILE_TEXTS) expect(read.strings, JSON.stringify(text)).toContain(text);
    // The model's JSON, with every name in it, is one literal.
    expect(read.strings.filter((s) => s.startsWith('{"format":"satisfy-sql-result"'))).toHaveLength(1);
  });
});

describe('the parsers', () => {
  // A test of the test: a name whose quote is not escaped ends the identifier, and the parsers say so.
  it.each([
    ['bigquery', "SELECT `a` FROM t WHERE x = 'it's'"],
    ['snowflake', 'SELECT "a"" FROM t'],
    ['spark', "SELECT `a` FROM t WHERE x = 'it''s' AND y = 'a\\'"],
    ['trino', "SELECT \"a\" FROM t WHERE x = 'it\\'s'"],
  ] as const)('refuse a %s query that quotes badly', (dialect, sql) => {
    expect(() => {
      const read = readQuery(sql, dialect);
      if (read.statements !== 1) throw new Error('not one statement');
    }).toThrow();
  });
});
