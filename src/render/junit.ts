import type { Check } from '../analysis/report.js';
import { inertData } from '../text/inert-text.js';
import { isDrop } from '../analysis/gates.js';

/**
 * The gates as JUnit XML, one test case per gate, for CI systems that show test results. A control
 * character, which XML 1.0 does not allow, is written out (`\x1b`). A --fail-on-drop's figure is
 * the change; `nullReason` says why a gate's figure is null, where the report says.
 */
export function renderJunit(data: readonly Check[], nullReason: (check: Check) => string | null = () => null): string {
  const checks = inertData(data, 'keep');
  const failures = checks.filter((c) => !c.pass).length;
  const cases = checks.map((check, i) => {
    const name = escapeXml(check.expression);
    if (check.pass) return `    <testcase classname="satisfy.gates" name="${name}"/>`;
    const drop = isDrop(check);
    const why = nullReason(data[i] as Check);
    const actual = check.withheld !== undefined ? `cannot be judged: ${check.withheld}` : check.actual === null ? (drop ? 'no such change: the figure is missing on one side or both' : why === null ? 'no such figure in the report' : `null in the report: ${why}`) : `${drop ? 'change' : 'actual'} ${check.actual}`;
    return `    <testcase classname="satisfy.gates" name="${name}">\n      <failure message="${escapeXml(`${check.expression}: ${actual}`)}"/>\n    </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="satisfy gates" tests="${checks.length}" failures="${failures}">\n${cases.join('\n')}${cases.length > 0 ? '\n' : ''}  </testsuite>\n</testsuites>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
