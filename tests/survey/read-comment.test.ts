import { describe, expect, it } from 'vitest';
import { loadCommentLanguage } from '../../src/survey/comment-language.js';
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

  it('tells a cell of spaces, or of spaces around a non-answer, by what its text is', () => {
    const reader = new CommentReader(vocabulary, languageOf);
    expect(reader.read('')).toMatchObject({ code: 'blank', exclusionAt: 0 });
    expect(reader.read('   \t ')).toBe(reader.read(''));
    expect(reader.read('  N/A ')).toMatchObject({ code: 'notApplicable', length: 0 });
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

  it('tags a comment in a language without a lexicon with the words of the survey’s language, and with none when that is unknown', () => {
    const other = () => 'other' as const;
    expect(new CommentReader(vocabulary, other, true, 'pl').read('Dobre ceny, polecam!')).toMatchObject({ language: 'other', themes: expect.any(Number) });
    expect(new CommentReader(vocabulary, other, true, 'pl').read('Dobre ceny, polecam!').themes).not.toBe(0);
    expect(new CommentReader(vocabulary, other, true, null).read('Dobre ceny, polecam!').themes).toBe(0);
  });
});
