import type { CoMomentsState } from '../stats/co-moments.js';
import type { MomentsState } from '../stats/moments.js';
import type { InputFile } from '../input/read-csv.js';
import { timeZoneName } from '../text/parse-date.js';
import { RATED_ROLES, SCALED_ROLES, type SurveyModel } from '../survey/survey-model.js';
import { MAX_SCALE_POINTS, type Scale } from '../survey/scale.js';
import { SurveyAnalysis, type AnalysisScope, type AnalysisState, type SurveyState } from './analyze-survey.js';
import type { AnalysisPlan } from './assemble-analysis.js';
import type { ShardWhere } from './covering-shards.js';
import { fail, firstProblem, LARGEST, within, type DocumentProblem } from './document-problem.js';
import { COMMENT_EXCLUSIONS } from '../survey/code-comment.js';
import { COMMENT_LANGUAGES } from '../survey/comment-language.js';
import { VERBATIMS_PER_TONE, type CommentTallyState } from './comment-tally.js';
import { IMPACT_FIELDS, type ThemeImpactState } from './theme-impact.js';
import type { DimensionCombinations, DimensionCountsState } from './dimension-counts.js';
import { MAX_VERBATIM } from '../survey/read-comment.js';
import { COMMENT_TONES } from '../survey/tag-comment.js';
import { COMMENT_THEMES } from '../survey/comment-words/index.js';
import { WORD_LANGUAGES } from '../survey/comment-tokens.js';
import { WORD_CAPACITY, WORD_COUNTS, type CommentWordsState } from './comment-word-tally.js';
import { MAX_CATEGORIES, type CategoryTallyState } from './category-tally.js';
import { MAX_OPTIONS } from './ranking-tally.js';
import { MAX_SPELLINGS, type SpellingsState } from './spellings.js';
import { normalizeText } from '../text/normalize-text.js';
import { compareCodePoints } from '../text/compare-code-points.js';

/** A shard's state as a state file holds it, already of the shape its JSON Schema gives. */
export interface ShardParts {
  model: SurveyModel;
  plan: AnalysisPlan;
  files: InputFile[];
  analysis: AnalysisState;
  where?: ShardWhere;
}

/**
 * The first thing in a shard's state that the analysis could not load, or that contradicts the
 * rest: the schema gives its shape, this its ranges and consistency — columns and dimensions that
 * exist, scales with min below max, one tally per rated column with as many answers as rows,
 * accumulators of the sizes the survey gives, means within their scales, no count above the rows,
 * and nothing that is not a finite number. Null when the state is sound.
 */
export function checkShard(shard: ShardParts): DocumentProblem | null {
  return firstProblem(() => {
    finite(shard, '');
    checkModel(shard.model);
    checkPlan(shard.plan, shard.model);
    shard.files.forEach((file, i) => checkFile(file, `files[${i}]`));
    if (shard.where !== undefined) checkWhere(shard.where, shard.files.length);
    let survey: SurveyAnalysis;
    try {
      survey = new SurveyAnalysis(shard.model, { confidenceLevel: shard.plan.confidenceLevel, outcome: shard.plan.outcome });
    } catch (error) {
      fail('model', `not a survey satisfy can analyse (${(error as Error).message})`);
    }
    // AttentionChecks wraps every other layer when the survey has an attention check (assembleAnalysis).
    const levels = [shard.plan.attention === null || shard.plan.attention === undefined ? [] : ['attention'], shard.plan.window === null ? [] : ['window'], shard.plan.periods === null ? [] : ['periods'], shard.plan.segments === null ? [] : ['segmented'], ['survey']].flat();
    checkAnalysis(shard.analysis, levels, 'analysis', survey, shard.model);
  });
}

