import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InspectReport, Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

const OFF_SCALE = 'fixtures/lint/off-scale-answers.csv';
const UNMAPPED = 'fixtures/lint/unmapped-labels.csv';
const REVERSED = 'fixtures/lint/reverse-worded-item.csv';

describe('answers that do not fit their scale', () => {
  it('are excluded, counted and warned about once per column, with the first line', () => {
    const result = runCli(['report', OFF_SCALE, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      `satisfy: warning: column "Delivery speed (1-5)": 2 answers excluded and counted, the first: "8" is outside its 1-5 scale (${OFF_SCALE}:5); --strict makes this an error\n` +
        `satisfy: warning: column "How likely are you to recommend us? (0-10)": "11" is outside the 0-10 recommend scale (${OFF_SCALE}:7); --strict makes this an error\n`,
    );
    const report = JSON.parse(result.stdout) as Report;
    expect(report.items[0]?.missing).toMatchObject({ outOfScale: 1, notInteger: 1 });
    expect(report.nps?.missing).toMatchObject({ outOfScale: 1 });
  });

  it('are an error naming file, line and column with --strict', () => {
    const result = runCli(['report', OFF_SCALE, '--strict']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`satisfy: error: column "Delivery speed (1-5)": "8" is outside its 1-5 scale (--strict) (${OFF_SCALE}:5)\n`);
  });

  it('--missing makes a code a non-answer instead, where it is no valid answer on the scale', () => {
    // 8 is off the 1-5 delivery scale but a valid answer to the 0-10 recommend question: it stays one there.
    const result = runCli(['report', OFF_SCALE, '--missing', '8', '--missing', '11', '--format', 'json']);
    expect(result.stderr).toBe(`satisfy: warning: column "Delivery speed (1-5)": "4.5" is not a whole number on its 1-5 scale (${OFF_SCALE}:9); --strict makes this an error\n`);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.items[0]?.missing).toMatchObject({ notApplicable: 1, outOfScale: 0, notInteger: 1 });
    expect(report.nps?.missing).toMatchObject({ notApplicable: 1, outOfScale: 0 });
    const plain = JSON.parse(runCli(['report', OFF_SCALE, '--format', 'json']).stdout) as Report;
    // The 8s of the recommend question are still answers: its base is what it was without --missing.
    expect(report.nps?.n).toBe(plain.nps?.n);
  });
});

describe('a column of labels that fit no known scale', () => {
  it('is listed by inspect with its unmapped labels and their counts, and not scored', () => {
    const result = runCli(['inspect', UNMAPPED, '--format', 'json']);
    expect(result.status).toBe(0);
    const column = (JSON.parse(result.stdout) as InspectReport).columns[1];
    expect(column).toMatchObject({ name: 'Quality of packaging', role: 'unknown', scale: null, unmapped: [{ label: 'Meh', count: 2 }, { label: 'Superb', count: 1 }] });
    expect(column?.evidence.join(' ')).toMatch(/partly fit the quality-5 set/);
    const table = runCli(['inspect', UNMAPPED]).stdout;
    expect(table).toContain('Unmapped labels');
    expect(table).toContain('Quality of packaging: "Meh" ×2, "Superb" ×1');
  });

  it('is a warning, or with --strict an error naming the first line holding such a label', () => {
    const warned = runCli(['report', UNMAPPED]);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/^satisfy: warning: column "Quality of packaging": "Meh", "Superb" cannot be placed on a scale satisfy knows, so the column is not scored; .* \(fixtures\/lint\/unmapped-labels\.csv:5\); --strict makes this an error\n$/);
    const strict = runCli(['report', UNMAPPED, '--strict']);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/^satisfy: error: column "Quality of packaging": .* \(--strict\) \(fixtures\/lint\/unmapped-labels\.csv:5\)\n$/);
  });
});

