import { inertText } from '../text/inert-text.js';

/** Cells of GitHub-flavoured Markdown tables, shared by the report and the comparison. */
export function table(head: string[], rows: string[][], align: Array<'left' | 'right'>): string {
  const rule = align.map((a) => (a === 'right' ? '---:' : ':---'));
  return [head, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * Text from the data in a table cell: pipes and HTML would break the table or run in a page, and
 * control characters (an escape sequence) would reach the terminal of whoever prints the file, so
 * they are shown escaped (`\x1b`).
 */
export function escape(text: string): string {
  return inertText(text, 'space').replace(/[\\|`*_<>[\]]/g, (ch) => `\\${ch}`).replace(/\s+/g, ' ');
}