/** Every number finite: JSON reads 1e400 as Infinity. */
function finite(value: unknown, path: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) fail(path, 'must be a finite number');
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value)) finite(inner, Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`);
}

function wholeFrom(value: unknown, min: number, path: string, max = Number.MAX_SAFE_INTEGER): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail(path, `must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`);
}

function checkScale(scale: Scale, path: string): void {
  within(scale.min, -LARGEST, LARGEST, `${path}.min`);
  within(scale.max, -LARGEST, LARGEST, `${path}.max`);
  if (!(scale.min < scale.max)) fail(`${path}.max`, `must be above min (${scale.min})`);
  if (scale.max - scale.min + 1 > MAX_SCALE_POINTS) fail(`${path}.max`, `a scale of more than ${MAX_SCALE_POINTS} points is no rating`);
  if (scale.kind === 'binary' && (scale.min !== 0 || scale.max !== 1)) fail(path, 'a yes/no scale runs from 0 to 1');
}

function checkModel(model: SurveyModel): void {
  const { columns } = model;
  columns.forEach((column, i) => {
    const path = `model.columns[${i}]`;
    if (column.index !== i) fail(`${path}.index`, `must be ${i}, the column's place`);
    if (column.scale !== null) checkScale(column.scale, `${path}.scale`);
    else if (SCALED_ROLES.has(column.role)) fail(`${path}.scale`, `a column of role ${column.role} needs a scale`);
  });
  const column = (index: number | null, path: string, roles: readonly string[]) => {
    if (index === null) return;
    if (columns[index]?.role === undefined || !roles.includes(columns[index].role)) fail(path, `must be the index of a ${roles.join(' or ')} column`);
  };
  column(model.csat, 'model.csat', ['csat']);
  column(model.nps, 'model.nps', ['nps']);
  column(model.ces, 'model.ces', ['ces']);
  column(model.weight, 'model.weight', ['weight']);
  column(model.timestamp, 'model.timestamp', ['timestamp']);
  model.dimensions.forEach((dimension, i) => {
    if (model.dimensions.findIndex((d) => d.id === dimension.id) < i) fail(`model.dimensions[${i}].id`, `"${dimension.id}" is listed twice`);
    dimension.columns.forEach((index, j) => {
      // A column of problem categories (see CategoryTally) is listed with the items of the complaints dimension.
      if (dimension.id === 'complaints' && columns[index]?.role === 'segment' && columns[index].dimension === 'complaints') return;
      column(index, `model.dimensions[${i}].columns[${j}]`, [...RATED_ROLES]);
    });
  });
}

function checkPlan(plan: AnalysisPlan, model: SurveyModel): void {
  within(plan.confidenceLevel, 0.8, 0.999, 'plan.confidenceLevel');
  if (plan.outcome !== undefined && plan.outcome !== null && !RATED_ROLES.has(model.columns[plan.outcome]?.role ?? 'unknown')) fail('plan.outcome', 'must be the index of a rated column');
  const named = (column: { index: number; name: string }, path: string) => {
    if (model.columns[column.index]?.name !== column.name) fail(path, `must name column ${column.index} of the model`);
  };
  const { segments, periods, window } = plan;
  if (segments !== null) {
    if (segments.columns.length < 1 || segments.columns.length > 2) fail('plan.segments.columns', 'a breakdown is by one column or two');
    segments.columns.forEach((c, i) => named(c, `plan.segments.columns[${i}]`));
    wholeFrom(segments.minBase, 1, 'plan.segments.minBase');
    if (segments.top !== null) wholeFrom(segments.top, 1, 'plan.segments.top');
    within(segments.confidenceLevel, 0.8, 0.999, 'plan.segments.confidenceLevel');
  }
  for (const [dated, path] of [[periods, 'plan.periods'], [window, 'plan.window']] as const) {
    if (dated === null) continue;
    named(dated.column, `${path}.column`);
    if (timeZoneName(dated.timeZone) === null) fail(`${path}.timeZone`, `"${dated.timeZone}" is no IANA time zone`);
  }
  if (periods !== null) within(periods.confidenceLevel, 0.8, 0.999, 'plan.periods.confidenceLevel');
  if (plan.tests !== undefined) wholeFrom(plan.tests.minBase, 1, 'plan.tests.minBase');
  if (window !== null) for (const key of ['since', 'until'] as const) if (window[key] !== null && !/^\d{4}-\d{2}-\d{2}$/.test(window[key])) fail(`plan.window.${key}`, 'must be a day written YYYY-MM-DD, or null');
}

function checkWhere(where: ShardWhere, files: number): void {
  if (where.conditions.length === 0) fail('where.conditions', 'must hold the --where conditions the rows were kept by');
  if (where.sha256.length !== files) fail('where.sha256', `must hold one digest per file (${files}), not ${where.sha256.length}`);
  where.sha256.forEach((digest, i) => {
    if (!/^[0-9a-f]{64}$/.test(digest)) fail(`where.sha256[${i}]`, 'must be a SHA-256 written as 64 hexadecimal digits');
  });
}

function checkFile(file: InputFile, path: string): void {
  const skipped = file.skipped.reduce((sum, s) => sum + s.count, 0);
  if (file.rowsUsed > file.rows) fail(`${path}.rowsUsed`, `is more than the rows read (${file.rows})`);
  if (file.rowsUsed + skipped !== file.rows) fail(`${path}.rows`, `must be the rows used and the rows skipped (${file.rowsUsed} + ${skipped}), not ${file.rows}`);
}

