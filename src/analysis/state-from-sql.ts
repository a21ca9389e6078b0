import type { CoMomentsState } from '../stats/co-moments.js';
import { MAX_ALPHA_ITEMS } from '../stats/cronbach-alpha.js';
import { binaryExponent, timesPowerOfTwo } from '../stats/weight-sums.js';
import type { HistogramState } from '../stats/histogram.js';
import type { MomentsState } from '../stats/moments.js';
import { makeAnswerCoder, MISSING_REASONS, type AnswerFormat, type MissingReason } from '../survey/code-answer.js';
import { makeOptionCoder, TICKED } from '../survey/code-choice.js';
import type { Scale } from '../survey/scale.js';
import type { SurveyModel } from '../survey/survey-model.js';
import type { CheckboxTallyState } from './checkbox-tally.js';
import { dateProblem, isoDay, parseBothOrders, parseDate, periodOf } from '../text/parse-date.js';
import { RowScorer, SurveyAnalysis, type AnalysisScope, type AnalysisState, type SurveyState } from './analyze-survey.js';
import { noUnparsedDates, totalUnparsed } from './unparsed-dates.js';
import type { AnalysisPlan } from './assemble-analysis.js';
import { emptyMissing } from './answer-tally.js';
import { WEIGHT_EXCLUSIONS, type UnparsedDates, type WeightExclusion } from './report.js';
import { MAX_DRIVER_DIMENSIONS } from './summarize-drivers.js';

/** One row of the result of satisfy's query (see RESULT_COLUMNS in src/sql/survey-query.ts), its numbers read; null for SQL's NULL. */
export interface SqlResultRow {
  part: string;
  segment: string | null;
  period: string | null;
  item: number | null;
  key: string | null;
  value: number | null;
  n: number | null;
  w: number | null;
  w2: number | null;
  s1: number | null;
  s2: number | null;
  lo: number | null;
  hi: number | null;
}

/**
 * The fixed centres around which the query of satisfy sql (src/sql/survey-query.ts) takes its sums
 * and this module rebuilds the moments: scores run 0-100 and are summed around their middle, so
 * that squares lose no precision to a large mean; the answers of a scale around its middle.
 */
export const SCORE_CENTRE = 50;

/** The centre of the answers of a scale, around which the query takes their sums. */
export function scaleCentre(scale: Pick<Scale, 'min' | 'max'>): number {
  return (scale.min + scale.max) / 2;
}

