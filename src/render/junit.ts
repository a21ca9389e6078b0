import type { Check } from '../analysis/report.js';
import { inertData } from '../text/inert-text.js';

/**
 * The gates as JUnit XML, one test case per gate, for CI systems that show test results. A control
 * character, which XML 1.0 does not allow, is written out (`\x1b`).
 */
export function renderJunit(data: readonly Check[]): string {
  const checks = inertData(data, 'keep');
  const failures = checks.filter((c) => !c.pass).length;
  const cases = checks.map((check) => {
    const name = escapeXml(check.expression);
    if (check.pass) return `    <testcase classname="satisfy.gates" name="${name}"/>`;
    const actual = check.withheld !== undefined ? `cannot be judged: ${check.withheld}` : check.actual === null ? 'no such figure in the report' : `actual ${check.actual}`;
    return `    <testcase classname="satisfy.gates" name="${name}">\n      <failure message="${escapeXml(`${check.expression}: ${actual}`)}"/>\n    </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="satisfy gates" tests="${checks.length}" failures="${failures}">\n${cases.join('\n')}${cases.length > 0 ? '\n' : ''}  </testsuite>\n</testsuites>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
