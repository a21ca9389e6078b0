import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/analysis/report.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/**
 * "Every format holds the same report": one weighted run, with a reversed item, labelled dimensions,
 * a complaint handling figure and a skipped row, read in the table, Markdown, CSV and HTML.
 */

const REVERSED = 'Value for money';

/** The quickstart export with a weight column (one blank) and a row of the wrong number of fields at line 6. */
function weightedExport(dir: string): string {
  const lines = readFileSync(join(ROOT, 'fixtures/quickstart/responses.csv'), 'utf8').trimEnd().split(/\r?\n/);
  const weights = ['1', '1.5', '0.5', '2'];
  const rows = lines.map((line, i) => (i === 0 ? `${line},Weight` : `${line},${i === 3 ? '' : weights[i % weights.length]}`));
  rows.splice(5, 0, 'R-broken,2026-08-03 06:04:41,West');
  const file = join(dir, 'weighted.csv');
  writeFileSync(file, `${rows.join('\n')}\n`);
  return file;
}

const CONFIG = {
  weight: 'Weight',
  dimensions: [
    { id: 'delivery', label: 'Livraison', items: ['How satisfied are you with the speed of delivery?', 'How satisfied are you with the condition of your order on arrival?'] },
    { id: 'pricing', label: 'Prix', items: ['The price was fair', { column: REVERSED, reverse: true }] },
    { id: 'complaints', label: 'Réclamations', items: ['Did you have a problem or complaint about your order?', 'If you had a problem, how satisfied are you with how it was handled?'] },
    { id: 'trust', label: 'Confiance', items: ['I trust this company to keep its promises', 'The company is honest and reliable'] },
  ],
};

let out: Record<'table' | 'markdown' | 'csv' | 'html', string>;
let report: Report;

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-formats-'));
  const file = weightedExport(dir);
  const config = join(dir, 'satisfy.config.json');
  writeFileSync(config, JSON.stringify(CONFIG));
  const run = (format: string) => runCli(['report', file, '--config', config, '--format', format]).stdout;
  report = JSON.parse(run('json')) as Report;
  out = { table: run('table'), markdown: run('markdown'), csv: run('csv').replaceAll('\r\n', '\n'), html: run('html') };
}, 240_000);

/** The text of an HTML fragment: tags off, entities read. */
function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The rows of the table after `title` in the terminal's output, as trimmed cells. */
function terminalRows(title: string): string[][] {
  const block = out.table.split('\n\n').find((b) => b.startsWith(title)) ?? '';
  return block
    .split('\n')
    .filter((line) => line.startsWith('│'))
    .slice(1)
    .map((line) => line.split('│').slice(1, -1).map((c) => c.trim()));
}

/** The rows of the Markdown table under `### title`, as cells (escapes taken off). */
function markdownRows(title: string): string[][] {
  const section = out.markdown.split(/\n(?=### )/).find((s) => s.startsWith(`### ${title}`)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .slice(2)
    .map((line) => line.slice(2, -2).split(' | ').map((c) => c.replace(/\\(.)/g, '$1')));
}

/** The rows of the HTML table under `<h2>title</h2>`, as cell texts. */
function htmlRows(title: string): string[][] {
  const table = new RegExp(`<h2>${title}</h2><table>.*?<tbody>(.*?)</tbody>`).exec(out.html)?.[1] ?? '';
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => htmlText(cell[1] ?? '').trim()));
}

