import { SatisfyError } from '../errors.js';
import { nearestName } from '../text/nearest-name.js';
import { COMMENT_THEMES, type CommentTheme } from '../survey/comment-words/index.js';
import { COMMENT_TONES, type CommentTone } from '../survey/tag-comment.js';
import { BUILT_IN_DIMENSIONS } from '../survey/survey-model.js';
import { NO_RESPONDENTS, NO_ROWS } from './analyze-survey.js';
import { forTheWorse } from './compare-reports.js';
import { nullReasonAt } from './null-reason-at.js';
import type { CommentsSummary, Comparison, Report } from './report.js';

export const OPERATORS = ['<=', '>=', '==', '!=', '<', '>'] as const;
export type Operator = (typeof OPERATORS)[number];

/** A gate: fail when the figure at `path` compares to `value` as `operator` says. */
export interface Gate {
  expression: string;
  /** Where the gate was given, for errors: `--fail-if "nps < 30"`, or the config's `gates[0]`. */
  source: string;
  path: string;
  operator: Operator;
  value: number;
}

export interface Check {
  expression: string;
  /** The figure the gate looked at, or null when the report has none there. */
  actual: number | null;
  /** True when the gate's condition does not hold (and the figure exists). */
  pass: boolean;
  /**
   * A --fail-if's base: the answers (respondents, comments) its figure rests on, as its part of
   * the report counts them (see baseOf): `nps.n` for `nps < 30`, `dimensions.delivery.alpha.n`
   * for that alpha, the comments for a comment theme's share. Absent on a figure that is itself a
   * count of rows or answers (`respondents`, `missing.…`, `nps.n` …), where its part of the report
   * is missing, and on a --fail-on-drop (see `bases`).
   */
  n?: number;
  /**
   * A --fail-on-drop's bases: the answers its figure rests on in the baseline and in the current
   * report, as a --fail-if's `n` is found in each (see baseOf); null on a side that has none.
   * Absent where neither side has one.
   */
  bases?: [baseline: number | null, current: number | null];
  /**
   * Why a figure the report holds cannot be judged, and the gate fails as on a missing one: a key
   * driver's weight, r or R² whose reading is withheld for a low base; a --fail-on-drop's change
   * between reports of another population or weighting (a --where subset against every row).
   * Absent otherwise.
   */
  withheld?: string;
  /**
   * A --fail-on-drop's figure that both sides have but that was not tested, and why, as the
   * comparison's note says it (`of "Overall satisfaction" before, "The price was fair" now: another
   * question`): its gate passes, as no significant fall was found. Absent otherwise.
   */
  untested?: string;
  /**
   * Why `actual` is null (the gate then fails), as every other output says it: a --fail-if's figure
   * null in the report, the reason under its nullReasons, or no such figure; a --fail-on-drop's
   * change missing on one side or both. Absent otherwise (see explainChecks).
   */
  nullReason?: string;
}

/**
 * Short names for the headline figure of each part of the report. Those other than csat, nps and
 * ces are survey-model's RESERVED_DIMENSION_IDS, which no dimension may take (a test holds them equal).
 */
const ALIASES: Record<string, string> = {
  nps: 'nps.score',
  csat: 'csat.topBox.share',
  ces: 'ces.mean',
  index: 'index.score',
  respondents: 'respondents',
};

/** The names a gate may give a figure by alone (nps, csat, ces, index, respondents). */
export const GATE_ALIASES: readonly string[] = Object.keys(ALIASES);

