import { describe, expect, it } from 'vitest';
import { splitElisions } from '../../src/text/split-elisions.js';

describe('an elided article or preposition set apart from its word', () => {
  it.each([
    ["Comment évaluez-vous l'emballage ?", 'Comment évaluez-vous l emballage ?'],
    ['Êtes-vous satisfait du centre d’appel ?', 'Êtes-vous satisfait du centre d appel ?'],
    ["L'ACCUEIL", 'L ACCUEIL'],
    ["Qu'avez-vous pensé de l'équipe ?", 'Qu avez-vous pensé de l équipe ?'],
    ["Jusqu'à la livraison, lorsqu'il attend, puisqu'elle", 'Jusqu à la livraison, lorsqu il attend, puisqu elle'],
    ["Je n'ai pas d'avis, c'est ça, j'aime, m'a, t'a, s'applique", 'Je n ai pas d avis, c est ça, j aime, m a, t a, s applique'],
    ["(l'emballage)", '(l emballage)'],
    // The apostrophes typed for one, as normalizeText folds them away.
    ['Délai dʼattente, l‘accueil', 'Délai d attente, l accueil'],
  ])('%j → %j', (text, split) => expect(splitElisions(text)).toBe(split));

  it.each([
    // The prefix must be a whole word: a possessive, a contraction, a name.
    "The customer's view",
    "I don't know",
    "I'd've said",
    "Open at 9 o'clock",
    "rock'n'roll",
    "O'Brien",
    "y'all",
    // No letter after the apostrophe.
    "l' ",
    "Sales in the 90's",
    'Rock n’ roll',
    // No apostrophe: nothing to set apart.
    'lemballage',
  ])('leaves %j whole', (text) => expect(splitElisions(text)).toBe(text));
});
