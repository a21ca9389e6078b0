import { describe, expect, it } from 'vitest';
import { de } from '../../src/survey/lexicon/de.js';
import { en } from '../../src/survey/lexicon/en.js';
import { es } from '../../src/survey/lexicon/es.js';
import { fr } from '../../src/survey/lexicon/fr.js';
import { lexicons, lexiconsFor } from '../../src/survey/lexicon/index.js';
import { lv } from '../../src/survey/lexicon/lv.js';
import { pl } from '../../src/survey/lexicon/pl.js';
import { pt } from '../../src/survey/lexicon/pt.js';
import { INTENSITY_LEVELS, SCALE_FAMILIES } from '../../src/survey/lexicon/types.js';
import { buildLabelSets } from '../../src/survey/label-sets.js';
import { detectSurvey, plainHeader } from '../../src/survey/detect-columns.js';
import { matchKeywords } from '../../src/survey/match-keywords.js';
import { buildVocabulary } from '../../src/survey/vocabulary.js';
import { normalizeText } from '../../src/text/normalize-text.js';
import { BUILT_IN_DIMENSIONS } from '../../src/survey/survey-model.js';

const LANGUAGES = ['en', 'pl', 'lv', 'de', 'fr', 'es', 'pt'];

describe('the lexicons', () => {
  it('cover English, Polish, Latvian, German, French, Spanish and Portuguese', () => {
    expect(lexicons.map((l) => l.language)).toEqual(LANGUAGES);
  });

  it.each(LANGUAGES)('%s has keywords for every role and dimension, words for non-answers and yes/no, every scale family, and the intensity words', (language) => {
    const lexicon = lexicons.find((l) => l.language === language);
    if (lexicon === undefined) throw new Error(language);
    for (const [role, words] of Object.entries(lexicon.roles)) {
      const all = Array.isArray(words) ? words : [...words.strong, ...words.weak];
      expect(all.length, role).toBeGreaterThan(0);
    }
    expect(Object.keys(lexicon.dimensions)).toEqual(BUILT_IN_DIMENSIONS.map((d) => d.id));
    for (const words of Object.values(lexicon.dimensions)) expect(words.length).toBeGreaterThan(0);
    expect(lexicon.notApplicable.length).toBeGreaterThan(0);
    expect(lexicon.yes.length * lexicon.no.length).toBeGreaterThan(0);
    expect(Object.keys(lexicon.scales).sort()).toEqual([...SCALE_FAMILIES, 'intensity'].sort());
    for (const level of INTENSITY_LEVELS) expect(lexicon.scales.intensity[level].length, level).toBeGreaterThan(0);
    expect(lexicon.scales.intensity.negative.length).toBeGreaterThan(0);
  });

  it('write each intensity template with one … for the quality it speaks of', () => {
    for (const lexicon of lexicons) {
      for (const level of INTENSITY_LEVELS) for (const template of lexicon.scales.intensity[level]) expect(template.split('…'), `${lexicon.language}: ${template}`).toHaveLength(2);
    }
  });

  it('give every ladder the same rungs in every language', () => {
    const rungs = (language: string) => lexicons.find((l) => l.language === language)?.scales.frequency?.ladder?.length;
    for (const language of LANGUAGES) expect(rungs(language), language).toBe(rungs('en'));
  });

  it('end the name of each named set with its number of points', () => {
    for (const set of buildLabelSets(lexicons)) expect(set.id.endsWith(`-${set.points}`), set.id).toBe(true);
  });

  it('give every answer word one meaning: no label is a non-answer, no yes is a no', () => {
    const folded = (words: string[]) => new Set(words.map(normalizeText));
    const notApplicable = folded(lexicons.flatMap((l) => l.notApplicable));
    const yes = folded(lexicons.flatMap((l) => l.yes));
    const no = folded(lexicons.flatMap((l) => l.no));
    const labels = new Set([...buildLabelSets(lexicons).flatMap((set) => [...set.values.keys()]), ...lexicons.flatMap((l) => l.scales.frequency?.ladder?.flat() ?? []).map(normalizeText)]);
    expect([...yes].filter((w) => no.has(w))).toEqual([]);
    expect([...notApplicable].filter((w) => yes.has(w) || no.has(w) || labels.has(w))).toEqual([]);
  });

  it('put a word that two languages share on the same point of every label set', () => {
    const merged = buildLabelSets(lexicons);
    for (const lexicon of lexicons) {
      for (const own of buildLabelSets([lexicon])) {
        const all = merged.find((s) => s.id === own.id);
        for (const [label, value] of own.values) expect(all?.values.get(label), `${own.id}: "${label}" (${lexicon.language})`).toBe(value);
      }
    }
  });

  it('build the 4- to 7-point variants of each family, then its named sets', () => {
    const ids = buildLabelSets(lexicons).map((s) => s.id);
    const family = (name: string) => ids.filter((id) => id.startsWith(`${name}-`));
    for (const name of ['agreement', 'satisfaction', 'likelihood', 'ease', 'usefulness', 'success']) expect(family(name)).toEqual([`${name}-5`, `${name}-7`, `${name}-4`, `${name}-6`]);
    expect(family('favourability')).toEqual(['favourability-5', 'favourability-7', 'favourability-4', 'favourability-6', 'favourability-like-3']);
    expect(family('extent')).toEqual(['extent-5', 'extent-4']);
    expect(family('quality')).toEqual(['quality-5', 'quality-4', 'quality-poorly-well-5', 'quality-school-grades-6', 'quality-school-grades-5']);
    expect(family('excellence')).toEqual(['excellence-5', 'excellence-4', 'excellence-very-poor-6']);
    expect(family('frequency')).toEqual(['frequency-5', 'frequency-4', 'frequency-never-often-4', 'frequency-almost-4', 'frequency-almost-5', 'frequency-very-often-5', 'frequency-days-4']);
    expect(family('hedged-yes-no')).toEqual(['hedged-yes-no-3', 'hedged-yes-no-4', 'hedged-yes-no-5', 'hedged-yes-no-partly-3']);
  });

  it('write German header keywords with ä, ö, ü out as ae, oe, ue as well, and leave the other languages as written', () => {
    const german = lexicons.find((l) => l.language === 'de');
    expect(german?.dimensions.pricing).toEqual(expect.arrayContaining(['gebühr*', 'gebuehr*']));
    expect(german?.reversedWording.opposite).toEqual(expect.arrayContaining(['unhöflich*', 'unhoeflich*']));
    expect(german?.context.resolution).toEqual(expect.arrayContaining(['gelöst', 'geloest']));
    expect(german?.scales).toBe(de.scales);
    // "queue", "true" and "does" keep their "ue" and "oe" in English: no keyword of another language is written out.
    for (const [language, written] of Object.entries({ en, pl, lv, fr, es, pt })) expect(lexicons.find((l) => l.language === language), language).toBe(written);
  });

  it('--lang puts one language first and keeps the others', () => {
    expect(lexiconsFor('lv').map((l) => l.language)).toEqual(['lv', 'en', 'pl', 'de', 'fr', 'es', 'pt']);
    expect(lexiconsFor(undefined).map((l) => l.language)).toEqual(LANGUAGES);
  });
});

