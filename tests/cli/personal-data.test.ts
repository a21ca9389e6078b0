import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const fixture = 'fixtures/redact/comments-with-personal-data.csv';
interface Inspected { columns: Array<{ name: string; samples: string[] }> }
const samplesOf = (stdout: string, name: string) => (JSON.parse(stdout) as Inspected).columns.find((c) => c.name === name)?.samples ?? [];

describe('inspect masks personal data in sample values', () => {
  it('masks e-mail addresses, phones, cards, IBANs and links with tokens, in every format', () => {
    const json = runCli(['inspect', fixture, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    expect(samplesOf(json.stdout, 'Email')).toEqual(['[email]', '[email]', '[email]']);
    expect(samplesOf(json.stdout, 'Comments')).toEqual(['Proszę dzwonić [phone], karta [card]', 'Refund to [iban] please, see [url]', 'Livraison rapide le 2026-01-05 à 14:30']);
    const table = runCli(['inspect', fixture], { COLUMNS: '400' });
    expect(table.status, table.stderr).toBe(0);
    for (const written of ['@example', '601 234', '4111', 'DE89', 'token=']) {
      expect(json.stdout).not.toContain(written);
      expect(table.stdout).not.toContain(written);
    }
  });

  it('leaves ids and ratings as written: an id of eleven digits is no phone', () => {
    const result = runCli(['inspect', fixture, '--format', 'json']);
    expect(samplesOf(result.stdout, 'Respondent ID')).toEqual(['11423798503', '11423798504', '11423798505']);
    expect(samplesOf(result.stdout, 'Overall satisfaction (1-5)')).toEqual(['4', '2', '5']);
  });

  it('leaves a code whose header names an id as written (a SurveyMonkey Collector ID of nine digits), and masks phones in answers', () => {
    const result = runCli(['inspect', 'fixtures/redact/surveymonkey-collector-id-nine-digits.csv', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(samplesOf(result.stdout, 'Collector ID')).toEqual(['431234567']);
    expect(samplesOf(result.stdout, 'Respondent ID')).toEqual(['114383057590', '114383057591', '114383057592']);
    expect(samplesOf(result.stdout, 'Email Address')).toEqual(['[email]', '[email]']);
    expect(samplesOf(result.stdout, 'What number can we call you on?')).toEqual(['[phone]', '[phone]', '[phone]']);
    expect(samplesOf(result.stdout, 'Any other comments?')).toEqual(['Please call me back on [phone], the parcel was late', 'Fast and well packed', 'Ring [phone] before delivering, nobody answered']);
  });

  it('masks phones and e-mail addresses in columns whose header names an id, and leaves their codes as written', () => {
    const result = runCli(['inspect', 'fixtures/redact/id-word-columns-with-phone-numbers.csv', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(samplesOf(result.stdout, 'Caller ID')).toEqual(['[phone]', '[phone]', '[phone]']);
    expect(samplesOf(result.stdout, 'Notes on ID check')).toEqual(['ID checked, call back on [phone]', 'Asked to confirm by mail at [email]', 'No ID shown']);
    expect(samplesOf(result.stdout, 'Order ID')).toEqual(['431234567', '431234568', '431234569']);
    expect(samplesOf(result.stdout, 'Respondent ID')).toEqual(['1001', '1002', '1003']);
  });

  it('leaves codes written with #, / or . or as a word and digits as written in columns whose header names an id, and masks phones and e-mails there', () => {
    const result = runCli(['inspect', 'fixtures/redact/id-word-columns-with-written-codes.csv', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(samplesOf(result.stdout, 'Ticket ID')).toEqual(['#100234567', '#100234568', '#100234569']);
    expect(samplesOf(result.stdout, 'Customer ID')).toEqual(['CUST 0004412345', 'CUST 0004412346', 'CUST 0004412347']);
    expect(samplesOf(result.stdout, 'Invoice ID')).toEqual(['2024/05/000123', '2024/05/000124', '2024/05/000125']);
    expect(samplesOf(result.stdout, 'Case ID')).toEqual(['AB.2024.000417', 'AB.2024.000418', 'AB.2024.000419']);
    expect(samplesOf(result.stdout, 'Contact ID')).toEqual(['[phone]', '[phone]', '[email]']);
  });

  it('shows them as written with --no-redact', () => {
    const result = runCli(['inspect', fixture, '--format', 'json', '--no-redact']);
    expect(result.status, result.stderr).toBe(0);
    expect(samplesOf(result.stdout, 'Email')[0]).toBe('anna.nowak@example.pl');
    expect(samplesOf(result.stdout, 'Comments')[0]).toBe('Proszę dzwonić +48 601 234 567, karta 4111 1111 1111 1111');
  });
});
