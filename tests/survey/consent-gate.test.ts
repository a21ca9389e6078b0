import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { declinesConsent } from '../../src/survey/consent.js';
import { runCli } from '../helpers/run-cli.js';
import { validateReport } from '../helpers/validate-report.js';

// fixtures/detection/consent-declined-is-left-out-*.csv (scripts/make_detection_fixtures.py): a
// survey that opens with a consent question; a respondent who declines answers nothing else. The
// answers that decline, as each fixture writes them; who declined is counted here from the file.
const DECLINES: Record<string, string> = {
  en: 'I do not consent',
  pl: 'Nie zgadzam się',
  de: 'Nein, ich lehne ab',
  fr: "Je n'accepte pas",
  es: 'No acepto',
  pt: 'Não concordo',
  lv: 'Nē, nepiekrītu',
};

function rowsOf(path: string, delimiter: string): string[][] {
  return (parse(readFileSync(path, 'utf8'), { delimiter }) as string[][]).slice(1);
}

function report(...args: string[]): Report {
  const result = runCli(['report', ...args, '--format', 'json']);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe('a consent question that opens the survey', () => {
  it.each(Object.entries(DECLINES))('%s: a respondent who declines (%j) is left out, counted as declinedConsent; one who consents is analysed', (language, decline) => {
    const fixture = `fixtures/detection/consent-declined-is-left-out-${language}.csv`;
    const rows = rowsOf(fixture, ';');
    const declined = rows.filter((r) => r[1] === decline);
    const kept = rows.filter((r) => r[1] !== decline);
    expect(declined.length).toBeGreaterThan(0);
    const parsed = report(fixture);
    validateReport(parsed);
    const file = parsed.input.files[0];
    expect(parsed.columns[1]?.role).toBe('ignored');
    expect(parsed.respondents).toBe(kept.length);
    expect(file?.skipped.map((s) => [s.reason, s.count])).toEqual([['declinedConsent', declined.length]]);
    expect(file?.skipped[0]?.firstLines).toEqual(rows.flatMap((r, i) => (r[1] === decline ? [i + 2] : [])).slice(0, 5));
    expect(file?.rows).toBe((file?.rowsUsed ?? 0) + declined.length);
    // The figures are those of the respondents who consented, as before.
    const overall = kept.map((r) => Number(r[2]));
    expect(parsed.csat?.n).toBe(kept.length);
    expect(parsed.csat?.mean).toBeCloseTo(overall.reduce((a, b) => a + b, 0) / kept.length, 12);
  });

  it('says in the table how many declined', () => {
    const fixture = 'fixtures/detection/consent-declined-is-left-out-en.csv';
    const declined = rowsOf(fixture, ';').filter((r) => r[1] === DECLINES.en).length;
    const result = runCli(['report', fixture]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`(${declined} rows skipped)`);
    expect(result.stdout).toContain(`${declined} respondents who declined consent skipped`);
  });

  it('gives the same report on several threads as on one, the rows left out counted in every piece', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-consent-'));
    const [header, ...lines] = readFileSync('fixtures/detection/consent-declined-is-left-out-en.csv', 'utf8').trim().split('\n');
    const big = join(dir, 'consent-in-many-pieces.csv');
    writeFileSync(big, `${header}\n${Array.from({ length: 60 }, (_, k) => lines.map((l) => `${k}_${l}`).join('\n')).join('\n')}\n`);
    const one = report(big, '--threads', '1');
    const two = runCli(['report', big, '--threads', '2', '--format', 'json'], { SATISFY_PIECE_BYTES: '8192' });
    expect(two.status, two.stderr).toBe(0);
    const parsed = JSON.parse(two.stdout) as Report;
    expect(parsed.input.files[0]?.skipped.map((s) => [s.reason, s.count])).toEqual(one.input.files[0]?.skipped.map((s) => [s.reason, s.count]));
    expect(parsed.respondents).toBe(one.respondents);
    expect(parsed.csat?.mean).toBeCloseTo(one.csat?.mean as number, 12);
  });

  it('is read back by merge: the decliners of each shard are counted in its file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-consent-merge-'));
    const [header, ...lines] = readFileSync('fixtures/detection/consent-declined-is-left-out-pl.csv', 'utf8').trim().split('\n');
    const halves = [lines.slice(0, 20), lines.slice(20)].map((part, i) => {
      const path = join(dir, `half-${i}.csv`);
      writeFileSync(path, `${header}\n${part.join('\n')}\n`);
      const state = join(dir, `half-${i}.state.json`);
      expect(runCli(['report', path, '--emit-state', state, '-o', '/dev/null']).status).toBe(0);
      return state;
    });
    const merged = runCli(['merge', ...halves, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const parsed = JSON.parse(merged.stdout) as Report;
    const declined = lines.map((l) => l.split(';')[1]).map((a) => a === DECLINES.pl);
    expect(parsed.input.files.map((f) => f.skipped.map((s) => [s.reason, s.count]))).toEqual([declined.slice(0, 20), declined.slice(20)].map((d) => [['declinedConsent', d.filter(Boolean).length]]));
    expect(parsed.respondents).toBe(declined.filter((d) => !d).length);
  });

  it('is refused by satisfy sql, which does not leave the decliners out yet', () => {
    const result = runCli(['sql', '--engine', 'duckdb', 'fixtures/detection/consent-is-no-answer-en.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('column "I consent to the processing of my data for this satisfaction survey" (a consent question whose decliners are left out) is not computed in SQL yet');
  });

  it('keeps everyone when the config gives the consent question another role, and keeps the gate in the config satisfy init writes', () => {
    const fixture = 'fixtures/detection/consent-declined-is-left-out-en.csv';
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-consent-config-'));
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'Do you consent to take part in this survey?': { role: 'segment' } } }));
    const parsed = report(fixture, '--config', config);
    expect(parsed.respondents).toBe(40);
    expect(parsed.input.files[0]?.skipped).toEqual([]);
    const written = runCli(['init', fixture, '-o', join(dir, 'init.config.json')]);
    expect(written.status, written.stderr).toBe(0);
    const before = report(fixture);
    const after = report(fixture, '--config', join(dir, 'init.config.json'));
    expect(after.respondents).toBe(before.respondents);
    expect(after.input.files[0]?.skipped).toEqual(before.input.files[0]?.skipped);
  });
});

