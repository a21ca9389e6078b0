/**
 * A user-facing failure: bad input, a bad flag, a file that cannot be read. It carries a stable
 * `code` that tests assert on, the file and line it concerns, and an optional hint. The CLI prints
 * it as one line, `satisfy: error: <message> (<file>:<line>)`, and exits 2. Anything that is not a
 * SatisfyError is a bug and exits 3.
 */
export type ErrorCode =
  | 'USAGE'
  | 'FILE_NOT_FOUND'
  | 'FILE_IS_DIRECTORY'
  | 'FILE_UNREADABLE'
  | 'FILE_EMPTY'
  | 'FILE_CHANGED'
  | 'HEADER_ONLY'
  | 'CSV_MALFORMED'
  | 'CSV_UNCLOSED_QUOTE'
  | 'CSV_FIELD_COUNT'
  | 'WRONG_DELIMITER'
  | 'JSON_MALFORMED'
  | 'NO_SCORABLE_COLUMN'
  | 'UNKNOWN_COLUMN'
  | 'FILE_BINARY'
  | 'FIELD_TOO_LONG'
  | 'TOO_MANY_COLUMNS'
  | 'FILE_TOO_LARGE'
  | 'FILES_DIFFER'
  | 'STRICT'
  | 'CONFIG_INVALID'
  | 'SURVEY_INVALID'
  | 'REPORT_INVALID'
  | 'STATE_INVALID'
  | 'STATES_DIFFER'
  | 'OUTPUT_CLASH'
  | 'SQL_RESULT_INVALID'
  | 'NOT_IN_SQL';

export interface ErrorLocation {
  file?: string;
  line?: number;
}

export class SatisfyError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, where: ErrorLocation = {}, hint?: string) {
    super(message);
    this.name = 'SatisfyError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.hint = hint;
  }

  /** The one line the CLI prints, without the `satisfy: error: ` prefix. */
  describe(): string {
    if (this.file === undefined) return this.message;
    const at = this.line === undefined ? this.file : `${this.file}:${this.line}`;
    return `${this.message} (${at})`;
  }
}

/**
 * A column that a flag or the config names and the file lacks: `no column "Region" for --by
 * Region`. It carries the name and what named it, so that a caller can tell one missing column
 * from another without reading its message.
 */
export class UnknownColumnError extends SatisfyError {
  /** The name as it was given. */
  readonly column: string;
  /** What named it: `--by Region`, `--where`, `timestamp`, a config key. */
  readonly source: string;

  constructor(column: string, source: string, where: ErrorLocation, hint?: string) {
    super('UNKNOWN_COLUMN', `no column "${column}" for ${source}`, where, hint);
    this.column = column;
    this.source = source;
  }
}
