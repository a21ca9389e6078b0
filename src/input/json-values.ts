import { SatisfyError } from '../errors.js';
import { jsonSyntaxError } from '../text/json-syntax-error.js';

/** How the responses of a JSON file are laid out (see JsonValues). */
export type JsonLayout = 'array' | 'lines' | 'pages';

/** Receives each response of a JSON file: its parsed value and the line where it starts. */
export type JsonValueHandler = (value: unknown, line: number) => void;

/** The keys under which an API's page holds its responses: Typeform's `items`, Formbricks' (and SurveyJS's service's) `data`. */
export const PAGE_KEYS: ReadonlySet<string> = new Set(['items', 'data', 'Data']);
// The keys an API's page gives before its responses (Typeform's `total_items`, `page_count`;
// paging of others): an element of a file's array is a page only after one of them, so that a
// response holding a list of its own (an order's `items`, a record's `data`) stays a response.
const PAGING_KEYS: ReadonlySet<string> = new Set(['total_items', 'page_count', 'total', 'count', 'page', 'pages', 'meta', 'pagination', 'links', 'next', 'next_page', 'cursor', 'has_more', 'hasMore', 'nextCursor', 'offset', 'limit']);

// Bytes the scan stops at.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const BOM = [0xef, 0xbb, 0xbf];

// Where the scan is: between top-level values; in the top-level array, or a page's array, between
// its elements; inside a response (a value, captured); in what of a page follows its array.
type Place = 'top' | 'array' | 'response' | 'pageRest';

/**
 * Splits the bytes of a JSON file (UTF-8) into its responses without holding more than one of them,
 * whatever the file's size, and parses each with JSON.parse:
 * - a top-level array: each element is a response;
 * - values one after another (NDJSON, one a line, or pretty-printed objects in a row): each is a
 *   response;
 * - an API's page, an object whose `items` or `data` (PAGE_KEYS) is an array of objects (Typeform,
 *   Formbricks), or several such pages in a row: each element of that array is a response, and the
 *   rest of the page (`total_items`, `page_count` …) is checked to be JSON and left out;
 * - an array of such pages (`[page, page]`, what `jq -s` or `json.dump(pages)` makes of paging
 *   through an API), each giving a key of paging (`total_items`, `page_count`, PAGING_KEYS) before
 *   its array: the pages are read as the pages one after another are, each page's elements the
 *   responses; an element of it that is no page stops the reading, never becomes a response. An
 *   element with a list but no such key before it (an order and its `items`) is a response.
 * Only the first value of the file (or the first element of its array) can make it a file of pages
 * (later values are read as the first was), so that a response with a question called `data` is
 * never taken for a page.
 * A response is handed over with the line where it starts. Bytes that are not JSON, a file that ends
 * inside a value, or a response longer than `maxBytes` stop the reading with one error naming the
 * file and the line.
 */
export class JsonValues {
  private line = 1;
  private place: Place = 'top';
  private layout: JsonLayout | null = null;
  // In an array: whether an element, a comma or either the element or the end comes next.
  private expect: 'first' | 'value' | 'comma' = 'first';
  private arrayLine = 1;
  // The response being captured: its bytes in earlier chunks, where it starts in this one, its line, its depth.
  private parts: Buffer[] = [];
  private partBytes = 0;
  private start = 0;
  private startLine = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  // A response that is a number, true, false or null: it ends at the first byte that is no part of it.
  private bare = false;
  // Whether the captured object may be a page (the first value of the file, or any in a file of pages).
  private pageCandidate = false;
  // Keys at depth 1 of a page candidate: whether a key comes next, the key being read, the last key read, the array seen after a page key.
  private keyNext = false;
  private key: number[] | null = null;
  private lastKey = '';
  private pageArray: 'no' | 'opened' = 'no';
  // The page around the array: its text without the array's elements (their lines kept), to check as JSON.
  private skeleton: Buffer[] = [];
  private skeletonLine = 1;
  // Whether the response being captured is an element of an array (the file's, or a page's).
  private inArray = false;
  // Whether the file is an array of pages, and whether the scan is inside one of its pages' arrays.
  private pagesInArray = false;
  private inPage = false;
  // Whether the top-level array has had an element yet.
  private arrayElements = 0;
  // Whether a key of paging (PAGING_KEYS) came before in the value being read.
  private pagingSeen = false;
  // How many bytes of a byte-order mark have been read.
  private bom = 0;

  constructor(
    private readonly handler: JsonValueHandler,
    private readonly file: string,
    private readonly maxBytes: number,
  ) {}

