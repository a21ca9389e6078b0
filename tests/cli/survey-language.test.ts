import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// The language `inspect` names for a survey, from its headers and answer labels. The English files
// here are those franc, which told it before ELD, called French (its French within 0.99 to 1.00 of
// English); the others are one export of each lexicon language but English, as Excel saves them.
const LANGUAGES: ReadonlyArray<[string, string]> = [
  ['fixtures/real/qualtrics/Questions_with_Text_Entry_Components.csv', 'en'],
  ['fixtures/json/formbricks-responses.csv', 'en'],
  ['fixtures/json/surveyjs-results.csv', 'en'],
  ['fixtures/choices/ranking-by-position.csv', 'en'],
  ['fixtures/real/limesurvey/informal-models-expert-survey-de.csv', 'de'],
  ['fixtures/languages/french-semicolon-cp1252.csv', 'fr'],
  ['fixtures/languages/german-semicolon-cp1252.csv', 'de'],
  ['fixtures/languages/latvian-semicolon-cp1257.csv', 'lv'],
  ['fixtures/languages/polish-semicolon-cp1250.csv', 'pl'],
  ['fixtures/languages/portuguese-semicolon-cp1252.csv', 'pt'],
  ['fixtures/languages/spanish-semicolon-cp1252.csv', 'es'],
];

describe('the survey language inspect names', () => {
  it.each(LANGUAGES)('%s is %s', (file, language) => {
    const { stdout, status } = runCli(['inspect', file, '--format', 'json']);
    expect(status).toBe(0);
    const found = (JSON.parse(stdout) as { language: { language: string | null; evidence: string } }).language;
    expect(found.language, found.evidence).toBe(language);
  });
});
