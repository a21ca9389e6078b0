import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Gates on figures of the JSON report that were refused as "not a figure of the report": the
// handling score, the excluded answers, the attention failures (README, Gates, lists them all).

const SAMPLE = 'fixtures/quickstart/responses.csv';

describe('gates on every figure of the JSON report', () => {
  it('take the handling score, the excluded answers and the attention failures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-gate-paths-'));
    // The sample's lines (no answer of it spans lines), with an attention check added.
    const [header, ...lines] = readFileSync(SAMPLE, 'utf8').trimEnd().split(/\r?\n/) as [string, ...string[]];
    const attn = join(dir, 'attn.csv');
    writeFileSync(attn, [`${header},For quality purposes please select 3`, ...lines.map((line, i) => `${line},${i % 10 === 0 ? 2 : 3}`)].join('\n'));
    const result = runCli(['report', attn, '-o', join(dir, 'out.json'), '--format', 'json', '-q', '--fail-if', 'dimensions.complaints.resolution.score > 1', '--fail-if', 'missing.invalid >= 0', '--fail-if', 'csat.missing.invalid >= 0', '--fail-if', 'dimensions.pricing.missing.blank >= 0', '--fail-if', 'attention.failedAny > 0']);
    const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { checks: Array<{ expression: string; actual: number | null }>; attention: { failedAny: number } };
    expect(result.status).toBe(1);
    expect(report.checks.map((c) => [c.expression, typeof c.actual])).toEqual([
      ['dimensions.complaints.resolution.score > 1', 'number'],
      ['missing.invalid >= 0', 'number'],
      ['csat.missing.invalid >= 0', 'number'],
      ['dimensions.pricing.missing.blank >= 0', 'number'],
      ['attention.failedAny > 0', 'number'],
    ]);
    expect(report.checks.at(-1)?.actual).toBe(report.attention.failedAny);
    expect(result.stderr).toContain(`satisfy: gate failed: attention.failedAny > 0 (actual ${report.attention.failedAny})`);
  });

  it('refuse a setting, which is no figure of the survey', () => {
    expect(runCli(['report', SAMPLE, '--fail-if', 'csat.scale.max > 4']).stderr).toContain('"csat.scale.max" is not a figure of the report');
  });
});
