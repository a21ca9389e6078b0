#!/usr/bin/env node
// Part of `npm run build`: bundles the program (src/cli/main.ts) with its dependencies into one
// CommonJS file, dist/cli/satisfy.cjs, loaded by dist/cli/main.js (src/cli/load-program.ts) with a
// code cache that this build makes by running the program once (scripts/write-code-cache.mjs); and
// the worker thread of --threads (src/engine/piece-worker.ts) likewise into dist/cli/piece-worker.cjs,
// loaded by dist/cli/piece-worker.js (src/cli/load-piece-worker.ts) with its own code cache, made by
// running the program on two threads. Types are checked by `npm run typecheck`, not here.
//
// Why a bundle: Node resolves, reads and compiles each module file on its own, and satisfy's
// modules with commander and stdlib's distributions are several hundred files. Loading them took
// 0.34 s of every run and of every worker thread's start (measured on the 1M bench export).
//
// Why CommonJS and a code cache: compiling the bundle, and each of its functions the first time it
// runs, took 40 to 50 ms of a small report; Node 20 keeps no code cache of ES modules
// (module.enableCompileCache is Node 22's), but V8 takes one for a script. Minified, so that there
// is less to read; --verbose maps stack traces to the sources through the source map.
//
// The bundle and the worker stay in dist/cli/, as the code finds package.json, the schemas
// (dist/schema/) and the worker's entry relative to its own file (import.meta.url, which the
// CommonJS bundle gets from its file name).
// vega and vega-lite, loaded only for --format html, and exceljs and sav-reader, loaded only to
// read a workbook or an SPSS file, stay in node_modules, as does Ajv, which the
// code loads with createRequire when a config or baseline is read, and @duckdb/node-api (an optional
// dependency with a native binding, which cannot be bundled), loaded only by satisfy sql --engine duckdb,
// and pg (optional too), loaded only by --engine postgres.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The comment-language detector's scores (eld/extrasmall: 49,553 n-grams, each an object of scores
// by language) are written as a JavaScript object literal of 1.3 MB, whose loading took 0.15 s and
// 85 MiB of a run. In the bundle, ELD gets the same scores packed, with the hash table that finds
// them, in a file beside the bundle (dist/cli/eld-ngrams.bin, read when a comment is first met) and
// read in place (src/survey/packed-ngrams.ts), with ELD's tables for reading a text, so that satisfy tells a
// comment's language from them in place (src/survey/eld-detect.ts): the same scores, the same
// languages told. The tests, which run the sources, load ELD as published.
const ELD_TABLE = 'eld-ngrams.bin';
const packedEldScores = {
  name: 'packed-eld-scores',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]eld[\\/]src[\\/]ngrams[\\/]extrasmall\.js$/ }, async ({ path }) => {
      const { ngramsData } = await import(pathToFileURL(path).href);
      // ELD's own tables for reading a text, from the files of the ELD installed (its package does not export them).
      const { separators } = await import(pathToFileURL(join(path, '../../regexPatterns.js')).href);
      const { dictionary } = await import(pathToFileURL(join(path, '../../dictionary.js')).href);
      const { packNgrams, packTableFile } = await importTypeScript('src/survey/packed-ngrams.ts');
      const { ngrams, ...rest } = ngramsData;
      // The packed n-grams and their hash table, as a file beside the bundles that the program and
      // the worker read in place when they first meet a comment (see packTableFile).
      mkdirSync(join(ROOT, 'dist/cli'), { recursive: true });
      writeFileSync(join(ROOT, 'dist/cli', ELD_TABLE), packTableFile(packNgrams(ngrams)));
      const text = `{ separators: new RegExp(${JSON.stringify(separators.source)}, ${JSON.stringify(separators.flags)}), dictionary: ${JSON.stringify(dictionary.join(''))}, languages: ${JSON.stringify(rest.languages)} }`;
      const table = `readTableFile(readFileSync(new URL(${JSON.stringify(`./${ELD_TABLE}`)}, import.meta.url)))`;
      const contents = `import { readFileSync } from 'node:fs';\nimport { readTableFile, unpackNgrams } from './src/survey/packed-ngrams.ts';\nexport const ngramsData = { ...${JSON.stringify(rest)}, ngrams: unpackNgrams(${table}, ${text}) };\n`;
      return { contents, loader: 'js', resolveDir: ROOT };
    });
  },
};

