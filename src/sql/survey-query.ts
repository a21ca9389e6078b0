import type { AnalysisPlan } from '../analysis/assemble-analysis.js';
import { RowScorer } from '../analysis/analyze-survey.js';
import { CROSS_JOIN } from '../analysis/segmented-analysis.js';
import { SCORE_CENTRE, scaleCentre } from '../analysis/state-from-sql.js';
import { MAX_ALPHA_ITEMS } from '../stats/cronbach-alpha.js';
import { MAX_DRIVER_DIMENSIONS } from '../analysis/summarize-drivers.js';
import { makeAnswerCoder, noAnswerCodesOn, spelledNumbers, type AnswerFormat, type CodedAnswer } from '../survey/code-answer.js';
import type { Scale } from '../survey/scale.js';
import { noAnswerCodes } from '../survey/vocabulary.js';
import { makeOptionCoder } from '../survey/code-choice.js';
import { RATED_ROLES, type ColumnModel, type SurveyModel } from '../survey/survey-model.js';
import { DIALECT_FUNCTIONS } from './dialect-functions.js';
import { bigintType, doubleType, quoteIdentifier, quoteNumber, quoteString, textType, UnquotableError, type Dialect } from './quote.js';

/**
 * The columns of a query's result, in order: one row per statistic of one group (segment, period).
 * `part` says what the row holds (see README, "SQL engines"):
 * - `model`: `key` is the survey as read and the plan of the analysis (JSON), so that the result
 *   alone makes the report;
 * - `rows`: rows of the group by what became of them (`key`: `used`, a weight exclusion, or
 *   `filtered` by --where, or of no group `emptyRow`, see QuerySpec.emptyRows), with Σw and Σw²
 *   of the used ones;
 * - `answer`: answers to rated column `item` (its position among the rated columns): a valid answer
 *   `value`, or `key` the reason it is excluded, or `raw:` and the text the query could not code;
 * - `score`, `resolution`: a dimension's (`item`) per-respondent scores; `index`: the index;
 * - `alpha`, `drivers`: co-moments, `key` `i` (the sums of variable i) or `i,j` (cross sums).
 * `n` counts, `w` and `w2` are Σw and Σw², `s1` Σw(x − c) and `s2` Σw(x − c)² or Σw(x − c)(y − d)
 * around fixed centres c, d (see SCORE_CENTRE and scaleCentre), `lo` and `hi` the least and largest x.
 */
export const RESULT_COLUMNS = ['part', 'segment', 'period', 'item', 'key', 'value', 'n', 'w', 'w2', 's1', 's2', 'lo', 'hi'] as const;

/** A --where condition, its column found: the row is kept when its trimmed cell equals `value` (or not, with `equals` false). */
export interface SqlCondition {
  index: number;
  equals: boolean;
  value: string;
}

export interface QuerySpec {
  dialect: Dialect;
  /** What the query reads FROM: a quoted table name, or a table function of the dialect. */
  source: string;
  model: SurveyModel;
  plan: AnalysisPlan;
  where: readonly SqlCondition[];
  /** How the sample file writes its answers: decimal commas, negative codes as "no answer". */
  format: AnswerFormat;
  /** Per rated column's index: texts of its answers that the numbers of its scale do not spell, as satisfy codes them (labels, "N/A" ...). */
  known: ReadonlyMap<number, ReadonlyArray<readonly [text: string, coded: CodedAnswer]>>;
  /** Per checkbox option's column index: texts of its cells that are not plain numbers, as makeOptionCoder reads them (0, 1, 2). */
  knownTicks?: ReadonlyMap<number, ReadonlyArray<readonly [text: string, tick: number]>>;
  /** The JSON the first row of the result carries in `key`. */
  header: string;
  /**
   * The name of each column in the source, where the source names them (DuckDB reading the CSV
   * file with the names it is given, see sql-command's duckDbSource); else the sample's header.
   */
  columnNames?: readonly string[];
  /**
   * The source is a CSV file that DuckDB reads (see `source`): a row whose every field is NULL
   * (empty) or only spaces and tabs is an empty row, as satisfy's CSV reader has it (`;;;;`, as
   * Excel saves a row that looks empty), left out and counted (`rows`, key `emptyRow`). Not for a
   * table, where a row of NULLs may be a respondent who answered nothing. DuckDB only.
   */
  emptyRows?: boolean;
}

