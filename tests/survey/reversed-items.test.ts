import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InspectReport, Report } from '../../src/analysis/report.js';
import { reversedWording } from '../../src/survey/reverse-items.js';
import { lexicons, lexiconsFor } from '../../src/survey/lexicon/index.js';
import { expectClose, readReference, type AlphaReference } from '../helpers/reference.js';
import { runCli } from '../helpers/run-cli.js';

// Each fixture holds a pattern of reverse-worded or reverse-coded items (scripts/make_detection_fixtures.py);
// the reference values are numpy's and scipy's on the answers reversed by hand (tests/reference/reversed_reference.py).
const reference = readReference<Record<string, Record<string, { columns: string[]; alpha: Omit<AlphaReference, 'ifDropped'>; score: number }>>>('reversed-reference.json');

type Case = [fixture: string, column: string, reversed: boolean, evidence: RegExp | null];

const CASES: Case[] = [
  ['negative-wording-reversed', 'The staff were rude and unhelpful (1-5)', true, /negative wording: "rude" \(en\): reversed; once reversed, corrected item-total r = 0\.\d\d \(60 respondents .* first 60 rows\) \(high confidence/],
  ['negative-wording-reversed', 'The delivery was slow (1-5)', true, /negative wording: "slow" \(en\): reversed/],
  ['negative-wording-reversed', 'The staff were friendly and helpful (1-5)', false, null],
  // A negation of a bad thing is a positive statement.
  ['negative-wording-reversed', 'I never had to wait long for customer support (1-5)', false, null],
  ['negative-wording-reversed-pl', 'Obsługa klienta była nieuprzejma (1-5)', true, /negative wording: "nieuprzejm\*" \(pl\): reversed/],
  ['negative-wording-reversed-pl', 'Pracownik nie odpowiedział na moje pytania (1-5)', true, /negative wording: "nie" \(pl\): reversed/],
  ['negative-wording-reversed-pl', 'Konsultant był kompetentny (1-5)', false, null],
  // Staff who were unfriendly, rude, impolite or unhelpful, in every language: reversed, and an item of service;
  // the same word under a negation ("were never discourteous", "nebija nelaipni") is a positive statement.
  ['negative-wording-staff-unfriendly-en', 'How much do you agree with the following statements? - The staff were discourteous (1-5)', true, /negative wording: "discourteous" \(en\): reversed; once reversed, corrected item-total r = 0\.\d\d/],
  ['negative-wording-staff-unfriendly-en', 'How much do you agree with the following statements? - The staff were never discourteous (1-5)', false, null],
  ['negative-wording-staff-unfriendly-en', 'How much do you agree with the following statements? - The staff were courteous (1-5)', false, null],
  ['negative-wording-staff-unfriendly-de', 'Inwieweit stimmen Sie den folgenden Aussagen zu? - Die Mitarbeiter waren respektlos (1-5)', true, /negative wording: "respektlos\*" \(de\): reversed; once reversed, corrected item-total r = 0\.\d\d/],
  ['negative-wording-staff-unfriendly-de', 'Inwieweit stimmen Sie den folgenden Aussagen zu? - Die Mitarbeiter waren nie respektlos (1-5)', false, null],
  ['negative-wording-staff-unfriendly-de', 'Inwieweit stimmen Sie den folgenden Aussagen zu? - Die Mitarbeiter waren freundlich (1-5)', false, null],
  ['negative-wording-staff-unfriendly-fr', "Dans quelle mesure êtes-vous d'accord avec les affirmations suivantes ? - Le personnel était peu aimable (1-5)", true, /negative wording: "peu aimable\*" \(fr\): reversed; once reversed, corrected item-total r = 0\.\d\d/],
  ['negative-wording-staff-unfriendly-fr', "Dans quelle mesure êtes-vous d'accord avec les affirmations suivantes ? - Le personnel n'était jamais grossier (1-5)", false, null],
  ['negative-wording-staff-unfriendly-fr', "Dans quelle mesure êtes-vous d'accord avec les affirmations suivantes ? - Le personnel était aimable (1-5)", false, null],
  ['negative-wording-staff-unfriendly-es', '¿En qué medida está de acuerdo con las siguientes afirmaciones? - Los empleados fueron groseros (1-5)', true, /negative wording: "grosero\*" \(es\): reversed; once reversed, corrected item-total r = 0\.\d\d/],
  ['negative-wording-staff-unfriendly-es', '¿En qué medida está de acuerdo con las siguientes afirmaciones? - Los empleados nunca fueron groseros (1-5)', false, null],
  ['negative-wording-staff-unfriendly-es', '¿En qué medida está de acuerdo con las siguientes afirmaciones? - Los empleados fueron amables (1-5)', false, null],
  ['negative-wording-staff-unfriendly-pt', 'Em que medida concorda com as seguintes afirmações? - Os funcionários foram mal-educados (1-5)', true, /negative wording: "mal educad\*" \(pt\): reversed; once reversed, corrected item-total r = 0\.\d\d/],
  ['negative-wording-staff-unfriendly-pt', 'Em que medida concorda com as seguintes afirmações? - Os funcionários nunca foram grosseiros (1-5)', false, null],
  ['negative-wording-staff-unfriendly-pt', 'Em que medida concorda com as seguintes afirmações? - Os funcionários foram simpáticos (1-5)', false, null],
  ['negative-wording-staff-unfriendly-pl', 'W jakim stopniu zgadza się Pan/Pani z poniższymi stwierdzeniami? - Pracownicy byli niegrzeczni (1-5)', true, /negative wording: "niegrzeczn\*" \(pl\): reversed; once reversed, corrected item-total r = 0\.\d\d/],
  ['negative-wording-staff-unfriendly-pl', 'W jakim stopniu zgadza się Pan/Pani z poniższymi stwierdzeniami? - Pracownicy nie byli opryskliwi (1-5)', false, null],
  ['negative-wording-staff-unfriendly-pl', 'W jakim stopniu zgadza się Pan/Pani z poniższymi stwierdzeniami? - Pracownicy byli uprzejmi (1-5)', false, null],
  ['negative-wording-staff-unfriendly-lv', 'Lūdzu, novērtējiet, cik lielā mērā piekrītat šiem apgalvojumiem. - Darbinieki bija nelaipni (1-5)', true, /negative wording: "nelaipn\*" \(lv\): reversed; once reversed, corrected item-total r = 0\.\d\d/],
  ['negative-wording-staff-unfriendly-lv', 'Lūdzu, novērtējiet, cik lielā mērā piekrītat šiem apgalvojumiem. - Darbinieki nebija nelaipni (1-5)', false, null],
  ['negative-wording-staff-unfriendly-lv', 'Lūdzu, novērtējiet, cik lielā mērā piekrītat šiem apgalvojumiem. - Darbinieki bija laipni (1-5)', false, null],
  // Prices "too high" are worded against the scale in every language.
  ['shipping-costs-are-pricing', 'Die Versandkosten sind zu hoch', true, /negative wording: "zu hoch" \(de\): reversed/],
  ['shipping-costs-are-pricing', 'Koszty wysyłki są za wysokie', true, /negative wording: "za wysok\*" \(pl\): reversed/],
  ['shipping-costs-are-pricing', 'Los gastos de envío son demasiado caros', true, /negative wording: "demasiado car\*" \(es\): reversed/],
  ['shipping-costs-are-pricing', 'Versandkosten', false, null],
  // Its header names 1 the best: its scale runs the other way round, and its answers agree.
  ['item-runs-against-its-dimension', 'Reliability of the company, coded 1 = best (1-5)', true, /its header names its low end the best: "1 = best": reversed; once reversed, corrected item-total r = 0\.\d\d \(80 respondents who answered every item of trust in the first 80 rows\) \(high confidence/],
  ['item-runs-against-its-dimension', 'Trust in the company (1-5)', false, null],
  // The answers win over the wording: the platform reversed this one already.
  ['negative-wording-already-reversed', 'I do not trust the company, reverse-scored (1-5)', false, /negative wording: "not" \(en\), but once reversed corrected item-total r = −0\.\d\d .*: its answers run with its dimension as worded, not reversed/],
];

function inspect(fixture: string, ...flags: string[]): InspectReport {
  const result = runCli(['inspect', `fixtures/detection/${fixture}.csv`, '--format', 'json', ...flags]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as InspectReport;
}

function report(fixture: string, ...flags: string[]): Report {
  const result = runCli(['report', `fixtures/detection/${fixture}.csv`, '--format', 'json', ...flags]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

describe('reversed items', () => {
  it.each(CASES)('%s: %j reversed %s', (fixture, name, reversed, evidence) => {
    const column = inspect(fixture).columns.find((c) => c.name === name);
    expect(column?.scale?.reversed, column?.evidence.join('; ')).toBe(reversed);
    if (evidence !== null) expect(column?.evidence.join('; ')).toMatch(evidence);
  });

  it.each([
    ['negative-wording-reversed', 'service'],
    ['negative-wording-reversed', 'delivery'],
    ['item-runs-against-its-dimension', 'trust'],
  ])('%s: alpha and score of %s are computed on the reversed items (numpy, scipy)', (fixture, id) => {
    const expected = reference[`${fixture}.csv`]?.[id];
    const dimension = report(fixture).dimensions[id];
    expect(dimension?.items).toEqual(expected?.columns);
    const alpha = dimension?.alpha;
    expect(alpha?.n).toBe(expected?.alpha.n);
    expectClose(alpha?.raw, expected?.alpha.raw as number, 1e-9, 'raw');
    expectClose(alpha?.standardized, expected?.alpha.standardized as number, 1e-9, 'standardized');
    expected?.columns.forEach((column, i) => expectClose(alpha?.itemTotal[column], expected.alpha.itemTotal[i] as number, 1e-9, `itemTotal ${column}`));
    expectClose(alpha?.ci?.low, expected?.alpha.feldtLow as number, 1e-6, 'Feldt low');
    expectClose(alpha?.ci?.high, expected?.alpha.feldtHigh as number, 1e-6, 'Feldt high');
    expectClose(dimension?.score, expected?.score as number, 1e-9, 'score');
  });

  it('leaves a reversed item that runs with its dimension out of the lint', () => {
    const result = runCli(['report', 'fixtures/detection/negative-wording-reversed.csv']);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('runs against');
  });

  it('takes the config\'s "reverse" over detection, both ways', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-reverse-'));
    const config = join(dir, 'satisfy.config.json');
    writeFileSync(config, JSON.stringify({ columns: { 'The staff were rude and unhelpful (1-5)': { reverse: false }, 'The staff were friendly and helpful (1-5)': { reverse: true } } }));
    const columns = inspect('negative-wording-reversed', '--config', config).columns;
    const rude = columns.find((c) => c.name === 'The staff were rude and unhelpful (1-5)')?.scale;
    expect([rude?.reversed, rude !== null && rude !== undefined && 'reversedBy' in rude]).toEqual([false, false]);
    expect(columns.find((c) => c.name === 'The staff were friendly and helpful (1-5)')?.scale).toMatchObject({ reversed: true, reversedBy: 'config' });
    // The slow delivery, which the config does not name, is still reversed, by its wording.
    expect(columns.find((c) => c.name === 'The delivery was slow (1-5)')?.scale).toMatchObject({ reversed: true, reversedBy: 'wording' });
  });

  it.each([
    // [header, reverse-worded]
    ['The website is difficult to use', 'negative wording: "difficult" (en)'],
    ['The website is not difficult to use', null],
    ['I would not recommend this shop', 'negative wording: "not" (en)'],
    ['I have never had a problem with my orders', null],
    ['How often do you have math problems?', null],
    ['Nie polecił(a)bym tego sklepu', 'negative wording: "nie" (pl)'],
    ['Es war schwierig, die Website zu benutzen', 'negative wording: "schwierig*" (de)'],
    ['Le site est difficile à utiliser', 'negative wording: "difficile*" (fr)'],
    ['El sitio web es difícil de usar', 'negative wording: "dificil*" (es)'],
    ['O site é difícil de usar', 'negative wording: "dificil" (pt)'],
    ['Vietni bija grūti lietot', 'negative wording: "gruti" (lv)'],
    ['Les frais de port sont trop élevés', 'negative wording: "trop eleve*" (fr)'],
    ['Die Versandkosten sind zu hoch', 'negative wording: "zu hoch" (de)'],
    ['Los gastos de envío son demasiado altos', 'negative wording: "demasiado alt*" (es)'],
    // A price called excessive or overpriced, in each language; not excessive, no.
    ['The price I pay is excessive', 'negative wording: "excessive" (en)'],
    ['The price I pay is not excessive', null],
    ['Der Preis, den ich zahle, ist überhöht', 'negative wording: "überhöht*" (de)'],
    ['Le prix que je paie est excessif', 'negative wording: "excessif*" (fr)'],
    ['El precio que pago es excesivo', 'negative wording: "excesiv*" (es)'],
    ['O preço que pago é excessivo', 'negative wording: "excessiv*" (pt)'],
    ['Cena, którą płacę, jest zawyżona', 'negative wording: "zawyżon*" (pl)'],
    ['Cena, ko maksāju, ir pārmērīga', 'negative wording: "parmerig*" (lv)'],
    ['Os portes de envio são demasiado altos', 'negative wording: "demasiado alt*" (pt)'],
    // A word after a French elision is read as itself: "d'aucune", "d'impolitesse", "d'erreur".
    ["L'assistance n'est d'aucune utilité", 'negative wording: "aucune" (fr)'],
    ["Le vendeur a fait preuve d'impolitesse", 'negative wording: "impoli*" (fr)'],
    ["Je n'ai jamais reçu de message d'erreur", null],
    // Statements that something is hard to understand, opaque or unfair, or that left one in the lurch.
    ['Die Informationen zu Preiserhöhungen waren unverständlich und intransparent', 'negative wording: "unverständlich*" (de)'],
    ['Bei Problemen fühle ich mich von meinem Versorger im Stich gelassen', 'negative wording: "im stich gelassen" (de)'],
    ['Die Informationen zu Preiserhöhungen waren nicht unverständlich', null],
    ['The information on price rises was incomprehensible', 'negative wording: "incomprehensible" (en)'],
    ['I felt let down by my supplier', 'negative wording: "let down" (en)'],
    ['Les informations sur les hausses de prix étaient peu transparentes', 'negative wording: "peu transparent*" (fr)'],
    ['La información sobre las subidas de precio era incomprensible', 'negative wording: "incomprensible*" (es)'],
    ['As informações sobre o aumento de preços eram pouco transparentes', 'negative wording: "pouco transparente*" (pt)'],
    ['Informacje o podwyżkach cen były niezrozumiałe', 'negative wording: "niezrozumia*" (pl)'],
    ['Informācija par cenu pieaugumu bija maldinoša', 'negative wording: "maldinos*" (lv)'],
    // "Without hidden costs" or unfair terms is the good pole; "no hidden fees" turns round a word of the bad pole.
    ['Transparente Preise ohne versteckte Kosten', null],
    ['Des prix clairs, sans frais cachés ni conditions injustes', null],
    ['Clear prices with no hidden fees', null],
    ['Precios claros, sin condiciones injustas', null],
    ['Preços claros, sem condições injustas', null],
    // Staff who were unfriendly, rude or unhelpful, in each language; under a negation, and in a word that only begins alike, no.
    ['Klientu apkalpošanas speciālisti bija nelaipni', 'negative wording: "nelaipn*" (lv)'],
    ['Konsultants bija rupjš', 'negative wording: "rupjs" (lv)'],
    ['Rupjmaize bija svaiga', null],
    ['Konsultant nie był nieuprzejmy', null],
    ['Obsługa była opryskliwa', 'negative wording: "opryskliw*" (pl)'],
    ['Le vendeur était grossier', 'negative wording: "grossier*" (fr)'],
    ['El personal fue poco amable', 'negative wording: "poco amable*" (es)'],
    ['O atendente foi grosseiro', 'negative wording: "grosseir*" (pt)'],
    ['Der Berater war wenig hilfsbereit', 'negative wording: "wenig hilfsbereit*" (de)'],
    ['The agent was disrespectful', 'negative wording: "disrespectful" (en)'],
    // Scale anchors in brackets are no part of the statement.
    ['Delivery was on time (1 = not at all, 5 = completely)', null],
  ])('reads %j as %s', (header, expected) => {
    // The survey's language is tried first, as detection does.
    const language = /\((\w\w)\)$/.exec(expected ?? '')?.[1];
    expect(reversedWording({ name: header, question: null }, lexiconsFor(language))?.text ?? null).toBe(expected);
  });
});

describe('a short bad word that is another language\'s everyday word, in a survey of unknown language', () => {
  // Portuguese "má" folds to French and Polish "ma", Spanish "mal" is German "mal", Spanish "malo"
  // folds to Polish "mało". Where the survey's language is unknown, the header tells: the accent as
  // spelled, else its other words, stopwords or letters of one language and not the other.
  it.each([
    ['A entrega foi má', 'negative wording: "ma" (pt)'],
    ['O atendimento foi de má qualidade', 'negative wording: "ma" (pt)'],
    ['El pedido llegó mal embalado', 'negative wording: "mal" (es)'],
    ['Llegó mal y tarde', 'negative wording: "mal" (es)'],
    ['El producto es malo', 'negative wording: "malo" (es)'],
    // Unaccented "ma" with no word of either side, or a bare "Mal servicio": nothing tells, not reversed.
    ['A entrega foi ma', null],
    ['Mal servicio', null],
    ['Livrée à ma porte', null],
    ['Ma commande est arrivée à temps', null],
    ['Kurier ma miłe podejście', null],
    ['Paczka ma mało miejsca', null],
    ['Der Kurier war schon mal pünktlich', null],
    ['Die Lieferung kam zum ersten Mal pünktlich', null],
    ['Ich habe noch mal bestellt', null],
  ])('reads %j as %s', (header, expected) => {
    expect(reversedWording({ name: header, question: null }, lexicons, null)?.text ?? null).toBe(expected);
  });

  it('keeps to the survey\'s language where it is known: its own words count, as spelled or not; another language\'s do not, accent or no', () => {
    expect(reversedWording({ name: 'A entrega foi ma', question: null }, lexiconsFor('pt'), 'pt')).toEqual({ by: 'wording', text: 'negative wording: "ma" (pt)' });
    expect(reversedWording({ name: 'A entrega foi má', question: null }, lexiconsFor('fr'), 'fr')).toBeNull();
    expect(reversedWording({ name: 'El pedido llegó mal embalado', question: null }, lexiconsFor('de'), 'de')).toBeNull();
  });
});
