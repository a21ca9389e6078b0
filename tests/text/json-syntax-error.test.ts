import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/text/json-syntax-error.js';

describe('jsonSyntaxError', () => {
  it.each([
    ['{\n  "a": [1, 2,\n  ]\n}', { line: 3, column: 3, message: 'expected a value, found "]"' }],
    ['{\n  "a": 1,\n}', { line: 3, column: 1, message: 'expected a "quoted" key, found "}"' }],
    ['{"a" 1}', { line: 1, column: 6, message: 'expected ":" after a key, found "1"' }],
    ['{"a": "open', { line: 1, column: 12, message: 'expected the closing " of a string, found the end of the file' }],
    ['{"a": "\\x"}', { line: 1, column: 9, message: 'expected an escape such as \\" or \\n, found "x"' }],
    ['[1] [2]', { line: 1, column: 5, message: 'expected the end of the file, found "["' }],
    ["{'a': 1}", { line: 1, column: 2, message: 'expected a "quoted" key, found "\'"' }],
    ['[NaN]', { line: 1, column: 2, message: 'expected a value, found "N"' }],
  ])('%j: %j', (text, error) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toEqual(error);
  });

  it.each(['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}', ' \n"x" '])('%j is JSON', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonSyntaxError(text)).toBeNull();
  });
});
