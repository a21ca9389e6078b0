import type { SurveyModel } from '../survey/survey-model.js';
import { SurveyAnalysis, type AnalysisOptions, type RowAnalysis } from './analyze-survey.js';
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
}

/**
 * The analysis a plan describes: the whole sample, broken down by segment (--by), by period
 * (--period), and kept within a date window (--since/--until), each wrapping the one before.
 */
export function assembleAnalysis(model: SurveyModel, plan: AnalysisPlan, onProblem?: AnalysisOptions['onProblem'], onOutOfScale?: AnalysisOptions['onOutOfScale']): RowAnalysis {
  const overall = new SurveyAnalysis(model, { confidenceLevel: plan.confidenceLevel, outcome: plan.outcome, onProblem, onOutOfScale });
  const segmented = plan.segments === null ? overall : new SegmentedAnalysis(overall, plan.segments);
  const periodic = plan.periods === null ? segmented : new PeriodAnalysis(segmented, overall, plan.periods);
  return plan.window === null ? periodic : new DateWindow(periodic, plan.window);
}