// stopword's CommonJS file (its `main`) holds the lists of sixty languages; its ES modules, one a
// language, let the bundle keep the seven that satisfy imports by name (src/survey/stopwords.ts).
const stopwordModules = {
  name: 'stopword-modules',
  setup(builder) {
    builder.onResolve({ filter: /^stopword$/ }, () => ({ path: fileURLToPath(new URL('../node_modules/stopword/src/stopword.js', import.meta.url)) }));
  },
};

// snowball-stemmers is one file of the stemmers of 24 languages, each made when the file is
// evaluated; satisfy asks for the five of STEMMERS (src/survey/comment-tokens.ts) alone, so the
// bundle keeps those five. Each stemmer is a block from `    var <name>Stemmer = function (` to
// `    }(SnowballStemmer);`, and a line `<name>: <name>Stemmer,` of newStemmer's map.
const snowballLexiconLanguages = {
  name: 'snowball-lexicon-languages',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]snowball-stemmers[\\/]snowball-stemmers\.js$/ }, async ({ path }) => {
      const { STEMMERS } = await importTypeScript('src/survey/comment-tokens.ts');
      const kept = new Set(Object.values(STEMMERS));
      const lines = readFileSync(path, 'utf8').split('\n');
      const out = [];
      let dropping = false;
      const names = new Set();
      for (const line of lines) {
        const start = /^ {4}var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{$/.exec(line);
        if (start !== null) {
          names.add(start[1]);
          dropping = !kept.has(start[1]);
        }
        const entry = /^ {12}(\w+): (\w+)Stemmer,?$/.exec(line);
        if (!dropping && (entry === null || kept.has(entry[1]))) out.push(line);
        if (dropping && line === '    }(SnowballStemmer);') dropping = false;
      }
      if ([...kept].some((name) => !names.has(name)) || names.size !== 24) throw new Error(`snowball-stemmers is not made as snowballLexiconLanguages expects: it has stemmers ${[...names].join(', ')}`);
      return { contents: out.join('\n'), loader: 'js' };
    });
  },
};