  /** How the file lays out its responses, once its first value has shown it (null before). */
  get shape(): JsonLayout | null {
    return this.layout;
  }

  push(chunk: Buffer): void {
    let i = 0;
    if (this.place === 'response' || this.place === 'pageRest') this.start = 0;
    const n = chunk.length;
    while (i < n) {
      const byte = chunk[i] as number;
      if (this.place === 'response' || this.place === 'pageRest') {
        i = this.scanValue(chunk, i);
        continue;
      }
      if (byte === NEWLINE) this.line += 1;
      if (byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === NEWLINE) {
        i += 1;
        continue;
      }
      if (this.place === 'top') {
        // Byte-order marks before the first value (EF BB BF, each byte maybe in a chunk of its own) are no part of it.
        if (this.layout === null && byte === BOM[this.bom]) {
          this.bom = (this.bom + 1) % BOM.length;
          i += 1;
          continue;
        }
        if (byte === OPEN_BRACKET && this.layout === null) {
          this.layout = 'array';
          this.place = 'array';
          this.expect = 'first';
          this.arrayLine = this.line;
          i += 1;
          continue;
        }
        if (this.layout === 'array' || this.pagesInArray) this.fail('expected the end of the file after the array', this.line);
        const candidate = this.layout === null || this.layout === 'pages';
        this.layout ??= 'lines';
        this.begin(chunk, i, candidate, false);
        continue;
      }
      // In an array, between elements.
      if (byte === CLOSE_BRACKET && this.expect !== 'value') {
        i += 1;
        this.closeArray(chunk, i);
        continue;
      }
      if (byte === COMMA && this.expect === 'comma') {
        this.expect = 'value';
        i += 1;
        continue;
      }
      if (this.expect === 'comma') this.fail(`expected "," or "]" after a response, found ${JSON.stringify(String.fromCharCode(byte))}`, this.line);
      if (byte === CLOSE_BRACKET || byte === COMMA) this.fail(`expected a response, found ${JSON.stringify(String.fromCharCode(byte))}`, this.line);
      // An element of the file's own array may be a page: the first one, or any once the first was.
      const outer = !this.inPage;
      const candidate = outer && (this.pagesInArray || (this.layout === 'array' && this.arrayElements === 0));
      if (outer) this.arrayElements += 1;
      this.begin(chunk, i, candidate, true);
    }
    if (this.place === 'response' || this.place === 'pageRest') this.keep(chunk.subarray(this.start));
  }

  /** The file has ended: stops with an error if it ended inside a value. */
  end(): void {
    if (this.place === 'response' && this.bare) {
      this.start = 0;
      this.finish(Buffer.alloc(0), 0);
    }
    if (this.place === 'response') this.fail('the file ends inside the response that starts here: it is truncated', this.startLine);
    if (this.place === 'pageRest') this.fail('the file ends inside the page of responses that starts here: it is truncated', this.skeletonLine);
    if (this.place === 'array') this.fail('the file ends inside the array of responses that starts here: it is truncated', this.arrayLine);
    if (this.layout === null) this.fail('the file holds no JSON value', this.line);
  }

  /** Starts capturing a response at chunk[i]. */
  private begin(chunk: Buffer, i: number, pageCandidate: boolean, inArray: boolean): void {
    const byte = chunk[i] as number;
    this.place = 'response';
    this.inArray = inArray;
    this.parts = [];
    this.partBytes = 0;
    this.start = i;
    this.startLine = this.line;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.bare = byte !== OPEN_BRACE && byte !== OPEN_BRACKET && byte !== QUOTE;
    this.pageCandidate = pageCandidate && byte === OPEN_BRACE;
    this.pagingSeen = false;
    this.keyNext = false;
    this.key = null;
    this.pageArray = 'no';
  }

