import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentTokens, STEMMERS, WORD_LANGUAGES } from '../../src/survey/comment-tokens.js';
import type { CommentLanguage } from '../../src/survey/comment-language.js';

// One case a line: a comment, its language, the stems its words give (sorted), and the forms shown for them.
const CASES: Array<[text: string, language: CommentLanguage, stems: string[], forms: string[]]> = [
  ['The couriers were late, the courier was RUDE!', 'en', ['courier', 'late', 'rude'], ['courier', 'late', 'rude']],
  ['Delivered quickly; deliveries are always quick', 'en', ['alway', 'deliv', 'deliveri', 'quick'], ['always', 'delivered', 'deliveries', 'quick']],
  ['Die Lieferung kam pünktlich, aber die Verpackung war beschädigt.', 'de', ['beschadigt', 'liefer', 'punktlich', 'verpack'], ['beschädigt', 'lieferung', 'pünktlich', 'verpackung']],
  ["Livraison rapide, mais le prix est un peu élevé. L'accueil était parfait", 'fr', ['accueil', 'elev', 'livraison', 'parf', 'peu', 'prix', 'rapid'], ['accueil', 'élevé', 'livraison', 'parfait', 'peu', 'prix', 'rapide']],
  ['El pedido llegó tarde y el producto roto', 'es', ['lleg', 'ped', 'product', 'rot', 'tard'], ['llegó', 'pedido', 'producto', 'roto', 'tarde']],
  ['A entrega foi rápida e o atendimento muito simpático', 'pt', ['atend', 'entreg', 'foi', 'rap', 'simpat'], ['atendimento', 'entrega', 'foi', 'rápida', 'simpático']],
  // No Snowball stemmer: words as written, folded.
  ['Dostawa szybka, ale paczka była uszkodzona.', 'pl', ['dostawa', 'paczka', 'szybka', 'uszkodzona'], ['dostawa', 'paczka', 'szybka', 'uszkodzona']],
  ['Piegāde kavējās par divām dienām', 'lv', ['dienam', 'divam', 'kavejas', 'piegade'], ['dienām', 'divām', 'kavējās', 'piegāde']],
  // Digits, emoji, markup and a formula leave letters only; one-letter words go.
  ['<b>Late</b> =SUM(A1) 👍 2 days', 'en', ['day', 'late', 'sum'], ['days', 'late', 'sum']],
];

describe('commentTokens', () => {
  it.each(CASES)('%s (%s)', (text, language, stems, forms) => {
    expect(commentTokens(text, language)).toEqual({ stems, forms });
  });

  it('leaves out each language\'s stopwords', () => {
    expect(commentTokens('the and was it of to', 'en').stems).toEqual([]);
    expect(commentTokens('und der die das war aber', 'de').stems).toEqual([]);
    expect(commentTokens('le la les et mais est', 'fr').stems).toEqual([]);
    expect(commentTokens('el la y de que en', 'es').stems).toEqual([]);
    expect(commentTokens('o a e de que não', 'pt').stems).toEqual([]);
    expect(commentTokens('i w na ale nie jest', 'pl').stems).toEqual([]);
    expect(commentTokens('un ir bet ka par uz', 'lv').stems).toEqual([]);
  });

  it('counts a stem once per comment, shown by its smallest form whatever their order', () => {
    expect(commentTokens('deliveries, delivery, Delivery', 'en')).toEqual({ stems: ['deliveri'], forms: ['deliveries'] });
    expect(commentTokens('Lieferungen Lieferung', 'de')).toEqual(commentTokens('Lieferung Lieferungen', 'de'));
    expect(commentTokens('Lieferungen Lieferung', 'de').forms).toEqual(['lieferung']);
  });

  it('gives each stem once, in order, by the smallest of its forms, in comments of any length and order', () => {
    const pool: Record<'en' | 'de' | 'fr' | 'pl', string[]> = {
      en: ['delivery', 'deliveries', 'Delivered', 'late', 'lately', 'courier', 'couriers', 'rude', 'price', 'prices', 'priced', 'service', 'Services', 'support'],
      de: ['Lieferung', 'Lieferungen', 'liefern', 'Preis', 'Preise', 'Kundendienst', 'schnell', 'schneller', 'Paket', 'Pakete', 'Bestellung'],
      fr: ['livraison', 'livraisons', 'livré', 'livre', 'prix', 'service', 'services', 'rapide', 'rapidement', 'colis', 'commande', 'commandé'],
      pl: ['dostawa', 'dostawy', 'dostawę', 'cena', 'ceny', 'cenę', 'obsługa', 'obsługi', 'szybko', 'szybka', 'paczka', 'paczki'],
    };
    const comments = fc.constantFrom('en', 'de', 'fr', 'pl').chain((language) =>
      fc.array(fc.constantFrom(...pool[language as keyof typeof pool]), { minLength: 1, maxLength: 120 }).map((words) => ({ language: language as CommentLanguage, words })),
    );
    fc.assert(
      fc.property(comments, ({ language, words }) => {
        // Each word alone: its stem and its form; the comment's are each stem's smallest form, by stem.
        const smallest = new Map<string, string>();
        for (const word of words) {
          const alone = commentTokens(word, language);
          const stem = alone.stems[0];
          const form = alone.forms[0];
          if (stem === undefined || form === undefined) continue;
          const kept = smallest.get(stem);
          if (kept === undefined || form < kept) smallest.set(stem, form);
        }
        const stems = [...smallest.keys()].sort();
        const got = commentTokens(words.join(' '), language);
        expect(got).toEqual({ stems, forms: stems.map((stem) => smallest.get(stem)) });
        expect(commentTokens([...words].reverse().join(', '), language)).toEqual(got);
      }),
      { numRuns: 400, seed: 20261207 },
    );
  });

  it('folds written forms alike: a word with or without its accents is one stem', () => {
    expect(commentTokens('rapida', 'pt').stems).toEqual(commentTokens('rápida', 'pt').stems);
    expect(commentTokens('piegade', 'lv').stems).toEqual(commentTokens('Piegāde', 'lv').stems);
  });

  it('cuts no words for a language without a lexicon, nor for one too short to tell', () => {
    expect(commentTokens('De bezorging was snel', 'other')).toEqual({ stems: [], forms: [] });
    expect(commentTokens('Super!', 'undetermined')).toEqual({ stems: [], forms: [] });
  });

  it('stems the five languages Snowball has a stemmer for, and not Polish or Latvian', () => {
    expect(Object.keys(STEMMERS).sort()).toEqual(['de', 'en', 'es', 'fr', 'pt']);
    expect(WORD_LANGUAGES.filter((l) => STEMMERS[l] === undefined)).toEqual(['pl', 'lv']);
  });
});
