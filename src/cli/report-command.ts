import { SatisfyError } from '../errors.js';
import { FORMATS, renderers, type Format } from '../render/index.js';
import type { ColumnMapping } from '../survey/build-model.js';
import { analyzeFile } from './analyze-file.js';
import { ExitCode, type Io } from './io.js';
import { useColor } from './use-color.js';

export interface ReportOptions {
  file: string;
  format: string;
  map: string[];
  confidence: string;
  color: boolean;
}

/** `satisfy report <file>`: read the export, score it, print the report. */
export async function runReport(options: ReportOptions, io: Io): Promise<ExitCode> {
  const format = parseFormat(options.format);
  const mappings = options.map.map(parseMapping);
  const confidenceLevel = parseConfidence(options.confidence);
  const report = await analyzeFile(options.file, { mappings, confidenceLevel });
  const color = format === 'table' && useColor(options.color, io.env, io.stdoutIsTTY);
  io.stdout.write(renderers[format](report, { color }));
  return ExitCode.ok;
}

function parseFormat(text: string): Format {
  if ((FORMATS as string[]).includes(text)) return text as Format;
  throw new SatisfyError('USAGE', `unknown format "${text}"`, {}, `--format takes one of: ${FORMATS.join(', ')}`);
}

const TARGET = /^[a-z][a-z0-9_-]*$/;

/** `delivery=Speed,Quality` → { target: 'delivery', columns: ['Speed', 'Quality'] }. */
export function parseMapping(text: string): ColumnMapping {
  const equals = text.indexOf('=');
  const target = text.slice(0, equals).trim();
  const columns = text.slice(equals + 1).split(',').map((c) => c.trim()).filter((c) => c !== '');
  if (equals < 0 || !TARGET.test(target) || columns.length === 0) {
    throw new SatisfyError('USAGE', `--map takes <dimension>=<column>[,<column>...], not "${text}"`, {}, 'the dimension is a lower-case word such as delivery, pricing, complaints, trust, or csat, nps, ces');
  }
  return { target, columns };
}

function parseConfidence(text: string): number {
  const level = Number(text);
  if (!(level >= 0.8 && level <= 0.999)) throw new SatisfyError('USAGE', `--confidence takes a level from 0.80 to 0.999, not "${text}"`);
  return level;
}
