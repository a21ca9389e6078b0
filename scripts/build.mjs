#!/usr/bin/env node
// Part of `npm run build`: bundles the program (src/cli/main.ts) and the worker thread of --threads
// (src/engine/piece-worker.ts) with their dependencies into dist/cli/ (main.js, piece-worker.js),
// code they share in chunks beside them. Types are checked by `npm run typecheck`, not here.
//
// Why a bundle: Node resolves, reads and compiles each module file on its own, and satisfy's
// modules with commander and stdlib's distributions are several hundred files. Loading them took
// 0.34 s of every run and of every worker thread's start (measured on the 1M bench export).
//
// The chunks stay in dist/cli/, beside the entries, because the code finds package.json, the
// schemas (dist/schema/) and the worker's entry relative to its own file (import.meta.url).
// vega and vega-lite, loaded only for --format html, and exceljs and sav-reader, loaded only to
// read a workbook or an SPSS file, stay in node_modules, as does Ajv, which the
// code loads with createRequire when a config or baseline is read, and @duckdb/node-api (an optional
// dependency with a native binding, which cannot be bundled), loaded only by satisfy sql --engine duckdb,
// and pg (optional too), loaded only by --engine postgres.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The comment-language detector's scores (eld/extrasmall: 49,553 n-grams, each an object of scores
// by language) are written as a JavaScript object literal of 1.3 MB, whose loading took 0.15 s and
// 85 MiB of a run. In the bundle, ELD gets the same scores packed into a string and read in place
// (src/survey/packed-ngrams.ts), with ELD's tables for reading a text, so that satisfy tells a
// comment's language from them in place (src/survey/eld-detect.ts): the same scores, the same
// languages told. The tests, which run the sources, load ELD as published.
const packedEldScores = {
  name: 'packed-eld-scores',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/]extrasmall\.js$/ }, async ({ path }) => {
      const { ngramsData } = await import(pathToFileURL(path).href);
      // ELD's own tables for reading a text, from the files of the ELD installed (its package does not export them).
      const { separators } = await import(pathToFileURL(join(path, '../../regexPatterns.js')).href);
      const { dictionary } = await import(pathToFileURL(join(path, '../../dictionary.js')).href);
      const { packNgrams } = await importTypeScript('src/survey/packed-ngrams.ts');
      const { ngrams, ...rest } = ngramsData;
      const text = `{ separators: new RegExp(${JSON.stringify(separators.source)}, ${JSON.stringify(separators.flags)}), dictionary: ${JSON.stringify(dictionary.join(''))}, languages: ${JSON.stringify(rest.languages)} }`;
      const contents = `import { unpackNgrams } from './src/survey/packed-ngrams.ts';\nexport const ngramsData = { ...${JSON.stringify(rest)}, ngrams: unpackNgrams(${JSON.stringify(packNgrams(ngrams))}, ${text}) };\n`;
      return { contents, loader: 'js', resolveDir: ROOT };
    });
  },
};

// franc, which tells a survey's language, builds a table of the trigrams of each of its 187
// languages when it is loaded; satisfy asks it about the seven of its lexicons alone
// (src/survey/franc-languages.ts), so the bundle keeps those seven's trigrams (and every script,
// with no language for most). Asked about those seven, franc answers alike.
const francLexiconLanguages = {
  name: 'franc-lexicon-languages',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async ({ path }) => {
      const { data } = await import(pathToFileURL(path).href);
      const { FRANC_LANGUAGES } = await importTypeScript('src/survey/franc-languages.ts');
      const kept = Object.fromEntries(Object.entries(data).map(([script, languages]) => [script, Object.fromEntries(Object.entries(languages).filter(([code]) => code in FRANC_LANGUAGES))]));
      return { contents: `export const data = ${JSON.stringify(kept)};\n`, loader: 'js' };
    });
  },
};

/** A module of src/ (with what it imports), compiled to JavaScript and imported, for the build to use. */
async function importTypeScript(path) {
  const { outputFiles } = await build({ entryPoints: [path], absWorkingDir: ROOT, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
}

rmSync('dist/cli', { recursive: true, force: true });
await build({
  // Named, so that both land in dist/cli/ whatever folders their sources are in: the pool starts
  // the worker from beside its own chunk.
  entryPoints: { main: 'src/cli/main.ts', 'piece-worker': 'src/engine/piece-worker.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['vega', 'vega-lite', 'exceljs', 'sav-reader', '@duckdb/node-api', 'pg'],
  // CommonJS dependencies that require Node's own modules need a real `require` in an ES module.
  banner: { js: "import { createRequire as __satisfyRequire } from 'node:module';\nconst require = __satisfyRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
  plugins: [packedEldScores, francLexiconLanguages],
});