/**
 * The analysis's state, level by level as the plan builds it: window, periods, segments, the
 * survey. `scope`: whose analysis the state is of, which tells what it keeps of the comments (see
 * AnalysisScope).
 */
function checkAnalysis(state: AnalysisState, levels: readonly string[], path: string, survey: SurveyAnalysis, model: SurveyModel, scope: AnalysisScope = 'sample'): void {
  const [level, ...inner] = levels;
  if (state.kind !== level) fail(`${path}.kind`, `must be "${level}", as the plan says`);
  if (state.kind === 'attention') {
    state.counts.forEach((c, i) => (['passed', 'failed', 'unanswered'] as const).forEach((k) => wholeFrom(c[k], 0, `${path}.counts[${i}].${k}`)));
    wholeFrom(state.failedAny, 0, `${path}.failedAny`);
    wholeFrom(state.rows, 0, `${path}.rows`);
    checkAnalysis(state.inner, inner, `${path}.inner`, survey, model, scope);
  }
  if (state.kind === 'window') checkAnalysis(state.inner, inner, `${path}.inner`, survey, model, scope);
  if (state.kind === 'periods') {
    checkAnalysis(state.overall, inner, `${path}.overall`, survey, model, scope);
    state.periods.forEach((p, i) => checkSurvey(p.state, `${path}.periods[${i}].state`, survey, model, 'group'));
    state.undecided.forEach((u, i) => checkAnalysis(u.state, ['survey'], `${path}.undecided[${i}].state`, survey, model, 'group'));
  }
  if (state.kind === 'segmented') {
    state.segments.forEach(([value, segment], i) => {
      if (state.segments.findIndex(([v]) => v === value) < i) fail(`${path}.segments[${i}][0]`, `the segment "${value}" is listed twice`);
      checkSurvey(segment, `${path}.segments[${i}][1]`, survey, model, 'segment');
    });
    if (state.pooled !== undefined) {
      checkSurvey(state.pooled, `${path}.pooled`, survey, model, 'segment');
      if (state.pooled.kind === 'survey' && state.pooled.rows !== state.pooledEarly) fail(`${path}.pooledEarly`, `must be ${state.pooled.rows}, the rows of pooled`);
    }
    const parts = state.pooled === undefined ? state.segments.map(([, segment]) => segment) : [...state.segments.map(([, segment]) => segment), state.pooled];
    const comments = survey.scorer.comments.map((_, c) => parts.reduce((sum, segment) => sum + (segment.kind === 'survey' ? (segment.comments?.[c]?.comments[0] ?? 0) : 0), 0));
    checkWordStates(state.words, `${path}.words`, scope === 'sample', comments);
  }
  if (state.kind === 'survey') checkSurvey(state, path, survey, model, scope);
}

