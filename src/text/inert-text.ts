/**
 * Characters that act instead of being shown: C0 controls and DEL (ESC starts the sequences that
 * move the cursor, erase a line, retitle the window or write to the clipboard; BEL, backspace and
 * carriage return act on their own), C1 controls (U+009B is a one-character CSI, U+009D an OSC),
 * and the bidirectional controls that reorder what is shown around them (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069: the "Trojan Source" characters).
 */
// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ACTIVE_ALL = new RegExp(ACTIVE.source, 'g');

/**
 * What becomes of the white-space controls: escaped like the rest (`escape`, for a message of one
 * line), each a space (`space`, for a table cell on one line; CRLF is one break, one space), or
 * tab, line feed and carriage return kept (`keep`, for formats that allow them: CSV, HTML, XML).
 */
export type LineBreaks = 'escape' | 'space' | 'keep';

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Text from the data (a header, an answer, a segment, a file name) as a terminal or a document may
 * show it: every control character written out visibly, `\x1b` for ESC, `\u202e` for a
 * right-to-left override, `\t`, `\n` and `\r` by name, so that a header cannot retitle a terminal,
 * rewrite a line or reorder what is read. Every text output and every message goes through it;
 * JSON keeps the data as it is. The result holds no such character, so applying it twice changes
 * nothing.
 *
 * @example inertText('North\u001b]0;pwned\u0007') // 'North\\x1b]0;pwned\\x07'
 */
export function inertText(text: string, lineBreaks: LineBreaks = 'escape'): string {
  if (!ACTIVE.test(text)) return text;
  const spaced = lineBreaks === 'space' ? text.replace(/\r\n|[\t\n\v\f\r]/g, ' ') : text;
  return spaced.replace(ACTIVE_ALL, (ch) => {
    if (lineBreaks === 'keep' && (ch === '\t' || ch === '\n' || ch === '\r')) return ch;
    const code = ch.charCodeAt(0);
    return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/**
 * Every string of a document — values and keys, at any depth — made inert with `inertText`, for a
 * renderer to format without a control character from the data reaching its output. Keys are
 * mapped the same way as values, so a lookup by a name taken from the document still finds it.
 */
export function inertData<T>(value: T, lineBreaks: LineBreaks): T {
  if (typeof value === 'string') return inertText(value, lineBreaks) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => inertData(v, lineBreaks)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [inertText(k, lineBreaks), inertData(v, lineBreaks)])) as T;
  }
  return value;
}