/** A result that does not fit the survey: what is wrong, in words, and what to do where that is more than reading the result unedited. */
export class SqlResultError extends Error {
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/**
 * The analysis state that satisfy's own reading of the rows would have built, from the rows the
 * query returned: per group (segment), the answer tallies, the weights, and the moments and
 * co-moments rebuilt from the query's sums around fixed centres (mean = c + Σw(x − c)/Σw, sum of
 * squares = Σw(x − c)² − (Σw(x − c))²/Σw; a variable whose least and largest values are equal is
 * that value exactly, with no spread, as the streaming accumulators keep it). Answers the query
 * handed back raw are coded here as satisfy codes them; one that is a valid answer is an error,
 * since the query's scores went without it.
 */
export function stateFromSql(model: SurveyModel, plan: AnalysisPlan, format: AnswerFormat, rows: readonly SqlResultRow[]): { state: AnalysisState; filtered: number; empty: number; rows: number } {
  const scorer = new RowScorer(model, { confidenceLevel: plan.confidenceLevel, outcome: plan.outcome });
  const k = scorer.dimensions.length;
  const hasDrivers = scorer.outcome >= 0 && k > 0 && k <= MAX_DRIVER_DIMENSIONS;
  const weighted = model.weight !== null;
  const coders = scorer.rated.map((r) => makeAnswerCoder(r.scale, model.vocabulary, format, r.column));
  const tickOf = makeOptionCoder(model.vocabulary, format);
  // The rows of each group: its segment and its period (the day of its date, or 'undated').
  const groups = new Map<string, { segment: string; period: string; rows: SqlResultRow[] }>();
  const undatedTexts: Array<[text: string, rows: number]> = [];
  let filtered = 0;
  // Rows of empty fields in a CSV file, left out as satisfy's reader leaves them out (see QuerySpec.emptyRows).
  let empty = 0;
  for (const row of rows) {
    if (row.part === 'model') continue;
    if (row.part === 'rows' && row.key === 'filtered') {
      filtered += whole(row.n, 'n of rows filtered');
      continue;
    }
    if (row.part === 'rows' && row.key === 'emptyRow') {
      empty += whole(row.n, 'n of empty rows');
      continue;
    }
    if (row.part === 'option') {
      // A text the query took for a tick: satisfy must read it so too.
      const text = (row.key ?? '').slice('raw:'.length);
      const question = scorer.checkboxes[row.item ?? -1];
      if (question === undefined || !(row.key ?? '').startsWith('raw:')) throw new SqlResultError(`a row of checkbox answers of kind "${row.key}" for question ${row.item}, which the survey does not have`);
      if (tickOf(text) !== TICKED) throw new SqlResultError(`checkbox question "${question.question}": ${row.n} answer${row.n === 1 ? '' : 's'} ${JSON.stringify(text)} that the query took for a tick (the sample did not show it) and satisfy does not; give a sample that has it, and run the query again`);
      continue;
    }
    if (row.part === 'date') {
      if (!(row.key ?? '').startsWith('raw:')) throw new SqlResultError(`a row of dates of kind "${row.key}", which satisfy does not know`);
      undatedTexts.push([(row.key as string).slice('raw:'.length), whole(row.n, 'n of dates')]);
      continue;
    }
    const segment = row.segment ?? '';
    const period = row.period ?? '';
    const key = JSON.stringify([segment, period]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { segment, period, rows: [row] });
    else group.rows.push(row);
  }

  const build = (list: readonly SqlResultRow[]): SurveyState => {
    const find = (part: string, item: number, key: string | null) => list.find((r) => r.part === part && r.item === item && r.key === key);
    const weightExcluded = Object.fromEntries(WEIGHT_EXCLUSIONS.map((r) => [r, 0])) as Record<WeightExclusion, number>;
    let used = 0;
    let weightTotal = 0;
    let weight2Total = 0;
    let largestWeight = 0;
    for (const row of list.filter((r) => r.part === 'rows')) {
      if (row.key === 'used') {
        used += whole(row.n, 'n of rows used');
        weightTotal += row.w ?? 0;
        weight2Total += row.w2 ?? 0;
        largestWeight = Math.max(largestWeight, row.hi ?? 0);
      } else if (row.key === 'unsummable') {
        throw new SqlResultError(`${row.n} row${row.n === 1 ? ' has a weight' : 's have weights'} beyond 1e±150, which the query does not sum (a square would overflow or vanish in SQL); satisfy report reads them`);
      } else if ((WEIGHT_EXCLUSIONS as readonly string[]).includes(row.key ?? '')) weightExcluded[row.key as WeightExclusion] += whole(row.n, `n of rows ${row.key}`);
      else throw new SqlResultError(`a row of rows left out for "${row.key}", which satisfy does not know`);
    }
    const rated = scorer.rated.map((r, i) => {
      const bins = new Map<number, [number, number, number, number]>();
      const missing = emptyMissing();
      for (const row of list.filter((x) => x.part === 'answer' && x.item === i)) {
        const n = whole(row.n, `n of answers to "${r.column.name}"`);
        if (row.value !== null) {
          const bin = bins.get(row.value) ?? [row.value, 0, 0, 0];
          bin[1] += n;
          bin[2] += row.w ?? 0;
          bin[3] += row.w2 ?? 0;
          bins.set(row.value, bin);
          continue;
        }
        const key = row.key ?? '';
        if ((MISSING_REASONS as readonly string[]).includes(key)) {
          missing[key as MissingReason] += n;
          continue;
        }
        if (!key.startsWith('raw:')) throw new SqlResultError(`answers to "${r.column.name}" of kind "${key}", which satisfy does not know`);
        const text = key.slice('raw:'.length);
        const coded = (coders[i] as (raw: string) => ReturnType<ReturnType<typeof makeAnswerCoder>>)(text);
        if (typeof coded === 'number') throw new SqlResultError(`column "${r.column.name}": ${n} answer${n === 1 ? '' : 's'} ${JSON.stringify(text)} that the query could not code (the sample did not show it), so its scores went without ${n === 1 ? 'it' : 'them'}; give a sample that has it, or the label in the config's "aliases", and run the query again`);
        missing[coded] += n;
      }
      const values: HistogramState = [...bins.values()];
      return { values, missing };
    });
    const moments = (part: string, item: number): MomentsState => toMoments(find(part, item, null), part);
    const coMoments = (part: string, item: number, size: number, centres: readonly number[]): CoMomentsState => {
      if (size === 0) {
        const count = find(part, item, 'count');
        const n = whole(count?.n ?? 0, `n of ${part}`);
        return { k: 0, count: n, weightSum: count?.w ?? 0, weight2Sum: count?.w2 ?? 0, means: [], c: [] };
      }
      return toCoMoments(size, centres, (i) => find(part, item, String(i)), (i, j) => find(part, item, `${i},${j}`), part);
    };
    const dimensions = scorer.dimensions.map((d, j) => {
      const items = d.positions.length > MAX_ALPHA_ITEMS ? [] : d.positions;
      const centres = items.map((p) => scaleCentre((scorer.rated[p] as { scale: Scale }).scale));
      return { scores: moments('score', j), items: coMoments('alpha', j, items.length, centres), resolution: moments('resolution', j) };
    });
    let drivers: CoMomentsState | null = null;
    if (hasDrivers) {
      const outcome = (scorer.rated[scorer.outcome] as { scale: Scale }).scale;
      drivers = coMoments('drivers', 0, k + 1, [...Array.from({ length: k }, () => SCORE_CENTRE), scaleCentre(outcome)]);
    }
    const state: SurveyState = {
      kind: 'survey',
      rows: used,
      weightTotal: weighted ? weightTotal : 0,
      weight2Total: weighted ? weight2Total : 0,
      weightExponent: weighted && used > 0 ? 0 : null,
      weightExcluded,
      rated,
      dimensions,
      categories: [],
      checkboxes: scorer.checkboxes.map((q, qi): CheckboxTallyState => {
        const answered = find('checkbox', qi, 'answered');
        const weightedAll: [number, number, number] = [used, weighted ? weightTotal : used, weighted ? weight2Total : used];
        return {
          all: weightedAll,
          answered: [whole(answered?.n ?? 0, 'n of answered'), answered?.w ?? 0, answered?.w2 ?? 0],
          saidNo: whole(find('checkbox', qi, 'saidNo')?.n ?? 0, 'n of saidNo'),
          options: q.columns.map((_, o): [number, number] => {
            const option = find('checkbox', qi, `option:${o}`);
            return [whole(option?.n ?? 0, 'n of ticks'), option?.w ?? 0];
          }),
        };
      }),
      rankings: [],
      comments: [],
      index: moments('index', 0),
      drivers,
      importance: [],
    };
    return weighted && used > 0 ? inUnitOf(state, largestWeight) : state;
  };
  /**
   * The state with its weights in the unit satisfy's analysis gives them: 2^e, e the binary
   * exponent of the largest weight (an analysis starts with its first row's and rises to a larger
   * one's). Where every weight is that power of two, the figures are those of unweighted data
   * (quantiles are reported), as in satisfy's own. Scaling by a power of two is exact; alpha's
   * co-moments are unweighted and stay.
   */
  const inUnitOf = (state: SurveyState, largest: number): SurveyState => {
    if (!(largest > 0) || !Number.isFinite(largest)) throw new SqlResultError(`the largest weight must be a positive number, not ${largest}`);
    const e = binaryExponent(largest);
    const f = (x: number) => timesPowerOfTwo(x, -e);
    const f2 = (x: number) => timesPowerOfTwo(x, -2 * e);
    const moments = (m: MomentsState): MomentsState => ({ ...m, weightSum: f(m.weightSum), weight2Sum: f2(m.weight2Sum), m2: f(m.m2) });
    const counted = ([n, w, w2]: [number, number, number]): [number, number, number] => [n, f(w), f2(w2)];
    return {
      ...state,
      weightExponent: e,
      weightTotal: f(state.weightTotal),
      weight2Total: f2(state.weight2Total),
      rated: state.rated.map((tally) => ({ ...tally, values: tally.values.map(([value, n, w, w2]): [number, number, number, number] => [value, n, f(w), f2(w2)]) })),
      dimensions: state.dimensions.map((d) => ({ scores: moments(d.scores), items: d.items, resolution: moments(d.resolution) })),
      checkboxes: (state.checkboxes ?? []).map((c) => ({ ...c, all: counted(c.all), answered: counted(c.answered), options: c.options.map(([n, w]): [number, number] => [n, f(w)]) })),
      index: moments(state.index),
      drivers: state.drivers === null ? null : { ...state.drivers, weightSum: f(state.drivers.weightSum), weight2Sum: f2(state.drivers.weight2Sum), c: state.drivers.c.map(f) },
    };
  };

  let total = filtered + empty;
  const cells = [...groups.values()].map(({ segment, period, rows: list }) => {
    const state = build(list);
    const count = state.rows + WEIGHT_EXCLUSIONS.reduce((sum, r) => sum + state.weightExcluded[r], 0);
    total += count;
    return { segment, period, state, count };
  });
  const dating = plan.periods ?? plan.window;
  if (dating === null && cells.some((c) => c.period !== '')) throw new SqlResultError('the result is broken down by date, and the survey it carries is not');
  if (plan.segments === null && cells.some((c) => c.segment !== '')) throw new SqlResultError('the result is broken down by segment, and the survey it carries is not');
  if (plan.segments !== null && cells.some((c) => c.segment === '')) throw new SqlResultError('the result has rows of no segment, and the survey it carries is broken down by segment');

  // Each group's day as satisfy reads it, or why it has none: the texts the query could not read are read here.
  const order = plan.periods !== null ? (plan.periods.dateOrderGiven ? plan.periods.dateOrder : null) : (plan.window?.dateOrder ?? null);
  const zone = dating?.timeZone ?? 'UTC';
  const undated = noUnparsedDates();
  // Every date the query could not read and satisfy does is counted, and the first of them in
  // text order named, whatever order the engine returned them in.
  const readable = undatedTexts.filter(([text]) => (order === null ? parseBothOrders(text, zone, false).some((d) => d !== null) : parseDate(text, order, zone, false) !== null));
  if (readable.length > 0) {
    const count = readable.reduce((sum, [, n]) => sum + n, 0);
    const first = readable.map(([text]) => text).sort()[0] as string;
    throw new SqlResultError(`column "${dating?.column.name}": ${count} date${count === 1 ? '' : 's'} that satisfy reads and the query could not, such as ${JSON.stringify(first)}; satisfy sql reads dates written YYYY-MM-DD, with a time, and Z or ±HH:MM`, 'store the column as dates or timestamps, or as text written YYYY-MM-DD, in the table the query reads');
  }
  for (const [text, count] of undatedTexts) undated[dateProblem(text, order ?? 'dmy', false)] += count;
  const undatedRows = totalUnparsed(undated);
  const dated = cells.map((cell) => {
    if (cell.period === '' || cell.period === 'undated') return { ...cell, day: null };
    const day = parseDate(cell.period, 'ymd');
    if (day === null) undated[dateProblem(cell.period, order ?? 'dmy', false)] += cell.count;
    return { ...cell, day };
  });
  if (dating !== null && dated.filter((c) => c.period === 'undated').reduce((sum, c) => sum + c.count, 0) !== undatedRows) throw new SqlResultError('the rows of no date do not add up to the dates the query could not read');

  // --since/--until leave out the rows dated before, after, or not at all, counted by why.
  let kept = dated;
  let window: { before: number; after: number; unparsed: UnparsedDates } | null = null;
  if (plan.window !== null) {
    const { since, until } = plan.window;
    window = { before: 0, after: 0, unparsed: { ...undated } };
    kept = dated.filter((cell) => {
      if (cell.day === null) return false;
      const iso = isoDay(cell.day);
      if (since !== null && iso < since) (window as { before: number }).before += cell.count;
      else if (until !== null && iso > until) (window as { after: number }).after += cell.count;
      else return true;
      return false;
    });
  }
  // The states of one group merged, in an analysis of the scope it is read back in (see AnalysisScope).
  const merged = (states: readonly SurveyState[], scope: AnalysisScope): SurveyState => {
    const analysis = new SurveyAnalysis(model, { confidenceLevel: plan.confidenceLevel, outcome: plan.outcome }, undefined, scope);
    for (const state of states) analysis.load(state);
    return analysis.save();
  };
  const segments = new Map<string, SurveyState[]>();
  for (const cell of kept) segments.set(cell.segment, [...(segments.get(cell.segment) ?? []), cell.state]);
  const overall: AnalysisState = plan.segments === null ? merged(kept.map((c) => c.state), 'sample') : { kind: 'segmented', segments: [...segments].map(([segment, states]) => [segment, merged(states, 'segment')]), pooledEarly: 0, words: [] };
  let inner: AnalysisState = overall;
  if (plan.periods !== null) {
    const periods = new Map<string, { start: string; end: string; states: SurveyState[] }>();
    for (const cell of kept) {
      if (cell.day === null) continue;
      const span = periodOf(cell.day, plan.periods.period);
      const entry = periods.get(span.period);
      if (entry === undefined) periods.set(span.period, { start: span.start, end: span.end, states: [cell.state] });
      else entry.states.push(cell.state);
    }
    inner = { kind: 'periods', overall, periods: [...periods].map(([period, { start, end, states }]) => ({ period, start, end, state: merged(states, 'group') })), undecided: [], unparsed: window === null ? undated : noUnparsedDates() };
  }
  const state: AnalysisState = window === null ? inner : { kind: 'window', inner, before: window.before, after: window.after, unparsed: window.unparsed };
  return { state, filtered, empty, rows: total };
}

/** A count as a whole number from 0, or an error. */
function whole(value: number | null, what: string): number {
  const n = value ?? 0;
  if (!Number.isSafeInteger(n) || n < 0) throw new SqlResultError(`${what} must be a whole number from 0, not ${value}`);
  return n;
}

/** A Moments state from the query's sums of x − 50 (a row of part score, resolution or index). */
export function toMoments(row: SqlResultRow | undefined, part: string): MomentsState {
  const count = whole(row?.n ?? 0, `n of ${part}`);
  if (row === undefined || count === 0) return { count: 0, weightSum: 0, weight2Sum: 0, mu: 0, m2: 0 };
  const weightSum = row.w ?? 0;
  const weight2Sum = row.w2 ?? 0;
  const s1 = row.s1 ?? 0;
  if (row.lo !== null && row.lo === row.hi) return { count, weightSum, weight2Sum, mu: row.lo, m2: 0 };
  const mu = SCORE_CENTRE + s1 / weightSum;
  const m2 = Math.max(0, (row.s2 ?? 0) - (s1 * s1) / weightSum);
  return { count, weightSum, weight2Sum, mu: Math.min(Math.max(mu, row.lo ?? mu), row.hi ?? mu), m2 };
}

/** A CoMoments state of `k` variables from the query's sums around `centres` (variable i's row, and i,j's). */
export function toCoMoments(k: number, centres: readonly number[], sums: (i: number) => SqlResultRow | undefined, cross: (i: number, j: number) => SqlResultRow | undefined, part: string): CoMomentsState {
  const first = sums(0);
  const count = whole(first?.n ?? 0, `n of ${part}`);
  if (first === undefined || count === 0) return { k, count: 0, weightSum: 0, weight2Sum: 0, means: new Array<number>(k).fill(0), c: new Array<number>(k * k).fill(0) };
  const weightSum = first.w ?? 0;
  const weight2Sum = first.w2 ?? 0;
  const rows = Array.from({ length: k }, (_, i) => sums(i));
  const constant = rows.map((r) => r !== undefined && r.lo !== null && r.lo === r.hi);
  const s1 = rows.map((r) => r?.s1 ?? 0);
  const means = rows.map((r, i) => (constant[i] ? (r?.lo as number) : Math.min(Math.max((centres[i] as number) + (s1[i] as number) / weightSum, r?.lo ?? -Infinity), r?.hi ?? Infinity)));
  const c = new Array<number>(k * k).fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const value = constant[i] || constant[j] ? 0 : (cross(i, j)?.s2 ?? 0) - ((s1[i] as number) * (s1[j] as number)) / weightSum;
      const v = i === j ? Math.max(0, value) : value;
      c[i * k + j] = v;
      c[j * k + i] = v;
    }
  }
  return { k, count, weightSum, weight2Sum, means, c };
}
