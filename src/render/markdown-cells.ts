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

// Where GitHub finds a mention, a reference or a link, as it does: after a character that is not an
// ASCII letter, digit or `_` (or at the start), so never inside a word or an e-mail address
// (help@acme.com, C#, x#1): `@` before a user or team name (`@octocat`, `(@org/team)`); `#` before
// an issue's number (`#12`), or after `owner/repo` (`owner/repo#3`); `GH-` before a number; and a
// bare URL (`https://`, `http://`, `ftp://`, `www.`), which GitHub makes a live link.
const MENTION = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g;
const REFERENCE = /(?:(?<![A-Za-z0-9_])|(?<=\/[A-Za-z0-9_.-]+))#(?=\d)/g;
const GH = /(?<![A-Za-z0-9_])GH-(?=\d)/gi;
const URL = /(?<![A-Za-z0-9_])(?:https?|ftp)(?=:\/\/)|(?<![A-Za-z0-9_])www(?=\.)/gi;

/**
 * Text from the data in a table cell or a list: inert in GitHub-flavoured Markdown. Pipes and HTML
 * would break the table or run in a page; emphasis, strikethrough (`~~`), math (`$$`) and HTML
 * entities (`&lt;`) would be rendered, and are escaped (`$` as `&#36;`, which no math delimiter is);
 * a mention (`@octocat`, `@org/team`) would notify, a reference (`#1`, `GH-2`, `owner/repo#3`, a
 * commit's SHA) link, and a bare URL (`https://…`, `www.…`) become a live link to wherever a
 * respondent pointed, and are broken by a zero-width space where GitHub would see them (not in
 * help@acme.com, C# or x#1); control characters (an escape sequence) would reach the terminal of
 * whoever prints the file, so they are shown escaped (`\x1b`).
 */
export function escape(text: string): string {
  // Found in the text as GitHub will see it, before the backslashes that it will not.
  return inertText(text, 'space')
    .replace(MENTION, `@${BREAK}`)
    .replace(REFERENCE, `#${BREAK}`)
    .replace(GH, `$&${BREAK}`)
    .replace(URL, `$&${BREAK}`)
    .replace(SHA, (sha) => sha.replace(/.{6}(?=.)/g, `$&${BREAK}`))
    .replace(/[\\|`*_<>[\]~&]/g, (ch) => `\\${ch}`)
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