// Headers as surveys in each language write them, and what each must be read as.
const ratings = ['1', '2', '3', '4', '5', '4', '5', '3', '2', '4'];
const zeroToTen = ['0', '7', '9', '10', '8', '6', '10', '9', '3', '8'];
const HEADERS: Array<[string, string, string | null, string[]]> = [
  ['pl', 'Jak oceniasz szybkość dostawy?', 'delivery', ratings],
  ['pl', 'Stosunek jakości do ceny', 'pricing', ratings],
  ['pl', 'Jak oceniasz sposób rozpatrzenia reklamacji?', 'complaints', ratings],
  ['pl', 'Mam zaufanie do tej firmy', 'trust', ratings],
  ['pl', 'Jak prawdopodobne jest, że polecisz nas znajomemu?', 'nps', zeroToTen],
  ['pl', 'Ogólne zadowolenie', 'csat', ratings],
  ['lv', 'Piegādes ātrums', 'delivery', ratings],
  ['lv', 'Cenas un kvalitātes attiecība', 'pricing', ratings],
  ['lv', 'Kā tika atrisināta jūsu sūdzība?', 'complaints', ratings],
  ['lv', 'Uzticamība', 'trust', ratings],
  ['lv', 'Cik ticams, ka jūs ieteiktu mūs draugam?', 'nps', zeroToTen],
  ['de', 'Wie zufrieden sind Sie mit der Lieferzeit?', 'delivery', ratings],
  ['de', 'Preis-Leistungs-Verhältnis', 'pricing', ratings],
  ['de', 'Wie wurde Ihre Beschwerde bearbeitet?', 'complaints', ratings],
  ['de', 'Ich vertraue diesem Unternehmen', 'trust', ratings],
  ['de', 'Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?', 'nps', zeroToTen],
  ['de', 'Gesamtzufriedenheit', 'csat', ratings],
  ['fr', 'Rapidité de la livraison', 'delivery', ratings],
  ['fr', 'Rapport qualité-prix', 'pricing', ratings],
  ['fr', 'Traitement de votre réclamation', 'complaints', ratings],
  ['fr', "J'ai confiance en cette entreprise", 'trust', ratings],
  ['fr', 'Recommanderiez-vous notre entreprise ?', 'nps', zeroToTen],
  ['fr', 'Satisfaction globale', 'csat', ratings],
  ['es', 'Rapidez de la entrega', 'delivery', ratings],
  ['es', 'Relación calidad-precio', 'pricing', ratings],
  ['es', '¿Cómo se resolvió su queja?', 'complaints', ratings],
  ['es', 'Confianza en la empresa', 'trust', ratings],
  ['es', '¿Qué probabilidad hay de que nos recomiende?', 'nps', zeroToTen],
  ['es', 'Satisfacción general', 'csat', ratings],
  ['pt', 'Prazo de entrega', 'delivery', ratings],
  ['pt', 'Preço', 'pricing', ratings],
  ['pt', 'Como foi resolvida a sua reclamação?', 'complaints', ratings],
  ['pt', 'Confiança na empresa', 'trust', ratings],
  ['pt', 'Qual a probabilidade de nos recomendar a um amigo?', 'nps', zeroToTen],
  ['pt', 'Satisfação geral', 'csat', ratings],
];