// fixtures/detection/consent-{question,statement}-answered-*-gates-*.csv: the consent gate asked as a
// question ("¿Acepta participar en esta encuesta?") or stated ("Li e aceito …"), answered yes or no in
// the survey's language or in words of agreeing and declining; the answer that declines, as written.
const ASKED: readonly (readonly [string, string])[] = [
  ['consent-question-answered-yes-no-gates-es', 'No'],
  ['consent-question-answered-in-words-gates-es', 'No acepto'],
  ['consent-statement-answered-yes-no-gates-es', 'No'],
  ['consent-question-answered-yes-no-gates-fr', 'Non'],
  ['consent-question-answered-in-words-gates-fr', 'Je refuse'],
  ['consent-statement-answered-yes-no-gates-fr', 'Non'],
  ['consent-question-answered-yes-no-gates-lv', 'Nē'],
  ['consent-question-answered-in-words-gates-lv', 'Nepiekrītu'],
  ['consent-statement-answered-yes-no-gates-lv', 'Nē'],
  ['consent-question-answered-yes-no-gates-pt', 'Não'],
  ['consent-question-answered-in-words-gates-pt', 'Não concordo'],
  ['consent-statement-answered-yes-no-gates-pt', 'Não'],
];

describe('a consent gate asked as a question or stated, in Spanish, French, Latvian and Portuguese', () => {
  it.each(ASKED)('%s: a respondent who answers %j is left out, counted as declinedConsent', (name, decline) => {
    const fixture = `fixtures/detection/${name}.csv`;
    const rows = rowsOf(fixture, ';');
    const declined = rows.filter((r) => r[1] === decline);
    expect(declined.length).toBeGreaterThan(0);
    const parsed = report(fixture);
    expect(parsed.columns[1]?.role).toBe('ignored');
    expect(parsed.respondents).toBe(rows.length - declined.length);
    expect(parsed.input.files[0]?.skipped.map((s) => [s.reason, s.count])).toEqual([['declinedConsent', declined.length]]);
  });
});

describe('a consent question after the questions', () => {
  it('leaves out no one: who says no to being contacted has answered the survey', () => {
    const parsed = report('fixtures/detection/consent-after-the-questions-keeps-everyone.csv');
    expect(parsed.columns[3]?.role).toBe('ignored');
    expect(parsed.respondents).toBe(40);
    expect(parsed.input.files[0]?.skipped).toEqual([]);
  });
});

describe('a consent question after a segment question', () => {
  it('leaves out no one: "Which store did you visit?" is a question of the survey, asked before it', () => {
    const fixture = 'fixtures/detection/consent-after-a-segment-gates-nothing.csv';
    const parsed = report(fixture);
    expect(parsed.columns[1]?.role).toBe('segment');
    expect(parsed.columns[2]?.role).toBe('ignored');
    expect(parsed.respondents).toBe(rowsOf(fixture, ',').length);
    expect(parsed.input.files[0]?.skipped).toEqual([]);
  });
});

