import type { Report } from '../analysis/report.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { RenderOptions } from './render-options.js';
import { renderTable } from './table.js';

export type { RenderOptions } from './render-options.js';

/** Every output format, one renderer each, all receiving the same report and options (HTML draws its charts asynchronously). */
export const renderers = {
  table: renderTable,
  json: (report: Report, _options: RenderOptions) => renderJson(report),
  csv: (report: Report, options: RenderOptions) => renderCsv(report, options.csv),
  markdown: (report: Report, options: RenderOptions) => renderMarkdown(report, options.verbatims === true),
  html: (report: Report, _options: RenderOptions) => renderHtml(report),
} as const satisfies Record<string, (report: Report, options: RenderOptions) => string | Promise<string>>;

export type Format = keyof typeof renderers;
export const FORMATS = Object.keys(renderers) as Format[];
