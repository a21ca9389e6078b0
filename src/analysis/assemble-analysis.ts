import type { SkipReason } from '../input/read-csv.js';
import type { LanguageOf } from '../survey/comment-language.js';
import type { SurveyModel } from '../survey/survey-model.js';
import { SurveyAnalysis, type AnalysisOptions, type ImpactTesting, type RowAnalysis } from './analyze-survey.js';
import { AttentionChecks, type AttentionOptions } from './attention-checks.js';
import { ConsentGate } from './consent-gate.js';
import { DateWindow, type WindowOptions } from './date-window.js';
import { PeriodAnalysis, type PeriodOptions } from './period-analysis.js';
import { SegmentedAnalysis, type SegmentOptions } from './segmented-analysis.js';

/** How the rows of a survey are analysed: the whole sample, and any breakdown and date window. Plain data, so a shard's state can carry it. */
export interface AnalysisPlan {
  confidenceLevel: number;
  /** The outcome column of the key drivers (--outcome), or undefined for the default. */
  outcome?: number | null;
  segments: SegmentOptions | null;
  periods: PeriodOptions | null;
  window: WindowOptions | null;
  /** The survey's attention checks and whether their failures are left out; null (or absent, in a shard of an earlier satisfy) when it has none. */
  attention?: AttentionOptions | null;
  /** False with --no-redact: verbatims show comments as written (absent: masked). */
  redact?: boolean;
  /** How the impact of comment themes is tested (--min-base, --adjust); absent, as by default. */
  tests?: ImpactTesting;
  /** False: no row coded whole (see AnalysisOptions.codeWhole); for the tests that compare. */
  codeWhole?: boolean;
}

/**
 * The analysis a plan describes: the whole sample, broken down by segment (--by), by period
 * (--period), kept within a date window (--since/--until), and its attention checks counted
 * (rows failing one left out with --drop-inattentive, `onLeftOut` told), each wrapping the one before;
 * outermost, the respondents who declined the consent question that opens the survey left out
 * (`onLeftOut` told, with the reason).
 * `languageOf` tells the language of comments: needed to add rows of a survey with comment columns.
 */
export function assembleAnalysis(model: SurveyModel, plan: AnalysisPlan, onProblem?: AnalysisOptions['onProblem'], onOutOfScale?: AnalysisOptions['onOutOfScale'], onLeftOut?: (line: number, reason: SkipReason) => void, languageOf?: LanguageOf): RowAnalysis {
  // The whole sample's analysis; the copies made for segments and periods keep less of the comments (see AnalysisScope).
  const overall = new SurveyAnalysis(model, { confidenceLevel: plan.confidenceLevel, outcome: plan.outcome, onProblem, onOutOfScale, redactComments: plan.redact !== false, ...(plan.tests === undefined ? {} : { tests: plan.tests }), ...(plan.codeWhole === undefined ? {} : { codeWhole: plan.codeWhole }), ...(languageOf === undefined ? {} : { languageOf }) }, undefined, 'sample');
  const segmented = plan.segments === null ? overall : new SegmentedAnalysis(overall, plan.segments);
  const periodic = plan.periods === null ? segmented : new PeriodAnalysis(segmented, overall, plan.periods);
  const windowed = plan.window === null ? periodic : new DateWindow(periodic, plan.window);
  const attention = plan.attention ?? null;
  const checked = attention === null ? windowed : new AttentionChecks(windowed, model, attention, (line) => onLeftOut?.(line, 'inattentive'));
  return model.columns.some((c) => c.consentGate === true) ? new ConsentGate(checked, model, (line) => onLeftOut?.(line, 'declinedConsent')) : checked;
}
