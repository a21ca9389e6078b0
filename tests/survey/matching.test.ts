import { describe, expect, it } from 'vitest';
import { en } from '../../src/survey/lexicon/en.js';
import { matchKeywords } from '../../src/survey/match-keywords.js';
import { normalizeText } from '../../src/text/normalize-text.js';

describe('normalizeText folds case, diacritics, punctuation and spacing', () => {
  it.each([
    ["Don't know", 'dont know'],
    ['  DON’T   KNOW!! ', 'dont know'],
    ['Zażółć gęślą jaźń', 'zazolc gesla jazn'],
    ['Weiß nicht', 'weiss nicht'],
    ['Pilnībā piekrītu', 'pilniba piekritu'],
    ['N/A', 'n a'],
    ['Speed of delivery (1-5)', 'speed of delivery 1 5'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(normalizeText(input)).toBe(expected));
});

describe('matchKeywords matches whole words and prefixes, and nothing else', () => {
  const delivery = en.dimensions.delivery as string[];
  const pricing = en.dimensions.pricing as string[];
  const trust = en.dimensions.trust as string[];
  it.each([
    ['How satisfied are you with the speed of delivery?', delivery, ['deliver*', 'speed']],
    ['Was your order DELIVERED on time?', delivery, ['deliver*', 'on time']],
    ['Value for money', pricing, ['value for money', 'value']],
    ['Prices were fair', pricing, ['price*']],
    ['I trust this company', trust, ['trust*']],
    // Near-misses: the letters are there, the word is not.
    ['Undelivered items', delivery, []],
    ['Time of day you shop', delivery, []],
    ['Distrust', trust, []],
    ['Priceless experience', pricing, ['price*']],
    ['Apricot', pricing, []],
    ['Mathematics makes me feel nervous', pricing, []],
    ['Delivery fees', pricing, ['fees']],
    ['Remarkable service', en.roles.comment, []],
  ])('%j', (text, keywords, expected) => expect(matchKeywords(text, keywords)).toEqual(expected));
});
