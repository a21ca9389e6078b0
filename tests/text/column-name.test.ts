import { describe, expect, it } from 'vitest';
import { indexOfColumn } from '../../src/text/column-name.js';

describe('a column the user names', () => {
  const names = ['ID', 'Region', 'region', 'Delivery speed (1-5)'];

  it.each([
    ['#1', 0],
    ['#4', 3],
    ['#5', -1],
    ['#0', -1],
    ['region', 2],
    ['REGION', 1],
    ['delivery speed (1-5)', 3],
    ['Speed', -1],
  ])('%j is at %i', (name, index) => expect(indexOfColumn(names, name)).toBe(index));
});
