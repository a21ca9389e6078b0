import { describe, expect, it } from 'vitest';
import { buildSurveyModel } from '../../src/survey/build-model.js';
import { plainHeader } from '../../src/survey/detect-columns.js';
import { sameWord } from '../../src/survey/pair-importance.js';
import type { SurveyModel } from '../../src/survey/survey-model.js';

/** A survey of these headers with 40 rows of whole-number answers 1-5 (ids in the first column). */
function modelOf(headers: readonly string[], options: Parameters<typeof buildSurveyModel>[2] = {}): SurveyModel {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const rows = Array.from({ length: 40 }, (_, i) => headers.map((_, j) => (j === 0 ? String(i + 1) : String((next() % 5) + 1))));
  return buildSurveyModel(plainHeader(['ID', ...headers.slice(1)]), rows, options);
}

/** Each importance column and the name of the column it is paired with (null: none). */
function pairsOf(model: SurveyModel): Record<string, string | null> {
  return Object.fromEntries(model.columns.filter((c) => c.role === 'importance').map((c) => [c.name, c.importanceOf === undefined || c.importanceOf === null ? null : (model.columns[c.importanceOf.column]?.name ?? null)]));
}

// Per language of the lexicons: a matrix pair (the row's subject before "- Importance") and a
// question pair ("How important is ...?" beside "How satisfied are you with ...?"), in an order
// that puts neither pair's columns side by side.
const LANGUAGES: Array<[language: string, headers: string[], pairs: Record<string, string>]> = [
  ['en', ['ID', 'Delivery - Importance', 'How important is the price to you?', 'Delivery - Satisfaction', 'How satisfied are you with the price?'], { 'Delivery - Importance': 'Delivery - Satisfaction', 'How important is the price to you?': 'How satisfied are you with the price?' }],
  ['en (the issue’s example)', ['ID', 'How important is fast delivery?', 'Support - Importance', 'How satisfied are you with fast delivery?', 'Support - Satisfaction'], { 'How important is fast delivery?': 'How satisfied are you with fast delivery?', 'Support - Importance': 'Support - Satisfaction' }],
  ['de', ['ID', 'Lieferung - Wichtigkeit', 'Wie wichtig ist Ihnen der Preis?', 'Lieferung - Zufriedenheit', 'Wie zufrieden sind Sie mit dem Preis?'], { 'Lieferung - Wichtigkeit': 'Lieferung - Zufriedenheit', 'Wie wichtig ist Ihnen der Preis?': 'Wie zufrieden sind Sie mit dem Preis?' }],
  ['pl', ['ID', 'Dostawa - Ważność', 'Jak ważna jest dla Pana cena?', 'Dostawa - Zadowolenie', 'Jak bardzo jest Pan zadowolony z ceny?'], { 'Dostawa - Ważność': 'Dostawa - Zadowolenie', 'Jak ważna jest dla Pana cena?': 'Jak bardzo jest Pan zadowolony z ceny?' }],
  ['lv', ['ID', 'Piegāde - Svarīgums', 'Cik svarīga jums ir cena?', 'Piegāde - Apmierinātība', 'Cik apmierināts esat ar cenu?'], { 'Piegāde - Svarīgums': 'Piegāde - Apmierinātība', 'Cik svarīga jums ir cena?': 'Cik apmierināts esat ar cenu?' }],
  ['fr', ['ID', 'Livraison - Importance', 'Quelle importance a pour vous le prix ?', 'Livraison - Satisfaction', 'Êtes-vous satisfait du prix ?'], { 'Livraison - Importance': 'Livraison - Satisfaction', 'Quelle importance a pour vous le prix ?': 'Êtes-vous satisfait du prix ?' }],
  ['es', ['ID', 'Entrega - Importancia', '¿Qué tan importante es para usted el precio?', 'Entrega - Satisfacción', '¿Qué tan satisfecho está con el precio?'], { 'Entrega - Importancia': 'Entrega - Satisfacción', '¿Qué tan importante es para usted el precio?': '¿Qué tan satisfecho está con el precio?' }],
  ['pt', ['ID', 'Entrega - Importância', 'Quão importante é para você o preço?', 'Entrega - Satisfação', 'Quão satisfeito está com o preço?'], { 'Entrega - Importância': 'Entrega - Satisfação', 'Quão importante é para você o preço?': 'Quão satisfeito está com o preço?' }],
];

