import type { InputFile, RowCondition, SkipReason } from '../input/read-csv.js';
import { indexOfColumn } from '../text/column-name.js';

/** What a shard read with --where says of it: its conditions and its files' identity (see ShardState.where). */
export interface ShardWhere {
  conditions: RowCondition[];
  /** The SHA-256 of each file's bytes, hex, in the order of the shard's files. */
  sha256: string[];
}

/** What coveringShards reads of a shard. */
export interface CoveringShard {
  model: { columns: ReadonlyArray<{ name: string }> };
  files: InputFile[];
  where?: ShardWhere;
}

// Rows a shard leaves out after its --where kept them (the analysis's checks): counted in the shard that kept them.
const AFTER_WHERE: ReadonlySet<SkipReason> = new Set(['inattentive', 'declinedConsent']);
const FIRST_LINES = 5;

/**
 * The files of a merge's report: those of each shard, except that shards of the same files (the
 * same bytes) read with --where conditions that exclude each other, and whose kept rows add up to
 * the rows that reached the --where, are every row of those files: their files are counted once, as
 * one run without --where counts them (no row `filtered`), rather than each shard's filtered rows
 * being the other shards' kept ones. The East and the rest of one export are then the whole export,
 * and a comparison with a report of every row is of one population. Shards that overlap or leave
 * rows out keep their files as they are.
 */
export function coveringShards(shards: readonly CoveringShard[]): InputFile[] {
  const groups = new Map<string, number[]>();
  shards.forEach((shard, i) => {
    if (shard.where === undefined || shard.where.sha256.length !== shard.files.length) return;
    const key = JSON.stringify(shard.where.sha256);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const merged = new Map<number, InputFile[]>();
  for (const members of groups.values()) {
    const files = members.length < 2 ? null : wholeFiles(members.map((i) => shards[i] as CoveringShard));
    if (files === null) continue;
    members.forEach((i, j) => merged.set(i, j === 0 ? files : []));
  }
  return shards.flatMap((shard, i) => merged.get(i) ?? shard.files);
}

/** The files of shards of the same bytes counted once, where their conditions exclude each other and their kept rows are every row; else null. */
function wholeFiles(shards: readonly CoveringShard[]): InputFile[] | null {
  const conditions = shards.map((shard) => keyed(shard.where?.conditions ?? [], shard.model.columns.map((c) => c.name)));
  for (let i = 0; i < conditions.length; i += 1) for (let j = i + 1; j < conditions.length; j += 1) if (!exclusive(conditions[i] ?? [], conditions[j] ?? [])) return null;
  const first = shards[0] as CoveringShard;
  const files: InputFile[] = [];
  for (let f = 0; f < first.files.length; f += 1) {
    const sides = shards.map((shard) => shard.files[f] as InputFile);
    const base = sides[0] as InputFile;
    const before = beforeWhere(base);
    if (sides.some((file) => file.rows !== base.rows || !sameCounts(beforeWhere(file), before))) return null;
    const reached = base.rows - total(before);
    const kept = sides.reduce((sum, file) => sum + file.rows - total(beforeWhere(file)) - filtered(file), 0);
    if (kept !== reached) return null;
    files.push(whole(base, sides));
  }
  return files;
}

/** One file as a run without --where counts it: the rows skipped before the --where once, those the shards kept (used or left out after) added up. */
function whole(base: InputFile, sides: readonly InputFile[]): InputFile {
  const skipped: InputFile['skipped'] = beforeWhere(base).map((s) => ({ ...s, firstLines: [...s.firstLines] }));
  for (const file of sides) {
    for (const s of file.skipped.filter((k) => AFTER_WHERE.has(k.reason))) {
      let entry = skipped.find((k) => k.reason === s.reason);
      if (entry === undefined) skipped.push((entry = { reason: s.reason, count: 0, firstLines: [] }));
      entry.count += s.count;
      entry.firstLines = firstOfBoth(entry.firstLines, s.firstLines);
    }
  }
  const unscored = sides.flatMap((file) => file.unscoredAnswers ?? []).reduce<NonNullable<InputFile['unscoredAnswers']>>((list, u) => {
    const entry = list.find((e) => e.column === u.column);
    if (entry === undefined) list.push({ ...u, firstLines: [...u.firstLines] });
    else {
      entry.answers += u.answers;
      entry.firstLines = firstOfBoth(entry.firstLines, u.firstLines);
    }
    return list;
  }, []);
  const file: InputFile = { ...base };
  delete file.unscoredAnswers;
  return { ...file, rowsUsed: sides.reduce((total, file) => total + file.rowsUsed, 0), skipped, ...(unscored.length > 0 ? { unscoredAnswers: unscored } : {}) };
}

/** The first FIRST_LINES lines of two lists of lines, ascending. */
function firstOfBoth(a: readonly number[], b: readonly number[]): number[] {
  return [...a, ...b].sort((x, y) => x - y).slice(0, FIRST_LINES);
}

/** The rows a file skipped before its --where, by reason: the same in every shard of the same bytes. */
function beforeWhere(file: InputFile): InputFile['skipped'] {
  return file.skipped.filter((s) => s.reason !== 'filtered' && !AFTER_WHERE.has(s.reason));
}

/** Whether two files skipped the same rows by reason, in the same order. */
function sameCounts(a: InputFile['skipped'], b: InputFile['skipped']): boolean {
  return a.length === b.length && a.every((s, i) => s.reason === b[i]?.reason && s.count === b[i]?.count);
}

function total(skipped: InputFile['skipped']): number {
  return skipped.reduce((sum, s) => sum + s.count, 0);
}

function filtered(file: InputFile): number {
  return total(file.skipped.filter((s) => s.reason === 'filtered'));
}

/** A shard's conditions with their column as its index among the survey's columns, where it names one. */
function keyed(conditions: readonly RowCondition[], names: readonly string[]): Array<{ column: string; equals: boolean; value: string }> {
  return conditions.map(({ column, equals, value }) => {
    const index = indexOfColumn(names, column);
    return { column: index >= 0 ? `#${index + 1}` : column, equals, value: value.trim() };
  });
}

/** Whether no row can meet both sets of conditions: one column asked to be two values, or one value and not it. */
function exclusive(a: ReadonlyArray<{ column: string; equals: boolean; value: string }>, b: ReadonlyArray<{ column: string; equals: boolean; value: string }>): boolean {
  return a.some((x) => b.some((y) => x.column === y.column && (x.equals && y.equals ? x.value !== y.value : x.equals !== y.equals && x.value === y.value)));
}
