import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/html.js';
import { runCli } from '../helpers/run-cli.js';

// Debian's Chromium: .ci/run installs it on CI; elsewhere the browser test runs where it is installed.
const CHROMIUM = '/usr/bin/chromium';
const SCRIPT_FIXTURE = 'fixtures/report/script-in-answers.csv';

function html(args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'satisfy-html-'));
  const path = join(dir, 'report.html');
  const result = runCli(['report', ...args, '--format', 'html', '-o', path]);
  expect(result.status, result.stderr).toBe(0);
  return path;
}

describe('--format html', () => {
  it('escapes every character that could open markup', () => {
    expect(escapeHtml(`<script>alert("1")</script> & 'x'`)).toBe('&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; &#39;x&#39;');
  });

  it('is one self-contained page: no script, nothing to load, data text escaped', () => {
    const page = readFileSync(html([SCRIPT_FIXTURE, '--by', 'Region']), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n/);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\b(src|href)=/i);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('North &amp; &quot;South&quot;');
    expect(page).toContain('Delivery speed &lt;b&gt;(1-5)&lt;/b&gt;');
  });

  it('draws the charts the report has figures for', () => {
    const page = readFileSync(html(['fixtures/segments/drop-in-one-region.csv', '--period', 'week']), 'utf8');
    const captions = [...page.matchAll(/<figcaption>(.*?)<\/figcaption><svg/g)].map((m) => m[1]);
    expect(captions).toEqual(['Scores (0-100) with 95 % intervals', 'Answers, from the bottom of each scale (red) to the top (green)', 'NPS −4.0: promoters − detractors', 'By week', 'Key drivers of Overall satisfaction (1-5): importance against performance']);
    // The NPS bar's shares are drawn as the report has them: 35 % detractors, 34 % passives, 31 % promoters.
    expect(page).toMatch(/<text[^>]*>35%<\/text>[\s\S]*<text[^>]*>34%<\/text>[\s\S]*<text[^>]*>31%<\/text>/);
  });

  it('shows the answers of the rated items when the report has no dimension, CSAT or CES', () => {
    const page = readFileSync(html(['fixtures/real/qualtrics/Single_Answer_Matrix_Questions.csv']), 'utf8');
    expect([...page.matchAll(/<figcaption>(.*?)<\/figcaption>/g)].map((m) => m[1])).toEqual(['Answers, from the bottom of each scale (red) to the top (green)']);
    expect(page).toMatch(/<text[^>]*>question_three<\/text>/);
  });

  it.skipIf(!existsSync(CHROMIUM) && process.env.CI === undefined)('opens in headless Chromium with no console error, no request and no script run', async () => {
    const path = html([SCRIPT_FIXTURE, '--by', 'Region']);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      const problems: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      const url = pathToFileURL(path).href;
      page.on('request', (request) => request.url() !== url && problems.push(`request: ${request.url()}`));
      await page.goto(url);
      const text = await page.locator('body').innerText();
      expect(text).toContain('<script>alert(1)</script>');
      const sizes = await page.locator('figure svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width * svg.getBoundingClientRect().height));
      expect(sizes.length).toBeGreaterThanOrEqual(4);
      expect(sizes.every((area) => area > 1000)).toBe(true);
      const screenshot = join(process.env.SATISFY_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'satisfy-screenshot-')), 'html-report.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(readFileSync(screenshot).subarray(1, 4).toString()).toBe('PNG');
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
