import type { Check } from '../analysis/gates.js';
import { inertText } from '../text/inert-text.js';
import { gateLines } from './gate-verdict.js';

/** Cells of GitHub-flavoured Markdown tables, shared by the report and the comparison. */
export function table(head: string[], rows: string[][], align: Array<'left' | 'right'>): string {
  const rule = align.map((a) => (a === 'right' ? '---:' : ':---'));
  return [head, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

// A zero-width space: after `@` or `#` it breaks a mention or a reference and is not seen. GitHub
// finds mentions and references after the Markdown is parsed, in the text, so a backslash (`\@`),
// gone by then, does not break them; a zero-width space does (github/markup#1168).
const BREAK = '\u200b';

// A commit's SHA, which GitHub links (7 to 40 hex digits, a letter and a digit among them).
// Broken every 6 digits: what stands between two breaks is too short to be linked.
const SHA = /(?<![\p{L}\p{N}_])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}(?![\p{L}\p{N}_])/giu;

/**
 * Text from the data in a table cell or a list: inert in GitHub-flavoured Markdown. Pipes and HTML
 * would break the table or run in a page; emphasis, strikethrough (`~~`), math (`$$`) and HTML
 * entities (`&lt;`) would be rendered, and are escaped (`$` as `&#36;`, which no math delimiter is);
 * a mention (`@octocat`, `@org/team`) would notify, and a reference (`#1`, `GH-2`, `owner/repo#3`,
 * a commit's SHA) link, and are broken by a zero-width space; control characters (an escape
 * sequence) would reach the terminal of whoever prints the file, so they are shown escaped (`\x1b`).
 */
export function escape(text: string): string {
  return inertText(text, 'space')
    .replace(/[\\|`*_<>[\]~&]/g, (ch) => `\\${ch}`)
    .replace(/([@#])(?=[\p{L}\p{N}_])/gu, `$1${BREAK}`)
    .replace(/(?<![\p{L}\p{N}_])(GH-)(?=\d)/giu, `$1${BREAK}`)
    .replace(SHA, (sha) => sha.replace(/.{6}(?=.)/g, `$&${BREAK}`))
    .replace(/\$/g, '&#36;')
    .replace(/\s+/g, ' ');
}

/**
 * Every gate with its verdict, passed ones too, as the terminal lists them: a step summary or a
 * pull-request comment shows what was checked, not only what failed. Nothing without a gate.
 */
export function gatesTable(checks: readonly Check[], nullReason: (check: Check) => string | null): string[] {
  if (checks.length === 0) return [];
  const rows = gateLines(checks, nullReason).map((g) => [`\`${g.expression}\``, g.result === 'pass' ? 'pass' : '**FAIL**', escape(g.verdict)]);
  return ['### Gates', table(['Gate', 'Result', 'Figure'], rows, ['left', 'left', 'left'])];
}
