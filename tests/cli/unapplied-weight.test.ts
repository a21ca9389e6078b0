import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import type { SatisfyConfig } from '../../src/survey/config.js';
import { runCli } from '../helpers/run-cli.js';

// An export with a column headed "Design weight" of decimal numbers: read as a weight, never applied unasked.
const FILE = 'fixtures/sql/weighted-labels-missing-codes-regions.csv';
const NOTE = 'column "Design weight" is read as a weight and not applied: --weight "Design weight", or "weight": "Design weight" in satisfy.config.json, weights the figures';

describe('a column read as a weight and not applied', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-unapplied-weight-'));
  const config = join(dir, 'satisfy.config.json');

  it('is named in the notes with both ways to apply it', () => {
    const result = runCli(['report', FILE, '--format', 'json', '-q']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.weight).toBeNull();
    expect(report.notes).toContain(NOTE);
  });

  it('is said by init, whose config gives it the role "weight" and weights nothing, as the report did', () => {
    const result = runCli(['init', FILE, '-o', config]);
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n')).toContain(`satisfy: ${NOTE}`);
    const written = JSON.parse(readFileSync(config, 'utf8')) as SatisfyConfig;
    expect(written.columns?.['Design weight']?.role).toBe('weight');
    expect(written.weight).toBeUndefined();
    // Fed back, the config gives the same unweighted report, with the same note.
    const report = JSON.parse(runCli(['report', FILE, '--config', config, '--format', 'json', '-q']).stdout) as Report;
    expect(report.weight).toBeNull();
    expect(report.notes).toContain(NOTE);
    expect(runCli(['init', FILE, '-o', join(dir, 'quiet.json'), '-q']).stderr).not.toContain('not applied');
  });

  it('is not named once applied', () => {
    const report = JSON.parse(runCli(['report', FILE, '--weight', 'Design weight', '--format', 'json', '-q']).stdout) as Report;
    expect(report.weight?.column).toBe('Design weight');
    expect(report.notes.some((n) => n.includes('not applied'))).toBe(false);
  });
});
