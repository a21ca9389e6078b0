import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Example {
  command: string;
  output: string;
}

/** The `$ command` lines of the README's console blocks, each with the output shown under it. */
function consoleExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: Example | null = null;
    for (const line of (block[1] as string).split('\n').slice(0, -1)) {
      if (line.startsWith('$ ')) {
        current = { command: line.slice(2), output: '' };
        examples.push(current);
      } else if (current !== null) {
        current.output += `${line}\n`;
      }
    }
  }
  return examples;
}

// `satisfy` on the PATH runs this checkout's built program, as after `npm link`.
const bin = mkdtempSync(join(tmpdir(), 'satisfy-bin-'));
writeFileSync(join(bin, 'satisfy'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin/satisfy.js')}" "$@"\n`);
chmodSync(join(bin, 'satisfy'), 0o755);

describe('README console examples print what the README shows', () => {
  const examples = consoleExamples(readme);

  it('has examples to run', () => expect(examples.length).toBeGreaterThanOrEqual(3));

  it.each(examples)('$ $command', ({ command, output }) => {
    const result = spawnSync('bash', ['-c', `{ ${command} ; } 2>&1`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1', FORCE_COLOR: undefined },
    });
    expect(result.stdout).toBe(output);
  });
});

describe('README quick start', () => {
  it('gives exactly the two commands, and they point at what exists', () => {
    const quickStart = /## Quick start\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quickStart).toBe('npm install && npx satisfy report fixtures/quickstart/responses.csv\nnpm test\n');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
    // `npm install` must build, or `npx satisfy` finds no dist/.
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.bin.satisfy).toBe('bin/satisfy.js');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/npm ci\nnpm test\n/);
  });
});
