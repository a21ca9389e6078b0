import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { runCli } from '../helpers/run-cli.js';

// A yes/no question answered "Oui"/"Non" (or "Ja"/"Nein"): detection reads it right and names its
// ends "No" and "Yes"; the config init writes spells them as the export does.
const dir = mkdtempSync(join(tmpdir(), 'satisfy-init-yes-no-'));

describe('satisfy init on a yes/no question answered in the export\'s own words', () => {
  it.each([
    ['fr', 'Votre commande a-t-elle été livrée à la date prévue ?', 'Non', 'Oui'],
    ['de', 'Wurde Ihre Bestellung pünktlich geliefert?', 'Nein', 'Ja'],
  ])('writes its labels in them (%s), and the report read back has the same figures', (lang, column, no, yes) => {
    const file = `fixtures/config/yes-no-answered-in-its-own-words-${lang}.csv`;
    const written = join(dir, `${lang}.config.json`);
    const result = runCli(['init', file, '-o', written, '-q']);
    expect(result.status, result.stderr).toBe(0);
    const config = JSON.parse(readFileSync(written, 'utf8')) as { columns: Record<string, { scale?: { kind: string; labels?: Record<string, string> } }> };
    expect(config.columns[column]?.scale).toEqual({ kind: 'binary', min: 0, max: 1, labels: { '0': no, '1': yes } });
    const report = (args: string[]) => JSON.parse(runCli(['report', file, '--format', 'json', '-q', ...args]).stdout) as Report;
    const [own, pinned] = [report([]), report(['--config', written])];
    const item = (r: Report) => r.items.find((i) => i.column === column);
    expect([item(pinned)?.n, item(pinned)?.mean, pinned.dimensions]).toEqual([item(own)?.n, item(own)?.mean, own.dimensions]);
    expect(item(pinned)?.distribution.map((d) => d.label)).toEqual([no, yes]);
  });
});
