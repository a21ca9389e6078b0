import type { CsvStyle } from './csv.js';

/** What every renderer receives besides the report. Decided once, in cli/, never looked up here. */
export interface RenderOptions {
  /** Use ANSI colours. */
  color: boolean;
  /** The terminal's width in characters: narrower than 80, the table drops its less needed columns. Undefined: no limit. */
  width?: number;
  /** Show the verbatims in the table and Markdown (--verbatims); the JSON and HTML always have them. */
  verbatims?: boolean;
  /** How the CSV is written (--csv-locale); undefined: the CSV for programs. */
  csv?: CsvStyle;
}
