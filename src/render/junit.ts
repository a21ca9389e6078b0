import type { Check } from '../analysis/report.js';
import { isDrop } from '../analysis/gates.js';
import { inertData } from '../text/inert-text.js';
import { gateVerdict } from './gate-verdict.js';

/**
 * The gates as JUnit XML, one test case per gate, for CI systems that show test results. The case
 * is named by the gate's expression (its figure and threshold: `nps < 30`), the same from run to
 * run so that a dashboard follows it; what the gate saw is its output (`<system-out>`, as every
 * output words it: `actual 4.2`), passed ones too. A failed gate has a `<failure>`; a
 * --fail-on-drop that passes because its figure was not tested (too few answers) is `<skipped>`,
 * as nothing was judged. A control character, which XML 1.0 does not allow, is written out
 * (`\x1b`). `nullReason` says why a gate's figure is null, where the report says.
 */
export function renderJunit(data: readonly Check[], nullReason: (check: Check) => string | null = () => null): string {
  const checks = inertData(data, 'keep');
  const failures = checks.filter((c) => !c.pass).length;
  const skipped = checks.filter((c) => c.pass && isUntested(c)).length;
  const cases = checks.map((check, i) => {
    const name = escapeXml(check.expression);
    const why = nullReason(data[i] as Check);
    const said = escapeXml(`${check.expression}: ${gateVerdict(check, why === null ? null : inertData(why, 'keep'))}`);
    const verdict = !check.pass ? `      <failure message="${said}"/>\n` : isUntested(check) ? `      <skipped message="${said}"/>\n` : '';
    return `    <testcase classname="satisfy.gates" name="${name}">\n${verdict}      <system-out>${said}</system-out>\n    </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="satisfy gates" tests="${checks.length}" failures="${failures}" skipped="${skipped}">\n${cases.join('\n')}${cases.length > 0 ? '\n' : ''}  </testsuite>\n</testsuites>\n`;
}

// A --fail-on-drop whose figure both sides have but that was not tested (see evaluateDrops).
function isUntested(check: Check): boolean {
  return isDrop(check) && check.untested !== undefined;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
