import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { compactTable, fittedTable } from '../../src/render/compact-table.js';

// A long table is drawn in pieces (cli-table3 is quadratic in the rows); the joined text must be
// the table cli-table3 draws in one go, wide characters, colour and a short last piece included.
describe('a table of more rows than one piece', () => {
  const head = ['Item', 'Dimension', 'n', 'Score'];
  const rows = Array.from({ length: 1203 }, (_, i) => [i === 700 ? `Zufriedenheit mit 配達 ${i}` : `Q${i}`, i % 3 === 0 ? 'delivery' : '—', String(i * 7), (i / 13).toFixed(1)]);

  it.each([0, 1])('is the table drawn in one go (colour level %i)', (level) => {
    const c = new Chalk({ level: level as 0 | 1 });
    const whole = compactTable(head, c, { textColumns: 2 });
    whole.push(...rows);
    expect(fittedTable(head, rows, c, undefined, [], { textColumns: 2 })).toBe(whole.toString());
  });
});
