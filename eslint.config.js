// Lint rules, including the layer rules of DESIGN.md: stats/, analysis/ and sql/ (the queries of satisfy sql) are pure,
// render/ only formats, and only cli/ touches process, argv, env and exit codes; engine/ drives
// input, survey and analysis for cli/ and never calls back up into it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeIo = ['node:fs', 'node:fs/promises', 'fs', 'fs/promises', 'node:process', 'process',
  'node:child_process', 'node:os', 'node:zlib', 'node:stream', 'node:readline'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/stats/**', 'src/analysis/**', 'src/sql/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeIo, 'chalk', 'cli-table3', 'commander'].map((name) => ({ name, message: 'stats/, analysis/ and sql/ are pure: no I/O, no formatting.' })),
      }],
      'no-restricted-globals': ['error', 'process', 'console'],
    },
  },
  {
    files: ['src/render/**', 'src/survey/**', 'src/input/**', 'src/engine/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'only cli/ reads process; receive what you need as a parameter.' }, 'console'],
    },
  },
  // Data flows one way: no layer imports cli/, and only cli/ imports engine/.
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/cli/*'], message: 'only cli/ is the program: receive what you need from it as a parameter.' }, { group: ['../engine/*'], message: 'only cli/ drives the engine.' }],
      }],
    },
  },
  {
    files: ['src/stats/**', 'src/analysis/**', 'src/sql/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeIo, 'chalk', 'cli-table3', 'commander'].map((name) => ({ name, message: 'stats/, analysis/ and sql/ are pure: no I/O, no formatting.' })),
        patterns: [{ group: ['**/cli/*'], message: 'only cli/ is the program: receive what you need from it as a parameter.' }, { group: ['../engine/*'], message: 'only cli/ drives the engine.' }],
      }],
    },
  },
);
