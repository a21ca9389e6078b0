import { describe, expect, it } from 'vitest';
import { shownName } from '../../src/render/format-number.js';

describe('shownName: a question as the tables name it', () => {
  it.each([
    // Qualtrics names its columns by code and writes the question in its second header row.
    ['Q5', 'Overall, how satisfied are you?', 'Q5 Overall, how satisfied are you?'],
    ['Q2_3', 'Na ile zgadza się Pan/Pani … - Ceny biletów są uczciwe', 'Q2_3 Na ile zgadza się Pan/Pani … - Ceny biletów są uczciwe'],
    ['QID12', ' Rate our staff ', 'QID12 Rate our staff'],
    // A name that is the question already, or no second header row, or a question that is a code too.
    ['How satisfied are you overall?', 'How satisfied are you overall?', 'How satisfied are you overall?'],
    ['Q5', null, 'Q5'],
    ['Q5', undefined, 'Q5'],
    ['delivery_speed_rating', 'delivery_speed_rating', 'delivery_speed_rating'],
    ['Q5', 'QID5', 'Q5'],
  ])('%j with question %j → %j', (name, question, shown) => {
    expect(shownName(name, question)).toBe(shown);
  });
});