function checkSurvey(saved: AnalysisState, path: string, survey: SurveyAnalysis, model: SurveyModel, scope: AnalysisScope): void {
  if (saved.kind !== 'survey') fail(`${path}.kind`, 'must be "survey"');
  const state: SurveyState = saved;
  checkWordStates(state.words, `${path}.words`, scope === 'sample', (state.comments ?? []).map((tally) => tally.comments[0]));
  const template = survey.save();
  const { rows } = state;
  const weighted = model.weight !== null;
  const sameLength = (key: 'rated' | 'dimensions' | 'categories' | 'checkboxes' | 'rankings' | 'comments') => {
    const [got, want] = [state[key]?.length ?? 0, template[key]?.length ?? 0];
    if (got !== want) fail(`${path}.${key}`, `must hold ${want} entries, one for each of the survey's, not ${got}`);
  };
  (['rated', 'dimensions', 'categories', 'checkboxes', 'rankings', 'comments'] as const).forEach(sameLength);
  if (!weighted && (state.weightTotal !== 0 || state.weight2Total !== 0)) fail(`${path}.weightTotal`, 'must be 0: the survey is not weighted');
  state.rated.forEach((tally, i) => {
    const at = `${path}.rated[${i}]`;
    const scale = survey.scorer.rated[i]?.scale as Scale;
    let answers = Object.values(tally.missing).reduce((sum, n) => sum + n, 0);
    tally.values.forEach(([value, count, weight, weight2], j) => {
      within(value, scale.min, scale.max, `${at}.values[${j}][0]`);
      if (!Number.isInteger(value)) fail(`${at}.values[${j}][0]`, 'an answer on a scale is a whole number');
      if (count === 0) fail(`${at}.values[${j}][1]`, 'must be at least 1');
      if (!weighted && (weight !== count || weight2 !== count)) fail(`${at}.values[${j}]`, 'must weigh its count: the survey is not weighted');
      answers += count;
    });
    if (answers !== rows) fail(at, `counts ${answers} answers and non-answers for ${rows} rows; every row has one`);
  });
  state.dimensions.forEach((dimension, i) => {
    const at = `${path}.dimensions[${i}]`;
    moments(dimension.scores, `${at}.scores`, rows, 0, 100, weighted);
    moments(dimension.resolution, `${at}.resolution`, rows, 0, 100, weighted);
    coMoments(dimension.items, `${at}.items`, rows, template.dimensions[i]?.items.k ?? 0, false);
    if (dimension.counts === undefined) return;
    const combinations = survey.scorer.dimensions[i]?.combinations ?? null;
    dimensionCounts(dimension.counts, `${at}.counts`, rows - dimension.scores.count, combinations, weighted);
    // Each item's answers in the counts are some of those its tally counts (the rows counted are
    // added to the tallies too); all of them without weights when the moments hold no row (with
    // weights, a row whose weight rounds to 0 is in the tally, not the counts).
    if (combinations === null) return;
    const all = !weighted && dimension.scores.count === 0;
    const { combinations: met, counts, weights } = dimension.counts;
    (survey.scorer.dimensions[i]?.positions ?? []).forEach((position, item) => {
      const values = state.rated[position]?.values ?? [];
      const tally = new Map(values.map(([value, count]) => [value, count]));
      const tallied = new Map(values.map(([value, , weight]) => [value, weight]));
      const counted = new Map<number, number>();
      const weighed = new Map<number, number>();
      met.forEach((combination, j) => {
        const answer = combinations.answerOf(combination, item);
        if (answer === null) return;
        counted.set(answer, (counted.get(answer) ?? 0) + (counts[j] as number));
        if (weights !== undefined) weighed.set(answer, (weighed.get(answer) ?? 0) + (weights[j] as number));
      });
      const name = survey.scorer.rated[position]?.column.name ?? '';
      const fits = [...counted].every(([value, count]) => count <= (tally.get(value) ?? 0)) && (!all || [...tally].every(([value, count]) => counted.get(value) === count));
      if (!fits) fail(`${at}.counts`, `must count ${all ? 'the' : 'no more of the'} answers to "${name}" ${all ? 'that' : 'than'} ${path}.rated[${position}] counts`);
      // Σw of an answer in the counts is a sum of some of the weights the tally sums, in another order.
      const light = [...weighed].every(([value, weight]) => weight <= (tallied.get(value) ?? 0) * (1 + 1e-9));
      if (!light) fail(`${at}.counts.weights`, `must weigh no more of the answers to "${name}" than ${path}.rated[${position}] weighs`);
    });
  });
  // Problem categories, and the parts of a checkbox question written into one column.
  const checkCategories = (category: CategoryTallyState | undefined, at: string) => {
    if (category === undefined) return;
    if (category.n > rows) fail(`${at}.n`, `is more than the rows (${rows})`);
    if (category.counts.length > MAX_CATEGORIES) fail(`${at}.counts`, `holds ${category.counts.length} categories, more than ${MAX_CATEGORIES}`);
    // Categories are pooled as they come only once MAX_CATEGORIES are held, and a merge keeps that many.
    if (category.overflow.count > 0 && category.counts.length !== MAX_CATEGORIES) fail(`${at}.overflow.count`, `must be 0: categories are pooled only once ${MAX_CATEGORIES} are held, and ${category.counts.length} are`);
    if (category.overflow.count === 0 && category.overflow.weight !== 0) fail(`${at}.overflow.weight`, 'must be 0, as its count is');
    const seen = new Set<string>();
    category.counts.forEach(([key, entry], j) => {
      if (entry.count > category.n) fail(`${at}.counts[${j}][1].count`, `is more than n (${category.n})`);
      checkKey(key, seen, entry.spellings, `${at}.counts[${j}][0]`);
      checkSpellings(entry.spellings, key, entry.count, `${at}.counts[${j}][1].spellings`);
    });
  };
  state.categories.forEach((category, i) => checkCategories(category, `${path}.categories[${i}]`));
  (state.checkboxes ?? []).forEach((tally, i) => {
    const at = `${path}.checkboxes[${i}]`;
    const options = template.checkboxes?.[i]?.options.length ?? 0;
    if (tally.all[0] !== rows) fail(`${at}.all[0]`, `must be the rows (${rows})`);
    if (tally.answered[0] > rows || tally.saidNo > rows) fail(`${at}.answered[0]`, `is more than the rows (${rows})`);
    if (tally.options.length !== options) fail(`${at}.options`, `must hold ${options} options`);
    tally.options.forEach(([count], j) => count > tally.answered[0] && fail(`${at}.options[${j}][0]`, `is more than those who answered (${tally.answered[0]})`));
    // A question written into one column counts the parts of its cells, as problem categories are counted.
    const joined = template.checkboxes?.[i]?.parts !== undefined;
    if ((tally.parts !== undefined) !== joined) fail(`${at}.parts`, joined ? 'is missing: the question is written into one column' : 'is only for a question written into one column');
    if (tally.parts !== undefined && tally.parts.n !== tally.answered[0]) fail(`${at}.parts.n`, `must be those who answered (${tally.answered[0]})`);
    checkCategories(tally.parts, `${at}.parts`);
  });
  (state.rankings ?? []).forEach((tally, i) => {
    const at = `${path}.rankings[${i}]`;
    if (tally.respondents[0] > rows) fail(`${at}.respondents[0]`, `is more than the rows (${rows})`);
    tally.options.forEach(([, entry], j) => (entry.n > tally.respondents[0] || entry.first > entry.n) && fail(`${at}.options[${j}][1]`, `counts more than the respondents (${tally.respondents[0]})`));
    if (tally.overflow.first > tally.overflow.n) fail(`${at}.overflow.first`, `is more than n (${tally.overflow.n})`);
    const question = survey.scorer.rankings[i];
    if (question?.layout === 'options') {
      if (tally.options.length !== question.columns.length || tally.options.some(([key, entry], j) => key !== String(j) || entry.spellings.length > 0) || tally.overflow.n > 0) fail(`${at}.options`, `must hold the ranking's ${question.columns.length} options, by position, without spellings`);
      return;
    }
    if (tally.options.length > MAX_OPTIONS) fail(`${at}.options`, `holds ${tally.options.length} options, more than ${MAX_OPTIONS}`);
    if (tally.overflow.n > 0 && tally.options.length !== MAX_OPTIONS) fail(`${at}.overflow.n`, `must be 0: options are pooled only once ${MAX_OPTIONS} are held, and ${tally.options.length} are`);
    const seen = new Set<string>();
    tally.options.forEach(([key, entry], j) => {
      checkKey(key, seen, entry.spellings, `${at}.options[${j}][0]`);
      checkSpellings(entry.spellings, key, entry.n, `${at}.options[${j}][1].spellings`);
    });
  });
  (state.comments ?? []).forEach((tally, i) => checkComments(tally, `${path}.comments[${i}]`, rows, weighted, scope));
  moments(state.index, `${path}.index`, rows, 0, 100, weighted);
  if ((state.drivers === null) !== (template.drivers === null)) fail(`${path}.drivers`, template.drivers === null ? 'must be null: the survey has no key drivers' : 'must not be null: the survey has key drivers');
  if (state.drivers !== null) coMoments(state.drivers, `${path}.drivers`, rows, template.drivers?.k ?? 0, weighted);
}