/** The path an alias stands for, or undefined: only ALIASES' own keys (`constructor` is a dimension's id, not Object's). */
function aliasOf(name: string): string | undefined {
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

// The reasons an answer is excluded from a base (`missing`), and a date is not read (`unparsedBy`).
const MISSING_REASONS = ['blank', 'notApplicable', 'outOfScale', 'notInteger', 'invalid'] as const;
const UNPARSED_REASONS = ['blank', 'notADate', 'invalid', 'otherOrder'] as const;

// Paths a gate may name — every figure of the JSON report outside its arrays but the settings
// (levels, scales, weights, --min-base); `*` stands for any dimension id. README's Gates lists them.
const NUMBER_PATHS = pathPatterns([
  'respondents',
  'weight.sum',
  'weight.effectiveN',
  'index.(n|effectiveN|score|sd)',
  'index.ci.(low|high)',
  '(csat|ces).(n|effectiveN|mean|sd|score|median|q1|q3)',
  '(csat|ces).ci.(low|high)',
  '(csat|ces).(topBox|bottomBox).(count|share)',
  '(csat|ces).(topBox|bottomBox).ci.(low|high)',
  'nps.(n|effectiveN|score|moe)',
  'nps.ci.(low|high)',
  'nps.(promoters|passives|detractors).(count|share)',
  'dimensions.*.(n|effectiveN|mean|sd|score)',
  'dimensions.*.ci.(low|high)',
  'dimensions.*.(topBox|bottomBox).(count|share)',
  'dimensions.*.(topBox|bottomBox).ci.(low|high)',
  'dimensions.*.alpha.(n|raw|standardized)',
  'dimensions.complaints.incidence.(n|effectiveN|count|share)',
  'dimensions.complaints.incidence.ci.(low|high)',
  'dimensions.*.alpha.ci.(low|high)',
  'dimensions.complaints.resolution.(n|effectiveN|score)',
  'dimensions.complaints.resolution.ci.(low|high)',
  `(missing|csat.missing|ces.missing|nps.missing|dimensions.*.missing).(${MISSING_REASONS.join('|')})`,
  'weight.excluded.(blank|invalid|zero|negative)',
  'attention.(respondents|failedAny)',
  `(dateWindow|periodization).(unparsed|unparsedBy.(${UNPARSED_REASONS.join('|')}))`,
  'dateWindow.(before|after)',
  'drivers.(n|effectiveN|r2)',
  'drivers.dimensions.*.(r|weight|score)',
  'comments.count',
  `comments.themes.(${COMMENT_THEMES.join('|')}).(count|share)`,
  `comments.themes.(${COMMENT_THEMES.join('|')}).(${COMMENT_TONES.join('|')}).(count|share)`,
]);

// The figures that are shares, fractions from 0 to 1: the shares and the bounds of their intervals.
const SHARE_PATHS = /\.share$|\.(topBox|bottomBox|incidence)\.ci\.(low|high)$/;

/**
 * Figures of a bounded range besides the shares, with what to say of a number outside it: such a
 * gate could never fire, or would always (`nps > 150`, `drivers.r2 > 30` for 30 %). The scores and
 * the NPS are bounded by their definitions (README, "Metrics"); their intervals' bounds are not
 * (an NPS interval of two answers runs past ±100), so only the figures themselves are.
 */
const BOUNDED: ReadonlyArray<{ path: RegExp; low: number; high: number; what: string; hint: string }> = [
  { path: /^nps\.score$/, low: -100, high: 100, what: 'the NPS, in points from -100 to +100', hint: 'the NPS is the promoters\' percentage less the detractors\'' },
  { path: /^(?!nps\.)(.+\.)?score$/, low: 0, high: 100, what: 'a score from 0 to 100', hint: 'a score is put on 0-100: 0 the scale\'s worst answer, 100 its best' },
  { path: /^drivers\.r2$/, low: 0, high: 1, what: 'R², a fraction from 0 to 1', hint: 'R² is a fraction: 30 % is 0.3' },
  { path: /^drivers\.dimensions\.[^.]+\.r$/, low: -1, high: 1, what: 'a correlation, from -1 to 1', hint: 'r runs from -1 to 1' },
  { path: /^drivers\.dimensions\.[^.]+\.weight$/, low: 0, high: 1, what: 'a share of R², a fraction from 0 to 1', hint: 'a weight is a fraction: 30 % is 0.3' },
  { path: /\.alpha\.(raw|standardized)$/, low: Number.NEGATIVE_INFINITY, high: 1, what: 'an alpha, at most 1', hint: 'alpha is at most 1: 0.7 is the usual bar' },
];

/** Path patterns as regular expressions: `.` literal, `*` any dimension id. */
function pathPatterns(paths: readonly string[]): RegExp[] {
  return paths.map((p) => new RegExp(`^${p.replaceAll('.', '\\.').replaceAll('*', '[a-z][a-z0-9_-]*')}$`));
}

// The number may be signed either way, as the table prints NPS (`+5.3`, `−4.0` with a minus sign).
const EXPRESSION = /^\s*([A-Za-z][\w.-]*)\s*(<=|>=|==|!=|<|>)\s*([-+\u2212]?\d+(?:\.\d+)?)\s*$/;

/**
 * Parses `--fail-if "<path> <operator> <number>"`: a path into the JSON report (`nps.score`,
 * `dimensions.delivery.score`, `csat.ci.low`) or an alias (`nps`, `csat`, `ces`, `index`, or a
 * dimension id for its score), an operator and a number. A malformed expression or a path that
 * names no figure of the report is a usage error, raised before any input is read.
 */
export function parseGate(expression: string, source = `--fail-if "${expression}"`): Gate {
  const match = EXPRESSION.exec(expression);
  if (match === null) {
    throw new SatisfyError('USAGE', `${source} is not <figure> <operator> <number>`, {}, 'for example --fail-if "nps < 30" or --fail-if "dimensions.delivery.score <= 70"; operators: < <= > >= == !=');
  }
  const [, name, operator, value] = match as unknown as [string, string, Operator, string];
  const path = aliasOf(name) ?? (name.includes('.') ? name : `dimensions.${name}.score`);
  if (!NUMBER_PATHS.some((pattern) => pattern.test(path))) {
    // Names are lower case, as the JSON writes them: "NPS" is the alias nps, "Delivery" the dimension delivery.
    const folded = name.toLowerCase();
    const known = aliasOf(folded) !== undefined || BUILT_IN_DIMENSIONS.some((d) => d.id === folded);
    const lower = folded !== name && known ? `did you mean "${folded}"? ` : '';
    throw new SatisfyError('USAGE', `${source}: "${name}" is not a figure of the report`, {}, `${lower}use a path into the JSON report such as nps.score, csat.topBox.share, dimensions.delivery.score, or an alias: nps, csat, ces, index, delivery, pricing, complaints, trust, service`);
  }
  const threshold = Number(value.replace('\u2212', '-'));
  // A share is a fraction (0.191) where the tables print a percentage (19.1 %): "share > 20" could never fire.
  if (SHARE_PATHS.test(path) && (threshold < 0 || threshold > 1)) {
    throw new SatisfyError('USAGE', `${source}: ${path} is ${path.endsWith('.share') ? 'a share' : 'a bound of a share\'s interval'}, a fraction from 0 to 1, and ${value} is outside it`, {}, `shares are fractions: 20 % is 0.2${threshold > 1 && threshold <= 100 ? `, so write ${name} ${operator} ${+(threshold / 100).toFixed(6)}` : ''}`);
  }
  const bounded = BOUNDED.find((b) => b.path.test(path));
  if (bounded !== undefined && (threshold < bounded.low || threshold > bounded.high)) {
    throw new SatisfyError('USAGE', `${source}: ${path} is ${bounded.what}, and ${value} is outside it`, {}, bounded.hint);
  }
  return { expression: expression.trim(), source, path, operator, value: threshold };
}

/**
 * The gates less those that repeat one before them (the same figure, operator and number, however
 * written: `nps<10` is `nps < 10`), as a gate given in the config and again as --fail-if: each is
 * checked, and said to have failed, once.
 */
export function distinctGates(gates: readonly Gate[]): Gate[] {
  const seen = new Set<string>();
  return gates.filter((gate) => {
    const key = `${gate.path} ${gate.operator} ${gate.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Refuses, as a usage error, a gate on a dimension that no report of this run can have: one that is
 * not built in and that neither the config, `--map`, nor a report or state read names (`known`).
 * A gate on a dimension this report happens to lack (no trust question in this export) stays a
 * failed gate: the figure could exist, and a CI job must not go green because it vanished.
 */
export function requireKnownDimensions(gates: ReadonlyArray<Pick<Gate, 'source' | 'path' | 'expression'>>, known: Iterable<string>): void {
  const ids = new Set(known);
  for (const gate of gates) {
    const id = /^(?:drivers\.)?dimensions\.([^.]+)\./.exec(gate.path)?.[1];
    if (id === undefined || ids.has(id)) continue;
    // A dimension's id alone stands for its score: a bare name may be a misspelt alias (`nsp` for nps).
    // A --fail-on-drop's aliases are those of figures a comparison tests: respondents is none.
    const compared = (alias: string) => !isDrop(gate) || COMPARED_PATHS.some((pattern) => pattern.test(ALIASES[alias] as string));
    const aliases = gate.path === `dimensions.${id}.score` && !gate.source.includes(`dimensions.${id}`) ? Object.keys(ALIASES).filter(compared) : [];
    const near = nearestName(id, [...ids, ...aliases]);
    const meant = near === undefined ? '' : `did you mean ${near}${aliases.includes(near) && ALIASES[near] !== near ? ` (${ALIASES[near]})` : ''}? `;
    throw new SatisfyError('USAGE', `${gate.source}: no report of this run can have a dimension "${id}"`, {}, `${meant}dimensions: ${[...ids].join(', ')}${aliases.length > 0 ? `; other names: ${aliases.join(', ')}` : ''}; a dimension of your own comes from the config or --map`);
  }
}

/**
 * The report with its gates judged, once, on the whole of it: a wrapper of the analysis
 * (attention checks, a date window, periods) adds figures a gate may name (attention.failedAny,
 * dateWindow.unparsed, periodization.unparsed).
 */
export function withChecks(report: Report, gates: readonly Gate[]): Report {
  return { ...report, checks: evaluateGates(report, gates) };
}

/**
 * Evaluates gates on a report. A gate whose figure is missing (no recommend question, a null
 * interval) does not pass: a CI job must not go green because a figure vanished.
 */
export function evaluateGates(report: Partial<Report>, gates: readonly Gate[]): Check[] {
  return gates.map((gate) => {
    const withheld = withheldFigure(report, gate.path);
    if (withheld !== null) return { expression: gate.expression, actual: null, pass: false, withheld };
    const actual = figureAt(report, gate.path);
    const n = baseOf(report, gate.path);
    return { expression: gate.expression, actual, pass: actual !== null && !compare(actual, gate.operator, gate.value), ...(n === null ? {} : { n }) };
  });
}

// Figures that are counts of rows or answers, not estimates drawn from a base: no n is said for them.
const COUNT_PATHS = /^(respondents|weight|missing|attention|dateWindow|periodization)\.|\.missing\.|\.(n|effectiveN)$|^comments\.count$|^respondents$/;

// The parts of a dimension with a base of their own (their `n`), not the dimension's.
const OWN_BASE: ReadonlySet<string> = new Set(['alpha', 'incidence', 'resolution']);

/**
 * The base a --fail-if gate's figure rests on, for a CI log to tell a figure of 412 answers from
 * one of 12: the `n` of the innermost object on its path that has one (`nps.n` for `nps.ci.low`,
 * `dimensions.delivery.n` for its top box, `dimensions.delivery.alpha.n` for its alpha,
 * `dimensions.complaints.incidence.n`, `drivers.n` for a driver's r), or the comments pooled over
 * the comment columns for a comment theme's figures. Null for a count of rows or answers
 * (COUNT_PATHS) and where the figure's part of the report is missing (a null `nps`, a null alpha,
 * whose base is its own); a null interval or box (`index.ci.low` at n 1) rests on its part's base.
 */
export function baseOf(report: Partial<Report>, path: string): number | null {
  if (COUNT_PATHS.test(path)) return null;
  if (path.startsWith('comments.')) return commentFigure(report.comments, 'comments.count');
  let base: number | null = null;
  let node: unknown = report;
  for (const key of path.split('.').slice(0, -1)) {
    node = node === null || typeof node !== 'object' ? undefined : (node as Record<string, unknown>)[key];
    // A null interval or box rests on its part's base; a null alpha, incidence or handling score has
    // a base of its own, unknown; a part the report lacks (a dimension not found) has none.
    if (node === null) return OWN_BASE.has(key) ? null : base;
    if (typeof node !== 'object') return null;
    const n = (node as { n?: unknown }).n;
    if (typeof n === 'number') base = n;
  }
  return base;
}

// The key drivers' figures that their reading rests on: too unsteady to judge where it is withheld
// for a low base. Their base (n, effectiveN) and the dimensions' scores are judged as ever. Where
// it is withheld for an R² within chance, R² and each r are figures as any other; the weights are
// shares of noise.
const DRIVER_WEIGHTS = pathPatterns(['drivers.r2', 'drivers.dimensions.*.(r|weight)']);
const CHANCE_WEIGHTS = pathPatterns(['drivers.dimensions.*.weight']);

/**
 * Why the figure at `path` cannot be judged though the report holds it, or null: a key driver's
 * weight, r or R² whose reading is withheld for a low base, or a weight whose reading is withheld
 * for an R² within chance (see summarizeDrivers). A gate on it fails as a gate on a missing
 * figure does, and says why: a build must not pass on a figure that says nothing steady.
 */
function withheldFigure(report: Partial<Report>, path: string): string | null {
  const drivers = report.drivers;
  if (drivers === null || drivers === undefined) return null;
  const unsteady = drivers.lowBase === true ? DRIVER_WEIGHTS : drivers.byChance === true ? CHANCE_WEIGHTS : [];
  if (!unsteady.some((p) => p.test(path)) || figureAt(report, path) === null) return null;
  const reason = drivers.nullReasons?.reading;
  return `the key drivers' reading is withheld${reason === undefined ? '' : `, ${reason}`}`;
}

function figureAt(report: Partial<Report>, path: string): number | null {
  if (path.startsWith('comments.')) return commentFigure(report.comments, path);
  let node: unknown = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' ? node : null;
}

function compare(actual: number, operator: Operator, value: number): boolean {
  switch (operator) {
    case '<':
      return actual < value;
    case '<=':
      return actual <= value;
    case '>':
      return actual > value;
    case '>=':
      return actual >= value;
    case '==':
      return actual === value;
    case '!=':
      return actual !== value;
  }
}

/** `--fail-on-drop`: fail when the overall change of the figure at `path` against the baseline is significant and for the worse (see evaluateDrops). */
export interface DropGate {
  expression: string;
  /** Where the gate was given, for errors: `--fail-on-drop nps`. */
  source: string;
  path: string;
}

// The figures a comparison tests (compare-reports.ts); `*` stands for any dimension id.
const COMPARED_PATHS = pathPatterns(['index.score', 'ces.mean', 'csat.topBox.share', 'nps.score', 'dimensions.*.score']);

// How a --fail-on-drop's check is named in checks[]: `fail-on-drop nps.score`.
const DROP_PREFIX = 'fail-on-drop ';

/** Whether a check is a --fail-on-drop's (see parseDropGate), whose figure (`actual` in the JSON) is the change, not the figure itself. */
export function isDrop(check: Pick<Check, 'expression'>): boolean {
  return check.expression.startsWith(DROP_PREFIX);
}

/**
 * Parses the figure of `--fail-on-drop <figure>`: an alias (`nps`, `csat`, `ces`, `index`, or a
 * dimension id) or the path of a figure a comparison tests. Anything else is a usage error, raised
 * before any input is read.
 */
export function parseDropGate(name: string, source = `--fail-on-drop ${name}`): DropGate {
  const trimmed = name.trim();
  const path = aliasOf(trimmed) ?? (trimmed.includes('.') ? trimmed : `dimensions.${trimmed}.score`);
  if (!COMPARED_PATHS.some((pattern) => pattern.test(path))) {
    throw new SatisfyError('USAGE', `${source}: "${name}" is not a figure a comparison tests`, {}, 'one of nps, csat, ces, index, a dimension id (delivery, pricing, complaints, trust, service), or nps.score, csat.topBox.share, ces.mean, index.score, dimensions.<id>.score');
  }
  return { expression: `${DROP_PREFIX}${path}`, source, path };
}

// Why a figure of both sides was not tested that makes it another measure, not one too thinly answered.
const ANOTHER_MEASURE: ReadonlySet<string> = new Set(['scale', 'column', 'items', 'dimensions']);

/**
 * Evaluates drop gates on a comparison: each fails when the overall change of its figure is
 * significant and for the worse (down; for a CES mean whose higher codes are more effort, up), or when there is no such change (the figure is missing on a side): a CI
 * job must not go green because a figure vanished. A figure both sides have but that was not
 * tested for too few answers or too little spread (see Comparison.untested) cannot have fallen
 * significantly: its gate passes; one that is another measure on each side (another scale,
 * question, items, dimensions: a baseline of another reading) is no figure the gate can guard: it
 * fails. Either way its check says why (`untested`), as the comparison's notes. `actual` is the change.
 */
export function evaluateDrops(comparison: Comparison, drops: readonly DropGate[], reports: { baseline: Partial<Report>; current: Partial<Report> }): Check[] {
  // Reports of other respondents or weights (a --where subset against every row, a weighted
  // baseline against an unweighted week): a change between them is no change of the figure.
  const population = (comparison.warnings ?? []).filter((w) => w.code === 'otherPopulation' || w.code === 'otherWeighting').map((w) => w.note);
  return drops.map((drop): Check => {
    const bases: [number | null, number | null] = [baseOf(reports.baseline, drop.path), baseOf(reports.current, drop.path)];
    return bases[0] === null && bases[1] === null ? judgeDrop(comparison, drop, population) : { ...judgeDrop(comparison, drop, population), bases };
  });
}

/** A --fail-on-drop's check, but for its bases (see evaluateDrops). */
function judgeDrop(comparison: Comparison, drop: DropGate, population: readonly string[]): Check {
  const change = comparison.changes.find((c) => c.scope === 'overall' && c.metric === drop.path);
  const untested = comparison.untested?.find((c) => c.scope === 'overall' && c.metric === drop.path);
  const actual = change?.change ?? untested?.change ?? null;
  if (population.length > 0 && actual !== null) return { expression: drop.expression, actual, pass: false, withheld: `${population.join('; ')}; report both sides of the same rows, weighted alike` };
  if (change === undefined && untested !== undefined) {
    // Another measure on each side (another scale, question, items or dimensions: a baseline of an
    // earlier reading) is no figure the gate can guard: it fails, as a figure gone does.
    return { expression: drop.expression, actual: untested.change, pass: !ANOTHER_MEASURE.has(untested.why), ...(untested.reason === undefined ? {} : { untested: untested.reason }) };
  }
  if (change === undefined) return { expression: drop.expression, actual: null, pass: false, nullReason: NO_SUCH_CHANGE };
  return { expression: drop.expression, actual: change.change, pass: !(change.significant && forTheWorse(change)) };
}

/** Why a --fail-on-drop has no change (`nullReason`), in `compare`'s JSON as in `report --baseline`'s. */
const NO_SUCH_CHANGE = 'the figure is missing on one side or both';

/**
 * A figure of the comments, pooled over the comment columns (not the "Other (please specify)"
 * texts): `comments.count`, the comments; `comments.themes.<theme>.count`, those that talk about the
 * theme, and `.<tone>.count` those of them of a tone; each `.share` of all the comments. Null
 * without a comment column or a comment, and for a theme no column was read for.
 */
function commentFigure(comments: CommentsSummary | null | undefined, path: string): number | null {
  const columns = (comments?.columns ?? []).filter((c) => c.kind === 'comment');
  const total = columns.reduce((sum, c) => sum + c.comments, 0);
  if (columns.length === 0 || total === 0) return null;
  if (path === 'comments.count') return total;
  const [, , theme, tone, figure] = path.split('.') as [string, string, CommentTheme, string, string | undefined];
  // A theme the comments were not read for (a customer's, on a survey of employees) is no figure, not nought.
  if (!columns.some((c) => c.themes?.some((t) => t.theme === theme) === true)) return null;
  const count = columns.reduce((sum, c) => {
    const found = c.themes?.find((t) => t.theme === theme);
    if (found === undefined) return sum;
    return sum + (figure === undefined ? found.comments : found[tone as CommentTone]);
  }, 0);
  return (figure ?? tone) === 'share' ? count / total : count;
}

/** Why the figure of a --fail-if gate is null, where `report` has it and says why (see nullReasonAt), or in a report of no respondent the report's own reason; else null. */
export function gateNullReason(check: Check, report: Report | undefined): string | null {
  if (report === undefined || check.actual !== null || isDrop(check)) return null;
  // A report of no respondent (an empty week, --allow-empty) has no place for a dimension at all:
  // its gate says why as the headlines' do, not "no such figure" (a cold trial's CI log).
  // That reason is the no-respondent one the report gives (a header alone, or rows all left out),
  // not the first of its reasons, which may be a question's ("no recommend question found").
  const nobody = report.respondents === 0 ? (Object.values(report.nullReasons ?? {}).find((reason) => reason === NO_ROWS) ?? NO_RESPONDENTS) : null;
  return nullReasonAt(report, parseGate(check.expression).path) ?? nobody;
}

/**
 * The report with each check of a null `actual` saying why (Check.nullReason), in the words of
 * stderr, the table, Markdown, HTML and JUnit: the JSON consumer reads it beside the check.
 */
export function explainChecks(report: Report): Report {
  if (report.checks.every((c) => c.actual !== null || c.withheld !== undefined)) return report;
  const checks = report.checks.map((check): Check => {
    if (check.actual !== null || check.withheld !== undefined) return check;
    const reason = gateNullReason(check, report);
    return { ...check, nullReason: isDrop(check) ? NO_SUCH_CHANGE : (reason ?? 'the report has no such figure') };
  });
  return { ...report, checks };
}
