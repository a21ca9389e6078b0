import { normalizeText } from '../text/normalize-text.js';

/**
 * Finds which of `keywords` occur in `text` as whole words of the folded text. A keyword may be
 * several words ("value for money"); a trailing `*` makes its last word a prefix ("deliver*").
 * Returns the keywords found, in the order given.
 *
 * @example matchKeywords('Speed of delivery (1-5)', ['deliver*', 'price']) // ['deliver*']
 */
export function matchKeywords(text: string, keywords: readonly string[]): string[] {
  const words = normalizeText(text).split(' ').filter((w) => w !== '');
  return keywords.filter((keyword) => containsKeyword(words, keyword));
}

function containsKeyword(words: readonly string[], keyword: string): boolean {
  const prefix = keyword.endsWith('*');
  const parts = normalizeText(prefix ? keyword.slice(0, -1) : keyword).split(' ');
  const last = parts.length - 1;
  for (let start = 0; start + parts.length <= words.length; start++) {
    let matched = true;
    for (let i = 0; i < parts.length && matched; i++) {
      const word = words[start + i] as string;
      const part = parts[i] as string;
      matched = i === last && prefix ? word.startsWith(part) : word === part;
    }
    if (matched) return true;
  }
  return false;
}
