import { existsSync, readFileSync, statSync } from 'node:fs';
import { checkShard } from '../analysis/check-state.js';
import { SatisfyError } from '../errors.js';
import { lexicons } from '../survey/lexicon/index.js';
import { buildVocabulary } from '../survey/vocabulary.js';
import type { ShardState } from '../engine/analyze-files.js';
import { readJson } from './read-json.js';

/** What a state file says it is (its `format`), and the version of its layout. */
const FORMAT = 'satisfy-state';
// 2: rows whose date cannot be read are counted by why (UnparsedDates), not as one number.
// 3: free-text columns are tallied (comments, languages, tones, themes, verbatims), and the
// vocabulary holds the words that say there is nothing to say and those of an "Other" answer.
// 4: each free-text column keeps its respondents' ratings by the themes of their comment (impact).
// 5: the words of the comments are counted, per free-text column and language (CommentWordsState),
// in the analysis of the whole sample.
// 6: the analysis of a period keeps no impact of comment themes (see AnalysisScope).
// 7: complaint categories and the options of rankings by position keep their spellings and
// counts, and pool past 1,000 as `overflow` (see CategoryTally): their report no longer depends on
// the order of the rows and shards.
// 8: a dimension whose items have few enough combinations of answers counts its respondents by
// them (`counts`, see DimensionCounts) rather than in its moments. A state of version 7 is one
// without counts, whose moments hold every row: it is read as it is.
// 9: a shard read with --where keeps its conditions and its files' SHA-256 (`where`), so that a
// merge counts shards of one export that together hold every row as that export read whole (see
// coveringShards). A state of version 8 is one without `where`: it is read as it is.
const VERSION = 9;

/**
 * A shard's state as JSON (`--emit-state`): the survey as it was read (column roles, scales,
 * dimensions, vocabulary), the plan of the analysis, the files, and every accumulator. Sets and
 * Maps of the survey model are written as `{"$set": [...]}` and `{"$map": [[key, value], ...]}`.
 */
export function stateText(shard: ShardState): string {
  return `${JSON.stringify({ format: FORMAT, version: VERSION, ...shard }, setsAndMaps)}\n`;
}

function setsAndMaps(_key: string, value: unknown): unknown {
  return value instanceof Set ? { $set: [...value] } : value instanceof Map ? { $map: [...value] } : value;
}

// Written by scripts/build-schema.mjs from the ShardState type, beside the compiled code.
const SCHEMA = new URL('../schema/state.schema.json', import.meta.url);

/**
 * Reads a state file `stateText` wrote, and checks it before anything loads it: its shape against
 * the state's JSON Schema (`satisfy schema state`), its vocabulary against this satisfy's
 * lexicons, and its ranges and consistency (see checkShard). Anything else — not JSON, another
 * format or version, an edited field — is an error naming the file and the JSON path.
 */
