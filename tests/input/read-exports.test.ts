import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InspectReport, Report } from '../../src/analysis/report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

// Every fixture in fixtures/input/ (made by scripts/make_input_fixtures.py) holds the same answers
// where it can: delivery 5 4 4 2 3 5 (mean 23/6) and recommend 10 9 8 3 7 10 (3 promoters, 2
// passives, 1 detractor: NPS 100 * 2/6).
const DELIVERY_MEAN = 23 / 6;
const NPS = (100 * 2) / 6;

// Fixtures that hold an answer off its scale on purpose, and the column each is warned about.
const WARNED: Record<string, string> = {
  'semicolon-cp1250-decimal-comma.csv': 'Szybkość dostawy (1-5)',
  'several-files-part-2-semicolon-decimal-comma.csv': 'Delivery speed (1-5)',
};

/**
 * The JSON report of `args`; standard error holds nothing but one warning for each column in `warned`.
 * Run in this process (runInProcess): what these tests read is how files are read, not the program.
 */
async function report(args: string[], warned: string[] = args.flatMap((a) => WARNED[a.replace('fixtures/input/', '')] ?? [])): Promise<Report> {
  const result = await runInProcess(['report', ...args, '--format', 'json']);
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(warned.length);
  warned.forEach((column, i) => expect(lines[i]).toMatch(new RegExp(`^satisfy: warning: column "${column.replace(/[()?.]/g, '\\$&')}": .*; --strict makes this an error$`)));
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

const item = (r: Report, column: string) => r.items.find((i) => i.column === column);

describe('encodings, delimiters and line ends are detected', () => {
  it.each([
    ['utf8-bom.csv', 'utf-8', ','],
    ['utf16le-bom.csv', 'utf-16le', ','],
    ['utf16be-bom.csv', 'utf-16be', ','],
    ['utf8-gzip.csv.gz', 'utf-8', ','],
    ['tab-delimited.tsv', 'utf-8', '\t'],
    ['pipe-delimited.csv', 'utf-8', '|'],
    ['cr-line-endings.csv', 'utf-8', ','],
    ['semicolon-commas-in-quotes.csv', 'utf-8', ';'],
  ])('%s: %s, %j', async (fixture, encoding, delimiter) => {
    const r = await report([`fixtures/input/${fixture}`]);
    expect(r.input.files[0]).toMatchObject({ encoding, delimiter, platform: 'generic', headerRows: 1, rows: 6, rowsUsed: 6, skipped: [] });
    expect(r.columns.map((c) => c.name)).toEqual(['Response ID', 'Delivery speed (1-5)', 'Had a problem?', 'How likely are you to recommend us? (0-10)', 'Comment']);
    expect(item(r, 'Delivery speed (1-5)')?.mean).toBeCloseTo(DELIVERY_MEAN, 12);
    expect(r.nps?.score).toBeCloseTo(NPS, 12);
    expect(r.dimensions.complaints?.incidence).toMatchObject({ n: 6, count: 1 });
  });

  it('keeps quoted line breaks, quotes and non-ASCII letters intact in UTF-16', async () => {
    const inspected = JSON.parse((await runInProcess(['inspect', 'fixtures/input/utf16le-bom.csv', '--format', 'json'])).stdout) as InspectReport;
    // The fixture was written with CRLF line ends, the one inside the quoted comment too.
    expect(inspected.columns[4]?.samples).toEqual(['Great, thanks', 'Box was "fine"', 'Late.\r\nVery late.']);
  });

  it.each([
    ['semicolon-cp1250-decimal-comma.csv', 'windows-1250', 'Szybkość dostawy (1-5)', 'Przesyłka dotarła szybko, dziękuję'],
    ['iso-8859-2-polish.csv', 'iso-8859-2', 'Szybkość dostawy (1-5)', 'Przesyłka dotarła szybko, dziękuję'],
    ['semicolon-cp1257-latvian.csv', 'windows-1257', 'Piegādes ātrums (1-5)', 'Paldies, viss kārtībā'],
    ['semicolon-cp1252-german.csv', 'windows-1252', 'Liefergeschwindigkeit (1-5)', 'Schnelle Lieferung, grüße aus Köln'],
  ])('%s is read as %s', async (fixture, encoding, header, comment) => {
    const inspected = JSON.parse((await runInProcess(['inspect', `fixtures/input/${fixture}`, '--format', 'json'])).stdout) as InspectReport;
    expect(inspected.input.files[0]).toMatchObject({ encoding, delimiter: ';', rows: 6, rowsUsed: 6 });
    expect(inspected.columns[1]?.name).toBe(header);
    expect(inspected.columns[4]?.samples[0]).toBe(comment);
  });

  it('reads a decimal comma as a number when the delimiter is not a comma', async () => {
    // "4,5" on a 1-5 scale is 4.5: not an integer, so excluded as such, not as unreadable text.
    const delivery = item(await report(['fixtures/input/semicolon-cp1250-decimal-comma.csv']), 'Szybkość dostawy (1-5)');
    expect(delivery).toMatchObject({ n: 5, missing: { notInteger: 1, invalid: 0 } });
    expect(delivery?.mean).toBeCloseTo(19 / 5, 12);
  });

  it('takes --encoding and --delimiter over detection', async () => {
    const forced = await report(['fixtures/input/semicolon-cp1257-latvian.csv', '--encoding', 'windows-1250', '--delimiter', ';']);
    expect(forced.input.files[0]).toMatchObject({ encoding: 'windows-1250', delimiter: ';' });
    // Read in the wrong code page, "Piegādes" comes out mangled: the flag was obeyed.
    expect(forced.columns[1]?.name).not.toBe('Piegādes ātrums (1-5)');
  });

  it('reads an Excel "Don’t know" in windows-1252 (0x92, a curly apostrophe) as a non-answer: the column is scored without it', async () => {
    // Node 20's TextDecoder read 0x92 as U+0092, a control character: "Don't know" was no longer
    // known, and the delivery column, half numbers and half unknown text, was left unscored.
    const r = await report(['fixtures/input/cp1252-curly-apostrophe-dont-know.csv']);
    expect(r.input.files[0]).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: 8, rowsUsed: 8, skipped: [] });
    expect(r.columns[1]).toMatchObject({ name: 'Delivery speed (1-5)', role: 'item', dimension: 'delivery' });
    const delivery = item(r, 'Delivery speed (1-5)');
    expect(delivery).toMatchObject({ n: 6, missing: { blank: 0, notApplicable: 2, outOfScale: 0, notInteger: 0, invalid: 0 } });
    expect(delivery?.mean).toBeCloseTo(DELIVERY_MEAN, 12);
    expect(r.dimensions.delivery).toMatchObject({ n: 6, missing: { notApplicable: 2, invalid: 0 } });
    const inspected = JSON.parse((await runInProcess(['inspect', 'fixtures/input/cp1252-curly-apostrophe-dont-know.csv', '--format', 'json'])).stdout) as InspectReport;
    expect(inspected.columns[1]?.samples).toContain('Don’t know');
    expect(inspected.columns[4]?.samples).toEqual(['Price in € was fair – “great”', 'Didn’t order for delivery', 'Late — again']);
  });
});