/** What the query cannot compute yet: the first such column, or setting, in words; null when none. */
export function notComputedInSql(model: SurveyModel, plan: AnalysisPlan): string | null {
  const scorer = new RowScorer(model, { confidenceLevel: plan.confidenceLevel });
  const named = (column: ColumnModel, what: string) => `column "${column.name}" (${what}) is not computed in SQL yet; give it the role "ignored" in the config to report the rest`;
  const comment = scorer.comments[0];
  if (comment !== undefined) return named(comment.column, 'free text');
  const ranking = scorer.rankings[0]?.columns[0];
  if (ranking !== undefined) return named(ranking, 'a ranking question');
  const importance = scorer.pairs[0];
  if (importance !== undefined) return named(importance.importance.column, 'importance');
  const joined = scorer.checkboxes.find((q) => q.joined)?.columns[0];
  if (joined !== undefined) return named(joined, 'a checkbox question written into one column');
  const category = model.columns.find((c) => c.role === 'segment' && c.dimension === 'complaints');
  if (category !== undefined) return named(category, 'problem categories');
  const consent = model.columns.find((c) => c.consentGate === true);
  if (consent !== undefined) return `column "${consent.name}" (a consent question whose decliners are left out) is not computed in SQL yet; give it another role in the config ("segment") to keep every respondent`;
  const attention = model.columns.find((c) => c.role === 'attention');
  if (attention !== undefined) return named(attention, 'an attention check');
  const banded = plan.segments?.columns.find((c) => c.bands !== undefined);
  if (banded !== undefined) return `--by "${banded.name}": a column of numbers cut into bands is not computed in SQL yet`;
  const dated = plan.periods ?? plan.window;
  if (dated?.excelSerials === true) return `column "${dated.column.name}": Excel serial day numbers are not read in SQL yet`;
  if (plan.periods !== null && plan.window !== null && (plan.periods.column.index !== plan.window.column.index || plan.periods.timeZone !== plan.window.timeZone)) return '--period and --since/--until on different columns or zones are not computed in SQL';
  return null;
}

// A decimal number as parseNumber reads it, of a size that every engine casts to a double without
// overflow; other texts are coded by satisfy (see `raw:`).
const NUMBER = '[+-]?([0-9]{1,30}([.][0-9]{0,30})?|[.][0-9]{1,30})([eE][+-]?[0-9]{1,2})?';
// Any decimal number, of any size: a weight the query cannot sum when NUMBER does not take it.
const ANY_NUMBER = '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?';
// The dates the query reads (see surveyQuery); parseDate reads them alike.
const PLAIN_DATE = '[0-9]{4}-[0-9]{2}-[0-9]{2}([ T]([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,9})?)?)?';
const ZONED_DATE = '[0-9]{4}-[0-9]{2}-[0-9]{2}[ T]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,6})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)';
const DECIMAL_COMMA_NUMBER = '[+-]?[0-9]{1,30},[0-9]{1,30}';
// What JavaScript's trim() removes, as satisfy trims every cell.
// Written as chr() of each code point, so that the query is printable text.
const WHITESPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, ...Array.from({ length: 11 }, (_, i) => 0x2000 + i), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/**
 * One query that computes, inside the engine, what satisfy's analysis of the rows would hold: per
 * group (segment), the answers of each rated column by value or reason, the weights, and the sums
 * of the per-respondent dimension scores, the index and the co-moments of alpha and drivers. Each
 * row's dimension scores are computed in a CTE exactly as RowScorer does (item weights, reversed
 * items, the handling of complaints), then aggregated. Every name and text is quoted (see quote.ts).
 */
