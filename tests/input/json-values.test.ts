import { describe, expect, it } from 'vitest';
import { SatisfyError } from '../../src/errors.js';
import { JsonColumns } from '../../src/input/json-columns.js';
import { JsonValues } from '../../src/input/json-values.js';

/** The values of `text` with their lines, fed to the scan in chunks of `size` bytes (1: every byte a chunk of its own). */
function values(text: string, size: number): { layout: string | null; values: Array<[unknown, number]> } {
  const found: Array<[unknown, number]> = [];
  const scan = new JsonValues((value, line) => found.push([value, line]), 'x.json', 1 << 20);
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) scan.push(bytes.subarray(at, at + size));
  scan.end();
  return { layout: scan.shape, values: found };
}

function failure(text: string): { message: string; line: number | undefined } {
  try {
    values(text, 3);
  } catch (error) {
    if (error instanceof SatisfyError) return { message: error.message, line: error.line };
    throw error;
  }
  throw new Error('no error');
}

describe('JsonValues', () => {
  it.each([
    ['an array', '[{"a": 1},\n {"a": 2}]', 'array', [[{ a: 1 }, 1], [{ a: 2 }, 2]]],
    ['a pretty-printed array', '[\n  {\n    "a": "x,]}"\n  },\n  {\n    "a": "\\"{["\n  }\n]\n', 'array', [[{ a: 'x,]}' }, 2], [{ a: '"{[' }, 5]]],
    ['NDJSON', '{"a": 1}\n{"a": [2, 3]}\n\n{"b": {"c": null}}\n', 'lines', [[{ a: 1 }, 1], [{ a: [2, 3] }, 2], [{ b: { c: null } }, 4]]],
    ['NDJSON after a byte-order mark, with CRLF', '\ufeff{"a": 1}\r\n{"a": 2}\r\n', 'lines', [[{ a: 1 }, 1], [{ a: 2 }, 2]]],
    ['values that are not objects', '[1, "two", null, true, [3]]', 'array', [[1, 1], ['two', 1], [null, 1], [true, 1], [[3], 1]]],
    ['a Typeform page', '{"total_items": 2, "page_count": 1,\n"items": [\n{"token": "a"},\n{"token": "b"}\n], "x": {"items": [{"no": 1}]}}', 'pages', [[{ token: 'a' }, 3], [{ token: 'b' }, 4]]],
    ['Formbricks pages in a row', '{"data": [{"id": 1}]}\n{"data": [{"id": 2}, {"id": 3}]}\n', 'pages', [[{ id: 1 }, 1], [{ id: 2 }, 2], [{ id: 3 }, 2]]],
    ['a response with a checkbox called data', '{"data": ["a", "b"], "n": 1}\n{"data": [{"id": 2}]}\n', 'lines', [[{ data: ['a', 'b'], n: 1 }, 1], [{ data: [{ id: 2 }] }, 2]]],
    ['an empty array', '[]', 'array', []],
    ['an array of Typeform pages (jq -s)', '[{"total_items": 3, "page_count": 2, "items": [\n{"token": "a"},\n{"token": "b"}\n]},\n{"total_items": 3, "page_count": 2, "items": [{"token": "c"}]}]', 'pages', [[{ token: 'a' }, 2], [{ token: 'b' }, 3], [{ token: 'c' }, 5]]],
    ['an array of pages, one empty', '[{"meta": {}, "data": []}, {"meta": {}, "data": [{"id": 1}]}]', 'pages', [[{ id: 1 }, 1]]],
    // No key of paging before their lists: orders with their items, records with their data, are responses.
    ['an array of orders, each with its items', '[{"order": 1, "items": [{"sku": "a"}]},\n{"order": 2, "items": [{"sku": "b"}]}]', 'array', [[{ order: 1, items: [{ sku: 'a' }] }, 1], [{ order: 2, items: [{ sku: 'b' }] }, 2]]],
    ['an array of records, the first opening with its data', '[{"data": [{"q": 1}], "id": 1}]', 'array', [[{ data: [{ q: 1 }], id: 1 }, 1]]],
  ])('splits %s, in chunks of any size', (_name, text, layout, expected) => {
    for (const size of [1, 2, 7, 1 << 20]) expect(values(text, size)).toEqual({ layout, values: expected });
  });

  it.each([
    ['a file cut inside a response', '[\n{"a": 1},\n{"a": ', 'the file ends inside the response that starts here: it is truncated', 3],
    ['a file cut between responses', '[\n{"a": 1},\n', 'the file ends inside the array of responses that starts here: it is truncated', 1],
    ['a response that is not JSON', '{"a": 1}\n{"a": 2,\n "b" 3}\n', 'not valid JSON: expected ":" after a key, found "3"', 3],
    ['a missing comma', '[{"a": 1}\n{"a": 2}]', 'expected "," or "]" after a response, found "{"', 2],
    ['a trailing comma', '[{"a": 1},\n]', 'expected a response, found "]"', 2],
    ['text after the array', '[{"a": 1}]\nmore', 'expected the end of the file after the array', 2],
    ['a page whose rest is not JSON', '{"items": [\n{"a": 1}\n],\n"total": 1,}', 'not valid JSON: expected a "quoted" key, found "}"', 4],
    ['blanks only', ' \n ', 'the file holds no JSON value', 2],
    ['an array of pages with a response among them', '[{"total_items": 2, "items": [{"a": 1}]},\n{"a": 2}]', 'an element of this array of pages is no page (an object whose "items" or "data" is an array of responses): every element of the array must be a page', 2],
    ['text after an array of pages', '[{"page_count": 1, "items": [{"a": 1}]}]\n{"items": []}', 'expected the end of the file after the array', 2],
  ])('stops at %s with the line', (_name, text, message, line) => {
    expect(failure(text)).toEqual({ message, line });
  });
});

describe('JsonColumns', () => {
  it('names keys in the order first met, nested keys with dots, choices in brackets', () => {
    const columns = new JsonColumns('x.json', 100);
    const responses = [
      { id: 1, q: { a: 4 }, pick: ['X'] },
      { id: 2, pick: [], q: { b: 2, a: 5 }, late: true },
      { id: 3, pick: ['Y', 'X'], q: null },
    ];
    responses.forEach((r, i) => columns.addResponse(r, i + 1));
    expect(columns.columns().names).toEqual(['id', 'q', 'q.a', 'q.b', 'pick [X]', 'pick [Y]', 'late']);
    expect(responses.map((r) => columns.row(r))).toEqual([
      ['1', '', '4', '', 'X', '', ''],
      ['2', '', '5', '2', '', '', 'true'],
      ['3', '', '', '', 'X', 'Y', ''],
    ]);
  });

  it('reads an array of many different values, or of objects, by position', () => {
    const columns = new JsonColumns('x.json', 1000);
    const responses = Array.from({ length: 60 }, (_, i) => ({ address: [`${i} Main St`, 'Springfield'], rows: [{ r: i }] }));
    responses.forEach((r, i) => columns.addResponse(r, i + 1));
    expect(columns.columns().names).toEqual(['address.1', 'address.2', 'rows.1.r']);
    expect(columns.row(responses[7] as Record<string, unknown>)).toEqual(['7 Main St', 'Springfield', '7']);
  });

  it('stops past the most columns it reads', () => {
    const columns = new JsonColumns('x.json', 3);
    expect(() => columns.addResponse({ a: 1, b: 2, c: 3, d: 4 }, 9)).toThrow('the responses have more than 3 different keys');
  });
});