describe('headers in each language find their dimension or role', () => {
  const vocabulary = buildVocabulary();
  it.each(HEADERS)('%s: %j → %s', (language, header, expected, values) => {
    const rows = values.map((v) => [v]);
    const [column] = detectSurvey(plainHeader([header]), rows, vocabulary).columns;
    // With --lang, the evidence names the language's own keyword where languages share a stem.
    const [hinted] = detectSurvey(plainHeader([header]), rows, vocabulary, lexiconsFor(language)).columns;
    const got = column?.dimension ?? column?.role;
    expect(got, column?.evidence.join('; ')).toBe(expected);
    expect(hinted?.dimension ?? hinted?.role).toBe(expected);
    expect(hinted?.evidence.join(' ')).toContain(`(${language})`);
  });
});

describe('near-misses in other languages do not match', () => {
  it.each([
    ['Police response time', lexicons.flatMap((l) => l.roles.nps), []],
    ['Livre préféré', lexicons.flatMap((l) => l.dimensions.delivery ?? []), []],
    ['How satisfied are you with our facilities?', lexicons.flatMap((l) => l.roles.ces), []],
    ['Nom du magasin', lexicons.flatMap((l) => l.roles.ignored), []],
    ['Nombre de la tienda', lexicons.flatMap((l) => l.roles.ignored), []],
    ['Votre retour nous intéresse', lexicons.flatMap((l) => l.dimensions.complaints ?? []), []],
    ['Mental health condition', lexicons.flatMap((l) => l.dimensions.delivery ?? []), []],
    ['Terminal used', lexicons.flatMap((l) => l.dimensions.delivery ?? []), []],
    ['Pakalpojuma kvalitāte', lexicons.flatMap((l) => l.dimensions.delivery ?? []), []],
    ['Jūsu ieteikumi', lexicons.flatMap((l) => l.roles.nps), []],
  ])('%j', (text, keywords, expected) => expect(matchKeywords(text, keywords)).toEqual(expected));
});

describe('the service dimension in the seven languages', () => {
  // Each header rated 1-5 by 40 respondents, in a file of its language's other service questions.
  const detect = (headers: readonly string[], language: string) => {
    const rows = Array.from({ length: 40 }, (_, i) => headers.map((_, j) => String(((i + j) % 5) + 1)));
    return detectSurvey(plainHeader(headers), rows, buildVocabulary(lexiconsFor(language)), lexiconsFor(language), language).columns;
  };
  it.each([
    ['en', ['Friendliness of the staff', 'Customer service answered my request promptly', 'Clear returns policy', 'How well was your complaint handled?']],
    ['de', ['Freundlichkeit der Mitarbeiter', 'Erreichbarkeit des Kundenservice', 'Klare Rückgabebedingungen', 'Wie gut wurde Ihre Reklamation bearbeitet?']],
    ['fr', ['Amabilité du personnel', 'Réactivité du service client', 'Politique de retour claire', 'Comment votre réclamation a-t-elle été traitée ?']],
    ['es', ['Amabilidad de los empleados', 'Tiempo de respuesta de atención al cliente', 'Política de devolución clara', '¿Cómo se gestionó su reclamación?']],
    ['pt', ['Simpatia dos funcionários', 'Tempo de resposta do atendimento', 'Política de devolução clara', 'Como foi tratada a sua reclamação?']],
    ['pl', ['Uprzejmość pracowników', 'Czas odpowiedzi obsługi klienta', 'Jasne zasady zwrotu', 'Jak rozpatrzono Twoją reklamację?']],
    ['lv', ['Darbinieku laipnība', 'Klientu apkalpošanas atbildes laiks', 'Skaidri atgriešanas noteikumi', 'Kā tika izskatīta jūsu sūdzība?']],
  ])('%s: staff, responsiveness and policies are service; a complaint and its handling are complaints', (language, headers) => {
    const columns = detect(headers, language);
    expect(columns.map((c) => c.dimension)).toEqual(['service', 'service', 'service', 'complaints']);
  });
});
