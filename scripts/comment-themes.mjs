#!/usr/bin/env node
// `npm run comment-themes`: how well satisfy's comment tagging agrees with the hand-labelled sample
// of fixtures/comments (see its README), per language and theme: precision, recall and the number
// of labelled comments, on the held-out half (and with --development, the half the words were
// completed from). Prints the Markdown table of the README.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const half = process.argv.includes('--development') ? 'development' : 'held-out';
const dir = mkdtempSync(join(tmpdir(), 'satisfy-themes-'));
try {
  const out = join(dir, 'metrics.mjs');
  await build({ entryPoints: [join(ROOT, 'tests/helpers/comment-metrics.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  const { readLabelled, halfOf, measure, precision, recall } = await import(pathToFileURL(out).href);
  const comments = readLabelled(join(ROOT, 'fixtures/comments/labelled-comments.csv')).filter((c) => halfOf(c.id) === half);
  const { themes, tone } = measure(comments);
  const names = ['delivery', 'pricing', 'complaints', 'trust', 'service', 'needs', 'praise'];
  const pct = (x) => (Number.isNaN(x) ? '—' : `${Math.round(100 * x)}`);
  const rows = [...Object.keys(themes).filter((k) => k !== 'all').sort(), 'all'];
  process.stdout.write(`${half} half: precision / recall in % (labelled comments of the theme); tone: share of comments whose tone from words is the label's\n\n`);
  process.stdout.write(`| language | n | ${names.join(' | ')} | tone |\n| --- | ---: | ${names.map(() => '---').join(' | ')} | ---: |\n`);
  for (const key of rows) {
    const cells = names.map((t) => { const c = themes[key][t]; return `${pct(precision(c))} / ${pct(recall(c))} (${c.tp + c.fn})`; });
    process.stdout.write(`| ${key} | ${tone[key].n} | ${cells.join(' | ')} | ${pct(tone[key].right / tone[key].n)} |\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
