import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/survey/lexicon/en.js';
import { fr } from '../../src/survey/lexicon/fr.js';
import { isBareName, matchKeywords, matrixRow } from '../../src/survey/match-keywords.js';
import { splitElisions } from '../../src/text/split-elisions.js';
import { normalizeText } from '../../src/text/normalize-text.js';

describe('normalizeText folds case, diacritics, punctuation and spacing', () => {
  it.each([
    ["Don't know", 'dont know'],
    ['  DON’T   KNOW!! ', 'dont know'],
    ['Zażółć gęślą jaźń', 'zazolc gesla jazn'],
    ['Weiß nicht', 'weiss nicht'],
    ['Pilnībā piekrītu', 'pilniba piekritu'],
    ['N/A', 'n a'],
    ['Speed of delivery (1-5)', 'speed of delivery 1 5'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(normalizeText(input)).toBe(expected));
});

describe('matchKeywords matches whole words and prefixes, and nothing else', () => {
  const delivery = en.dimensions.delivery as string[];
  const pricing = en.dimensions.pricing as string[];
  const trust = en.dimensions.trust as string[];
  it.each([
    // Weak keywords (speed) count beside a word of their context (delivery, order); a word of when
    // (`^on time`) is found without its `^`, and yields to another dimension in detection only.
    ['How satisfied are you with the speed of delivery?', delivery, ['deliver*', 'speed'], en.context.delivery],
    ['Was your order DELIVERED on time?', delivery, ['deliver*', 'on time'], en.context.delivery],
    ['Did our agent call you back at the promised time?', delivery, ['at the promised time']],
    ['How fast did you learn to swim?', delivery, [], en.context.delivery],
    ['Did you have a math problem?', en.dimensions.complaints as string[], [], en.context.complaints],
    ['Did you have a problem with your order?', en.dimensions.complaints as string[], ['have a problem', 'problem*'], en.context.complaints],
    ['Problems', en.dimensions.complaints as string[], ['problem*'], en.context.complaints],
    // A bare name with the ends of its scale after it: its own weak words count, not the ends' (a cold review).
    ['Speed (1 = very slow, 5 = very fast)', delivery, ['speed']],
    ['Website (1 = very slow, 5 = very fast)', delivery, []],
    ['Satisfaction with our service [Packaging]', delivery, ['packaging'], en.context.delivery],
    ['Value for money', pricing, ['value for money', 'value'], en.context.pricing],
    ['Value for money', pricing, ['value for money']],
    ['Prices were fair', pricing, ['price*']],
    ['I trust this company', trust, ['trust*']],
    // Near-misses: the letters are there, the word is not.
    ['Undelivered items', delivery, []],
    ['Time of day you shop', delivery, []],
    ['Distrust', trust, []],
    ['Priceless experience', pricing, ['price*']],
    ['Apricot', pricing, []],
    ['Mathematics makes me feel nervous', pricing, []],
    // "fee" is not "fees"; what delivery costs is a price.
    ['Delivery fees', pricing, ['delivery fee*', 'fees']],
    ['Remarkable service', en.roles.comment, []],
    // A bill said fair, accurate or clear, with or without its article; not a form's "Bill to" nor a person called Bill.
    ['q5_bill_fair', pricing, ['bill fair']],
    ['Bill Fairbanks, account manager', pricing, []],
    ['Accuracy of the bill', pricing, ['the bill']],
    ['Bill to', pricing, []],
    ['Bill Clarke, account manager', pricing, []],
  ])('%j', (text, keywords, expected, context: string[] = []) => expect(matchKeywords(text, keywords, context)).toEqual(expected));

  it('reads the words it is told are unsaid as no word, where they stand', () => {
    const delivery = en.dimensions.delivery as string[];
    const verbs = en.delivering.verbs;
    // "delivered" is neither a keyword nor the context that makes "quickly" one; the other words keep their places.
    expect(matchKeywords('Feedback was delivered quickly', delivery, en.context.delivery, verbs)).toEqual([]);
    expect(matchKeywords('Feedback was delivered quickly', delivery, en.context.delivery)).toEqual(['deliver*', 'quick*']);
    expect(matchKeywords('Delivered on the promised date', delivery, [], verbs)).toEqual(['on the promised date']);
    expect(matchKeywords('Speed of delivery', delivery, en.context.delivery, verbs)).toEqual(['deliver*', 'speed']);
  });
});

describe('matchKeywords reads a word after a French elision as itself', () => {
  const delivery = fr.dimensions.delivery as string[];
  const service = fr.dimensions.service as string[];
  it.each([
    ["Comment évaluez-vous l'emballage ?", delivery, ['emballage*']],
    // The multi-word keyword with the elided preposition spelled apart, and a typographic apostrophe.
    ['Êtes-vous satisfait du centre d’appel ?', service, ['centre d appel*']],
    ["Délai d'expédition", delivery, ['expédition*', 'délai*']],
    // A weak keyword in a bare name ("Niveau d'attente") and in the short row of a matrix question.
    ["Niveau d'attente", ['~attente'], ['attente']],
    ["Votre avis sur notre service [L'attente]", ['~attente'], ['attente']],
    ["Qu'avez-vous pensé de l'accueil ?", ['accueil'], ['accueil']],
    ["L'EMBALLAGE", ['emballage*'], ['emballage*']],
    ["(l'emballage)", ['emballage*'], ['emballage*']],
    ["Satisfait jusqu'ici", ['ici'], ['ici']],
    // Context words are read the same way: "l'équipe" gives `~personnel` its meaning.
    ["Le personnel de l'équipe était-il disponible ?", ['~personnel'], ['personnel'], fr.context.service],
    // The reverse-wording words too.
    ["Avez-vous reçu un message d'erreur ?", fr.reversedWording.trouble, ['erreur*']],
    ["L'impolitesse du vendeur vous a-t-elle gêné ?", fr.reversedWording.opposite, ['impoli*', 'gêné']],
  ])('%j', (text, keywords, expected, context: string[] = []) => expect(matchKeywords(text, keywords, context)).toEqual(expected));

  // These held before elisions were read: they guard what the rule leaves as it was.
  it.each([
    // Keywords written with the elision keep matching the glued word, as the folding has it.
    ["Qualité de l'accueil", ["l'accueil"], ["l'accueil"]],
    ['Qualité de laccueil', ["l'accueil"], ["l'accueil"]],
    ["Pas d'accord", ["pas d'accord"], ["pas d'accord"]],
    ['Êtes-vous satisfait du centre d appel ?', fr.dimensions.service as string[], ['centre d appel*']],
    // Without an apostrophe nothing is set apart.
    ['Lemballage', ['emballage*'], []],
    // English has no elision: a possessive, a contraction, a clock time, a name.
    ["The customer's service", ['s service'], []],
    ["I don't know", ['t know'], []],
    ["I'd've recommended", ['ve recommended'], []],
    ["Delivered by 9 o'clock", ['clock'], []],
    ["Rock'n'roll", ['roll'], []],
  ])('%j', (text, keywords, expected) => expect(matchKeywords(text, keywords)).toEqual(expected));
});

describe('matchKeywords finds what reading every keyword through the words finds', () => {
  // The plain reading the matcher shortcuts (a keyword's first word looked up among the text's
  // words and their beginnings, the text and each list read once): each keyword folded and looked
  // for at every word of the text, its row and its context, as matchKeywords did before, with
  // nothing of the matcher's own.
  const occursIn = (words: readonly string[], keyword: string): boolean => {
    const prefix = keyword.endsWith('*');
    const parts = normalizeText(prefix ? keyword.slice(0, -1) : keyword).split(' ');
    return words.some((_, start) => start + parts.length <= words.length && parts.every((part, i) => (i === parts.length - 1 && prefix ? (words[start + i] as string).startsWith(part) : words[start + i] === part)));
  };
  const plain = (text: string, keywords: readonly string[], context: readonly string[], unsaid: readonly string[]): string[] => {
    const readings = (t: string) => {
      const said = (w: string) => (unsaid.some((k) => occursIn([w], k)) ? '' : w);
      const words = (f: string) => f.split(' ').filter((w) => w !== '').map(said);
      const folded = normalizeText(t);
      const split = normalizeText(splitElisions(t));
      return split === folded ? [words(folded)] : [words(folded), words(split)];
    };
    const within = (variants: string[][], keyword: string) => variants.some((words) => occursIn(words, keyword));
    const words = readings(text);
    const row = matrixRow(text)?.row;
    const rowWords = row === undefined ? [] : readings(row).map((r) => r.filter((w) => /\p{L}/u.test(w)));
    const inContext = context.some((word) => within(words, word));
    const rowLength = rowWords[0]?.length ?? 0;
    const inShortRow = rowLength > 0 && rowLength <= 2;
    // A bare name's weak keywords are its own words', not those of the scale's ends after it.
    const ownWords = readings(text.replace(/\s*\(\s*\d{1,3}\s*=[^()]*\)\s*$/u, ''));
    return keywords
      .filter((k) => (k.startsWith('~') ? (inContext ? within(words, k.slice(1)) : isBareName(text) ? within(ownWords, k.slice(1)) : inShortRow && within(rowWords, k.slice(1))) : within(words, k.replace(/^\^/, ''))))
      .map((k) => k.replace(/^[~^]/, ''));
  };
  // Words that keywords share beginnings and ends with, elisions, a matrix row's brackets and dashes,
  // a word of punctuation alone (folded to nothing).
  const word = fc.constantFrom('deliver', 'delivery', 'deliv', 'on', 'time', 'speed', 'l', "l'emballage", 'emballage', 'd’appel', 'centre', 'prix', 'Prix', 'PRÍX', 'zbyt', 'drogo', 'q5', 'a', '!!', '');
  const text = fc.tuple(fc.array(word, { maxLength: 6 }), fc.constantFrom('', ' [', ' - '), fc.array(word, { maxLength: 3 }), fc.constantFrom('', ' (1-5)', '?', ' (1 = not on time, 5 = speed)'))
    .map(([stem, join, row, end]) => `${stem.join(' ')}${join}${row.join(' ')}${join === ' [' ? ']' : ''}${end}`);
  // Marks as written and as no lexicon writes them, words apart by one space or two, a prefix's `*`.
  const keyword = fc.tuple(fc.constantFrom('', '', '~', '^', '~^', '^~', '^^'), fc.array(word, { minLength: 1, maxLength: 2 }), fc.constantFrom(' ', '  '), fc.constantFrom('', '', '*', '**'))
    .map(([mark, words, space, star]) => `${mark}${words.join(space)}${star}`);

  it('on any text, keywords, context and words unsaid, each list read again and again', () => {
    fc.assert(
      fc.property(text, fc.array(keyword, { maxLength: 8 }), fc.array(keyword, { maxLength: 2 }), fc.array(fc.oneof(keyword, fc.constant('')), { maxLength: 2 }), fc.boolean(), fc.boolean(), (t, keywords, context, unsaid, unsaidFirst, keywordsAsContext) => {
        const around = keywordsAsContext ? keywords : context;
        // The same text with and without the words unsaid, in either order, the same arrays each time.
        for (const words of unsaidFirst ? [unsaid, []] : [[], unsaid]) {
          expect(matchKeywords(t, keywords, around, words)).toEqual(plain(t, keywords, around, words));
          expect(matchKeywords(t, keywords, around, words)).toEqual(plain(t, keywords, around, words));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a word longer than the beginnings it keeps of words through', () => {
    const long = 'a'.repeat(40);
    expect(matchKeywords(`x ${long}b y`, [`${long}*`, `${long}b*`, `${long}c*`, '~a*'])).toEqual([`${long}*`, `${long}b*`]);
  });

  it('reads a text with words unsaid apart from a text that holds those words after a NUL', () => {
    const delivery = en.dimensions.delivery as string[];
    expect(matchKeywords('Feedback was delivered quickly', delivery, [], ['deliver*'])).toEqual([]);
    expect(matchKeywords('Feedback was delivered quickly\u0000deliver*', delivery)).toEqual(['deliver*']);
  });

  it('reads a list of keywords again when it has grown since it was read', () => {
    const keywords = ['price'];
    expect(matchKeywords('Delivery speed', keywords)).toEqual([]);
    keywords.push('deliver*');
    expect(matchKeywords('Delivery speed', keywords)).toEqual(['deliver*']);
  });
});
