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

/** The long flags a command's --help lists under Options (`--help` aside), as `--name`. */
function helpFlags(command: string): string[] {
  const help = spawnSync(process.execPath, [join(ROOT, 'bin/satisfy.js'), command, '--help'], { encoding: 'utf8' }).stdout;
  const options = help.slice(help.indexOf('\nOptions:'));
  return [...options.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z0-9-]*)/gm)].map((m) => m[1] as string).filter((flag) => flag !== '--help');
}

/** The README's section of a command: from its `### \`satisfy <command>` heading to the next heading of that level. */
function commandSection(command: string): string {
  const start = readme.indexOf(`### \`satisfy ${command}`);
  expect(start, command).toBeGreaterThan(-1);
  const end = readme.indexOf('\n### ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe("README's section of each command names every flag its --help lists", () => {
  // compare's paragraph left out --drop-inattentive, --format-in, --sheet and --survey, and sql's
  // --drop-inattentive and --threads.
  it.each(['report', 'inspect', 'init', 'compare', 'merge', 'sql', 'schema'])('%s', (command) => {
    const section = commandSection(command);
    const flags = helpFlags(command);
    if (command !== 'schema') expect(flags.length, command).toBeGreaterThan(0);
    expect(flags.filter((flag) => !new RegExp(`${flag}(?![a-z0-9-])`).test(section))).toEqual([]);
  });
});