describe('a question left unscored for answers of no known scale', () => {
  it('is named in the notes, and by the reason of the headline it would have been', () => {
    const effort = JSON.parse(runCli(['report', 'fixtures/lint/effort-question-with-an-unknown-label.csv', '--format', 'json']).stdout) as Report;
    expect(effort.ces).toBeNull();
    const question = 'the effort question "How easy was it to get your issue resolved?" is not scored: "So-so" (8 answers) cannot be placed on a scale satisfy knows';
    expect(effort.nullReasons.ces).toBe(`${question} (map its labels in satisfy.config.json, or name another with --map ces=<column>)`);
    expect(effort.notes).toContain(`${question}; map its labels in satisfy.config.json`);
    expect(effort.columns[1]?.unscored).toEqual({ as: 'ces', dimension: null });
    // Mapped by the config, it is scored, and nothing is said.
    const config = join(mkdtempSync(join(tmpdir(), 'satisfy-unscored-')), 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'How easy was it to get your issue resolved?': { role: 'ces', scale: { min: 1, max: 5, labels: { '1': 'Very difficult', '2': 'Difficult', '3': 'So-so', '4': 'Easy', '5': 'Very easy' } } } } }));
    const mapped = JSON.parse(runCli(['report', 'fixtures/lint/effort-question-with-an-unknown-label.csv', '--config', config, '--format', 'json']).stdout) as Report;
    expect(mapped.ces?.n).toBe(40);
    expect(mapped.notes.join(' ')).not.toMatch(/not scored/);
    expect(mapped.columns[1]?.unscored).toBeUndefined();
  });

  it('names two answers that are one point of the set the others fit, and the dimension that goes without it', () => {
    const inspected = (JSON.parse(runCli(['inspect', 'fixtures/lint/two-labels-on-one-point.csv', '--format', 'json']).stdout) as InspectReport).columns[1];
    expect(inspected?.evidence.join(' ')).toMatch(/partly fit the satisfaction-4 set but "Satisfied", "Slightly satisfied", "Somewhat satisfied" are one point of it/);
    expect(inspected?.unmapped.map((u) => u.label)).toEqual(['Satisfied', 'Slightly satisfied', 'Somewhat satisfied']);
    const report = JSON.parse(runCli(['report', 'fixtures/lint/two-labels-on-one-point.csv', '--format', 'json']).stdout) as Report;
    expect(report.notes).toContain('column "Satisfaction with delivery speed" is not scored (so delivery has no score): "Satisfied" (7 answers), "Slightly satisfied" (7 answers), "Somewhat satisfied" (7 answers) cannot be placed on a scale satisfy knows; map its labels in satisfy.config.json');
  });
});

describe('a question that asks for a rating, answered in words no scale knows', () => {
  it('stays a segment, and inspect lists its labels for mapping', () => {
    const result = runCli(['inspect', 'fixtures/lint/rating-question-in-unknown-words.csv', '--format', 'json']);
    const column = (JSON.parse(result.stdout) as InspectReport).columns[0];
    expect(column).toMatchObject({ role: 'segment', scale: null, unmapped: [{ label: 'Awful', count: 2 }, { label: 'OK', count: 2 }, { label: 'Superb', count: 2 }] });
    expect(column?.evidence[0]).toMatch(/asks for a rating: if these answers are a scale, map their labels in the config$/);
    // Region names a segment: its values are no scale to map.
    expect((JSON.parse(result.stdout) as InspectReport).columns[1]?.unmapped).toEqual([]);
  });

  it('is named in the notes as not scored until the config maps its labels', () => {
    const report = JSON.parse(runCli(['report', 'fixtures/lint/rating-question-in-unknown-words.csv', '--format', 'json']).stdout) as Report;
    expect(report.columns[0]).toMatchObject({ role: 'segment', unscored: { as: 'item', dimension: 'delivery' } });
    expect(report.columns[1]?.unscored).toBeUndefined();
    expect(report.notes).toContain('column "How was the delivery?" is not scored (so delivery has no score): "Awful" (2 answers), "OK" (2 answers), "Superb" (2 answers) cannot be placed on a scale satisfy knows; map its labels in satisfy.config.json');
    const config = join(mkdtempSync(join(tmpdir(), 'satisfy-segment-')), 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'How was the delivery?': { dimension: 'delivery', scale: { min: 1, max: 3, labels: { '1': 'Awful', '2': 'OK', '3': 'Superb' } } } } }));
    const mapped = JSON.parse(runCli(['report', 'fixtures/lint/rating-question-in-unknown-words.csv', '--config', config, '--format', 'json']).stdout) as Report;
    expect(mapped.columns[0]).toMatchObject({ role: 'item', dimension: 'delivery' });
    expect(mapped.dimensions.delivery?.n).toBe(6);
    expect(mapped.notes.join(' ')).not.toMatch(/not scored/);
    expect(mapped.columns[0]?.unscored).toBeUndefined();
  });
});

