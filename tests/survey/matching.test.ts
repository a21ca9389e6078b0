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
    // Weak keywords (speed, on time) count beside a word of their context (delivery, order).
    ['How satisfied are you with the speed of delivery?', delivery, ['deliver*', 'speed'], en.context.delivery],
    ['Was your order DELIVERED on time?', delivery, ['deliver*', 'on time'], en.context.delivery],
    ['How fast did you learn to swim?', delivery, [], en.context.delivery],
    ['Did you have a math problem?', en.dimensions.complaints as string[], [], en.context.complaints],
    ['Did you have a problem with your order?', en.dimensions.complaints as string[], ['problem*'], en.context.complaints],
    ['Problems', en.dimensions.complaints as string[], ['problem*'], en.context.complaints],
    ['Satisfaction with our service [Packaging]', delivery, ['packaging'], en.context.delivery],
    ['Value for money', pricing, ['value for money', 'value'], en.context.pricing],
    ['Value for money', pricing, ['value for money']],
    ['Prices were fair', pricing, ['price*']],
    ['I trust this company', trust, ['trust*']],
    // Near-misses: the letters are there, the word is not.
    ['Undelivered items', delivery, []],
    ['Time of day you shop', delivery, []],
    ['Distrust', trust, []],
    ['Priceless experience', pricing, ['price*']],
    ['Apricot', pricing, []],
    ['Mathematics makes me feel nervous', pricing, []],
    // "fee" is not "fees"; what delivery costs is a price.
    ['Delivery fees', pricing, ['delivery fee*', 'fees']],
    ['Remarkable service', en.roles.comment, []],
  ])('%j', (text, keywords, expected, context: string[] = []) => expect(matchKeywords(text, keywords, context)).toEqual(expected));
});