/**
 * The folded key of a category or option: folded, and once in its tally. Folded means folded
 * again into itself, or the folding of a spelling it holds: folding a folded text again does not
 * always give it back ("ŉ" folds to "ʼn", which folds to "n"), and satisfy refused states it had
 * written itself.
 */
function checkKey(key: string, seen: Set<string>, spellings: SpellingsState, path: string): void {
  if (key === '' || (normalizeText(key) !== key && !spellings.some(([spelling]) => normalizeText(spelling) === key))) fail(path, 'must be a folded text: lower case, without accents or punctuation');
  if (seen.has(key)) fail(path, `"${key}" is listed twice`);
  seen.add(key);
}

/** The spellings of a key: at most MAX_SPELLINGS, each of the key, met once or more, most frequent first, no more meetings than `count`. */
function checkSpellings(spellings: SpellingsState, key: string, count: number, path: string): void {
  if (spellings.length > MAX_SPELLINGS) fail(path, `holds ${spellings.length} spellings, more than ${MAX_SPELLINGS}`);
  if (spellings.length === 0 && count > 0) fail(path, 'must hold a spelling at least');
  let met = 0;
  spellings.forEach(([spelling, times], k) => {
    if (normalizeText(spelling) !== key) fail(`${path}[${k}][0]`, `must be a spelling of "${key}"`);
    wholeFrom(times, 1, `${path}[${k}][1]`, count);
    const before = spellings[k - 1];
    if (before !== undefined && (before[1] < times || (before[1] === times && compareCodePoints(before[0], spelling) >= 0))) fail(`${path}[${k}]`, 'must come after the spelling before it: most frequent first, ties in code-point order, once');
    met += times;
  });
  if (met > count) fail(path, `are met ${met} times in all, more than the ${count} times of their key`);
}

