import { plainShape, type Platform, type PlatformShape, type RecognisePlatform } from './platform-shape.js';
import { recogniseQualtrics } from './qualtrics.js';
import { recogniseFormbricks, recogniseGoogleForms, recogniseKoboToolbox, recogniseLimeSurvey, recogniseMicrosoftForms, recogniseTypeform } from './simple-platforms.js';
import { recogniseSurveyMonkey } from './surveymonkey.js';
import { recogniseCodesOverQuestions, recogniseQuestionOverOptions } from './question-over-options.js';

export { PLATFORMS, type Platform, type PlatformShape } from './platform-shape.js';

/** Recognisers, most specific first; generic takes whatever is left. */
const RECOGNISERS: Array<[Platform, RecognisePlatform]> = [
  ['qualtrics', recogniseQualtrics],
  ['surveymonkey', recogniseSurveyMonkey],
  ['typeform', recogniseTypeform],
  ['limesurvey', recogniseLimeSurvey],
  ['kobotoolbox', recogniseKoboToolbox],
  ['formbricks', recogniseFormbricks],
  ['microsoft-forms', recogniseMicrosoftForms],
  ['google-forms', recogniseGoogleForms],
  ['generic', recogniseQuestionOverOptions],
  ['generic', recogniseCodesOverQuestions],
];

/** Number of records a recogniser may look at: the header rows and a little data. */
export const PLATFORM_SAMPLE = 3;

/**
 * The shape of an export from its first records, by the first platform that recognises it, or by
 * `forced` (`--platform`), whose shape is used even if it does not fit.
 */
export function recognisePlatform(records: readonly (readonly string[])[], forced?: Platform): PlatformShape {
  for (const [platform, recognise] of RECOGNISERS) {
    if (forced !== undefined && platform !== forced) continue;
    const shape = recognise(records, forced !== undefined);
    if (shape !== null) return shape;
  }
  return plainShape(forced ?? 'generic', records[0] ?? []);
}
