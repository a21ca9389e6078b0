import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliWithInput } from '../helpers/run-cli.js';
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

  it('one answer carrying a code beyond the others ("9 = Excellent" among 1..5) is out of scale, not the top of a 1-9 scale', () => {
    const { json, stderr } = report('one-coded-label-beyond-the-answers.csv');
    expect(json.columns.find((c) => c.name === 'Overall satisfaction')?.scale).toMatchObject({ min: 1, max: 5 });
    expect(json.csat?.n).toBe(59);
    expect(json.csat?.missing['outOfScale']).toBe(1);
    expect(stderr).toContain('"9 = Excellent" is outside its 1-5 scale');
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

describe("a scale's points come from every row read, not only the first 1,000", () => {
  const fixture = 'fixtures/strays/fives-only-after-the-first-1000-rows.csv';
  const overall = (json: Report) => json.columns.find((c) => c.name === 'Overall satisfaction') as Column & { evidence: string[] };

  it('a 1-5 question whose 5s come after the first 1,000 rows is read again as 1-5, every answer scored', () => {
    const result = runCli(['report', fixture, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as Report;
    expect(overall(json).scale).toMatchObject({ min: 1, max: 5 });
    expect(overall(json).evidence.join(' ')).toContain('360 answers 5 after the first 1000 rows');
    expect(json.csat?.n).toBe(3000);
    expect(json.csat?.missing['outOfScale']).toBe(0);
  });

  it('gives the same report on two threads, in pieces read by workers', () => {
    // Workers take the pieces after the one the 1,000 sample rows end in: 30,000 rows in 16 KiB pieces.
    const [head, ...rows] = readFileSync(fixture, 'utf8').trimEnd().split('\n') as [string, ...string[]];
    const more = Array.from({ length: 27_000 }, (_, i) => rows[1200 + (i % 1800)] as string);
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-threads-'));
    const file = join(dir, 'fives-after-the-first-1000-rows-30000.csv');
    writeFileSync(file, [head, ...rows, ...more].join('\n') + '\n');
    const args = ['report', file, '--format', 'json'];
    const one = runCli([...args, '--threads', '1'], { SATISFY_PIECE_BYTES: '16384' });
    const two = runCli([...args, '--threads', '2'], { SATISFY_PIECE_BYTES: '16384' });
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(two.stdout) as Report).csat?.n).toBe(30_000);
    expect((JSON.parse(two.stdout) as Report).columns.find((c) => c.name === 'Overall satisfaction')?.scale).toMatchObject({ min: 1, max: 5 });
  });

  it('from standard input, which cannot be read again, warns that the scale came from the first rows (an error with --strict)', () => {
    const input = readFileSync(fixture, 'utf8');
    const result = runCliWithInput(['report', '-', '--format', 'json'], input);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('column "Overall satisfaction": its 1-4 scale comes from the first 1000 rows, but all its answers show 1-5');
    expect(result.stderr).toContain('360 answers outside it are excluded and counted (-:1204)');
    expect((JSON.parse(result.stdout) as Report).csat?.missing['outOfScale']).toBe(360);
    const strict = runCliWithInput(['report', '-', '--strict'], input);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain('its 1-4 scale comes from the first 1000 rows, but all its answers show 1-5');
  });

  it('with --strict, a file read again is no error: its 5s were on its scale after all', () => {
    const result = runCli(['report', fixture, '--strict', '--format', 'json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as Report).csat?.n).toBe(3000);
  });

  it('a scale the config gives is kept: the 5s stay out of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-scale-'));
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'Overall satisfaction': { role: 'csat', scale: { kind: 'numeric', min: 1, max: 4 } } } }));
    const result = runCli(['report', fixture, '--config', config, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(overall(JSON.parse(result.stdout) as Report).scale).toMatchObject({ min: 1, max: 4 });
    expect((JSON.parse(result.stdout) as Report).csat?.missing['outOfScale']).toBe(360);
  });
});