/** A free-text column's tally: every row a comment or a reason for none, every comment in one language and one character long at least. */
function checkComments(tally: CommentTallyState, path: string, rows: number, weighted: boolean, scope: AnalysisScope): void {
  const [count, weight] = tally.comments;
  wholeFrom(count, 0, `${path}.comments[0]`, rows);
  COMMENT_EXCLUSIONS.forEach((reason) => wholeFrom(tally.excluded[reason], 0, `${path}.excluded.${reason}`, rows));
  const excluded = COMMENT_EXCLUSIONS.reduce((sum, reason) => sum + tally.excluded[reason], 0);
  if (count + excluded !== rows) fail(path, `counts ${count} comments and ${excluded} cells without one for ${rows} rows; every row has one`);
  COMMENT_LANGUAGES.forEach((language) => wholeFrom(tally.languages[language], 0, `${path}.languages.${language}`, count));
  const languages = COMMENT_LANGUAGES.reduce((sum, language) => sum + tally.languages[language], 0);
  if (languages !== count) fail(`${path}.languages`, `count ${languages} comments, not the ${count} of the column`);
  if (!weighted && weight !== count) fail(`${path}.comments[1]`, 'must weigh its count: the survey is not weighted');
  if (weighted && (weight < 0 || (count === 0 && weight !== 0))) fail(`${path}.comments[1]`, 'must be a sum of the comments\' weights');
  wholeFrom(tally.characters, count, `${path}.characters`);
  COMMENT_TONES.forEach((tone) => wholeFrom(tally.tones[tone], 0, `${path}.tones.${tone}`, count));
  const tones = COMMENT_TONES.reduce((sum, tone) => sum + tally.tones[tone], 0);
  if (tones !== count) fail(`${path}.tones`, `count ${tones} comments, not the ${count} of the column`);
  wholeFrom(tally.tonesFromRatings, 0, `${path}.tonesFromRatings`, count);
  // A comment talks about a theme or not: each theme's comments of a tone are some of that tone's.
  for (const theme of COMMENT_THEMES) COMMENT_TONES.forEach((tone) => wholeFrom(tally.themes[theme][tone], 0, `${path}.themes.${theme}.${tone}`, tally.tones[tone]));
  // A theme's verbatims of a tone: at most VERBATIMS_PER_TONE of its comments, distinct, in the order of their hashes.
  for (const theme of COMMENT_THEMES) {
    COMMENT_TONES.forEach((tone) => {
      const kept = tally.verbatims[theme][tone];
      const at = `${path}.verbatims.${theme}.${tone}`;
      if (kept.length > Math.min(VERBATIMS_PER_TONE, tally.themes[theme][tone])) fail(at, `keeps ${kept.length} comments, more than ${Math.min(VERBATIMS_PER_TONE, tally.themes[theme][tone])}`);
      kept.forEach(([hash, text], i) => {
        wholeFrom(hash, 0, `${at}[${i}][0]`, 0xffffffff);
        if (typeof text !== 'string' || text === '' || [...text].length > MAX_VERBATIM) fail(`${at}[${i}][1]`, `must be a comment of 1 to ${MAX_VERBATIM} characters`);
        const before = kept[i - 1];
        if (before !== undefined && (before[0] > hash || (before[0] === hash && before[1] >= text))) fail(`${at}[${i}]`, 'must come after the one before it, by hash and text');
      });
    });
  }
  if (scope !== 'group') checkImpact(tally.impact, `${path}.impact`, rows, weighted);
  else if (tally.impact.length > 0) fail(`${path}.impact`, "must be empty: a period's analysis keeps no impact of comment themes");
}

