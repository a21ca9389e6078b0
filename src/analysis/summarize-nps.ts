import { netPromoterScore } from '../stats/net-promoter-score.js';
import { explainNull } from './explain-null.js';
import type { ColumnModel } from '../survey/survey-model.js';
import type { AnswerTally } from './answer-tally.js';
import type { NpsSummary } from './report.js';

/** NPS of the recommend column: promoters 9-10, passives 7-8, detractors 0-6. Null with no answer. */
export function summarizeNps(column: ColumnModel, tally: AnswerTally, level: number): NpsSummary | null {
  const { values } = tally;
  const promoters = values.where((v) => v >= 9);
  const passives = values.where((v) => v >= 7 && v <= 8);
  const detractors = values.where((v) => v <= 6);
  const estimate = netPromoterScore({ promoters: promoters.weight, passives: passives.weight, detractors: detractors.weight }, level, values.effectiveN);
  if (estimate === null) return null;
  const group = ({ count, share }: { count: number; share: number }) => ({ count, share });
  const nullReasons: Record<string, string> = {};
  if (estimate.ci === null) explainNull(nullReasons, 'needs at least 2 valid answers', 'moe', 'ci');
  return {
    column: column.name,
    ...(column.enps === true ? { label: 'eNPS' as const } : {}),
    n: values.n,
    effectiveN: values.effectiveN,
    score: estimate.score,
    moe: estimate.moe,
    ci: estimate.ci,
    promoters: group(promoters),
    passives: group(passives),
    detractors: group(detractors),
    missing: { ...tally.missing },
    nullReasons,
  };
}
