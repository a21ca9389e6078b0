import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { CommentLanguageWords, Report } from '../../src/analysis/report.js';
import { logOddsDirichlet } from '../../src/stats/log-odds.js';
import { expectClose } from '../helpers/reference.js';
import { fixtureLines, repeatFixture } from '../helpers/repeat-fixture.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Written by fixtures/comments/make_words_fixture.py: detractors write of late couriers and damaged
// parcels, promoters of fast delivery and friendly staff, in English, German and Polish.
const FIXTURE = 'fixtures/comments/words-detractors-promoters-en-de-pl.csv';
const BREAKDOWN = ['--by', 'Region', '--period', 'week'];

function report(args: readonly string[], env: Record<string, string> = {}): Report {
  const result = runCli(['report', ...args, '--format', 'json'], env);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

function languageOf(got: Report, language: string): CommentLanguageWords {
  const words = got.comments?.columns[0]?.words?.find((w) => w.language === language);
  expect(words, language).toBeDefined();
  return words as CommentLanguageWords;
}

const rows = parse(readFileSync(join(ROOT, FIXTURE)), { columns: true }) as Array<Record<string, string>>;
const sideOf = (row: Record<string, string>) => {
  const recommend = Number(row['How likely are you to recommend us? (0-10)']);
  return recommend <= 6 ? 'detractors' : recommend >= 9 ? 'promoters' : 'passives';
};

describe('words that set detractors and promoters apart', () => {
  const got = report([FIXTURE]);

  it.each([
    ['en', ['late', 'damaged', 'courier'], ['fast', 'friendly', 'staff', 'helpful']],
    ['de', ['beschädigt', 'kurier', 'spät'], ['schnell', 'freundlich', 'lieferung']],
    ['pl', ['paczka', 'uszkodzona', 'kurier'], ['miła', 'obsługa', 'szybka']],
  ])('%s: detractors write %j, promoters %j', (language, detractors, promoters) => {
    const words = languageOf(got, language);
    expect(words.distinguishing?.detractors.map((w) => w.word)).toEqual(expect.arrayContaining(detractors));
    expect(words.distinguishing?.promoters.map((w) => w.word)).toEqual(expect.arrayContaining(promoters));
    for (const w of words.distinguishing?.detractors ?? []) expect(w.z).toBeGreaterThanOrEqual(1.959963984540054);
    for (const w of words.distinguishing?.promoters ?? []) expect(w.z).toBeLessThanOrEqual(-1.959963984540054);
  });

  it('counts the comments that use a word, each once, as the file holds them', () => {
    // Words only one language of the fixture writes, in any of their forms.
    const cases: Array<[string, string, RegExp]> = [
      ['en', 'late', /\blate\b/i],
      ['en', 'fast', /\bfast\b/i],
      ['de', 'beschädigt', /beschädigt/i],
      ['pl', 'uszkodzona', /uszkodzona/i],
      ['pl', 'szybka', /\bszybka\b/i],
    ];
    for (const [language, word, pattern] of cases) {
      const using = rows.filter((row) => pattern.test(row['Comments'] ?? ''));
      const found = [...(languageOf(got, language).distinguishing?.detractors ?? []), ...(languageOf(got, language).distinguishing?.promoters ?? [])].find((w) => w.word === word);
      expect(found, word).toBeDefined();
      expect([found?.comments, found?.detractors, found?.promoters], word).toEqual([using.length, using.filter((r) => sideOf(r) === 'detractors').length, using.filter((r) => sideOf(r) === 'promoters').length]);
    }
    const english = languageOf(got, 'en');
    expect([english.comments, english.detractors.comments, english.promoters.comments]).toEqual([62, 28, 28]);
    expect(english.stemmed).toBe(true);
    expect(languageOf(got, 'pl').stemmed).toBe(false);
    expect(english.maxUndercount).toBe(0);
  });

  it("gives each word the z of the log-odds ratio of its counts, the prior being the language's comments", () => {
    for (const language of ['en', 'de', 'pl']) {
      const words = languageOf(got, language);
      for (const w of [...(words.distinguishing?.detractors ?? []), ...(words.distinguishing?.promoters ?? [])]) {
        const expected = logOddsDirichlet(w.detractors, words.detractors.words, w.promoters, words.promoters.words, w.comments, words.words);
        expectClose(w.z, expected.z, 1e-12, `${language} ${w.word}`);
        expectClose(w.logOddsRatio, expected.delta, 1e-12, `${language} ${w.word}`);
      }
    }
  });

  it("lists the words that set each theme's comments apart from the language's others", () => {
    const complaints = languageOf(got, 'en').themes.find((t) => t.theme === 'complaints');
    expect(complaints?.words.map((w) => w.word)).toEqual(['late', 'damaged']);
    for (const theme of languageOf(got, 'en').themes) for (const w of theme.words) expect(w.comments).toBeGreaterThanOrEqual(2);
  });

  it('does not compare a language with fewer than 10 comments a side, and says why', () => {
    const few = report(['fixtures/comments/comments-seven-languages-non-answers-blanks-region-weeks.csv']);
    const english = few.comments?.columns[1]?.words?.find((w) => w.language === 'en');
    expect(english?.distinguishing).toBeNull();
    expect(english?.reason).toMatch(/fewer than 10 comments of detractors or of promoters/);
    expect(few.comments?.columns[1]?.words?.map((w) => w.language)).toEqual(['en', 'de', 'fr', 'es', 'pt', 'pl', 'lv']);
  });

  it('is counted for the whole sample only, not in segments and periods', () => {
    const broken = report([FIXTURE, ...BREAKDOWN]);
    expect(JSON.stringify(broken.comments)).toBe(JSON.stringify(got.comments));
    expect(broken.segments.length).toBeGreaterThan(0);
    expect(broken.periods.length).toBeGreaterThan(0);
    for (const group of [...broken.segments, ...broken.periods]) for (const column of group.comments?.columns ?? []) expect(column.words).toBeUndefined();
  });

  it('shows a few words a language in the table, Markdown, HTML and CSV', () => {
    const table = runCli(['report', FIXTURE]).stdout;
    expect(table).toContain('Words that set detractors and promoters apart');
    expect(table).toContain('  en, 62 comments (detractors 28, promoters 28)\n    detractors: late, damaged, courier · promoters: fast, friendly, staff, helpful');
    expect(table).toMatch(/ {4}theme words: complaints: late, damaged · praise: fast, friendly, staff/);
    const markdown = runCli(['report', FIXTURE, '--format', 'markdown']).stdout;
    expect(markdown).toContain('- pl, 48 comments (detractors 22, promoters 22)\n  - detractors: paczka, uszkodzona, kurier, spóźniony · promoters: miła, obsługa, dostawa, szybka');
    const html = runCli(['report', FIXTURE, '--format', 'html']).stdout;
    expect(html).toContain('<h2>Words that set detractors and promoters apart</h2><h3>Comments</h3><p class="words">en, 62 comments (detractors 28, promoters 28)</p>');
    const csv = runCli(['report', FIXTURE, '--format', 'csv']).stdout;
    const late = languageOf(got, 'en').distinguishing?.detractors.find((w) => w.word === 'late');
    expect(csv).toContain(`,,,,comments: Comments,words: en: detractors: late,${late?.z},,,28\r\n`);
    expect(csv).toContain(',,,,comments: Comments,words: en: maxUndercount,0,,,62\r\n');
    expect(csv).toMatch(/,,,,comments: Comments,words: de: theme complaints: beschädigt,\d+,,,\d+\r\n/);
  });
});

describe('the words of comments that no rating sides', () => {
  // The hand-labelled comments: a text column and no rating, so no commenter is a detractor or a promoter.
  const LABELLED = 'fixtures/comments/labelled-comments.csv';

  it('are the theme words alone, without sides of nought, in the table, Markdown and HTML', () => {
    const table = runCli(['report', LABELLED]).stdout;
    expect(table).not.toContain('Words that set detractors and promoters apart');
    expect(table).not.toContain('detractors 0');
    expect(table).toMatch(/\nWords of each theme\ntext\n {2}en, 166 comments\n {4}theme words: [^\n]+\n/);
    expect(table).toContain('no commenter is a detractor or a promoter (no recommend or overall satisfaction answer tells them), so their words are not compared');
    expect(runCli(['report', LABELLED, '--format', 'markdown']).stdout).toMatch(/### Words of each theme\n\n\*\*text\*\*\n\n- en, 166 comments\n {2}- theme words: /);
    expect(runCli(['report', LABELLED, '--format', 'html']).stdout).toContain('<h2>Words of each theme</h2><h3>text</h3><p class="words">en, 166 comments</p><ul class="small"><li>theme words: ');
    // The JSON still says why each language's sides were not compared.
    const words = report([LABELLED]).comments?.columns[0]?.words ?? [];
    expect(words.map((w) => w.language)).toEqual(expect.arrayContaining(['en', 'fr', 'es', 'pt', 'pl', 'lv']));
    expect(words.every((w) => w.distinguishing === null && w.detractors.comments === 0 && w.reason !== undefined)).toBe(true);
  });
});

describe('the words are the same whatever the threads and shards', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-words-'));
  const { header, rows: body } = fixtureLines(FIXTURE);
  // The fixture 60 times over: pieces of 64 KiB on one thread and shared by two.
  const big = repeatFixture(FIXTURE, 60, dir, 'many-comments.csv');

  it('gives the same report on 1 and 2 threads', () => {
    const [one, two] = ['1', '2'].map((threads) => runCli(['report', big, ...BREAKDOWN, '--threads', threads, '--format', 'json'], { SATISFY_PIECE_BYTES: '65536' }));
    expect(one?.status, one?.stderr).toBe(0);
    expect(two?.stdout).toBe(one?.stdout);
    const words = (JSON.parse(one?.stdout ?? '{}') as Report).comments?.columns[0]?.words?.find((w) => w.language === 'en');
    expect(words?.comments).toBe(62 * 60);
    expect(words?.distinguishing?.detractors.map((w) => w.word)).toEqual(expect.arrayContaining(['late', 'damaged', 'courier']));
  });

  it('merges the states of shards into the report of the whole', () => {
    const parts = [body.slice(0, 50), body.slice(50, 111), body.slice(111)].map((part, i) => {
      const path = join(dir, `part-${i}.csv`);
      writeFileSync(path, `${[header, ...part].join('\r\n')}\r\n`);
      const state = join(dir, `part-${i}.state.json`);
      const emitted = runCli(['report', path, ...BREAKDOWN, '--emit-state', state, '-o', '/dev/null']);
      expect(emitted.status, emitted.stderr).toBe(0);
      return state;
    });
    const merged = runCli(['merge', ...parts, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(0);
    const whole = report([FIXTURE, ...BREAKDOWN]);
    expect(JSON.stringify((JSON.parse(merged.stdout) as Report).comments)).toBe(JSON.stringify(whole.comments));
  });

  it('refuses a state whose word counts exceed the comments', () => {
    const state = join(dir, 'whole.state.json');
    expect(runCli(['report', FIXTURE, '--emit-state', state, '-o', '/dev/null']).status).toBe(0);
    const edited = JSON.parse(readFileSync(state, 'utf8')) as { analysis: { words: Array<{ languages: Array<{ words: { items: Array<[string, string, number[]]> } }> }> } };
    const item = edited.analysis.words[0]?.languages[0]?.words.items[0] as [string, string, number[]];
    item[2][0] = 1000;
    writeFileSync(state, JSON.stringify(edited));
    const result = runCli(['merge', state]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/analysis\.words\[0\]\.languages\[0\]\.words\.items\[0\]\[2\]\[0\]: must be a whole number from 0 to 62/);
  });
});

describe('past the capacity of a language', () => {
  it('says the counts are approximate, and by how much at most, and still finds the frequent words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-words-'));
    const path = join(dir, 'nine-thousand-distinct-words.csv');
    // 9,000 comments, each with a made-up word of its own: more distinct words than are counted exactly.
    const letters = 'bcdfghjklmnpqrstvwxz';
    const word = (i: number) => Array.from({ length: 4 }, (_, k) => letters[Math.floor(i / letters.length ** k) % letters.length]).join('') + 'ion';
    const lines = ['Overall satisfaction (1-5),How likely are you to recommend us? (0-10),Comments'];
    for (let i = 0; i < 9000; i++) lines.push(i % 2 === 0 ? `1,2,"The courier was late again and the parcel ${word(i)} was damaged"` : `5,10,"Fast delivery and friendly staff, the ${word(i)} was perfect"`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const got = report([path]);
    const english = got.comments?.columns[0]?.words?.find((w) => w.language === 'en');
    expect(english?.comments).toBe(9000);
    expect(english?.maxUndercount).toBeGreaterThan(0);
    expect(english?.maxUndercount).toBeLessThan(500);
    expect(english?.distinguishing?.detractors.map((w) => w.word)).toEqual(expect.arrayContaining(['late', 'damaged', 'courier']));
    expect(english?.distinguishing?.promoters.map((w) => w.word)).toEqual(expect.arrayContaining(['fast', 'friendly', 'perfect']));
    expect(runCli(['report', path]).stdout).toMatch(/counts approximate: each up to \d+ short/);
    // Pruned, the summary is still the same on one thread and two, the file read in the same pieces.
    const [one, two] = ['1', '2'].map((threads) => runCli(['report', path, '--threads', threads, '--format', 'json'], { SATISFY_PIECE_BYTES: '65536' }).stdout);
    expect(two).toBe(one);
    expect((JSON.parse(one ?? '{}') as Report).comments?.columns[0]?.words?.[0]?.maxUndercount).toBeGreaterThan(0);
  });
});

describe('hostile text in the words stays inert', () => {
  it('in every format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-words-'));
    const path = join(dir, 'hostile-words.csv');
    const name = '=HYPERLINK("x") <script>alert(1)</script> \u001b[31m comments';
    const lines = [`How likely are you to recommend us? (0-10),"${name.replaceAll('"', '""')}"`];
    for (let i = 0; i < 30; i++) lines.push(`${i % 2 === 0 ? 1 : 10},"${i % 2 === 0 ? '<script>alert(1)</script> =HYPERLINK(""x"") \u001b]0;pwned\u0007 the courier was late again' : '+cmd|calc @SUM(A1) fast and friendly delivery, thank you'}"`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    const words = report([path]).comments?.columns[0]?.words?.[0];
    expect(words?.distinguishing?.detractors.map((w) => w.word)).toEqual(expect.arrayContaining(['script', 'alert', 'hyperlink', 'late']));
    for (const w of [...(words?.distinguishing?.detractors ?? []), ...(words?.distinguishing?.promoters ?? [])]) expect(w.word).toMatch(/^\p{L}+$/u);
    for (const format of ['table', 'markdown', 'html', 'csv']) {
      const result = runCli(['report', path, '--format', format], { COLUMNS: '200' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout, format).toContain('script');
      expect(result.stdout, format).not.toContain('\u001b');
      expect(result.stdout, format).not.toContain('\u0007');
      if (format === 'html') expect(result.stdout).not.toContain('<script>alert');
      if (format === 'csv') expect(result.stdout).not.toMatch(/(^|,)[=+@-][^\d]/m);
    }
  });
});
