import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { SatisfyError } from '../errors.js';
import { parseQualtricsSurvey, type LoadedSurvey } from '../survey/qualtrics-survey.js';
import { jsonSyntaxError } from '../text/json-syntax-error.js';
import type { LoadedConfig } from './load-config.js';

// A survey of a few hundred questions is a few MiB of JSON; this leaves room for far larger ones.
export const MAX_SURVEY_BYTES = 64 * 1024 * 1024;

export type { LoadedSurvey };

/**
 * The Qualtrics survey file (.qsf) that `--survey` names, else the config's `survey` (a path
 * relative to the config file's folder), read and parsed; undefined when neither names one. A file
 * that is not JSON is an error naming its line; JSON that is not a Qualtrics survey, an error
 * naming the file.
 */
export function loadSurvey(explicit: string | undefined, config: LoadedConfig | undefined, cwd: string): LoadedSurvey | undefined {
  const fromConfig = config?.settings.survey;
  const path = explicit ?? (fromConfig === undefined || config === undefined ? undefined : isAbsolute(fromConfig) ? fromConfig : join(dirname(config.path), fromConfig));
  if (path === undefined) return undefined;
  const file = isAbsolute(path) ? path : join(cwd, path);
  if (!existsSync(file)) throw new SatisfyError('FILE_NOT_FOUND', `no such survey file${explicit === undefined ? ` (the config's "survey")` : ''}`, { file: path });
  if (statSync(file).isDirectory()) throw new SatisfyError('FILE_IS_DIRECTORY', 'the survey file is a directory, not a file', { file: path });
  const text = readAtMost(file, path).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text);
    throw new SatisfyError('SURVEY_INVALID', `not a Qualtrics survey file: not valid JSON${error === null ? '' : ` (line ${error.line}, column ${error.column}: ${error.message})`}`, { file: path, line: error?.line }, 'a .qsf is exported from Qualtrics: Survey → Tools → Import/Export → Export Survey');
  }
  return { survey: parseQualtricsSurvey(value, path), path };
}

/** The text of a file of at most MAX_SURVEY_BYTES bytes; a longer one (or a device that never ends) is an error found after reading one byte more, never the whole of it. */
function readAtMost(file: string, shownAs: string): string {
  const chunks: Buffer[] = [];
  const fd = openSync(file, 'r');
  let length = 0;
  try {
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, MAX_SURVEY_BYTES + 1 - length));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > MAX_SURVEY_BYTES) throw new SatisfyError('FILE_TOO_LARGE', `the survey file is larger than ${MAX_SURVEY_BYTES / 1024 / 1024} MiB`, { file: shownAs });
    }
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(chunks).toString('utf8');
}
