import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InspectReport } from '../../src/analysis/report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

// `npm run bench` times the full report of its export (docs/PERFORMANCE.md): every dimension, CSAT,
// NPS, the complaint question with its handling, the comments. From 2026-12-03 to 2026-12-05 its
// "Did you have a problem? (Yes/No)" was read as a segment, and the bench timed a report without
// complaints unnoticed. Its header, as scripts/bench.mjs writes it, with answers of each kind.
const HEADER = /const HEADER = '([^']+)';/.exec(readFileSync(join(ROOT, 'scripts/bench.mjs'), 'utf8'))?.[1] ?? '';

describe("the bench export's columns", () => {
  it('are read as the bench means them', () => {
    const names = HEADER.split(',');
    expect(names).toHaveLength(14);
    const dir = mkdtempSync(join(tmpdir(), 'satisfy-bench-export-'));
    const file = join(dir, 'responses.csv');
    const rows = Array.from({ length: 60 }, (_, i) => {
      const problem = i % 5 === 0;
      const rating = (k: number) => String(((i * k) % 5) + 1);
      return [`R_${i}`, `2026-01-${String((i % 28) + 1).padStart(2, '0')} 10:00`, ['North', 'South', 'East'][i % 3], `Store ${i % 7}`, rating(1), rating(2), rating(3), rating(4), problem ? 'Yes' : 'No', problem ? String(((i / 5) % 5) + 1) : '', rating(3), rating(1), String(i % 11), i % 2 === 0 ? '"Fast delivery, thank you"' : ''].join(',');
    });
    writeFileSync(file, `${HEADER}\n${rows.join('\n')}\n`);
    const { columns } = JSON.parse(runCli(['inspect', file, '--format', 'json']).stdout) as InspectReport;
    expect(columns.map((c) => [c.role, c.dimension])).toEqual([
      ['id', null],
      ['timestamp', null],
      ['segment', null],
      ['segment', null],
      ['item', 'delivery'],
      ['item', 'delivery'],
      ['item', 'pricing'],
      ['item', 'pricing'],
      ['complaint', 'complaints'],
      ['item', 'complaints'],
      ['item', 'trust'],
      ['csat', null],
      ['nps', null],
      ['comment', null],
    ]);
  });
});
