import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { parseNumber } from '../../src/text/parse-number.js';

interface Column { name: string; role: string; scale: { min: number; max: number } | null }
interface Summary { n: number; missing: Record<string, number> }
interface Report { columns: Column[]; csat: Summary | null; items: Array<Summary & { column: string }> }

function report(fixture: string): { json: Report; stderr: string } {
  const result = runCli(['report', `fixtures/strays/${fixture}`, '--format', 'json']);
  expect(result.status).toBe(0);
  return { json: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

describe('one stray answer among hundreds of ratings does not change what the column is', () => {
  it.each([
    ['one-eleven-among-300-ratings.csv', '11'],
    ['one-twelve-among-300-ratings.csv', '12'],
    ['one-ninety-nine-among-300-ratings.csv', '99'],
    ['one-1e308-among-300-ratings.csv', '1e308'],
  ])('%s: still CSAT on 1-5, the stray counted out of scale and warned about', (fixture, stray) => {
    const { json, stderr } = report(fixture);
    const overall = json.columns.find((c) => c.name === 'Overall satisfaction');
    expect(overall?.role).toBe('csat');
    expect(overall?.scale).toMatchObject({ min: 1, max: 5 });
    expect(json.csat?.n).toBe(299);
    expect(json.csat?.missing['outOfScale']).toBe(1);
    expect(stderr).toContain(`"${stray}" is outside its 1-5 scale`);
    expect(stderr).toContain(`${fixture}:152`);
  });

  it('a -1 is a non-answer code, counted as not applicable', () => {
    const { json } = report('one-minus-one-among-300-ratings.csv');
    expect(json.columns.find((c) => c.name === 'Overall satisfaction')?.role).toBe('csat');
    expect(json.csat?.n).toBe(299);
    expect((json.csat?.missing['notApplicable'] ?? 0) + (json.csat?.missing['blank'] ?? 0)).toBe(1);
  });
});

describe('numbers are decimal text only', () => {
  it.each([
    ['3', 3], ['-1', -1], ['4.5', 4.5], ['.5', 0.5], ['1e3', 1000], ['+2', 2],
    ['0x3', Number.NaN], ['0X3', Number.NaN], ['0b11', Number.NaN], ['0o4', Number.NaN], [' ', Number.NaN], ['Infinity', Number.NaN], ['1e999', Number.NaN],
  ])('%j → %d', (text, expected) => expect(parseNumber(text, false)).toBe(expected));

  it('0x3, 0b11 and 0o4 in a rating column are invalid answers, not 3, 3 and 4', () => {
    const { json } = report('hexadecimal-and-binary-literals.csv');
    // Three of 60 answers are literals that Number() would take for 3, 3 and 4.
    expect(json.csat?.n).toBe(57);
    expect(json.csat?.missing['invalid']).toBe(3);
  });
});

describe('columns named like JavaScript object internals', () => {
  it('init keeps __proto__, constructor and toString in the config, and the config reads back', () => {
    const init = runCli(['init', 'fixtures/strays/columns-named-like-object-internals.csv', '-o', '-']);
    expect(init.status).toBe(0);
    const config = JSON.parse(init.stdout) as { columns: Record<string, { role: string }> };
    const names = Object.keys(config.columns);
    expect(names).toEqual(['id', 'Overall satisfaction', '__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(config.columns, '__proto__')?.value).toMatchObject({ role: 'item' });
  });
});
