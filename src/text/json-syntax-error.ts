// A number, true, false or null, matched where the scan is (sticky).
const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Where a text stops being JSON, and why: its line and column (from 1) and what was expected. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

/**
 * The first syntax error of a text that is not JSON (RFC 8259), for a message with its line and
 * column: JSON.parse of Node 20 names a position for some errors and for others only quotes the
 * text around it, over several lines. Null when the text is JSON.
 * @example jsonSyntaxError('{\n  "a": 1,\n}') // { line: 3, column: 1, message: 'expected a "quoted" key, found "}"' }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  let at = 0;
  const fail = (expected: string): never => {
    throw new Found(at, at >= text.length ? `${expected}, found the end of the file` : `${expected}, found ${JSON.stringify(text.charAt(at))}`);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
  };
  const string = () => {
    if (text.charAt(at) !== '"') fail('expected a "quoted" key');
    at += 1;
    for (;;) {
      const c = text.charAt(at);
      if (at >= text.length || c < ' ') fail('expected the closing " of a string');
      at += 1;
      if (c === '"') return;
      if (c === '\\') {
        const escaped = text.charAt(at);
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) fail('expected four hex digits after \\u');
          at += 5;
        } else if ('"\\/bfnrt'.includes(escaped) && escaped !== '') at += 1;
        else fail('expected an escape such as \\" or \\n');
      }
    }
  };
  const value = (): void => {
    space();
    const c = text.charAt(at);
    if (c === '{') {
      at += 1;
      space();
      if (text.charAt(at) === '}') return void (at += 1);
      for (;;) {
        space();
        string();
        space();
        if (text.charAt(at) !== ':') fail('expected ":" after a key');
        at += 1;
        value();
        space();
        if (text.charAt(at) === '}') return void (at += 1);
        if (text.charAt(at) !== ',') fail('expected "," or "}"');
        at += 1;
      }
    }
    if (c === '[') {
      at += 1;
      space();
      if (text.charAt(at) === ']') return void (at += 1);
      for (;;) {
        value();
        space();
        if (text.charAt(at) === ']') return void (at += 1);
        if (text.charAt(at) !== ',') fail('expected "," or "]"');
        at += 1;
      }
    }
    if (c === '"') return string();
    LITERAL.lastIndex = at;
    if (!LITERAL.test(text)) fail('expected a value');
    at = LITERAL.lastIndex;
  };
  try {
    value();
    space();
    if (at < text.length) fail('expected the end of the file');
    return null;
  } catch (error) {
    if (!(error instanceof Found)) throw error;
    const before = text.slice(0, error.offset).split('\n');
    return { line: before.length, column: (before.at(-1) ?? '').length + 1, message: error.message };
  }
}

class Found extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}
