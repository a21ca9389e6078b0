import type { Check } from '../analysis/report.js';
import { inertData } from '../text/inert-text.js';
import { gateVerdict } from './gate-verdict.js';

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
    const why = nullReason(data[i] as Check);
    const verdict = gateVerdict(check, why === null ? null : inertData(why, 'keep'));
    return `    <testcase classname="satisfy.gates" name="${name}">\n      <failure message="${escapeXml(`${check.expression}: ${verdict}`)}"/>\n    </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="satisfy gates" tests="${checks.length}" failures="${failures}">\n${cases.join('\n')}${cases.length > 0 ? '\n' : ''}  </testsuite>\n</testsuites>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