/** The ratings by sets of themes: each set once, in order, its sums within its rows, and every row in one set. */
function checkImpact(impact: ThemeImpactState, path: string, rows: number, weighted: boolean): void {
  let total = 0;
  impact.forEach(([themes, sums, index], i) => {
    const at = `${path}[${i}]`;
    wholeFrom(themes, 0, `${at}[0]`, (1 << COMMENT_THEMES.length) - 1);
    const before = impact[i - 1];
    if (before !== undefined && before[0] >= themes) fail(`${at}[0]`, 'must come after the set of themes before it');
    if (sums.length !== IMPACT_FIELDS) fail(`${at}[1]`, `must hold ${IMPACT_FIELDS} sums`);
    const [count = 0, csat = 0, csatWeight = 0, , csatTop = 0, nps = 0, npsWeight = 0, , promoters = 0, detractors = 0] = sums;
    wholeFrom(count, 1, `${at}[1][0]`, rows);
    total += count;
    wholeFrom(csat, 0, `${at}[1][1]`, count);
    wholeFrom(nps, 0, `${at}[1][5]`, count);
    if (sums.some((sum) => !(sum >= 0))) fail(`${at}[1]`, 'must hold sums of counts and weights, none negative');
    if (!weighted && (csatWeight !== csat || npsWeight !== nps)) fail(`${at}[1]`, 'must weigh its counts: the survey is not weighted');
    if (csatTop > csatWeight * (1 + 1e-9) || promoters + detractors > npsWeight * (1 + 1e-9)) fail(`${at}[1]`, 'must hold parts of its answers within their sum');
    if (index !== null) moments(index, `${at}[2]`, count, 0, 100, weighted);
  });
  if (total !== rows) fail(path, `holds ${total} respondents, not the ${rows} rows`);
}

/**
 * The words of the comments of each free-text column: present in the state of the whole sample
 * only (`counted`), one per column, each language once and in order, no count above the column's
 * `comments` or above what it is part of, at most WORD_CAPACITY words a language, each a word of
 * letters.
 */
function checkWordStates(states: CommentWordsState[] | undefined, path: string, counted: boolean, comments: readonly number[]): void {
  if (!counted) {
    if (states !== undefined) fail(path, 'must be absent: only the analysis of the whole sample counts the words of comments');
    return;
  }
  if (states === undefined || states.length !== comments.length) fail(path, `must hold ${comments.length} entries, one for each free-text column`);
  const width = WORD_COUNTS.length;
  states.forEach((state, c) => {
    let all = 0;
    state.languages.forEach(({ language, comments: counts, words }, l) => {
      const at = `${path}[${c}].languages[${l}]`;
      const before = state.languages[l - 1];
      if (before !== undefined && WORD_LANGUAGES.indexOf(before.language) >= WORD_LANGUAGES.indexOf(language)) fail(`${at}.language`, 'must come after the language before it, once, in the order en de fr es pt pl lv');
      if (counts.length !== width) fail(`${at}.comments`, `must hold ${width} counts`);
      counts.forEach((count, i) => wholeFrom(count, 0, `${at}.comments[${i}]`, i === 0 ? comments[c] : counts[0]));
      if ((counts[1] as number) + (counts[2] as number) > (counts[0] as number)) fail(`${at}.comments`, 'counts more comments of detractors and promoters than comments');
      all += counts[0] as number;
      if (words.totals.length !== width) fail(`${at}.words.totals`, `must hold ${width} counts`);
      wholeFrom(words.undercount, 0, `${at}.words.undercount`);
      if (words.items.length > WORD_CAPACITY) fail(`${at}.words.items`, `holds ${words.items.length} words, more than ${WORD_CAPACITY}`);
      const held = new Float64Array(width);
      const seen = new Set<string>();
      words.items.forEach(([key, label, itemCounts], i) => {
        if (!/^\p{L}+$/u.test(key) || seen.has(key)) fail(`${at}.words.items[${i}][0]`, 'must be a stem of letters, once');
        seen.add(key);
        if (!/^[\p{L}\p{M}]+$/u.test(label)) fail(`${at}.words.items[${i}][1]`, 'must be a word of letters');
        if (itemCounts.length !== width) fail(`${at}.words.items[${i}][2]`, `must hold ${width} counts`);
        itemCounts.forEach((count, j) => {
          wholeFrom(count, 0, `${at}.words.items[${i}][2][${j}]`, counts[j]);
          held[j] = (held[j] as number) + count;
        });
      });
      words.totals.forEach((total, j) => {
        wholeFrom(total, 0, `${at}.words.totals[${j}]`);
        if (total < (held[j] as number)) fail(`${at}.words.totals[${j}]`, `is less than the counts of its words (${held[j]})`);
      });
    });
    if (all > (comments[c] as number)) fail(`${path}[${c}].languages`, `count ${all} comments, more than the ${comments[c]} of the column`);
  });
}