export function readState(path: string): ShardState {
  const hint = 'a state is the file satisfy report --emit-state wrote, unedited, by this version of satisfy';
  if (existsSync(path) && !statSync(path).isDirectory() && !/^\uFEFF?\s*\{/.test(readFileSync(path, 'utf8').slice(0, 100))) throw new SatisfyError('STATE_INVALID', 'not a state file written by satisfy report --emit-state', { file: path });
  const written = readJson<StateFile>(path, path, SCHEMA, 'STATE_INVALID', 'the state', hint, (value) => withNamedColumns(formatted(value, path)));
  // The vocabulary is this satisfy's lexicons and the state's missing codes, word for word, before anything reads it.
  const { vocabulary: writtenVocabulary } = written['model'] as { vocabulary: { missingCodes: { $set: string[] } } };
  const vocabulary = buildVocabulary(lexicons, writtenVocabulary.missingCodes.$set);
  if (JSON.stringify(vocabulary, setsAndMaps) !== JSON.stringify(writtenVocabulary)) throw new SatisfyError('STATE_INVALID', "model.vocabulary: not the words of this satisfy's lexicons: the state was written by a satisfy whose word lists differ, another version, or was edited", { file: path }, 'make the states again with this version of satisfy (satisfy report --emit-state), so that every shard is read with the same words');
  // Only the vocabulary holds Sets and Maps: the one built here, equal to it, takes its place.
  const shard = written as unknown as ShardState;
  const parts = { model: { ...shard.model, vocabulary }, plan: shard.plan, files: shard.files, analysis: shard.analysis, ...(shard.where === undefined ? {} : { where: shard.where }) };
  const problem = checkShard(parts);
  if (problem !== null) throw new SatisfyError('STATE_INVALID', `${problem.path}: ${problem.problem}`, { file: path }, hint);
  return parts;
}

/** The document if it is a state of this version (or of version 8 or 7, or of version 6 brought to it); the format and version are told before what does not fit. */
function formatted(value: unknown, path: string): unknown {
  const state = value as { format?: unknown; version?: unknown } | null;
  if (state === null || typeof state !== 'object' || state.format !== FORMAT) throw new SatisfyError('STATE_INVALID', 'not a state file written by satisfy report --emit-state', { file: path });
  if (state.version === 6) return fromVersion6(value as Record<string, unknown>, path);
  if (state.version === 7) return fromVersion7(value as Record<string, unknown>, path);
  if (state.version === 8) return { ...(value as Record<string, unknown>), version: VERSION };
  if (state.version !== VERSION) throw new SatisfyError('STATE_INVALID', `a state file of version ${JSON.stringify(state.version)}; this satisfy reads versions 6 to ${VERSION}`, { file: path }, 'write the state again with this satisfy (satisfy report --emit-state) from the export it was made of');
  return value;
}

/**
 * A state of version 6 as version 8 reads it (see version 7), where nothing is lost: its complaint categories and
 * rankings by position, which kept each option in the spelling met first and pooled past 100 as
 * rows came, are empty (a survey without such columns, or a shard of rows that never answered
 * them). A state that holds some is refused: its figures could not be merged with others as this
 * satisfy merges them (see CategoryTally).
 */
function fromVersion6(state: Record<string, unknown>, path: string): unknown {
  forEachSurvey(state['analysis'], (survey) => {
    for (const tally of asArray(survey['categories'])) {
      if (asArray(tally['counts']).length > 0) throw version6(path, 'complaint categories');
      tally['overflow'] = { count: 0, weight: 0 };
    }
    for (const tally of asArray(survey['rankings'])) {
      const options = asArray(tally['options']) as unknown as Array<[unknown, Record<string, unknown>]>;
      // A ranking whose columns are its options keeps them by position ("0", "1" …), whose labels are the columns'.
      if (!options.every((option, i) => Array.isArray(option) && option[0] === String(i))) throw version6(path, 'rankings by position');
      for (const [, entry] of options) {
        if (entry === null || typeof entry !== 'object') continue;
        delete entry['label'];
        entry['spellings'] = [];
      }
      tally['overflow'] = { n: 0, weight: 0, rankSum: 0, first: 0, firstWeight: 0 };
    }
  });
  return { ...state, version: VERSION };
}

/** A state of version 7 as it is: it counts no dimension by combinations of answers (its moments hold every row). */
function fromVersion7(state: Record<string, unknown>, path: string): unknown {
  forEachSurvey(state['analysis'], (survey) => {
    if (asArray(survey['dimensions']).some((dimension) => dimension !== null && typeof dimension === 'object' && 'counts' in dimension)) {
      throw new SatisfyError('STATE_INVALID', 'a state file of version 7 with counts of combinations of answers, which only version 8 writes: an edited state', { file: path }, 'write the state again with this satisfy (satisfy report --emit-state) from the export it was made of');
    }
  });
  return { ...state, version: VERSION };
}

/** Calls `each` with every analysis of kind "survey" in a state's analysis, however deep. */
function forEachSurvey(node: unknown, each: (survey: Record<string, unknown>) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((item) => forEachSurvey(item, each));
  const analysis = node as Record<string, unknown>;
  if (analysis['kind'] === 'survey') each(analysis);
  else Object.values(analysis).forEach((value) => forEachSurvey(value, each));
}

function asArray(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
}

function version6(path: string, what: string): SatisfyError {
  return new SatisfyError('STATE_INVALID', `a state file of version 6 with ${what}, which it kept in the spelling met first: this satisfy (version ${VERSION}) counts their spellings to merge them in any order`, { file: path }, 'write the state again with this satisfy (satisfy report --emit-state) from the export it was made of');
}

/** A state file as written: ShardState with its Sets and Maps as `{"$set": [...]}` and `{"$map": [...]}`. */
type StateFile = Record<string, unknown>;

/**
 * The plan as its schema says: the --by columns as their index and name, the date window without
 * the settings of a period. satisfy wrote more of each into the states of version 2 before.
 */
function withNamedColumns(value: unknown): unknown {
  const plan = (value as { plan?: Record<string, unknown> } | null)?.plan;
  if (plan === null || typeof plan !== 'object') return value;
  const named = (c: unknown) => (c !== null && typeof c === 'object' && 'index' in c && 'name' in c ? { index: c.index, name: c.name } : c);
  const segments = plan['segments'] as { columns?: unknown } | null | undefined;
  const window = plan['window'] as Record<string, unknown> | null | undefined;
  const tidy = {
    ...plan,
    ...(segments !== null && typeof segments === 'object' && Array.isArray(segments.columns) ? { segments: { ...segments, columns: segments.columns.map(named) } } : {}),
    ...(window !== null && typeof window === 'object' ? { window: Object.fromEntries(Object.entries(window).filter(([key]) => key !== 'dateOrderGiven' && key !== 'period')) } : {}),
  };
  return { ...(value as object), plan: tidy };
}

/**
 * The survey as read and the plan of its analysis, without what depends on the rows a shard
 * happened to start with (the evidence, unmapped labels, the order of day and month its first
 * rows suggest for the periods — the rows of every shard settle it, see PeriodAnalysis): shards
 * merge when this is the same. Segments and periods are open sets, not part of it: a shard of
 * one region and a shard of the others merge into the union of their segments.
 */
export function surveyShape(shard: ShardState): string {
  // Evidence and confidence describe how the shard's own sample showed a column, not what it is.
  const columns = shard.model.columns.map((column) => ({ ...column, evidence: [], unmapped: [], confidence: undefined, suggestion: undefined, unscored: undefined }));
  // The language's evidence counts the words of the shard's own sample; the language is what counts.
  const language = shard.model.language?.language ?? null;
  // The plan's columns (--by, the timestamp) carry the model's evidence too: their index and name are what counts.
  const named = ({ index, name }: { index: number; name: string }) => ({ index, name });
  const { segments, periods, window } = shard.plan;
  const plan = {
    ...shard.plan,
    // Bands found in a shard's own rows can differ from another's: then its segments are others.
    segments: segments === null ? null : { ...segments, columns: segments.columns.map((c) => ({ ...named(c), cuts: c.bands?.cuts ?? null })) },
    periods: periods === null ? null : { ...periods, column: named(periods.column), dateOrder: periods.dateOrderGiven ? periods.dateOrder : null },
    window: window === null ? null : { ...window, column: named(window.column) },
  };
  // The survey file is the same whatever path named it (`x.qsf`, `./x.qsf`): its name and reading count.
  const surveyFile = shard.model.surveyFile === undefined ? undefined : { ...shard.model.surveyFile, path: undefined };
  return JSON.stringify({ model: { ...shard.model, columns, language, surveyFile }, plan }, keysInOrder);
}

/**
 * As setsAndMaps, and every object's keys in code-point order: a shape is what the survey is, not
 * the order its fields were set in (a column given its missing codes by the config before or after
 * its role came out in another order, and two shards of one survey were refused as two surveys).
 */
function keysInOrder(key: string, value: unknown): unknown {
  const plain = setsAndMaps(key, value);
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) return plain;
  return Object.fromEntries(Object.entries(plain).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Where the survey shapes (see surveyShape) of two shards first differ, in words: a column's field
 * by the column's name (`column "cusa": missing is ["-99"] in one, [] in the other`), else the
 * path; null when they are the same. For the error of a merge of shards read as other surveys.
 */
export function shapeDifference(a: ShardState, b: ShardState, names: [string, string] = ['one', 'the other']): string | null {
  const [x, y] = [JSON.parse(surveyShape(a)) as unknown, JSON.parse(surveyShape(b)) as unknown];
  const path = firstDifference(x, y, []);
  if (path === null) return null;
  // Columns that one state has and the other lacks (an export that lost its comment column): named, not dumped.
  if (path.length === 2 && path[0] === 'model' && path[1] === 'columns') {
    const [mine, theirs] = [a.model.columns.map((c) => c.name), b.model.columns.map((c) => c.name)];
    const only = (these: string[], those: string[], name: string) => these.filter((n) => !those.includes(n)).map((n) => `column ${JSON.stringify(n)} is only in ${name}`);
    const said = [...only(mine, theirs, names[0]), ...only(theirs, mine, names[1])];
    if (said.length > 0) return said.join('; ');
  }
  const at = (value: unknown) => path.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
  const [head, index, ...rest] = path;
  // A breakdown is named by its flag and its columns.
  const flag = head === 'plan' && path.length === 2 ? PLAN_FLAGS[index as string] : undefined;
  const shown = (value: unknown) => {
    if (flag !== undefined && (value === null || value === undefined)) return 'none';
    const columns = (value as { columns?: Array<{ name?: unknown }> } | null | undefined)?.columns;
    if (flag !== undefined && Array.isArray(columns)) return columns.map((c) => JSON.stringify(c.name)).join(' × ');
    const text = value === undefined ? 'absent' : JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  };
  const column = head === 'model' && index === 'columns' && rest.length > 0 ? a.model.columns[Number(rest[0])] : undefined;
  const where = flag ?? (column === undefined ? path.join('.') : `column "${column.name}"${rest.length > 1 ? ` ${rest.slice(1).join('.')}` : ''}`);
  return `${where} is ${shown(at(x))} in one, ${shown(at(y))} in the other`;
}

// The plan's parts by the flags that set them.
const PLAN_FLAGS: Record<string, string> = { segments: '--by', periods: '--period', window: '--since/--until', attention: 'the attention checks (--drop-inattentive)', outcome: '--outcome', confidenceLevel: '--confidence', redact: '--no-redact', tests: '--min-base/--adjust' };

function firstDifference(x: unknown, y: unknown, path: string[]): string[] | null {
  if (x === y) return null;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object' || Array.isArray(x) !== Array.isArray(y)) return path;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  if (Array.isArray(x) && Array.isArray(y) && x.length !== y.length) return path;
  for (const key of keys) {
    const found = firstDifference((x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key], [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