export function surveyQuery(spec: QuerySpec): string {
  const { dialect, model, plan } = spec;
  const problem = notComputedInSql(model, plan);
  if (problem !== null) throw new Error(problem);
  const scorer = new RowScorer(model, { confidenceLevel: plan.confidenceLevel, outcome: plan.outcome });
  const str = (text: string) => quoteString(text, dialect);
  const num = (value: number) => quoteNumber(value, dialect);
  const dbl = doubleType(dialect);
  const txt = textType(dialect);
  const sql = DIALECT_FUNCTIONS[dialect];
  const matches = sql.fullMatch;
  const trim = (expr: string) => sql.trim(expr, WHITESPACE);
  const bigint = bigintType(dialect);
  const nullOf = (type: string) => `CAST(NULL AS ${type})`;
  const t = (index: number) => `t${index}`;
  const numberOf = (text: string) => {
    const plain = `WHEN ${matches(text, NUMBER)} THEN ${sql.tryCast(text, dbl)}`;
    const comma = spec.format.decimalComma ? ` WHEN ${matches(text, DECIMAL_COMMA_NUMBER)} THEN ${sql.tryCast(`replace(${text}, ',', '.')`, dbl)}` : '';
    return `CASE ${plain}${comma} END`;
  };

  // The cells used, trimmed, as text.
  const options = scorer.checkboxes.flatMap((q) => q.columns.map((c) => c.index));
  const used = new Set<number>([...scorer.rated.map((r) => r.column.index), ...options, ...spec.where.map((c) => c.index), ...(plan.segments?.columns.map((c) => c.index) ?? []), ...(model.weight === null ? [] : [model.weight])]);
  const columnName = (index: number) => spec.columnNames?.[index] ?? (model.columns[index] as ColumnModel).name;
  // A header cell left blank has no name a table's column could have: the table named it when it was loaded.
  const namedColumn = (index: number) => {
    const name = columnName(index);
    if (name === '') throw new UnquotableError(`column ${index + 1} has no name in the sample's header, and the query names the table's columns by the sample's: write in the sample's header the name the table gives that column`);
    return name;
  };
  const texts = () => [...used].sort((a, b) => a - b).map((index) => `coalesce(${trim(`CAST(${quoteIdentifier(namedColumn(index), dialect)} AS ${txt})`)}, '') AS ${t(index)}`);
  const kept = spec.where.length === 0 ? 'TRUE' : spec.where.map((c) => `${t(c.index)} ${c.equals ? '=' : '<>'} ${str(c.value)}`).join(' AND ');
  // A row of empty fields (see QuerySpec.emptyRows): every column of the file, whatever the sample
  // names, joined (concat reads NULL as ''), holds nothing but spaces and tabs, as CsvRecords.recordIsBlank reads its bytes.
  if (spec.emptyRows === true && dialect !== 'duckdb') throw new Error('rows of empty fields are told apart in DuckDB only');
  const emptyRow = spec.emptyRows === true ? `CASE WHEN regexp_full_match(concat(*COLUMNS(*)), ${str('[ \\t]*')}) THEN 1 ELSE 0 END AS empty_row` : null;
  const notEmpty = emptyRow === null ? '' : 'empty_row = 0 AND ';

  // The day of each row's date, for --period and --since/--until: `YYYY-MM-DD` with a time and no
  // offset is the day written (as parseDate reads it); with `Z` or `±HH:MM`, its day in the zone.
  // Anything else is 'undated', and its text is handed back for satisfy to read (see `date` rows).
  const dating = plan.periods ?? plan.window;
  const dateCell = dating === null ? null : t(dating.column.index);
  if (dating !== null) used.add(dating.column.index);
  let day = "''";
  if (dateCell !== null && dating !== null) {
    const zoned = sql.zonedDay(dateCell, str(dating.timeZone));
    day = `CASE WHEN ${matches(dateCell, PLAIN_DATE)} THEN substr(${dateCell}, 1, 10) WHEN ${matches(dateCell, ZONED_DATE)} THEN coalesce(${zoned}, 'undated') ELSE 'undated' END`;
  }
  // An empty cell, or a code for no answer (the column's own, --missing's), is the segment (blank), as satisfy's own reading has it.
  const blankWhen = (index: number) => {
    const codes = [...noAnswerCodes(model.columns[index] as ColumnModel, model.vocabulary)];
    return codes.length === 0 ? `${t(index)} = ''` : `${t(index)} = '' OR ${t(index)} IN (${codes.map(str).join(', ')})`;
  };
  // A cross-breakdown's value quotes a column's value that holds the join's sign (×) or opens with a quote, as satisfy's own reading does (crossPart).
  const crossed = plan.segments !== null && plan.segments.columns.length > 1;
  const part = (index: number) => (crossed ? `CASE WHEN ${t(index)} LIKE ${str('%×%')} OR ${t(index)} LIKE ${str('"%')} THEN ${str('"')} || replace(${t(index)}, ${str('"')}, ${str('""')}) || ${str('"')} ELSE ${t(index)} END` : t(index));
  const segment = plan.segments === null ? "''" : plan.segments.columns.map((c) => `CASE WHEN ${blankWhen(c.index)} THEN '(blank)' ELSE ${part(c.index)} END`).join(` || ${str(CROSS_JOIN)} || `);
  const weighted = model.weight !== null;
  const weightNumber = weighted ? numberOf(t(model.weight as number)) : '1';
  // A weight far from 1 (1e300, 5e-324) would overflow or vanish when squared in a double: the
  // query does not sum it, and says so (`unsummable`), where satisfy's own reading rescales.
  const weightReason = weighted
    ? `CASE WHEN ${t(model.weight as number)} = '' THEN 'blank' WHEN wn IS NULL AND ${matches(t(model.weight as number), ANY_NUMBER)} THEN 'unsummable' WHEN wn IS NULL THEN 'invalid' WHEN wn = 0 THEN 'zero' WHEN wn < 0 THEN 'negative' WHEN wn > ${num(1e150)} OR wn < ${num(1e-150)} THEN 'unsummable' ELSE 'used' END`
    : "'used'";

  // Each rated column coded: a{i} its value on the scale or NULL, r{i} why not (or raw:text).
  const coded = scorer.rated.flatMap((r, i) => {
    const cell = t(r.column.index);
    const branches = codingBranches(r.column, r.scale, spec, cell, model.vocabulary.missingCodes, str, num);
    const value = `CASE ${branches.map((b) => `WHEN ${b.when} THEN ${b.value ?? nullOf(dbl)}`).join(' ')} END AS a${i}`;
    const reason = `CASE ${branches.map((b) => `WHEN ${b.when} THEN ${b.reason === null ? nullOf(txt) : str(b.reason)}`).join(' ')} ELSE 'raw:' || ${cell} END AS r${i}`;
    return [value, reason];
  });
  const numbers = [...scorer.rated.filter((r) => r.scale.kind !== 'labels').map((r) => r.column.index), ...options.filter((index) => !scorer.rated.some((r) => r.column.index === index))].map((index) => `${numberOf(t(index))} AS n${index}`);
  // Each checkbox option's cell as makeOptionCoder reads it: 0 no answer, 1 not chosen, 2 ticked;
  // a text the sample did not show is taken for a tick, and handed back for satisfy to check (see `option` rows).
  const tickBranches = (index: number): Branch[] => {
    const cell = t(index);
    const n = `n${index}`;
    const known = (spec.knownTicks?.get(index) ?? []).map(([text, tick]): Branch => ({ when: `${cell} = ${str(text)}`, value: String(tick), reason: null }));
    const codes = [...model.vocabulary.missingCodes];
    return [
      ...known,
      { when: `${cell} = ''`, value: '0', reason: null },
      ...(codes.length === 0 ? [] : [{ when: `${cell} IN (${codes.map(str).join(', ')})`, value: '0', reason: null }]),
      { when: matches(cell, '-9+'), value: '0', reason: null },
      { when: `${n} = 0`, value: '1', reason: null },
      ...(spec.format.negativeCodesMissing ? [{ when: `${n} < 0`, value: '0', reason: null }] : []),
      { when: `${n} IS NOT NULL`, value: '2', reason: null },
    ];
  };
  const ticks = scorer.checkboxes.flatMap((q, qi) => q.columns.flatMap((c, o) => {
    const branches = tickBranches(c.index);
    return [`CASE ${branches.map((b) => `WHEN ${b.when} THEN ${b.value}`).join(' ')} ELSE 2 END AS k${qi}_${o}`, `CASE ${branches.map((b) => `WHEN ${b.when} THEN 0`).join(' ')} ELSE 1 END AS u${qi}_${o}`];
  }));

  // Per-respondent figures, as RowScorer.score computes them.
  const scoreOf = (position: number) => {
    const { scale } = scorer.rated[position] as { scale: Scale };
    const score = `((a${position} - ${num(scale.min)}) / ${num(scale.max - scale.min)}) * 100`;
    return scale.reversed ? `(100 - ${score})` : `(${score})`;
  };
  const answered = (position: number) => `CASE WHEN a${position} IS NULL THEN 0 ELSE 1 END`;
  const perRow: string[] = [];
  scorer.dimensions.forEach((d, j) => {
    if (d.positions.length === 0) {
      perRow.push(`${nullOf(dbl)} AS d${j}`, `${nullOf(dbl)} AS q${j}`, `0 AS x${j}`);
      return;
    }
    const sum = d.positions.map((p, i) => `coalesce(${(d.weights[i] as number) === 1 ? scoreOf(p) : `${num(d.weights[i] as number)} * ${scoreOf(p)}`}, 0)`).join(' + ');
    const weights = d.positions.map((p, i) => `CASE WHEN a${p} IS NULL THEN 0 ELSE ${num(d.weights[i] as number)} END`).join(' + ');
    const count = d.positions.map(answered).join(' + ');
    perRow.push(`CASE WHEN ${count} > 0 THEN (${sum}) / (${weights}) END AS d${j}`);
    if (d.problem >= 0) {
      const handling = d.handling.map((i) => d.positions[i] as number);
      const resolution = handling.length === 0 ? nullOf(dbl) : `CASE WHEN a${d.positions[d.problem]} = 1 AND ${handling.map(answered).join(' + ')} > 0 THEN (${handling.map((p) => `coalesce(${scoreOf(p)}, 0)`).join(' + ')}) / (${handling.map(answered).join(' + ')}) END`;
      perRow.push(`${resolution} AS q${j}`);
    } else perRow.push(`${nullOf(dbl)} AS q${j}`);
    perRow.push(d.positions.length > 1 ? `CASE WHEN ${count} = ${d.positions.length} THEN 1 ELSE 0 END AS x${j}` : `0 AS x${j}`);
  });
  const k = scorer.dimensions.length;
  const dims = Array.from({ length: k }, (_, j) => j);
  const index = k === 0 ? nullOf(dbl) : `CASE WHEN ${dims.map((j) => `CASE WHEN d${j} IS NULL THEN 0 ELSE 1 END`).join(' + ')} > 0 THEN (${dims.map((j) => `coalesce(d${j}, 0)`).join(' + ')}) / (${dims.map((j) => `CASE WHEN d${j} IS NULL THEN 0 ELSE 1 END`).join(' + ')}) END`;
  const hasDrivers = scorer.outcome >= 0 && k > 0 && k <= MAX_DRIVER_DIMENSIONS;
  const driversFlag = hasDrivers ? `CASE WHEN ${[...dims.map((j) => `d${j} IS NOT NULL`), `a${scorer.outcome} IS NOT NULL`].join(' AND ')} THEN 1 ELSE 0 END` : '0';

  // The aggregates of each group, named as the rows that hand them over read them.
  const aggregates: string[] = [];
  const rowsOut: string[] = [];
  let serial = 0;
  const head = (part: string, item: number, key: string | null) => `${str(part)} AS part, segment, period, ${item} AS item, ${key === null ? nullOf(txt) : str(key)} AS key, ${nullOf(dbl)} AS value`;
  /** Sums of x around `centre` over the rows where x is not null (and `when` holds), weighted by `weight`. */
  const moments = (part: string, item: number, key: string | null, x: string, centre: number, weight: string, when = `${x} IS NOT NULL`, cross: string | null = null) => {
    const name = `m${serial++}`;
    const on = (expr: string) => `CASE WHEN ${when} THEN ${expr} END`;
    const deviation = `(${x} - ${num(centre)})`;
    aggregates.push(
      `CAST(sum(CASE WHEN ${when} THEN 1 ELSE 0 END) AS ${bigint}) AS ${name}_n`,
      `sum(${on(weight)}) AS ${name}_w`,
      `sum(${on(`${weight} * ${weight}`)}) AS ${name}_w2`,
      `sum(${on(`${weight} * ${deviation}`)}) AS ${name}_s1`,
      `sum(${on(`${weight} * ${deviation} * ${cross ?? deviation}`)}) AS ${name}_s2`,
      `min(${on(x)}) AS ${name}_lo`,
      `max(${on(x)}) AS ${name}_hi`,
    );
    rowsOut.push(`SELECT ${head(part, item, key)}, ${name}_n AS n, ${name}_w AS w, ${name}_w2 AS w2, ${name}_s1 AS s1, ${name}_s2 AS s2, ${name}_lo AS lo, ${name}_hi AS hi FROM agg`);
  };
  const w = weighted ? 'w' : `CAST(1 AS ${dbl})`;
  dims.forEach((j) => {
    moments('score', j, null, `d${j}`, SCORE_CENTRE, w);
    moments('resolution', j, null, `q${j}`, SCORE_CENTRE, w);
  });
  moments('index', 0, null, 'ix', SCORE_CENTRE, w);
  /** The co-moments of variables `xs` (centred at `centres`) over the rows where `flag` is 1. */
  const coMoments = (part: string, item: number, xs: string[], centres: number[], weight: string, flag: string) => {
    xs.forEach((x, i) => {
      moments(part, item, String(i), x, centres[i] as number, weight, `${flag} = 1`);
      xs.forEach((y, j) => {
        if (j >= i) moments(part, item, `${i},${j}`, x, centres[i] as number, weight, `${flag} = 1`, `(${y} - ${num(centres[j] as number)})`);
      });
    });
    if (xs.length === 0) moments(part, item, 'count', '0', 0, weight, `${flag} = 1`);
  };
  scorer.dimensions.forEach((d, j) => {
    const items = d.positions.length > MAX_ALPHA_ITEMS ? [] : d.positions;
    const oriented = items.map((p) => {
      const { scale } = scorer.rated[p] as { scale: Scale };
      return scale.reversed ? `(${num(scale.min + scale.max)} - a${p})` : `a${p}`;
    });
    coMoments('alpha', j, oriented, items.map((p) => scaleCentre((scorer.rated[p] as { scale: Scale }).scale)), `CAST(1 AS ${dbl})`, `x${j}`);
  });
  if (hasDrivers) {
    const outcome = (scorer.rated[scorer.outcome] as { scale: Scale }).scale;
    coMoments('drivers', 0, [...dims.map((j) => `d${j}`), `a${scorer.outcome}`], [...dims.map(() => SCORE_CENTRE), scaleCentre(outcome)], w, 'dr');
  }

  const typed = (part: string, key: string) => `SELECT ${str(part)} AS part, ${nullOf(txt)} AS segment, ${nullOf(txt)} AS period, 0 AS item, ${key} AS key, ${nullOf(dbl)} AS value`;
  // Per checkbox question: who answered it (a tick or a "not chosen"), who said no to an option, who ticked each.
  scorer.checkboxes.forEach((q, qi) => {
    const cols = q.columns.map((_, o) => `k${qi}_${o}`);
    const name = `c${qi}`;
    const answered = `(${cols.map((k) => `${k} > 0`).join(' OR ')})`;
    const saidNo = `(${cols.map((k) => `${k} = 1`).join(' OR ')})`;
    aggregates.push(`CAST(sum(CASE WHEN ${answered} THEN 1 ELSE 0 END) AS ${bigint}) AS ${name}_n`, `sum(CASE WHEN ${answered} THEN ${w} END) AS ${name}_w`, `sum(CASE WHEN ${answered} THEN ${w} * ${w} END) AS ${name}_w2`, `CAST(sum(CASE WHEN ${saidNo} THEN 1 ELSE 0 END) AS ${bigint}) AS ${name}_no`);
    rowsOut.push(`SELECT ${head('checkbox', qi, 'answered')}, ${name}_n AS n, ${name}_w AS w, ${name}_w2 AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, ${nullOf(dbl)} AS lo, ${nullOf(dbl)} AS hi FROM agg`);
    rowsOut.push(`SELECT ${head('checkbox', qi, 'saidNo')}, ${name}_no AS n, ${nullOf(dbl)} AS w, ${nullOf(dbl)} AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, ${nullOf(dbl)} AS lo, ${nullOf(dbl)} AS hi FROM agg`);
    cols.forEach((k, o) => {
      aggregates.push(`CAST(sum(CASE WHEN ${k} = 2 THEN 1 ELSE 0 END) AS ${bigint}) AS ${name}_${o}_n`, `sum(CASE WHEN ${k} = 2 THEN ${w} END) AS ${name}_${o}_w`);
      rowsOut.push(`SELECT ${head('checkbox', qi, `option:${o}`)}, ${name}_${o}_n AS n, ${name}_${o}_w AS w, ${nullOf(dbl)} AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, ${nullOf(dbl)} AS lo, ${nullOf(dbl)} AS hi FROM agg`);
    });
  });
  // The texts taken for ticks that the sample did not show, for satisfy to check.
  const unknownTicks = scorer.checkboxes.flatMap((q, qi) => q.columns.map((c, o) => `${typed('option', `'raw:' || ${t(c.index)}`).replace('0 AS item', `${qi} AS item`)}, CAST(count(*) AS ${bigint}) AS n, ${nullOf(dbl)} AS w, ${nullOf(dbl)} AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, ${nullOf(dbl)} AS lo, ${nullOf(dbl)} AS hi FROM coded WHERE u${qi}_${o} = 1 GROUP BY ${t(c.index)}`));
  const cells = texts();
  // Every rated column's answers in one pass: each row unpivoted into one row per column, then grouped.
  const unpivoted = sql.unpivot(scorer.rated.map((_, i) => [`r${i}`, `a${i}`] as const));
  const answers =
    scorer.rated.length === 0
      ? []
      : [`SELECT ${str('answer')} AS part, segment, period, ${unpivoted.item} AS item, ${unpivoted.reason} AS key, ${unpivoted.value} AS value, CAST(count(*) AS ${bigint}) AS n, sum(${w}) AS w, sum(${w} * ${w}) AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, ${nullOf(dbl)} AS lo, ${nullOf(dbl)} AS hi FROM scored ${unpivoted.join} GROUP BY segment, period, ${unpivoted.item}, ${unpivoted.reason}, ${unpivoted.value}`];
  const select = [
    `${typed('model', str(spec.header))}, CAST(0 AS ${bigint}) AS n, ${nullOf(dbl)} AS w, ${nullOf(dbl)} AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, ${nullOf(dbl)} AS lo, ${nullOf(dbl)} AS hi`,
    ...(emptyRow === null ? [] : [`${typed('rows', "'emptyRow'")}, CAST(count(*) AS ${bigint}) AS n, ${nullOf(dbl)} AS w, ${nullOf(dbl)} AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, ${nullOf(dbl)} AS lo, ${nullOf(dbl)} AS hi FROM cells WHERE empty_row = 1`]),
    `${typed('rows', "'filtered'")}, CAST(count(*) AS ${bigint}) AS n, ${nullOf(dbl)} AS w, ${nullOf(dbl)} AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, ${nullOf(dbl)} AS lo, ${nullOf(dbl)} AS hi FROM cells WHERE ${notEmpty}NOT (${kept})`,
    `SELECT ${str('rows')} AS part, segment, period, 0 AS item, wr AS key, ${nullOf(dbl)} AS value, CAST(count(*) AS ${bigint}) AS n, sum(CAST(w AS ${dbl})) AS w, sum(CAST(w AS ${dbl}) * w) AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, min(CAST(w AS ${dbl})) AS lo, max(CAST(w AS ${dbl})) AS hi FROM weighed GROUP BY segment, period, wr`,
    ...(dateCell === null ? [] : [`${typed('date', `'raw:' || ${dateCell}`)}, CAST(count(*) AS ${bigint}) AS n, ${nullOf(dbl)} AS w, ${nullOf(dbl)} AS w2, ${nullOf(dbl)} AS s1, ${nullOf(dbl)} AS s2, ${nullOf(dbl)} AS lo, ${nullOf(dbl)} AS hi FROM numbered WHERE period = 'undated' GROUP BY ${dateCell}`]),
    ...answers,
    ...unknownTicks,
    ...rowsOut,
  ];
  return [
    '-- satisfy: the state of a report, computed in SQL (satisfy report --from-sql <result> makes the report)',
    'WITH cells AS (',
    `  SELECT ${[...(cells.length === 0 ? ["'' AS t"] : cells), ...(emptyRow === null ? [] : [emptyRow])].join(',\n    ')}`,
    `  FROM ${spec.source}`,
    '), numbered AS (',
    `  SELECT cells.*, ${segment} AS segment, ${day} AS period, ${weightNumber} AS wn${numbers.length === 0 ? '' : `, ${numbers.join(', ')}`} FROM cells WHERE ${notEmpty}${kept}`,
    '), weighed AS (',
    `  SELECT numbered.*, ${weightReason} AS wr, CASE WHEN ${weightReason} = 'used' THEN wn END AS w FROM numbered`,
    '), coded AS (',
    `  SELECT weighed.*${[...coded, ...ticks].length === 0 ? '' : `,\n    ${[...coded, ...ticks].join(',\n    ')}`}`,
    "  FROM weighed WHERE wr = 'used'",
    '), dimensioned AS (',
    `  SELECT coded.*${perRow.length === 0 ? '' : `, ${perRow.join(',\n    ')}`} FROM coded`,
    '), scored AS (',
    `  SELECT dimensioned.*, ${index} AS ix, ${driversFlag} AS dr FROM dimensioned`,
    '), agg AS (',
    `  SELECT segment, period, ${aggregates.join(',\n    ')}`,
    '  FROM scored GROUP BY segment, period',
    ')',
    select.join('\nUNION ALL '),
    '',
  ].join('\n');
}