// commander requires node:child_process when it is loaded (a few ms of every run), for subcommands
// that are programs of their own, which satisfy has none of: in the bundle, it is required only
// if one ran (commander uses its spawn alone).
const commanderChildProcess = {
  name: 'commander-child-process',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager) || (source.match(/childProcess\.(\w+)/g) ?? []).some((use) => use !== 'childProcess.spawn')) throw new Error(`commander is not made as commanderChildProcess expects (${path})`);
      return { contents: source.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

// chalk finds out at load whether stdout and stderr take colours (its supports-color requires
// node:tty, which requires node:net, and node:os: 3 ms of every run); satisfy decides that itself
// (src/cli/use-color.ts) and gives every Chalk it makes its level (`new Chalk({ level })`), so in
// the bundle chalk's own finding is that they take none, as its default instances are never used.
const chalkLevelGiven = {
  name: 'chalk-level-given',
  setup(builder) {
    builder.onResolve({ filter: /^#supports-color$/ }, ({ importer }) => {
      if (!/[\\/]chalk[\\/]source[\\/]index\.js$/.test(importer)) throw new Error(`chalkLevelGiven: #supports-color imported by ${importer}, not chalk`);
      return { path: 'supports-color', namespace: 'chalk-level-given' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'chalk-level-given' }, () => ({ contents: 'export default { stdout: false, stderr: false };\n', loader: 'js' }));
  },
};

// stdlib's gammaincinv makes `debug` loggers when it is loaded, and debug requires node:tty (and
// with it node:net) and reads DEBUG when it is: 2 ms of every run. In the bundle, a logger of
// stdlib's is debug's only where DEBUG is set when the program starts, and otherwise one that logs
// nothing, as debug's own are then.
const stdlibDebugLazy = {
  name: 'stdlib-debug-lazy',
  setup(builder) {
    builder.onResolve({ filter: /^debug$/ }, ({ importer }) => {
      if (!/[\\/]node_modules[\\/]@stdlib[\\/]/.test(importer)) return undefined;
      return { path: 'debug', namespace: 'stdlib-debug-lazy' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'stdlib-debug-lazy' }, () => ({
      contents: `module.exports = process.env.DEBUG ? require(${JSON.stringify(fileURLToPath(new URL('../node_modules/debug/src/index.js', import.meta.url)))}) : () => Object.assign(() => {}, { enabled: false });\n`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

// esbuild writes strings in ASCII, but not regular expressions, and satisfy's and ELD's have curly
// quotes, dashes and letters with diacritics: a bundle with one character beyond ASCII is read as
// a string of two bytes a character, twice the memory and slower to read. Written as \\u escapes
// in the sources, they mean the same in a string, a regular expression, a template or a comment;
// only the columns of those lines in the source map move.
const asciiSources = {
  name: 'ascii-sources',
  setup(builder) {
    builder.onLoad({ filter: /\.(ts|js|mjs|cjs)$/ }, ({ path }) => {
      // (Without the byte order mark that some files start with, as esbuild reads them.)
      const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      if (!/[\u0080-\uffff]/.test(source)) return undefined;
      if (/\\[\u0080-\uffff]|String\.raw/.test(source)) throw new Error(`${path}: a backslash before a character beyond ASCII or String.raw, which asciiSources cannot escape`);
      return { contents: source.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), loader: path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/** A module of src/, bundled with what it imports, compiled to JavaScript and imported, for the build to use. */
async function importTypeScript(path) {
  const { outputFiles } = await build({ entryPoints: [path], absWorkingDir: ROOT, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
}

const EXTERNAL = ['vega', 'vega-lite', 'exceljs', 'sav-reader', '@duckdb/node-api', 'pg'];
// What the program and the worker are both built with.
const BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  sourcemap: true,
  logLevel: 'warning',
  plugins: [packedEldScores, stopwordModules, snowballLexiconLanguages, commanderChildProcess, chalkLevelGiven, stdlibDebugLazy, asciiSources],
};

rmSync('dist/cli', { recursive: true, force: true });

/**
 * Bundles `entry` into one minified CommonJS file, `outfile`, for src/cli/run-bundle.ts to compile
 * with a code cache; returns the name of its cache, after a hash of the bundle, so that the loader
 * of this build finds no cache of another. Its dynamic imports of its own code (ELD, hyparquet)
 * are inlined and evaluated only when called. Those of the externals are made calls of __load, a
 * name as long as `import`, so that the source map stays true: a script compiled with a code cache
 * cannot import() in Node 20 (the callback is lost with the cache), so the loader hands it its own
 * import(); loaded as a module (the program with --verbose), the bundle imports itself.
 */
async function bundleScript(entry, outfile, cacheName) {
  await build({
    entryPoints: [entry],
    outfile,
    ...BUNDLE,
    format: 'cjs',
    define: { 'import.meta.url': '__satisfyUrl' },
    banner: { js: "const __satisfyUrl = require('node:url').pathToFileURL(__filename).href;\nconst __load = typeof __loaderImport === 'function' ? __loaderImport : (name) => import(name);" },
    minify: true,
  });
  const code = readFileSync(outfile, 'utf8').replace(new RegExp(`\\bimport\\(("(?:${EXTERNAL.join('|')})")\\)`, 'g'), '__load($1)');
  // No import() of a module named in the code is left (the banner's own takes a variable).
  if (/\bimport\("/.test(code)) throw new Error(`${outfile} has an import() of a module not in EXTERNAL, which a script with a code cache cannot make`);
  // The loader reads it as Latin-1, as fast as bytes can be read: every character is ASCII (see asciiSources).
  if (/[\u0080-\uffff]/.test(code)) throw new Error(`${outfile} has a character beyond ASCII: ${JSON.stringify(/.{0,40}[\u0080-\uffff]/.exec(code)[0])}`);
  writeFileSync(outfile, code);
  return `${cacheName}-${createHash('sha256').update(readFileSync(outfile)).digest('hex').slice(0, 16)}.cache`;
}

/** Bundles the loader `entry` (src/cli/run-bundle.ts and Node's modules) into dist/cli/<name>.js, an ES module, with `define`. */
async function bundleLoader(name, entry, define) {
  await build({
    entryPoints: { [name]: entry },
    outdir: 'dist/cli',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    define,
    logLevel: 'warning',
  });
}

// The program, dist/cli/satisfy.cjs, and its loader, dist/cli/main.js.
const programCache = await bundleScript('src/cli/main.ts', 'dist/cli/satisfy.cjs', 'satisfy');
await bundleLoader('main', 'src/cli/load-program.ts', { SATISFY_CODE_CACHE: JSON.stringify(programCache) });
// The worker thread, dist/cli/piece-worker.cjs, and its loader, dist/cli/piece-worker.js, which
// PiecePool starts: a script with a code cache as the program is (an ES module with chunks, as it
// was, is compiled anew by each worker).
const workerCache = await bundleScript('src/engine/piece-worker.ts', 'dist/cli/piece-worker.cjs', 'piece-worker');
await bundleLoader('piece-worker', 'src/cli/load-piece-worker.ts', { SATISFY_WORKER_CODE_CACHE: JSON.stringify(workerCache) });
// The code caches: the program run once on the quick-start export, as a report by region and week
// (what it compiled then is cached; what it did not is compiled when first called, as without a
// cache); and the same report of 20,000 responses of the quick-start's generator on two threads,
// the file (1.6 MB) cut in pieces of 64 KiB, so that the worker thread analyses groups of it and writes its
// own cache (the quick-start's 640 responses are all read while the columns are detected, on one
// thread).
const report = ['report', 'fixtures/quickstart/responses.csv', '--by', 'Region', '--period', 'week', '-o', '/dev/null', '--quiet'];
const sample = mkdtempSync(join(tmpdir(), 'satisfy-build-'));
try {
  const generated = spawnSync(process.execPath, ['scripts/generate-quickstart.mjs', join(sample, 'responses.csv'), '--rows', '20000'], { cwd: ROOT, encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(`the sample for the worker's code cache was not made (${generated.status}): ${generated.stderr}`);
  const workerMade = spawnSync(process.execPath, ['scripts/write-code-cache.mjs', ...report.with(1, join(sample, 'responses.csv')), '--threads', '2'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SATISFY_WRITE_WORKER_CACHE: '1', SATISFY_PIECE_BYTES: '65536' } });
  if (workerMade.status !== 0) throw new Error(`the worker's code cache was not made (${workerMade.status}): ${workerMade.stderr}`);
} finally {
  rmSync(sample, { recursive: true, force: true });
}
if (!existsSync(join(ROOT, 'dist/cli', workerCache))) throw new Error("the worker's code cache was not made: the worker thread analysed no group of the sample");
const made = spawnSync(process.execPath, ['scripts/write-code-cache.mjs', ...report], { cwd: ROOT, encoding: 'utf8' });
if (made.status !== 0) throw new Error(`the code cache was not made (${made.status}): ${made.stderr}`);