describe('every row counts toward the scale, whatever the files and the spelling (review findings)', () => {
  const fixture = 'fixtures/strays/fives-only-after-the-first-1000-rows.csv';
  const [header, ...rows] = readFileSync(fixture, 'utf8').trimEnd().split('\n') as [string, ...string[]];
  const overallOf = (result: { status: number | null; stdout: string; stderr: string }) => {
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as Report;
    return { scale: json.columns.find((c) => c.name === 'Overall satisfaction')?.scale, csat: json.csat };
  };

  it('a first file shorter than the sample and a second with the 5s: 1-5, as one file would be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-two-files-'));
    writeFileSync(join(dir, 'first.csv'), [header, ...rows.slice(0, 200)].join('\n') + '\n');
    writeFileSync(join(dir, 'second.csv'), [header, ...rows.slice(200)].join('\n') + '\n');
    const { scale, csat } = overallOf(runCli(['report', join(dir, 'first.csv'), join(dir, 'second.csv'), '--format', 'json']));
    expect(scale).toMatchObject({ min: 1, max: 5 });
    expect(csat?.n).toBe(3000);
  });

  it('answers written 5.0 (as pandas and SPSS write them) widen the scale as 5 does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-decimal-'));
    const file = join(dir, 'fives-written-with-a-decimal.csv');
    writeFileSync(file, [header, ...rows.map((row) => row.replace(/,(\d),/, ',$1.0,'))].join('\n') + '\n');
    const { scale, csat } = overallOf(runCli(['report', file, '--format', 'json']));
    expect(scale).toMatchObject({ min: 1, max: 5 });
    expect(csat?.missing['outOfScale']).toBe(0);
  });
});

describe('suggested dimensions on columns that repeat each other', () => {
  it('inspect and init do not fail when k-means gives up on a start (identical columns)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-identical-'));
    const file = join(dir, 'identical-pairs-of-items.csv');
    // Two pairs of identical items: three groups asked of two distinct points leave one empty.
    const lines = ['id,Alpha rating,Beta rating,Gamma rating,Delta rating'];
    for (let i = 0; i < 200; i++) lines.push(`${i},${(i % 5) + 1},${(i % 5) + 1},${((i * i) % 5) + 1},${((i * i) % 5) + 1}`);
    writeFileSync(file, lines.join('\n') + '\n');
    expect(runCli(['inspect', file]).status).toBe(0);
    expect(runCli(['init', file, '-o', '-']).status).toBe(0);
  });
});

describe("a labelled scale's points come from every row read too", () => {
  const fixture = 'fixtures/strays/always-only-after-the-first-1000-rows.csv';
  const question = 'How often did our staff answer your questions in full?';
  interface Labelled { name: string; scale: { max: number; labelSet: string | null } | null; evidence: string[] }
  const itemOf = (stdout: string) => {
    const json = JSON.parse(stdout) as { columns: Labelled[]; items: Array<{ column: string; n: number; missing: Record<string, number> }> };
    return { column: json.columns.find((c) => c.name === question), item: json.items.find((i) => i.column === question) };
  };

  it('"Always" only after the first 1,000 rows makes the five-point frequency set, every answer scored', () => {
    const result = runCli(['report', fixture, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const { column, item } = itemOf(result.stdout);
    expect(column?.scale).toMatchObject({ max: 5, labelSet: 'frequency-5' });
    expect(column?.evidence.join(' ')).toContain('answers "Always" after the first 1000 rows');
    expect(item?.n).toBe(3000);
    expect(item?.missing['invalid']).toBe(0);
  });

  it('from standard input it stays four points, with a warning naming the scale all its answers show', () => {
    const result = runCliWithInput(['report', '-', '--format', 'json'], readFileSync(fixture, 'utf8'));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`column "${question}": its 1-4 scale comes from the first 1000 rows, but all its answers show 1-5`);
    expect(itemOf(result.stdout).item?.missing['invalid']).toBeGreaterThan(0);
  });
});

describe("an importance column's labelled scale comes from every row read", () => {
  const fixture = 'fixtures/strays/extremely-important-only-after-the-first-1000-rows.csv';
  const question = 'How important is the speed of delivery?';

  it('"Extremely important" only after the first 1,000 rows makes a five-point scale, every answer paired', () => {
    const result = runCli(['report', fixture, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { columns: Array<{ name: string; role: string; scale: { max: number } | null; evidence: string[] }>; importance: { pairs: Array<{ importanceColumn: string; n: number; missing: Record<string, number> }> } };
    const column = json.columns.find((c) => c.name === question);
    expect(column?.role).toBe('importance');
    expect(column?.scale?.max).toBe(5);
    expect(column?.evidence.join(' ')).toContain('answers "Extremely important" after the first 1000 rows');
    const pair = json.importance.pairs.find((p) => p.importanceColumn === question);
    expect(pair?.n).toBe(3000);
    expect(pair?.missing['invalid']).toBe(0);
  });
});