describe('importance columns are paired with the satisfaction item of the same subject, in every language of the lexicons', () => {
  it.each(LANGUAGES)('%s', (_language, headers, pairs) => {
    const model = modelOf(headers);
    expect(pairsOf(model)).toEqual(pairs);
    // Paired or not, an importance column is never scored as satisfaction: no dimension holds it, nor csat.
    for (const name of Object.keys(pairs)) {
      const column = model.columns.find((c) => c.name === name);
      expect(column?.dimension).toBeNull();
      expect(model.dimensions.flatMap((d) => d.columns)).not.toContain(column?.index);
      expect(model.csat).not.toBe(column?.index);
    }
    for (const name of Object.values(pairs)) expect(['item', 'csat']).toContain(model.columns.find((c) => c.name === name)?.role);
  });
});

describe('pairing', () => {
  it('pairs a matrix row with an item named as its subject, the rows of a bracketed matrix, and leaves an importance column with no such item unpaired', () => {
    const model = modelOf(['ID', 'Financial Aid', 'Bursar', 'Financial Aid - Importance', 'Bursar - Importance', 'Sustainability - Importance', 'How important are these? [Returns]', 'How satisfied are you with these? [Returns]']);
    expect(pairsOf(model)).toEqual({ 'Financial Aid - Importance': 'Financial Aid', 'Bursar - Importance': 'Bursar', 'Sustainability - Importance': null, 'How important are these? [Returns]': 'How satisfied are you with these? [Returns]' });
    expect(model.columns.find((c) => c.name === 'Sustainability - Importance')?.evidence.join('; ')).toContain('no satisfaction item shares its subject');
  });

  it('a scale hint after the row does not hide it: "Packaging quality - Importance (1-5)" is an importance column of packaging quality', () => {
    const model = modelOf(['ID', 'Packaging quality (1-5)', 'Packaging quality - Importance (1-5)', 'Price - Importance (1-5)', 'Price - Satisfaction (1-5)']);
    expect(pairsOf(model)).toEqual({ 'Packaging quality - Importance (1-5)': 'Packaging quality (1-5)', 'Price - Importance (1-5)': 'Price - Satisfaction (1-5)' });
  });

  it('each satisfaction item takes one importance column, the closest match first', () => {
    const model = modelOf(['ID', 'Support - Importance', 'Support team - Importance', 'Support - Satisfaction']);
    expect(pairsOf(model)).toEqual({ 'Support - Importance': 'Support - Satisfaction', 'Support team - Importance': null });
  });

  it('a word shared by chance is no subject: "How important is it that the staff is friendly?" is not paired with "Is the price fair?"', () => {
    const model = modelOf(['ID', 'How important is it that the staff is friendly?', 'Is the price fair?']);
    expect(pairsOf(model)).toEqual({ 'How important is it that the staff is friendly?': null });
  });

  it('the config pairs what the headers do not, and makes the column an importance column', () => {
    const headers = ['ID', 'Clarity of invoices', 'How much does billing matter to you?'];
    expect(modelOf(headers).columns[2]?.role).toBe('item');
    const model = modelOf(headers, { config: { path: 'satisfy.config.json', settings: { columns: { 'How much does billing matter to you?': { importanceOf: 'Clarity of invoices' } } } } });
    expect(model.columns[2]?.role).toBe('importance');
    expect(model.columns[2]?.importanceOf).toEqual({ column: 1, by: 'config' });
    expect(model.dimensions.flatMap((d) => d.columns)).not.toContain(2);
  });

  it.each([
    [{ importanceOf: 'Nope' }, /no column "Nope" for satisfy.config.json: columns\["Billing"\].importanceOf/],
    [{ importanceOf: 'ID' }, /columns\["Billing"\].importanceOf: "ID" is no rated item \(its role is id\)/],
    [{ importanceOf: 'Billing' }, /cannot rate its own importance/],
    [{ importanceOf: 'Invoices', role: 'item' as const }, /columns\["Billing"\].importanceOf: a column that rates the importance of another has the role "importance", not "item"/],
  ])('a config that pairs wrongly is an error naming the JSON path: %o', (settings, message) => {
    expect(() => modelOf(['ID', 'Invoices', 'Billing'], { config: { path: 'satisfy.config.json', settings: { columns: { Billing: settings } } } })).toThrow(message);
  });
});

describe('sameWord: one word, or two forms of one', () => {
  it.each([
    ['dostawa', 'dostawy', true],
    ['cena', 'cenu', true],
    ['szybka', 'szybkiej', true],
    ['delivery', 'deliveries', true],
    ['price', 'prices', true],
    ['speed', 'spent', false],
    ['price', 'print', false],
    ['the', 'tha', false],
    ['support', 'sport', false],
  ])('%s, %s: %s', (a, b, same) => {
    expect(sameWord(a, b)).toBe(same);
  });
});