describe('an item that runs against the others of its dimension', () => {
  it('is reversed by detection when worded so, and by no one when the config says "reverse": false', () => {
    const result = runCli(['report', REVERSED, '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.columns.find((c) => c.name === 'I do not trust the company (1-5)')?.scale?.reversed).toBe(true);
    expect(report.dimensions.trust?.alpha?.opposed).toEqual([]);
    expect(result.stderr).toBe('');
  });

  it('is named in alpha.opposed and warned about; --strict makes it an error', () => {
    // The config keeps the item as it is: it still runs against the others.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-opposed-'));
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'I do not trust the company (1-5)': { reverse: false } } }));
    const result = runCli(['report', REVERSED, '--format', 'json', '--config', config]);
    expect(result.status).toBe(0);
    const trust = (JSON.parse(result.stdout) as Report).dimensions.trust;
    expect(trust?.alpha?.opposed).toEqual(['I do not trust the company (1-5)']);
    expect(result.stderr).toMatch(/^satisfy: warning: column "I do not trust the company \(1-5\)": runs against the other items of trust \(corrected item-total r = -0\.\d\d\); if it is worded in reverse, mark it "reverse": true in satisfy\.config\.json; if not, it measures something else: give it a dimension of its own there \(split trust\) \(fixtures\/lint\/reverse-worded-item\.csv\); --strict makes this an error\n$/);
    const strict = runCli(['report', REVERSED, '--strict', '--config', config]);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/^satisfy: error: column "I do not trust the company \(1-5\)": runs against/);
  });

  it('is no warning where its correlation is below zero by chance alone (a few rows), so --strict passes', () => {
    // A cold trial: 12 rows of a weekly export, an item-total r of −0.09, and --strict failed the run.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-opposed-'));
    const few = join(dir, 'few.csv');
    // Six respondents: the first two items agree, the third leans a hair against them.
    writeFileSync(few, ['I trust the company (1-5),The company is honest (1-5),I feel safe with the company (1-5),Overall satisfaction (1-5)', '5,5,3,5', '4,4,4,4', '2,3,3,2', '3,2,4,3', '1,1,3,1', '4,5,2,4'].join('\n'));
    const json = runCli(['report', few, '--format', 'json']);
    expect((JSON.parse(json.stdout) as Report).dimensions.trust?.alpha?.opposed).toEqual(['I feel safe with the company (1-5)']);
    expect(json.stderr).not.toContain('runs against');
    expect(runCli(['report', few, '--strict', '-q', '-o', join(dir, 'out.txt')]).status).toBe(0);
  });

  it('read reversed already, is told to be marked "reverse": false, not true', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-opposed-'));
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'Value for money (1-5)': { reverse: false }, 'The price compared with other shops (1-5)': { reverse: true }, 'Prices are fair (1-5)': { reverse: true } } }));
    const result = runCli(['report', 'fixtures/detection/item-reversed-one-at-a-time.csv', '--config', config]);
    expect(result.stderr).toMatch(/^satisfy: warning: column "Prices are fair \(1-5\)": runs against the other items of pricing \(corrected item-total r = -0\.\d\d\); it is read reversed: if it is not worded in reverse, mark it "reverse": false in satisfy\.config\.json /);
  });
});

describe('--lang', () => {
  it('names the language asked for where two share a keyword, and refuses one satisfy does not know', () => {
    const file = 'fixtures/languages/portuguese-semicolon-cp1252.csv';
    const nps = (args: string[]) => (JSON.parse(runCli(['inspect', file, '--format', 'json', ...args]).stdout) as InspectReport).columns.find((c) => c.role === 'nps');
    // "recomend*" is Spanish and Portuguese alike; the survey's own language (detected) comes first.
    expect(nps([])?.evidence[0]).toMatch(/^header keyword "recomend\*" \(pt\)/);
    expect(nps(['--lang', 'es'])?.evidence[0]).toMatch(/^header keyword "recomend\*" \(es\)/);
    const result = runCli(['report', file, '--lang', 'it']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('satisfy: error: --lang takes one of en, pl, lv, de, fr, es, pt, not "it"\n');
  });
});
