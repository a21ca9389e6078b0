import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { SatisfyError } from '../errors.js';
import { parseQualtricsSurvey, type LoadedSurvey } from '../survey/qualtrics-survey.js';
import { jsonSyntaxError } from '../text/json-syntax-error.js';
import { readAtMost } from './read-json.js';
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
  const text = readAtMost(file, MAX_SURVEY_BYTES, path, 'the survey file').replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = jsonSyntaxError(text);
    throw new SatisfyError('SURVEY_INVALID', `not a Qualtrics survey file: not valid JSON${error === null ? '' : ` (line ${error.line}, column ${error.column}: ${error.message})`}`, { file: path, line: error?.line }, 'a .qsf is exported from Qualtrics: Survey → Tools → Import/Export → Export Survey');
  }
  return { survey: parseQualtricsSurvey(value, path), path };
}