describe('platform shapes are recognised', () => {
  it.each([
    ['qualtrics-3-header-rows.csv', 'qualtrics', 3, 8, 7, [{ reason: 'partial', count: 1, firstLines: [10] }]],
    ['qualtrics-2016-single-quote-importid.csv', 'qualtrics', 3, 6, 6, []],
    ['qualtrics-legacy-trailing-comma.csv', 'qualtrics', 2, 6, 6, []],
    ['qualtrics-nps-group-column.csv', 'qualtrics', 3, 6, 6, []],
    ['qualtrics-one-header-row-choice-text.csv', 'qualtrics', 1, 9, 6, [{ reason: 'partial', count: 1, firstLines: [4] }, { reason: 'preview', count: 1, firstLines: [6] }, { reason: 'spam', count: 1, firstLines: [10] }]],
    ['qualtrics-one-header-row-numeric-codes.csv', 'qualtrics', 1, 10, 6, [{ reason: 'preview', count: 2, firstLines: [3, 8] }, { reason: 'partial', count: 1, firstLines: [5] }, { reason: 'spam', count: 1, firstLines: [11] }]],
    ['generic-four-qualtrics-names-finished-1-0.csv', 'generic', 1, 6, 6, []],
    ['generic-lms-name-status-progress-finished.csv', 'generic', 1, 6, 6, []],
    ['surveymonkey-2-header-rows.csv', 'surveymonkey', 2, 6, 6, []],
    ['surveymonkey-account-language-spanish.csv', 'surveymonkey', 2, 6, 6, []],
    ['google-forms-horodateur-grid.csv', 'google-forms', 1, 6, 6, []],
    ['typeform-hash-html.csv', 'typeform', 1, 6, 6, []],
    ['typeform-response-type-partial-stage-date.csv', 'typeform', 1, 8, 6, [{ reason: 'partial', count: 2, firstLines: [4, 9] }]],
    ['typeform-stage-date-without-submit-date.csv', 'typeform', 1, 6, 6, []],
    ['limesurvey-semicolon-bom-codes.csv', 'limesurvey', 1, 7, 6, [{ reason: 'partial', count: 1, firstLines: [8] }]],
    ['limesurvey-code-and-question-text-headings.csv', 'limesurvey', 1, 7, 6, [{ reason: 'partial', count: 1, firstLines: [8] }]],
    ['limesurvey-question-text-headings-en.csv', 'limesurvey', 1, 7, 6, [{ reason: 'partial', count: 1, firstLines: [8] }]],
    ['limesurvey-question-text-headings-de.csv', 'limesurvey', 1, 7, 6, [{ reason: 'partial', count: 1, firstLines: [8] }]],
    ['limesurvey-question-text-headings-fr.csv', 'limesurvey', 1, 7, 6, [{ reason: 'partial', count: 1, firstLines: [8] }]],
    ['kobotoolbox-semicolon.csv', 'kobotoolbox', 1, 6, 6, []],
    ['kobotoolbox-geopoint-and-meta-group.csv', 'kobotoolbox', 1, 6, 6, []],
    ['formbricks-quote-prefix.csv', 'formbricks', 1, 8, 7, [{ reason: 'partial', count: 1, firstLines: [9] }]],
    ['microsoft-forms-english.csv', 'microsoft-forms', 1, 6, 6, []],
    ['microsoft-forms-french.csv', 'microsoft-forms', 1, 6, 6, []],
  ])('%s: %s, %d header rows', async (fixture, platform, headerRows, rows, rowsUsed, skipped) => {
    const r = await report([`fixtures/input/${fixture}`]);
    expect(r.input.files[0]).toMatchObject({ platform, headerRows, rows, rowsUsed, skipped });
    expect(r.respondents).toBe(rowsUsed);
    expect(r.nps).not.toBeNull();
  });

  it('Qualtrics: question text from row 2, metadata ignored, -99 not applicable, partial kept with --include-partial', async () => {
    const r = await report(['fixtures/input/qualtrics-3-header-rows.csv']);
    expect(r.columns.filter((c) => c.role === 'ignored').map((c) => c.name)).toEqual(['StartDate', 'EndDate', 'Status', 'Progress', 'Finished', 'UserLanguage']);
    expect(r.columns.find((c) => c.name === 'ResponseId')?.role).toBe('id');
    expect(r.columns.find((c) => c.name === 'RecordedDate')?.role).toBe('timestamp');
    expect(item(r, 'Q1')).toMatchObject({ question: 'How satisfied are you with the speed of delivery?', dimension: 'delivery', n: 6, missing: { notApplicable: 1 } });
    const all = await report(['fixtures/input/qualtrics-3-header-rows.csv', '--include-partial']);
    expect(all.input.files[0]).toMatchObject({ rows: 8, rowsUsed: 8, skipped: [] });
    expect(item(all, 'Q1')?.n).toBe(7);
  });

  it.each([
    ['qualtrics-one-header-row-choice-text.csv', [['RecordedDate', 'timestamp'], ['ResponseId', 'id']]],
    ['qualtrics-one-header-row-numeric-codes.csv', [['ResponseID', 'id'], ['EndDate', 'timestamp']]],
  ])('Qualtrics with one header row (%s): metadata ignored, the NPS group derived from its question, previews and spam left out even with --include-partial', async (fixture, own) => {
    const r = await report([`fixtures/input/${fixture}`]);
    expect(r.columns.filter((c) => c.role !== 'ignored').map((c) => [c.name, c.role])).toEqual([...own, ['Delivery_speed', 'item'], ['Recommend', 'nps']]);
    expect(r.columns.find((c) => c.name === 'Recommend_NPS_GROUP')?.evidence.join(' ')).toMatch(/^derived from "Recommend"/);
    expect(item(r, 'Delivery_speed')?.mean).toBeCloseTo(DELIVERY_MEAN, 12);
    expect(r.nps?.score).toBeCloseTo(NPS, 12);
    const all = await report([`fixtures/input/${fixture}`, '--include-partial']);
    expect(all.input.files[0]?.skipped.map((s) => s.reason)).toEqual(['preview', 'spam']);
  });

  it("Qualtrics: the NPS question's group code (Q2_NPS_GROUP, 1-3) is derived from its answer, not an item", async () => {
    const r = await report(['fixtures/input/qualtrics-nps-group-column.csv']);
    expect(r.columns.slice(5).map((c) => [c.name, c.role])).toEqual([['Q1', 'item'], ['Q2', 'nps'], ['Q2_NPS_GROUP', 'ignored']]);
    expect(r.columns[7]?.evidence.join(' ')).toContain('promoter/passive/detractor group');
    expect(r.items.map((i) => i.column)).toEqual(['Q1', 'Q2']);
  });

  it('Qualtrics legacy: the trailing comma drops an empty column, V1..Vn take their labels', async () => {
    const r = await report(['fixtures/input/qualtrics-legacy-trailing-comma.csv']);
    expect(r.columns.map((c) => c.name)).toEqual(['ResponseID', 'ResponseSet', 'StartDate', 'EndDate', 'Finished', 'Q1', 'Q2']);
    expect(r.input.files[0]?.notes).toContain('a delimiter ends every line: the empty last column is dropped');
    expect(item(r, 'Q1')?.mean).toBeCloseTo(DELIVERY_MEAN, 12);
  });

  it("variables' names over their labels make two header rows; names over a respondent's answers stay one", async () => {
    const two = await report(['fixtures/detection/variable-names-over-their-labels-de.csv']);
    expect(two.input.files[0]).toMatchObject({ platform: 'generic', headerRows: 2, rows: 40, rowsUsed: 40 });
    expect(two.columns.map((c) => [c.name, c.question])).toEqual([
      ['LFDN', 'Laufende Nummer'],
      ['S2', 'Region'],
      ['F1', 'Wie zufrieden sind Sie insgesamt mit uns? (1-5)'],
      ['F2_1', 'Pünktlichkeit der Lieferung (1-5)'],
      ['F2_2', 'Freundlichkeit des Kundenservice (1-5)'],
      ['F3', 'Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)'],
    ]);
    // Names without numbers over their labels, as an agency names its variables (a cold review): two header rows still.
    const named = join(mkdtempSync(join(tmpdir(), 'satisfy-named-')), 'named.csv');
    writeFileSync(named, `${['lfdn,geschlecht,zufr_ges,empf', 'Laufende Nummer,Geschlecht der befragten Person,Wie zufrieden sind Sie insgesamt mit uns? (1-5),Wie wahrscheinlich ist es dass Sie uns weiterempfehlen? (0-10)', ...Array.from({ length: 12 }, (_, i) => `${i + 1},${i % 2 === 0 ? 'w' : 'm'},${1 + (i % 5)},${i % 11}`)].join('\n')}\n`);
    const labelled = JSON.parse(runCli(['report', named, '--format', 'json']).stdout) as Report;
    expect(labelled.input.files[0]).toMatchObject({ headerRows: 2, rowsUsed: 12 });
    expect(labelled.csat?.column).toBe('zufr_ges');
    // A first respondent who answered in words, one answer twice: no labels of questions.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-codes-'));
    const answers = join(dir, 'answers.csv');
    const rows = ['q1,q2,q3,q4', 'Neither satisfied nor dissatisfied,Very satisfied,Neither agree nor disagree,Very satisfied', ...Array.from({ length: 20 }, (_, i) => ['Satisfied', 'Very satisfied', 'Agree', 'Strongly agree'].map((a, j) => (i + j) % 2 === 0 ? a : 'Dissatisfied').join(','))];
    writeFileSync(answers, `${rows.join('\n')}\n`);
    const one = JSON.parse(runCli(['report', answers, '--format', 'json']).stdout) as Report;
    expect(one.input.files[0]).toMatchObject({ headerRows: 1, rowsUsed: 21 });
    // A form's own words over a first respondent who wrote sentences (a cold review): no labels either, and no address made a question.
    const form = join(dir, 'form.csv');
    writeFileSync(form, `${['name,email,feedback,suggestions', 'Anna Smith,anna@example.com,The delivery was late again,Please add more sizes to the shop', ...Array.from({ length: 10 }, (_, i) => `P${i},p${i}@example.com,Fine thanks,None`)].join('\n')}\n`);
    const read = JSON.parse(runCli(['report', form, '--format', 'json']).stdout) as Report;
    expect(read.input.files[0]).toMatchObject({ headerRows: 1, rowsUsed: 11 });
    expect(JSON.stringify(read.columns)).not.toContain('anna@example.com');
  });

  it('a row of facts about the file above the header, three side by side, is left out and labels no column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-facts-'));
    const file = join(dir, 'facts.csv');
    const names = ['Respondent', 'Overall satisfaction (1-5)', 'Speed', 'Friendliness', 'Value for money', 'Ease of use', 'Reliability', 'Knowledge', 'Courtesy', 'Follow-up'];
    const rows = Array.from({ length: 12 }, (_, i) => [`R${i}`, ...names.slice(1).map((_, j) => String(1 + ((i + j) % 5)))].join(','));
    writeFileSync(file, `Customer survey results${','.repeat(9)}\n${','.repeat(9)}\nClient: Acme,Wave 3,Courier delivery drivers${','.repeat(7)}\n${names.join(',')}\n${rows.join('\n')}\n`);
    const read = JSON.parse(runCli(['inspect', file, '--format', 'json']).stdout) as InspectReport;
    expect(read.input.files[0]?.headerLine).toBe(4);
    // "Knowledge" and "Follow-up" were items of delivery, under the label "Courier delivery drivers" (a cold review).
    expect(read.columns.filter((c) => c.name === 'Knowledge' || c.name === 'Follow-up').map((c) => c.dimension)).toEqual([null, null]);
  });

  it('a question above its first column and options in row 2 (any platform saved through Excel) make two header rows', async () => {
    const r = await report(['fixtures/input/two-header-rows-question-over-options.csv']);
    expect(r.input.files[0]).toMatchObject({ platform: 'generic', headerRows: 2, rows: 12, rowsUsed: 12, skipped: [] });
    expect(r.columns.map((c) => [c.name, c.role])).toEqual([
      ['Which channels do you use? - E-mail', 'option'],
      ['Which channels do you use? - Phone', 'option'],
      ['Which channels do you use? - Chat', 'option'],
      ['Please rate our service - Delivery speed', 'item'],
      ['Please rate our service - Friendliness of staff', 'item'],
      ['Please rate our service - Value for money', 'item'],
    ]);
    expect(r.dimensions.delivery?.items).toEqual(['Please rate our service - Delivery speed']);
    expect(r.dimensions.pricing?.items).toEqual(['Please rate our service - Value for money']);
  });

  it('SurveyMonkey: a matrix question names each of its columns', async () => {
    const r = await report(['fixtures/input/surveymonkey-2-header-rows.csv']);
    expect(r.columns.slice(5).map((c) => [c.name, c.question])).toEqual([
      ['How satisfied are you with our delivery? - Speed', 'How satisfied are you with our delivery?'],
      ['How satisfied are you with our delivery? - Condition', 'How satisfied are you with our delivery?'],
      ['How likely are you to recommend us?', 'How likely are you to recommend us?'],
    ]);
    expect(r.dimensions.delivery?.items).toHaveLength(2);
    expect(r.columns[0]?.role).toBe('id');
  });

  it("SurveyMonkey in the account's language: translated metadata are not answers, row 2's Respuesta and Otro (especifique) read as in English", async () => {
    const r = await report(['fixtures/input/surveymonkey-account-language-spanish.csv']);
    expect(r.columns.slice(0, 6).map((c) => c.role)).toEqual(['id', 'ignored', 'ignored', 'timestamp', 'ignored', 'ignored']);
    expect(r.columns.slice(6).map((c) => [c.name, c.role])).toEqual([
      ['¿Qué tan satisfecho está con la entrega? - Rapidez', 'item'],
      ['¿Qué tan satisfecho está con la entrega? - Estado del paquete', 'item'],
      ['¿Qué tan probable es que nos recomiende?', 'nps'],
      ['¿Cómo nos conoció?', 'segment'],
      ['¿Cómo nos conoció? - Otro (especifique)', 'comment'],
      ['¿Algo más que quiera comentarnos?', 'comment'],
    ]);
    expect(r.comments?.columns.map((c) => [c.column, c.kind])).toEqual([
      ['¿Cómo nos conoció? - Otro (especifique)', 'other'],
      ['¿Algo más que quiera comentarnos?', 'comment'],
    ]);
  });

  it('--platform surveymonkey reads two header rows even where their words are not known', async () => {
    const r = await report(['fixtures/input/two-header-rows-question-over-options.csv', '--platform', 'surveymonkey']);
    expect(r.input.files[0]).toMatchObject({ platform: 'surveymonkey', headerRows: 2, rows: 12, rowsUsed: 12 });
    expect(r.columns[0]?.name).toBe('Which channels do you use? - E-mail');
  });

  it('KoboToolbox: a geopoint, the meta group (meta/instanceID, meta/instanceName) and __version__ are metadata, not comments', async () => {
    const r = await report(['fixtures/input/kobotoolbox-geopoint-and-meta-group.csv']);
    expect(r.columns.filter((c) => c.role !== 'ignored').map((c) => [c.name, c.role])).toEqual([['delivery_speed', 'item'], ['recommend', 'nps'], ['comment', 'comment'], ['_id', 'id'], ['_submission_time', 'timestamp']]);
    expect(r.columns.find((c) => c.name === 'gps')?.evidence.join(' ')).toContain('geopoints');
    expect(r.comments?.columns.map((c) => c.column)).toEqual(['comment']);
  });

  it('LimeSurvey: lastpage and startlanguage are metadata, with codes or codes and question text as headings', async () => {
    const codes = await report(['fixtures/input/limesurvey-semicolon-bom-codes.csv']);
    expect(codes.columns.slice(0, 4).map((c) => [c.name, c.role])).toEqual([['id', 'id'], ['submitdate', 'timestamp'], ['lastpage', 'ignored'], ['startlanguage', 'ignored']]);
    const headings = await report(['fixtures/input/limesurvey-code-and-question-text-headings.csv']);
    expect(headings.columns.slice(0, 4).map((c) => c.role)).toEqual(['id', 'timestamp', 'ignored', 'ignored']);
    // The heading stays the column's name; the text after the code is its question, which the keywords are read from.
    expect(headings.columns.slice(4).map((c) => [c.name, c.question, c.role, c.dimension])).toEqual([
      ['G01Q01[SQ001]. Wie zufrieden sind Sie mit unserer Lieferung? [Liefergeschwindigkeit (1-5)]', 'Wie zufrieden sind Sie mit unserer Lieferung? [Liefergeschwindigkeit (1-5)]', 'item', 'delivery'],
      ['G02Q02. Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)', 'Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)', 'nps', null],
      ['G03Q03. Was können wir verbessern?', 'Was können wir verbessern?', 'comment', null],
    ]);
  });

  it('Google Forms: the translated timestamp and the e-mail column are not answers', async () => {
    const r = await report(['fixtures/input/google-forms-horodateur-grid.csv']);
    expect(r.columns.slice(0, 2).map((c) => c.role)).toEqual(['timestamp', 'ignored']);
    expect(r.dimensions.delivery?.items).toEqual(['Satisfaction with our service [Delivery speed]', 'Satisfaction with our service [Packaging]']);
  });

  it('Typeform: HTML is stripped from the question text', async () => {
    const r = await report(['fixtures/input/typeform-hash-html.csv']);
    expect(r.columns[1]?.question).toBe('How satisfied are you with the speed of delivery? (1-5)');
    expect(r.columns.map((c) => c.role)).toEqual(['id', 'item', 'nps', 'ignored', 'timestamp', 'ignored']);
  });

  it('Typeform: a partial Response Type is unfinished; the submit date, not the stage date, is the timestamp', async () => {
    const r = await report(['fixtures/input/typeform-response-type-partial-stage-date.csv']);
    expect(r.columns.slice(3).map((c) => [c.name, c.role])).toEqual([
      ['Response Type', 'ignored'],
      ['Start Date (UTC)', 'ignored'],
      ['Stage Date (UTC)', 'ignored'],
      ['Submit Date (UTC)', 'timestamp'],
      ['Network ID', 'ignored'],
      ['Tags', 'ignored'],
    ]);
    expect(item(r, 'How satisfied are you with the speed of delivery? (1-5)')?.mean).toBeCloseTo(DELIVERY_MEAN, 12);
    const all = await report(['fixtures/input/typeform-response-type-partial-stage-date.csv', '--include-partial']);
    expect(all.input.files[0]).toMatchObject({ rows: 8, rowsUsed: 8, skipped: [] });
  });

  it('Typeform: without a submit date, the stage date is the timestamp', async () => {
    const r = await report(['fixtures/input/typeform-stage-date-without-submit-date.csv', '--period', 'month']);
    expect(r.columns.slice(3).map((c) => [c.name, c.role])).toEqual([
      ['Start Date (UTC)', 'ignored'],
      ['Stage Date (UTC)', 'timestamp'],
      ['Network ID', 'ignored'],
    ]);
    expect(r.periods.map((p) => [p.period, p.respondents])).toEqual([['2026-01', 2], ['2026-02', 2], ['2026-03', 2]]);
  });

  it("Formbricks: '-1 is the number -1, not text: the code of a missing answer on a 1-5 scale", async () => {
    const r = await report(['fixtures/input/formbricks-quote-prefix.csv']);
    expect(r.items[0]?.missing).toMatchObject({ notApplicable: 1, outOfScale: 0, invalid: 0 });
    expect(r.columns[10]?.missingCodes).toEqual(['-1']);
  });

  it.each(['microsoft-forms-english.csv', 'microsoft-forms-french.csv'])('Microsoft Forms (%s): ID is the id, the completion time the timestamp, the rest of its columns not answers', async (fixture) => {
    const r = await report([`fixtures/input/${fixture}`]);
    expect(r.columns.map((c) => c.role)).toEqual(['id', 'ignored', 'timestamp', 'ignored', 'ignored', 'ignored', 'item', 'nps']);
    expect(r.columns[3]?.evidence.join(' ')).toContain('respondent e-mail');
    expect(r.columns[4]?.evidence.join(' ')).toContain('respondent name');
  });

  it('--platform forces a shape', async () => {
    const r = await report(['fixtures/input/utf8-bom.csv', '--platform', 'typeform']);
    expect(r.input.files[0]?.platform).toBe('typeform');
  });
});

