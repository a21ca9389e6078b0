import { describe, expect, it } from 'vitest';
import { loadCommentLanguage } from '../../src/survey/comment-language.js';
import { COMMENT_THEMES } from '../../src/survey/comment-words/index.js';
import { CommentReader } from '../../src/survey/read-comment.js';
import { buildVocabulary } from '../../src/survey/vocabulary.js';

const languageOf = await loadCommentLanguage();
const vocabulary = buildVocabulary();

describe('CommentReader', () => {
  it('reads a cell as its text trimmed, and a cell with spaces around the text as the text', () => {
    const reader = new CommentReader(vocabulary, languageOf);
    const text = 'The courier was late and the box was damaged';
    const plain = reader.read(text);
    expect(plain).toMatchObject({ code: 'comment', length: text.length, language: 'en' });
    // Spaces, tabs, a no-break space and line breaks around it: the same reading, whichever comes first.
    for (const cell of [`  ${text}  `, `\t${text}\n`, `\u00a0${text}\r\n`]) {
      expect(reader.read(cell)).toBe(plain);
      expect(new CommentReader(vocabulary, languageOf).read(cell)).toEqual(plain);
    }
    // Read again, the cell is found by itself.
    expect(reader.read(`  ${text}  `)).toBe(plain);
  });

  it('reads the words a customer wrote, not those of a web or e-mail address in the comment', () => {
    const reader = new CommentReader(vocabulary, languageOf);
    const bit = (theme: (typeof COMMENT_THEMES)[number]) => 1 << COMMENT_THEMES.indexOf(theme);
    // "trustpilot", "delivery-status" and "support@" are words of addresses: no trust, delivery or service.
    const linked = reader.read('Great team, see my review at https://www.trustpilot.com/review/acme.example?token=47 or www.acme.example/delivery-status and write to support@acme.example');
    expect(linked.themes & (bit('trust') | bit('delivery'))).toBe(0);
    expect(linked.stems).not.toContain('trustpilot');
    // An address without its scheme, and the review site named in a sentence (a cold review), are no trust either.
    expect(reader.read('Great service, see my review on trustpilot.com/review/acme').themes & bit('trust')).toBe(0);
    expect(reader.read('Nice staff. Review posted on Trustpilot').themes & bit('trust')).toBe(0);
    // The same words written by the customer are read.
    expect(reader.read('I do not trust you anymore, the delivery was late').themes & bit('delivery')).not.toBe(0);
    // The verbatim keeps the address (masked where it carries a token).
    expect(linked.verbatim).toContain('[url]');
  });

  it('tells a cell of spaces, or of spaces around a non-answer, by what its text is', () => {
    const reader = new CommentReader(vocabulary, languageOf);
    expect(reader.read('')).toMatchObject({ code: 'blank', exclusionAt: 0 });
    expect(reader.read('   \t ')).toBe(reader.read(''));
    expect(reader.read('  N/A ')).toMatchObject({ code: 'notApplicable', length: 0 });
  });

  it('reads a negative code alone as no comment only in a file that writes an answer not given so (Qualtrics -99)', () => {
    const reader = new CommentReader(vocabulary, languageOf);
    expect(reader.read('-99')).toMatchObject({ code: 'comment' });
    reader.useFormat({ decimalComma: false, negativeCodesMissing: true, quotePrefix: false });
    for (const cell of ['-99', ' -99 ', '-1']) expect(reader.read(cell), cell).toMatchObject({ code: 'notApplicable', length: 0 });
    expect(reader.read('-99 days without an answer')).toMatchObject({ code: 'comment', language: 'en' });
    expect(reader.read('99')).toMatchObject({ code: 'comment' });
    // Another file, which writes no such codes: the reading it remembered is not the one given.
    reader.useFormat({ decimalComma: false, negativeCodesMissing: false, quotePrefix: false });
    expect(reader.read('-99')).toMatchObject({ code: 'comment' });
  });

  it('reads a long cell with spaces around a short text as the text, without keeping the long cell', () => {
    const reader = new CommentReader(vocabulary, languageOf);
    const cell = `${' '.repeat(500)}Great service${' '.repeat(500)}`;
    expect(reader.read(cell)).toBe(reader.read('Great service'));
  });

  it('reads a short comment as the survey’s language where ELD’s best has no lexicon and the survey’s scored close', () => {
    // ELD reads these as languages satisfy has no words for; the survey's language scored at least half as high.
    expect(languageOf('La casa es perfecta')).toBe('other');
    expect(new CommentReader(vocabulary, languageOf, true, 'es').read('La casa es perfecta').language).toBe('es');
    expect(new CommentReader(vocabulary, languageOf, true, 'pl').read('Pani doktor dobra').language).toBe('pl');
    expect(new CommentReader(vocabulary, languageOf, true, null).read('Pani doktor dobra').language).toBe('other');
    // A survey in another language, or a comment of 30 letters or more, is no reason.
    expect(new CommentReader(vocabulary, languageOf, true, 'de').read('La casa es perfecta').language).toBe('other');
    expect(new CommentReader(vocabulary, languageOf, true, 'de').read('Snelle levering, prima prijs en vriendelijke bezorger').language).toBe('other');
  });

  it('tags a comment still in a language without a lexicon with no words, not the survey’s: its false friends are no theme', () => {
    // ELD gives each to a language satisfy has no words for, the survey's not close: read with the
    // survey's words, each talked about a problem, a need or trust that it does not.
    const falseFriends: Array<[text: string, survey: string]> = [
      ['Nessun problema, tutto bene', 'es'], // Italian "problema": a Spanish complaint
      ['Cap problema, tot perfecte', 'es'], // Catalan
      ['Žádný problém', 'pl'], // Czech "problém": Polish "problem*"
      ['Jokių problemų', 'lv'], // Lithuanian "problemų": Latvian "problēm*"
      ['Geen problemen', 'en'], // Dutch "problemen": English "problem*"
      ['Zeer hoffelijk personeel', 'de'], // Dutch "hoffelijk" (courteous): German "hoffe*", a need
      ['Treurig dat de levering zo lang duurde', 'de'], // Dutch "treurig" (sad): German "treu*", trust
      ['Seria millor tenir més opcions', 'es'], // Catalan "seria" (would be): Spanish "seria" (serious), trust
    ];
    for (const [text, survey] of falseFriends) expect(new CommentReader(vocabulary, languageOf, true, survey).read(text), text).toMatchObject({ language: 'other', themes: 0 });
    // A short comment taken for the survey's language (see loadCommentLanguage) is tagged with its words.
    expect(new CommentReader(vocabulary, languageOf, true, 'es').read('La casa es perfecta')).toMatchObject({ language: 'es', themes: expect.any(Number) });
    expect(new CommentReader(vocabulary, languageOf, true, 'es').read('La casa es perfecta').themes).not.toBe(0);
  });
});
