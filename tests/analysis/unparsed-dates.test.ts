import { describe, expect, it } from 'vitest';
import { addUnparsedDates, describeUnparsedDates, noUnparsedDates, totalUnparsed } from '../../src/analysis/unparsed-dates.js';

describe('rows whose date cannot be read', () => {
  it('are counted by why, and said most common first', () => {
    const counts = noUnparsedDates();
    addUnparsedDates(counts, { blank: 1, notADate: 0, invalid: 2, otherOrder: 4700 });
    addUnparsedDates(counts, { blank: 74, notADate: 0, invalid: 0, otherOrder: 0 });
    expect(totalUnparsed(counts)).toBe(4777);
    expect(describeUnparsedDates(counts, 'dmy')).toBe('4700 read only in another order than day first (dmy), 75 blank, 2 no such day or time (as 31/02/2026)');
    expect(describeUnparsedDates({ blank: 0, notADate: 3, invalid: 0, otherOrder: 1 }, null)).toBe("3 not a date, 1 read only in another order than the column's");
    expect(describeUnparsedDates(noUnparsedDates(), 'mdy')).toBe('');
  });
});