describe('a consent question whose decliners answered the survey', () => {
  it('leaves out no one: who declines a follow-up interview was not sent to the end, and its evidence says so', () => {
    const fixture = 'fixtures/detection/consent-declined-but-answered-is-no-gate.csv';
    const rows = rowsOf(fixture, ',');
    const declined = rows.filter((r) => r[1] === 'No').length;
    expect(declined).toBeGreaterThan(0);
    const parsed = report(fixture);
    expect(parsed.columns[1]?.role).toBe('ignored');
    expect(parsed.columns[1]?.evidence.join(' ')).toContain(`no gate: ${declined} of the ${declined} sampled respondents who decline it answered the survey's questions`);
    expect(parsed.respondents).toBe(rows.length);
    expect(parsed.input.files[0]?.skipped).toEqual([]);
  });

  it.each(['consent-to-data-processing-for-marketing-declined-but-answered-is-no-gate', 'consent-to-a-prize-draw-declined-but-answered-is-no-gate'])('leaves out no one for a consent whose words name no taking part in the survey: %s', (name) => {
    const fixture = `fixtures/detection/${name}.csv`;
    const rows = rowsOf(fixture, ',');
    const declined = rows.filter((r) => r[1] === 'No').length;
    expect(declined).toBeGreaterThan(0);
    const parsed = report(fixture);
    expect(parsed.columns[1]?.evidence.join(' ')).toContain(`no gate: ${declined} of the ${declined} sampled respondents who decline it answered`);
    expect([parsed.respondents, parsed.input.files[0]?.skipped]).toEqual([rows.length, []]);
  });

  it('still gates where nearly every decliner left the survey blank: one of ten answered a question', () => {
    const fixture = 'fixtures/detection/consent-declined-few-answered-still-gates.csv';
    const rows = rowsOf(fixture, ',');
    const declined = rows.filter((r) => r[1] === 'No');
    expect(declined.length).toBe(10);
    expect(declined.filter((r) => r.slice(2).some((cell) => cell !== '')).length).toBe(1);
    const parsed = report(fixture);
    expect(parsed.respondents).toBe(rows.length - declined.length);
    expect(parsed.input.files[0]?.skipped.map((s) => [s.reason, s.count])).toEqual([['declinedConsent', declined.length]]);
  });

  it.each(Object.entries(DECLINES))('%s: leaves out who declined a consent to take part all the same, though the survey asked them its questions', (language, decline) => {
    const fixture = `fixtures/detection/consent-to-take-part-declined-but-answered-gates-${language}.csv`;
    const rows = rowsOf(fixture, ';');
    const declined = rows.filter((r) => r[1] === decline);
    expect(declined.length).toBeGreaterThan(0);
    expect(declined.every((r) => r[2] !== '' && r[3] !== '')).toBe(true);
    const parsed = report(fixture);
    expect(parsed.respondents).toBe(rows.length - declined.length);
    expect(parsed.input.files[0]?.skipped.map((s) => [s.reason, s.count])).toEqual([['declinedConsent', declined.length]]);
    expect(parsed.columns[1]?.evidence.join(' ')).toContain(`a gate by its words, `);
    expect(parsed.columns[1]?.evidence.join(' ')).toContain(`${declined.length} of the ${declined.length} sampled respondents who decline it answered the survey's questions all the same`);
  });

  it.each(['en', 'pl', 'de', 'fr', 'es', 'pt', 'lv'])('%s: the consent fixtures that gate have decliners who left the survey blank', (language) => {
    const fixture = `fixtures/detection/consent-declined-is-left-out-${language}.csv`;
    const declined = rowsOf(fixture, ';').filter((r) => r[1] === DECLINES[language]);
    expect(declined.length).toBeGreaterThan(0);
    expect(declined.every((r) => r.slice(2).every((cell) => cell === ''))).toBe(true);
  });
});

describe('a consent question whose every answer reads as declining', () => {
  it('leaves out no one: "No objection" let them through, and they answered the survey', () => {
    const parsed = report('fixtures/detection/consent-answers-all-reading-as-no-leave-no-one-out.csv');
    expect(parsed.columns[1]?.role).toBe('ignored');
    expect(parsed.columns[1]?.evidence.join(' ')).toContain('reads as declining: none is taken for a refusal');
    expect(parsed.respondents).toBe(40);
    expect(parsed.input.files[0]?.skipped).toEqual([]);
  });
});

describe('declinesConsent', () => {
  it.each([
    'No',
    'No, I do not consent',
    'I do not agree',
    'I disagree',
    'I decline',
    'Nie',
    'Nie wyrażam zgody',
    'Odmawiam',
    'Nein',
    'Ich stimme nicht zu',
    'Ich lehne ab',
    'Non',
    'Je refuse',
    "Je n'accepte pas",
    'No acepto',
    'Rechazo',
    'Não',
    'Não aceito',
    'Recuso',
    'Nē',
    'Nepiekrītu',
    'Atsakos',
  ])('%j declines', (answer) => {
    expect(declinesConsent(answer)).toBe(true);
  });

  it.each(['Yes', 'Yes, I agree', 'I consent', 'I agree', 'Tak', 'Zgadzam się', 'Wyrażam zgodę', 'Ja', 'Ich stimme zu', 'Oui', "J'accepte", 'Sí, acepto', 'Sim', 'Concordo', 'Jā', 'Piekrītu', '', '1', '2'])('%j declines nothing', (answer) => {
    expect(declinesConsent(answer)).toBe(false);
  });
});