describe('every format holds the same report', () => {
  it('says in each format that the figures are weighted, by which column, at what effective n, and counts the row left out for its weight', () => {
    expect(report.weight).toMatchObject({ column: 'Weight', excluded: { blank: 1 } });
    const line = `weighted by "Weight": effective n ${report.weight?.effectiveN.toFixed(1)}; 1 row left out for their weight`;
    expect(out.table).toContain(line);
    expect(out.markdown).toContain(`- **Weighted** by "Weight": effective n ${report.weight?.effectiveN.toFixed(1)}; 1 row left out for their weight`);
    expect(htmlText(out.html)).toContain(line);
    expect(out.csv).toContain(`,respondents,skipped: weight: blank,1,,,\n`);
    expect(out.csv).toContain(`,weight: Weight,effectiveN,${report.weight?.effectiveN},,,${report.respondents}\n`);
  });

  it('reads a reversed item in one direction, as it is scored, and marks it, in every format', () => {
    const item = report.items.find((i) => i.column === REVERSED);
    expect(item?.scale.reversed).toBe(true);
    // Its mean turned round: the direction of its score and boxes.
    expect(item?.scored?.mean).toBeCloseTo((item?.scale.min ?? 0) + (item?.scale.max ?? 0) - (item?.mean ?? 0), 12);
    expect(item?.score).toBeCloseTo((((item?.scored?.mean ?? 0) - 1) / 4) * 100, 9);
    const cells = ['Prix', '1-5 rev.', String(item?.n), item?.scored?.mean?.toFixed(2), item?.score?.toFixed(1), `${((item?.topBox?.share ?? 0) * 100).toFixed(1)} %`, `${((item?.bottomBox?.share ?? 0) * 100).toFixed(1)} %`];
    for (const rows of [terminalRows('Items'), markdownRows('Items'), htmlRows('Items')]) expect(rows.find((r) => r[0] === REVERSED)?.slice(1)).toEqual(cells);
    for (const text of [out.table, out.markdown, htmlText(out.html)]) expect(text).toContain('rev.: a reversed item');
    expect(out.csv).toContain(`,item: ${REVERSED},reversed,1,,,\n`);
    // `mean` as scored, as the Items table shows it and as the CSV's mean has been within schemaVersion 1 (items[].scored.mean, `scoredMean` too);
    // the mean as asked (JSON items[].mean) under a name of its own, `askedMean`, added.
    expect(out.csv).toContain(`,item: ${REVERSED},mean,${item?.scored?.mean},${item?.scored?.ci?.low},${item?.scored?.ci?.high},${item?.n}\n`);
    expect(out.csv).toContain(`,item: ${REVERSED},scoredMean,${item?.scored?.mean},${item?.scored?.ci?.low},${item?.scored?.ci?.high},${item?.n}\n`);
    expect(out.csv).toContain(`,item: ${REVERSED},askedMean,${item?.mean},${item?.ci?.low},${item?.ci?.high},${item?.n}\n`);
    expect(out.csv.match(/,scoredMean,/g)).toHaveLength(1);
    expect(out.csv.match(/,askedMean,/g)).toHaveLength(1);
    // The Items table's mean of the item is the CSV's `mean`.
    expect(terminalRows('Items').find((r) => r[0] === REVERSED)?.[4]).toBe(item?.scored?.mean?.toFixed(2));
    // The other items are not marked.
    expect(report.items.filter((i) => i.scored !== undefined).map((i) => i.column)).toEqual([REVERSED]);
  });

  it('has the same Items table, dimensions named by their labels, in the table, Markdown and HTML, and rows naming each question in the CSV', () => {
    const table = terminalRows('Items');
    expect(table.map((r) => r[1])).toEqual(['Livraison', 'Livraison', 'Prix', 'Prix', 'Réclamations', 'Réclamations', 'Confiance', 'Confiance', 'overall (CSAT)', 'recommend (NPS)']);
    expect(markdownRows('Items')).toEqual(table);
    expect(htmlRows('Items').map((r) => r.slice(1))).toEqual(table.map((r) => r.slice(1)));
    expect(htmlRows('Items').map((r) => r[0])).toEqual(report.items.map((i) => i.column));
    for (const item of report.items) expect(out.csv).toContain(`,${item.column.includes(',') ? `"item: ${item.column}"` : `item: ${item.column}`},score,${item.score},,,${item.n}\n`);
  });

  it('has the same Dimensions table, its Items and "N/A, invalid" columns too, in the table, Markdown and HTML', () => {
    const table = terminalRows('Dimensions').map((r) => [r[0], r[1], r[2], r[3], r[5], r[6], r[8]]);
    expect(table.map((r) => r[0])).toEqual(['Livraison', 'Prix', 'Réclamations', 'Confiance']);
    // Dimension, Items, n, Score, Top-2, Bottom-2, N/A, invalid
    expect(markdownRows('Dimensions').map((r) => [r[0], r[1], r[2], r[3], r[5], r[6], r[8]])).toEqual(table);
    expect(htmlRows('Dimensions').map((r) => [r[0], r[1], r[2], r[3], r[5], r[6], r[8]])).toEqual(table);
  });

  it('has the handling figure and the interval of the problem rate in the HTML, as the table has them', () => {
    const { incidence, resolution } = report.dimensions.complaints ?? {};
    expect(resolution).not.toBeNull();
    const text = htmlText(out.html);
    expect(out.table).toContain(`Handling  ${resolution?.score.toFixed(1)} of 100 among those who had a problem  (95 % CI ${resolution?.ci?.low.toFixed(1)}–${resolution?.ci?.high.toFixed(1)})  n ${resolution?.n}`);
    expect(text).toContain(`Handling (of 100) ${resolution?.score.toFixed(1)} among those who had a problem, 95 % CI ${resolution?.ci?.low.toFixed(1)}–${resolution?.ci?.high.toFixed(1)}, n ${resolution?.n}`);
    expect(text).toContain(`Had a problem ${((incidence?.share ?? 0) * 100).toFixed(1)} % 95 % CI ${((incidence?.ci?.low ?? 0) * 100).toFixed(1)}–${((incidence?.ci?.high ?? 0) * 100).toFixed(1)} %, n ${incidence?.n}`);
  });

  it('says under the Dimensions table of each format that the complaints row\'s Top-2 and Bottom-2 are of its rated item alone, the yes/no question aside', () => {
    const line = 'Réclamations: Top-2 and Bottom-2 count the answers to its rated items alone, its yes/no question aside (see Items); its n counts every respondent with a score in it';
    expect(out.table).toContain(line);
    expect(out.markdown).toContain(line);
    expect(htmlText(out.html)).toContain(line);
    // The dimensions of rated items only have no such line.
    expect(out.table).not.toContain('Livraison: Top-2');
  });

  it('lists the skipped rows with their line numbers in the HTML, as the table and Markdown do', () => {
    const line = /^.*weighted\.csv: 1 row with the wrong number of fields skipped, at line 6$/m.exec(out.table)?.[0];
    expect(line).toBeDefined();
    expect(out.markdown).toContain(`- ${line}`);
    expect(htmlText(out.html)).toContain(line);
  });
});
