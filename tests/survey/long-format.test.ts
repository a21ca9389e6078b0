import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { oneRowPerAnswer, pivotHint } from '../../src/survey/long-format.js';

const rows = (n: number, row: (i: number) => string[]) => Array.from({ length: n }, (_, i) => row(i));

describe('a table of one row per answer', () => {
  it('is told from its three columns and its respondents met again', () => {
    const [header = [], ...sample] = parse(readFileSync('fixtures/errors/one-row-per-answer-warehouse-table.csv', 'utf8')) as string[][];
    const long = oneRowPerAnswer(header, sample);
    expect(long).toMatchObject({ respondent: 'respondent_id', question: 'question_id', answer: 'answer' });
    expect(long?.questions.slice(0, 2)).toEqual([sample[0]?.[1], sample[1]?.[1]]);
    // Named otherwise, as platforms' APIs and warehouses name them; a surrogate key beside the respondent's.
    expect(oneRowPerAnswer(['Response ID', 'Submitted', 'Variable', 'Value'], rows(40, (i) => [String(Math.floor(i / 4)), '2026-01-05', `q${i % 4}`, '3']))).toMatchObject({ respondent: 'Response ID', question: 'Variable', answer: 'Value' });
    expect(oneRowPerAnswer(['respondent_id', 'question', 'response'], rows(40, (i) => [String(Math.floor(i / 4)), `q${i % 4}`, '3']))).toMatchObject({ respondent: 'respondent_id', question: 'question', answer: 'response' });
    expect(oneRowPerAnswer(['id', 'respondent_id', 'question_id', 'answer'], rows(40, (i) => [String(i), String(Math.floor(i / 4)), `q${i % 4}`, '3']))).toMatchObject({ respondent: 'respondent_id' });
    expect(oneRowPerAnswer(['id', 'question_id', 'answer'], rows(40, (i) => [String(Math.floor(i / 4)), `q${i % 4}`, '3']))).toMatchObject({ respondent: 'id' });
    // Questions keyed as items or fields beside a survey's respondent (a second cold review), and a
    // customer's id beside the response's.
    expect(oneRowPerAnswer(['respondent_id', 'item_id', 'score'], rows(40, (i) => [String(Math.floor(i / 4)), `q${i % 4}`, '3']))).toMatchObject({ question: 'item_id' });
    expect(oneRowPerAnswer(['submission_id', 'field_name', 'value'], rows(40, (i) => [String(Math.floor(i / 4)), `q${i % 4}`, '3']))).toMatchObject({ question: 'field_name' });
    expect(oneRowPerAnswer(['response_id', 'customer_id', 'question_id', 'answer'], rows(40, (i) => [String(Math.floor(i / 4)), 'c1', `q${i % 4}`, '3']))).toMatchObject({ respondent: 'response_id' });
  });

  it('is no table of one row per respondent, nor of a product\'s reviews', () => {
    // A wide export: each respondent once.
    expect(oneRowPerAnswer(['respondent_id', 'question_id', 'answer'], rows(40, (i) => [String(i), `q${i % 4}`, '3']))).toBeNull();
    // Reviews of items: a customer rates several, each row a review of its own, each item reviewed by about one (a cold review: item_id was refused).
    for (const item of ['item', 'item_id', 'product_id', 'sku']) expect(oneRowPerAnswer(['customer_id', item, 'rating', 'review'], rows(40, (i) => [String(Math.floor(i / 4)), `sku${100 + i}`, '4', 'ok'])), item).toBeNull();
    // Order lines of a survey's response, each item rated in its row (a third cold review).
    expect(oneRowPerAnswer(['response_id', 'customer_id', 'order_date', 'item_id', 'rating', 'review', 'NPS'], rows(40, (i) => [String(Math.floor(i / 4)), 'c1', '2026-01-05', `SKU-${i % 4}`, '4', 'ok', '9']))).toBeNull();
    expect(oneRowPerAnswer(['response_id', 'item_name', 'value', 'nps'], rows(40, (i) => [String(Math.floor(i / 4)), `item ${i % 4}`, '12.50', '9']))).toBeNull();
    // Popular items, each reviewed by many customers: items beside a customer are what was bought.
    expect(oneRowPerAnswer(['customer_id', 'item_id', 'rating', 'review'], rows(40, (i) => [String(Math.floor(i / 4)), `sku${i % 4}`, '4', 'ok']))).toBeNull();
    // One question only, or too few rows to tell.
    expect(oneRowPerAnswer(['respondent_id', 'question_id', 'answer'], rows(40, (i) => [String(Math.floor(i / 4)), 'nps', '9']))).toBeNull();
    expect(oneRowPerAnswer(['respondent_id', 'question_id', 'answer'], rows(10, (i) => [String(Math.floor(i / 4)), `q${i % 4}`, '3']))).toBeNull();
  });

  it('is pivoted by a query whose names and values are quoted', () => {
    expect(pivotHint({ respondent: 'id', question: 'q "key"', answer: 'a', questions: ["it's", 'b'] })).toBe(`pivot it first, one column per question, e.g. SELECT "id", max(CASE WHEN "q ""key""" = 'it''s' THEN "a" END) AS "it's", max(CASE WHEN "q ""key""" = 'b' THEN "a" END) AS "b", … FROM responses GROUP BY "id"`);
  });
});