interface Branch {
  when: string;
  /** The answer's value (SQL), or null for none. */
  value: string | null;
  /** Why there is no value, or null when there is one. */
  reason: string | null;
}

/**
 * The WHEN branches that code a rated column's trimmed cell as makeAnswerCoder does: the texts the
 * sample showed that are not plain numbers, as satisfy coded them; blanks and missing codes; then a
 * number on a numeric or yes/no scale. A text no branch codes is handed back raw for satisfy to code.
 */
function codingBranches(column: ColumnModel, scale: Scale, spec: QuerySpec, cell: string, vocabularyCodes: ReadonlySet<string>, str: (text: string) => string, num: (value: number) => string): Branch[] {
  const { format } = spec;
  const spelled = scale.kind === 'labels' ? new Map<number, number>() : spelledNumbers(column, format);
  const { texts: missingCodes, numbers: missingNumbers } = noAnswerCodesOn(scale, vocabularyCodes, column.missing ?? [], format, spelled);
  const branches: Branch[] = [];
  for (const [text, coded] of spec.known.get(column.index) ?? []) {
    branches.push({ when: `${cell} = ${str(text)}`, value: typeof coded === 'number' ? num(coded) : null, reason: typeof coded === 'number' ? null : coded });
  }
  branches.push({ when: `${cell} = ''`, value: null, reason: 'blank' });
  if (!missingCodes.has('NA')) branches.push({ when: `${cell} = 'NA'`, value: null, reason: 'blank' });
  if (missingCodes.size > 0) branches.push({ when: `${cell} IN (${[...missingCodes].map(str).join(', ')})`, value: null, reason: 'notApplicable' });
  if (scale.kind !== 'labels') {
    const n = `n${column.index}`;
    // A code that is a number, however written ("99.0" of a numeric column), as makeAnswerCoder reads it.
    if (missingNumbers.size > 0) branches.push({ when: `${n} IN (${[...missingNumbers].map(num).join(', ')})`, value: null, reason: 'notApplicable' });
    // Numbers the column's spellings give a value, however written (see spelledNumbers).
    for (const [number, value] of spelled) branches.push({ when: `${n} = ${num(number)}`, value: num(value), reason: null });
    if (format.negativeCodesMissing) branches.push({ when: `${n} < 0`, value: null, reason: 'notApplicable' });
    branches.push({ when: `${n} < ${num(scale.min)} OR ${n} > ${num(scale.max)}`, value: null, reason: 'outOfScale' });
    branches.push({ when: `${n} <> floor(${n})`, value: null, reason: 'notInteger' });
    branches.push({ when: `${n} IS NOT NULL`, value: n, reason: null });
  }
  return branches;
}

