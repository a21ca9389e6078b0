/**
 * `text.trim()`, without the call where neither end can be white space (an ASCII character other
 * than a space or a control at both ends: most cells of an export). Rows ask it of several cells
 * each, and String.prototype.trim is a call out of compiled code, dearer than the two reads here.
 */
export function trimmed(text: string): string {
  const last = text.length - 1;
  if (last < 0) return text;
  const first = text.charCodeAt(0);
  const end = text.charCodeAt(last);
  return first > 0x20 && first < 0x7f && end > 0x20 && end < 0x7f ? text : text.trim();
}

/** Whether `text` starts with a letter (`\p{L}`): an ASCII letter told from its code, any other first character by the pattern. */
export function startsWithLetter(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0x80) return (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a;
  return STARTS_WITH_LETTER.test(text);
}

const STARTS_WITH_LETTER = /^\p{L}/u;
