#!/usr/bin/env node
// `node scripts/comment-language-accuracy.mjs`: how often satisfy tells the language of real
// comments right (src/survey/comment-language.ts), by length in letters, with and without the
// survey's language. The comments: the hand-labelled sample of fixtures/comments (seven lexicon
// languages), and, from ../shared/real-exports, the Inside Airbnb reviews of Brussels (es, fr; nl
// is a language without a lexicon, right when `other`), the LTEC Latvian tweets and the free-text
// answers of the OSMI 2014 and 2017 surveys and the Autistica form (en); each text once. Short
// comments are few among them, so each comment's first one to four words are read too
// ("prefixes"), as short comments of the same language and source.
//
// A comment in a lexicon language is read in a survey of its own language; a Dutch one in a
// survey of each of the seven (the worst case for `other`: a survey's language that is not the
// comment's). "no survey language" is satisfy before it weighed the survey's language, or a survey
// whose headers are too short to tell.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REAL = join(ROOT, '../shared/real-exports');
const LEXICON = ['en', 'de', 'fr', 'es', 'pt', 'pl', 'lv'];

const texts = [];
const seen = new Set();
const add = (text, language) => {
  const trimmed = text.trim();
  if (trimmed === '' || seen.has(trimmed)) return;
  seen.add(trimmed);
  texts.push({ text: trimmed, language });
};
for (const row of parse(readFileSync(join(ROOT, 'fixtures/comments/labelled-comments.csv')), { columns: true })) add(row.text, row.language);
for (const row of parse(readFileSync(join(REAL, 'datasets/brussels-airbnb-reviews-es-fr-nl.csv')), { columns: true })) add(row.feedback, row.language === 'nl' ? 'other' : row.language);
for (const tweet of JSON.parse(readFileSync(join(REAL, 'datasets/ltec-latvian-food-tweets-sentiment-test.json'), 'utf8'))) add(tweet.tweet_text, 'lv');
const answers = (file, asked) => {
  const [header, ...rows] = parse(readFileSync(join(REAL, file)), { relax_column_count: true, bom: true });
  for (const row of rows) header.forEach((name, i) => asked.test(name) && row[i] && add(row[i], 'en'));
};
answers('google-forms/OSMI_Mental_Health_in_Tech_Survey_2014.csv', /^Any additional notes/);
answers('typeform/OSMI_Mental_Health_in_Tech_Survey_2017.csv', /^(Describe|Why or why not|Briefly describe|If there is anything else)/);
answers('google-forms/autistica-turing-citizen-science-responses.csv', /^Q1:/);

const dir = mkdtempSync(join(tmpdir(), 'satisfy-language-'));
try {
  const out = join(dir, 'comment-language.mjs');
  await build({ entryPoints: [join(ROOT, 'src/survey/comment-language.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  const { loadCommentLanguage, DETECTED_CHARACTERS } = await import(pathToFileURL(out).href);
  const languageOf = await loadCommentLanguage();
  const letters = (text) => (text.slice(0, DETECTED_CHARACTERS).match(/\p{L}/gu) ?? []).length;
  const band = (n) => (n < 10 ? null : n < 20 ? '10-19' : n < 30 ? '20-29' : n < 50 ? '30-49' : '50+');
  const BANDS = ['10-19', '20-29', '30-49', '50+', 'all'];
  const tally = () => Object.fromEntries(BANDS.map((b) => [b, { right: 0, n: 0 }]));
  const results = { whole: { without: tally(), with: tally(), otherWithout: tally(), otherWith: tally() }, prefixes: { without: tally(), with: tally(), otherWithout: tally(), otherWith: tally() } };
  const count = (t, b, right) => {
    for (const key of [b, 'all']) {
      t[key].n += 1;
      t[key].right += right ? 1 : 0;
    }
  };
  const read = (text, language, r) => {
    const b = band(letters(text));
    if (b === null) return;
    if (language !== 'other') {
      count(r.without, b, languageOf(text) === language);
      count(r.with, b, languageOf(text, language) === language);
    } else {
      for (const survey of LEXICON) {
        count(r.otherWithout, b, languageOf(text) === 'other');
        count(r.otherWith, b, languageOf(text, survey) === 'other');
      }
    }
  };
  for (const { text, language } of texts) {
    read(text, language, results.whole);
    const words = text.split(/\s+/);
    for (const k of [1, 2, 3, 4]) if (words.length > k) read(words.slice(0, k).join(' '), language, results.prefixes);
  }
  const pct = ({ right, n }) => (n === 0 ? '—' : `${((100 * right) / n).toFixed(1)} % of ${n}`);
  for (const [what, r] of Object.entries(results)) {
    process.stdout.write(`\n${what === 'whole' ? 'whole comments' : 'their first 1 to 4 words'}, by letters (of the first ${DETECTED_CHARACTERS} characters)\n`);
    process.stdout.write(`| | ${BANDS.join(' | ')} |\n| --- |${BANDS.map(() => ' ---: |').join('')}\n`);
    process.stdout.write(`| lexicon languages, no survey language | ${BANDS.map((b) => pct(r.without[b])).join(' | ')} |\n`);
    process.stdout.write(`| lexicon languages, in a survey of their language | ${BANDS.map((b) => pct(r.with[b])).join(' | ')} |\n`);
    process.stdout.write(`| Dutch (other), no survey language | ${BANDS.map((b) => pct(r.otherWithout[b])).join(' | ')} |\n`);
    process.stdout.write(`| Dutch (other), in a survey of each lexicon language | ${BANDS.map((b) => pct(r.otherWith[b])).join(' | ')} |\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