// The most texts of one column the query codes by name; others are handed back raw (see `raw:`).
const MAX_KNOWN = 1000;

// A table stores a yes/no question as BOOLEAN (DuckDB reads a CSV file's Yes and No so, and writes
// Parquet so; so does a warehouse), which the query reads as text: true and false in all six
// dialects. A sample exported as Yes and No never shows them; satisfy codes them as yes and no.
const BOOLEAN_TEXTS = ['true', 'false'];

/**
 * The texts of each rated column's answers in the sample that the query must code by name (see
 * QuerySpec.known): each as satisfy codes it, but blanks and, on scales of numbers, plain numbers,
 * which the query codes as satisfy does without a list.
 */
export function knownAnswers(model: SurveyModel, format: AnswerFormat, texts: ReadonlyMap<number, Iterable<string>>): Map<number, Array<[string, CodedAnswer]>> {
  const number = new RegExp(`^(${NUMBER})$`);
  const known = new Map<number, Array<[string, CodedAnswer]>>();
  for (const column of model.columns) {
    if (!RATED_ROLES.has(column.role) || column.scale === null) continue;
    const { scale } = column;
    const code = makeAnswerCoder(scale, model.vocabulary, format, column);
    const seen = new Set<string>([...(texts.get(column.index) ?? []), ...Object.values(scale.labels ?? {}), ...Object.keys(column.aliases ?? {}), ...(scale.kind === 'binary' ? BOOLEAN_TEXTS : [])].map((text) => text.trim()));
    const coded: Array<[string, CodedAnswer]> = [];
    for (const text of [...seen].sort()) {
      if (text === '' || text.includes('\0') || (scale.kind !== 'labels' && number.test(text))) continue;
      if (coded.length >= MAX_KNOWN) break;
      coded.push([text, code(text)]);
    }
    known.set(column.index, coded);
  }
  return known;
}

/** The texts of each checkbox option's cells in the sample that the query reads by name: as makeOptionCoder reads them, but blanks and plain numbers. */
export function knownTicks(model: SurveyModel, format: AnswerFormat, texts: ReadonlyMap<number, Iterable<string>>): Map<number, Array<[string, number]>> {
  const number = new RegExp(`^(${NUMBER})$`);
  const code = makeOptionCoder(model.vocabulary, format);
  const known = new Map<number, Array<[string, number]>>();
  for (const column of model.columns) {
    if (column.role !== 'option') continue;
    const seen = new Set([...(texts.get(column.index) ?? []), ...BOOLEAN_TEXTS].map((text) => text.trim()));
    known.set(column.index, [...seen].sort().filter((text) => text !== '' && !text.includes('\0') && !number.test(text)).slice(0, MAX_KNOWN).map((text) => [text, code(text)]));
  }
  return known;
}
