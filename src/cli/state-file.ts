import { readFileSync } from 'node:fs';
import { SatisfyError } from '../errors.js';
import type { ShardState } from './analyze-files.js';

/** What a state file says it is (its `format`), and the version of its layout. */
const FORMAT = 'satisfy-state';
// 2: rows whose date cannot be read are counted by why (UnparsedDates), not as one number.
const VERSION = 2;

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

/** Reads a state file `stateText` wrote; anything else is an error naming the file. */
export function readState(path: string): ShardState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SatisfyError('FILE_NOT_FOUND', 'cannot read the state file', { file: path });
  }
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, v: unknown) => {
      if (v !== null && typeof v === 'object' && '$set' in v) return new Set((v as { $set: unknown[] }).$set);
      if (v !== null && typeof v === 'object' && '$map' in v) return new Map((v as { $map: Array<[unknown, unknown]> }).$map);
      return v;
    });
  } catch {
    value = null;
  }
  const state = value as (ShardState & { format?: unknown; version?: unknown }) | null;
  if (state === null || typeof state !== 'object' || state.format !== FORMAT) throw new SatisfyError('STATE_INVALID', 'not a state file written by satisfy report --emit-state', { file: path });
  if (state.version !== VERSION) throw new SatisfyError('STATE_INVALID', `a state file of version ${String(state.version)}; this satisfy reads version ${VERSION}`, { file: path });
  return { model: state.model, plan: state.plan, files: state.files, analysis: state.analysis };
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
  const columns = shard.model.columns.map((column) => ({ ...column, evidence: [], unmapped: [], confidence: undefined, suggestion: undefined }));
  // The language's evidence counts the words of the shard's own sample; the language is what counts.
  const language = shard.model.language?.language ?? null;
  // The plan's columns (--by, the timestamp) carry the model's evidence too: their index and name are what counts.
  const named = ({ index, name }: { index: number; name: string }) => ({ index, name });
  const { segments, periods, window } = shard.plan;
  const plan = {
    ...shard.plan,
    segments: segments === null ? null : { ...segments, columns: segments.columns.map(named) },
    periods: periods === null ? null : { ...periods, column: named(periods.column), dateOrder: periods.dateOrderGiven ? periods.dateOrder : null },
    window: window === null ? null : { ...window, column: named(window.column) },
  };
  return JSON.stringify({ model: { ...shard.model, columns, language }, plan }, setsAndMaps);
}