describe('sources', () => {
  it('reads several files of one survey as one report, whatever their column order', async () => {
    const r = await report(['fixtures/input/several-files-part-1.csv', 'fixtures/input/several-files-part-2-reordered.csv']);
    expect(r.respondents).toBe(6);
    expect(r.input.files.map((f) => f.rows)).toEqual([3, 3]);
    expect(item(r, 'Delivery speed (1-5)')?.mean).toBeCloseTo(DELIVERY_MEAN, 12);
    expect(r.nps?.score).toBeCloseTo(NPS, 12);
  });

  it('reads each file in its own format', async () => {
    // Part 2 is semicolon-separated and writes 4.5 as "4,5": with its own format that is a number
    // (not an integer on 1-5), not unreadable text as it would be in part 1's comma format.
    const r = await report(['fixtures/input/several-files-part-1.csv', 'fixtures/input/several-files-part-2-semicolon-decimal-comma.csv']);
    expect(r.input.files.map((f) => f.delimiter)).toEqual([',', ';']);
    expect(item(r, 'Delivery speed (1-5)')).toMatchObject({ n: 5, missing: { notInteger: 1, invalid: 0 } });
  });

  it('refuses files of different surveys, naming the difference', () => {
    const result = runCli(['report', 'fixtures/input/several-files-part-1.csv', 'fixtures/input/several-files-other-survey.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'satisfy: error: the columns differ from those of fixtures/input/several-files-part-1.csv: missing "Delivery speed (1-5)", "Had a problem?", "How likely are you to recommend us? (0-10)", "Comment"; extra "Price (1-5)" (fixtures/input/several-files-other-survey.csv)\nhint: every file of one report must be an export of the same survey\n',
    );
  });

  it('reads standard input for -', () => {
    const result = spawnSync(process.execPath, ['bin/satisfy.js', 'report', '-', '--format', 'json'], { cwd: ROOT, input: readFileSync(join(ROOT, 'fixtures/input/utf16le-bom.csv')), encoding: 'utf8' });
    expect(result.status).toBe(0);
    const r = JSON.parse(result.stdout) as Report;
    expect(r.input.files[0]).toMatchObject({ path: '-', encoding: 'utf-16le', rows: 6 });
  });

  it('decodes a character split across two reads', async () => {
    // 'ż' is two bytes in UTF-8; put its first byte last in the first 1 MiB read.
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-boundary-'));
    const header = 'id,Delivery speed (1-5),Comment\n';
    // header + '1,4,' + x… + '\n' + '2,5,' puts 'ż' at byte 2^20 - 1.
    const padding = `1,4,${'x'.repeat((1 << 20) - Buffer.byteLength(header) - 10)}\n`;
    const text = `${header}${padding}2,5,żółw ŻÓŁW\n`;
    expect(Buffer.from(text).subarray((1 << 20) - 1, (1 << 20) + 1).toString()).toBe('ż');
    writeFileSync(join(dir, 'boundary.csv'), text);
    const inspected = JSON.parse((await runInProcess(['inspect', join(dir, 'boundary.csv'), '--format', 'json'])).stdout) as InspectReport;
    expect(inspected.columns[2]?.samples[1]).toBe('żółw ŻÓŁW');
  });
});

describe('nothing is lost silently', () => {
  // excel-sep-line-semicolon-cp1252.csv warns of a row and an answer on purpose: tests/input/excel-sep-line.test.ts holds its counts and warnings.
  const fixtures = readdirSync(join(ROOT, 'fixtures/input')).filter((f) => !f.startsWith('binary-') && f !== 'several-files-other-survey.csv' && f !== 'excel-sep-line-semicolon-cp1252.csv');
  it.each(fixtures)('%s: rows == rowsUsed + sum(skipped)', async (fixture) => {
    for (const partial of [[], ['--include-partial']]) {
      const file = (await report([`fixtures/input/${fixture}`, ...partial])).input.files[0];
      expect(file?.rows).toBe((file?.rowsUsed ?? 0) + (file?.skipped ?? []).reduce((sum, s) => sum + s.count, 0));
    }
  });
});

describe('bad input', () => {
  it('reads a workbook named .csv as a workbook, and names it when it is damaged', () => {
    const result = runCli(['report', 'fixtures/input/binary-zip-named-csv.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('satisfy: error: cannot read the workbook: unexpected end of file (fixtures/input/binary-zip-named-csv.csv)\nhint: is the file complete? open it in Excel and save it again as .xlsx, or as CSV\n');
  });

  it('names a binary file', () => {
    const result = runCli(['report', 'fixtures/input/binary-zip-named-csv.csv', '--format-in', 'csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('satisfy: error: this looks like a binary file (it holds NUL bytes, 0x00, which no text export has), not a CSV export (fixtures/input/binary-zip-named-csv.csv)\nhint: satisfy reads CSV, Excel workbooks (.xlsx, .xlsm), SPSS files (.sav), JSON and Parquet files; save other files as CSV\n');
  });

  it('numbers duplicate column names so each can be named', async () => {
    const r = await report(['fixtures/input/duplicate-column-names.csv']);
    expect(r.columns.map((c) => c.name)).toEqual(['ID', 'Delivery speed (1-5)', 'Delivery speed (1-5) (2)', 'Recommend (0-10)']);
    expect(r.input.files[0]?.notes).toContain('column 3 repeats the name "Delivery speed (1-5)": called "Delivery speed (1-5) (2)"');
  });

  it('stops at an absurdly long field with a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-long-'));
    writeFileSync(join(dir, 'long.csv'), `id,Delivery speed (1-5),Comment\n1,4,ok\n2,5,"${'y'.repeat(17 * 1024 * 1024)}"\n`);
    const result = runCli(['report', join(dir, 'long.csv')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^satisfy: error: a record longer than 16 MiB: this is not a survey export, or a quote is never closed \(.*long\.csv:3\)\n$/);
  });

  it('names unknown --encoding, --delimiter and --platform values', () => {
    expect(runCli(['report', 'fixtures/input/utf8-bom.csv', '--encoding', 'klingon']).stderr).toMatch(/^satisfy: error: unknown encoding "klingon"\n/);
    expect(runCli(['report', 'fixtures/input/utf8-bom.csv', '--delimiter', ':']).stderr).toBe('satisfy: error: --delimiter takes one of , ; tab |, not ":"\n');
    expect(runCli(['report', 'fixtures/input/utf8-bom.csv', '--platform', 'paper']).stderr).toMatch(/^satisfy: error: unknown platform "paper"\n/);
  });
});
