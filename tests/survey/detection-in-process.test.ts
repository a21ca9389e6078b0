import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

// tests/survey/detection-patterns.test.ts reads `satisfy inspect --format json` of its fixtures run
// in the test's own process from the sources (runInProcess). Here the built program, run as a user
// runs it, prints the same for fixtures of what either path could do otherwise: the language
// detector (packed in the bundle, as published from the sources), comments and their languages,
// platforms' header rows, a language without keywords, a file of many columns.
const FIXTURES = [
  'survey-in-a-language-without-keywords-it',
  'repeated-sentences-are-comments-pl',
  'anything-else-closing-question-short-answers-fr',
  'qualtrics-matrix-rows-tied-by-import-id',
  'kobo-select-multiple-exported-with-labels',
  'limesurvey-checkbox-code-and-text-de',
  'surveymonkey-grid-not-applicable-coded-after-1-to-10',
  'matrix-rows-after-a-colon-de',
];

describe('satisfy inspect in-process and as the built program', () => {
  it.each(FIXTURES)('print the same for %s', async (fixture) => {
    const args = ['inspect', `fixtures/detection/${fixture}.csv`, '--format', 'json'];
    const built = runCli(args);
    expect(built.status, built.stderr).toBe(0);
    expect(await runInProcess(args)).toEqual(built);
  });
});
