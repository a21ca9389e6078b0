import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eldDetector, eldLetters, eldReader } from '../../src/survey/eld-detect.js';
import { NgramTable, packNgrams, type NgramScores } from '../../src/survey/packed-ngrams.js';
import { ROOT } from '../helpers/run-cli.js';

interface Eld {
  detect(text: string): { language: string; getScores(): Record<string, number> };
}

// ELD's files, as the bundle reads them (scripts/build.mjs): its package exports none of them.
const eldFile = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(ROOT, 'node_modules/eld/src', path)).href)) as T;
const { ngramsData } = await eldFile<{ ngramsData: { languages: Record<string, string>; ngrams: Record<string, NgramScores> } }>('ngrams/extrasmall.js');
const { separators } = await eldFile<{ separators: RegExp }>('regexPatterns.js');
const { dictionary } = await eldFile<{ dictionary: string[] }>('dictionary.js');
const published = ((await import('eld/extrasmall')) as { eld: Eld }).eld;
const table = new NgramTable(packNgrams(ngramsData.ngrams));
const tables = { separators, dictionary: dictionary.join(''), languages: ngramsData.languages };
const detect = eldDetector(table, tables);
const reader = eldReader(table, tables);
const told = (text: string) => published.detect(text).language;
// Every language's score, highest first, not only the winner's: a word or byte read otherwise moves them.
const scored = (text: string) => Object.entries(published.detect(text).getScores());

describe('the comment-language detector read from packed n-grams (eldDetector)', () => {
  it('tells the language ELD as published tells of every labelled and source comment', () => {
    const folder = join(ROOT, 'fixtures/comments');
    const texts = [join(folder, 'labelled-comments.csv'), ...readdirSync(join(folder, 'sources')).map((name) => join(folder, 'sources', name))].flatMap((file) => readFileSync(file, 'utf8').split('\n'));
    expect(texts.length).toBeGreaterThan(2000);
    const languages = new Set(texts.map(told));
    // The texts reach many languages and the edge of none, so that the comparison means something.
    expect(languages.size).toBeGreaterThan(10);
    expect(languages.has('')).toBe(true);
    expect(texts.map(detect)).toEqual(texts.map(told));
    expect(texts.map((text) => Object.entries(reader.scores(text)))).toEqual(texts.map(scored));
    // How close each lexicon language came to the best, as ELD's scaled scores say once unscaled.
    const unscaled = (x: number | undefined) => (x === undefined ? 0 : x / (1 - x));
    for (const text of texts.slice(0, 300)) {
      const best = reader.language(text);
      const scores = published.detect(text).getScores();
      for (const language of ['en', 'de', 'fr', 'es', 'pt', 'pl', 'lv']) expect(reader.share(language)).toBeCloseTo(best === '' ? 0 : unscaled(scores[language]) / unscaled(scores[best]), 9);
    }
  });

  it('reads every word, byte and cut as ELD does: long words, long texts, astral letters, lone surrogates, apostrophes', () => {
    const cases = [
      '',
      '   ',
      'a',
      'abc',
      'abcd',
      'abcde',
      `${'x'.repeat(69)} ${'y'.repeat(70)} ${'z'.repeat(71)} ${'ü'.repeat(40)}quelque chose`,
      `${'Dostawa szybka, ale paczka uszkodzona. '.repeat(40)}`,
      `${'słowo '.repeat(80)}end`,
      'Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ and 𝐛𝐨𝐥𝐝 letters, 𠀀 and emoji 👍🏽',
      'lone \ud800 high and \udc00 low surrogate, at the end \ud83d',
      "don't l'accueil it`s rock’n’roll '' `` ’’",
      'İstanbul ǅemal ΣΊΣΥΦΟΣ straße',
      'Piegāde kavējās par divām dienām',
      // Runs of separators that end in apostrophes, at either end and between words; a capital sigma
      // ends a word, or does not, past apostrophes and full stops (its lower case depends on what follows).
      "' leading, trailing ,' ,'' `x` ’’ ’ .’ —' ''",
      "'''abc'''",
      ' \t\n  word  \u00a0\ufeff ',
      "ΟΔΟΣ.'Α ΟΔΟΣ1Α ΟΔΟΣ' Σ",
      'İİ ẞ ǈ ᾈ Ω K Å',
      'supercalifragilisticexpialidociousantidisestablishmentarianismfloccinaucinihilipilification',
      `Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz ${'łódź'.repeat(20)}`,
    ];
    for (const text of cases) {
      expect(detect(text), JSON.stringify(text)).toBe(told(text));
      expect(Object.entries(reader.scores(text)), JSON.stringify(text)).toEqual(scored(text));
    }
  });

  it("reads the letters of ELD's separators from their source: every unit of the Basic Multilingual Plane as the RegExp tells it", () => {
    const letters = eldLetters(separators);
    expect(letters).not.toBeNull();
    // The class alone (the lookbehind would refuse an apostrophe alone, which the class holds).
    const separator = new RegExp(`^${separators.source.slice(0, separators.source.indexOf(']+') + 1)}$`, 'u');
    const differ: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) if ((letters?.[unit] === 1) === separator.test(String.fromCharCode(unit))) differ.push(unit);
    expect(differ).toEqual([]);
    // Separators of another shape are read through the RegExp.
    expect(eldLetters(/[^a-z]+/gu)).toBeNull();
    expect(eldLetters(new RegExp(separators.source, 'u'))).toBeNull();
    expect(eldLetters(new RegExp(separators.source, 'guy'))).toBeNull();
    expect(eldLetters(new RegExp(separators.source, 'giu'))).toBeNull();
  });

  it('tells what ELD tells of any text (random words of several scripts, and random UTF-16)', () => {
    const word = fc.oneof(fc.constantFrom('delivery', 'livraison', 'Lieferung', 'dostawa', 'piegāde', 'entrega', 'доставка', 'παράδοση', '配送', 'توصيل', "n'ai", 'don’t'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }));
    const texts = fc.oneof(
      fc.array(word, { maxLength: 60 }).map((words) => words.join(' ')),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 1200 }),
      // Letters, separators and apostrophes side by side, cased letters whose lower case is not their own.
      fc.array(fc.constantFrom(...'aZé ,.-\'`’\u2019!?ΣσİıẞǅΟ\t1', '\ud83d\udc4d', '\ud800'), { maxLength: 80 }).map((units) => units.join('')),
      // Long words: ELD reads 70 bytes of each.
      fc.array(fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüąęłśžčé'), { minLength: 50, maxLength: 120 }).map((letters) => letters.join('')), { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(detect(text)).toBe(told(text));
        expect(Object.entries(reader.scores(text))).toEqual(scored(text));
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });
});