  /** Scans a captured value from chunk[i] until it ends or the chunk does; returns where the scan stopped. */
  private scanValue(chunk: Buffer, i: number): number {
    const n = chunk.length;
    while (i < n) {
      const byte = chunk[i] as number;
      if (this.inString) {
        if (this.key !== null && this.depth === 1) this.key.push(byte);
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) {
          this.inString = false;
          if (this.key !== null && this.depth === 1) this.endKey();
          if (this.depth === 0) return this.finish(chunk, i + 1);
        } else if (byte === NEWLINE) this.line += 1;
        i += 1;
        continue;
      }
      if (this.bare) {
        if (byte === COMMA || byte === CLOSE_BRACKET || byte === CLOSE_BRACE || byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === NEWLINE || byte === OPEN_BRACE || byte === OPEN_BRACKET || byte === QUOTE) return this.finish(chunk, i);
        i += 1;
        continue;
      }
      if (byte === NEWLINE) this.line += 1;
      if (this.pageArray === 'opened' && byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== NEWLINE) {
        // The first byte in the array after a page key: objects (or none) make the value a page.
        this.pageArray = 'no';
        if (byte === OPEN_BRACE || byte === CLOSE_BRACKET) return this.openPage(chunk, i);
      }
      if (byte === QUOTE) {
        this.inString = true;
        if (this.pageCandidate && this.depth === 1 && this.keyNext) {
          this.key = [];
          this.keyNext = false;
        }
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        this.depth += 1;
        if (this.depth === 1) this.keyNext = true;
        else if (this.depth === 2 && byte === OPEN_BRACKET && this.pageCandidate && this.place === 'response' && PAGE_KEYS.has(this.lastKey) && (!this.inArray || this.pagingSeen)) this.pageArray = 'opened';
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.depth < 0) this.fail(`expected a value, found ${JSON.stringify(String.fromCharCode(byte))}`, this.line);
        if (this.depth === 0) return this.finish(chunk, i + 1);
      } else if (this.depth === 1 && byte === COMMA) {
        this.keyNext = true;
        this.lastKey = '';
      } else if (this.depth === 1 && byte === COLON) this.keyNext = false;
      i += 1;
    }
    return i;
  }

  private endKey(): void {
    this.lastKey = Buffer.from(this.key ?? []).subarray(0, -1).toString('utf8');
    if (PAGING_KEYS.has(this.lastKey)) this.pagingSeen = true;
    this.key = null;
  }

  /** The captured object is a page: what came before its array is kept to check, and the array's elements are the responses. */
  private openPage(chunk: Buffer, i: number): number {
    if (this.inArray) this.pagesInArray = true;
    this.inPage = true;
    this.layout = 'pages';
    this.keep(chunk.subarray(this.start, i));
    this.skeleton = this.parts;
    this.skeletonLine = this.startLine;
    this.parts = [];
    this.partBytes = 0;
    this.place = 'array';
    this.expect = 'first';
    this.arrayLine = this.line;
    return i;
  }

  /** The array ends before chunk[i]: the file's, or a page's, whose rest is then read. */
  private closeArray(chunk: Buffer, i: number): void {
    if (this.layout !== 'pages' || !this.inPage) {
      this.place = 'top';
      return;
    }
    this.inPage = false;
    // The page goes on after its array: its elements become blank lines, so the lines of what follows stay right.
    this.skeleton.push(Buffer.from(`${'\n'.repeat(this.line - this.arrayLine)}]`));
    this.parts = this.skeleton;
    this.partBytes = this.parts.reduce((sum, part) => sum + part.length, 0);
    this.skeleton = [];
    this.place = 'pageRest';
    this.start = i;
    this.depth = 1;
    this.inString = false;
    this.escaped = false;
    this.bare = false;
    this.pageCandidate = false;
    this.startLine = this.skeletonLine;
  }

  /** The captured value ends before chunk[i]: parses it and hands it over (a page's rest is only checked). */
  private finish(chunk: Buffer, i: number): number {
    const last = chunk.subarray(this.start, i);
    const bytes = this.parts.length === 0 ? last : Buffer.concat([...this.parts, last]);
    this.parts = [];
    this.partBytes = 0;
    const text = bytes.toString('utf8');
    const value = this.parse(text);
    if (this.place === 'pageRest') {
      // A page of an array of pages: the array goes on after it.
      this.place = this.pagesInArray ? 'array' : 'top';
      this.expect = 'comma';
      return i;
    }
    if (this.pagesInArray && !this.inPage) this.fail('an element of this array of pages is no page (an object whose "items" or "data" is an array of responses): every element of the array must be a page', this.startLine);
    this.place = this.inArray ? 'array' : 'top';
    this.expect = 'comma';
    this.handler(value, this.startLine);
    return i;
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      const error = jsonSyntaxError(text);
      this.fail(`not valid JSON: ${error?.message ?? 'cannot be parsed'}`, this.startLine + (error === null ? 0 : error.line - 1));
    }
  }

  /** Keeps the bytes of a value that goes on into the next chunk (a copy: the reader reuses its buffer). */
  private keep(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.partBytes += bytes.length;
    if (this.partBytes > this.maxBytes) this.fail(`a response longer than ${this.maxBytes / 1024 / 1024} MiB: is this a file of survey responses?`, this.startLine);
    this.parts.push(Buffer.from(bytes));
  }

  private fail(message: string, line: number): never {
    throw new SatisfyError('JSON_MALFORMED', message, { file: this.file, line });
  }
}