/** A mean and variance of scores from `min` to `max`, of at most `rows` observations. */
function moments(state: MomentsState, path: string, rows: number, min: number, max: number, weighted: boolean): void {
  if (state.count > rows) fail(`${path}.count`, `is more than the rows (${rows})`);
  if (state.count === 0) {
    if (state.weightSum !== 0 || state.weight2Sum !== 0 || state.mu !== 0 || state.m2 !== 0) fail(path, 'must be all 0 with a count of 0');
    return;
  }
  if (!weighted && (state.weightSum !== state.count || state.weight2Sum !== state.count)) fail(`${path}.weightSum`, 'must be the count: the survey is not weighted');
  if (!(state.weightSum > 0)) fail(`${path}.weightSum`, 'must be above 0 with a count above 0');
  within(state.mu, min, max, `${path}.mu`);
  within(state.m2, 0, state.weightSum * (max - min) ** 2, `${path}.m2`);
}

/** The counts of a dimension's respondents by combination of answers (see DimensionCounts), of at most `rows` rows. */
function dimensionCounts(state: DimensionCountsState, path: string, rows: number, combinations: DimensionCombinations | null, weighted: boolean): void {
  if (combinations === null) fail(path, 'must be absent: the dimension has too many combinations of answers to be counted by them');
  const { combinations: met, counts, weights, weights2 } = state;
  for (const key of ['counts', 'weights', 'weights2'] as const) {
    const length = state[key]?.length;
    if (length !== undefined && length !== met.length) fail(`${path}.${key}`, `must hold ${met.length} numbers, one for each combination`);
  }
  if (weighted && (weights === undefined || weights2 === undefined)) fail(path, 'must hold the weights and weights2 of a survey with weights');
  if (!weighted && (weights !== undefined || weights2 !== undefined)) fail(path, 'must hold no weights: the survey is not weighted');
  let counted = 0;
  met.forEach((combination, j) => {
    const at = `${path}.combinations[${j}]`;
    wholeFrom(combination, 0, at, combinations.size - 1);
    const previous = j === 0 ? -1 : (met[j - 1] as number);
    if (combination <= previous) fail(at, `must come after the combination before it (${previous}): in increasing order, once`);
    if (Number.isNaN(combinations.scores[combination])) fail(at, 'is the combination of no answer, which no score counts');
    const count = counts[j] as number;
    wholeFrom(count, 1, `${path}.counts[${j}]`);
    if (weights !== undefined && weights2 !== undefined) {
      const weight = weights[j] as number;
      // A row's weight is at most 2^65 times the state's unit (see SurveyAnalysis.relativeWeight);
      // Σw² lies between (Σw)²/n and (Σw)², but for rounding and squares too small to hold.
      if (!(weight >= 0)) fail(`${path}.weights[${j}]`, `must be 0 or more, not ${weight}`);
      within(weight, 0, count * 2 ** 65, `${path}.weights[${j}]`);
      within(weights2[j] as number, (weight * weight) / count - Number.MIN_VALUE * count, weight * weight, `${path}.weights2[${j}]`);
    }
    counted += count;
  });
  if (counted > rows) fail(path, `counts ${counted} rows, more than the state's rows less those its moments hold (${rows})`);
}

/** Means and co-moments of `k` variables, of at most `rows` observations. */
function coMoments(state: CoMomentsState, path: string, rows: number, k: number, weighted: boolean): void {
  if (state.k !== k) fail(`${path}.k`, `must be ${k}, the survey's`);
  if (state.means.length !== k) fail(`${path}.means`, `must hold ${k} means`);
  if (state.c.length !== k * k) fail(`${path}.c`, `must hold ${k * k} co-moments`);
  if (state.count > rows) fail(`${path}.count`, `is more than the rows (${rows})`);
  if (!weighted && (state.weightSum !== state.count || state.weight2Sum !== state.count)) fail(`${path}.weightSum`, 'must be the count: the survey is not weighted');
  if (state.count > 0 && !(state.weightSum > 0)) fail(`${path}.weightSum`, 'must be above 0 with a count above 0');
  state.means.forEach((mean, i) => within(mean, -LARGEST, LARGEST, `${path}.means[${i}]`));
  state.c.forEach((c, i) => {
    within(c, -LARGEST * LARGEST, LARGEST * LARGEST, `${path}.c[${i}]`);
    if (i % (k + 1) === 0 && c < 0) fail(`${path}.c[${i}]`, 'a sum of squares is never negative');
  });
}
