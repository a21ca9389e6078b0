import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// README: "Keys always come in the order below"; the schema lists them in the same order.
describe('the JSON report keys come in the order the README and the schema give', () => {
  it('attention after segments[], before dateWindow, with a breakdown too', () => {
    const schema = JSON.parse(runCli(['schema', 'report']).stdout) as { definitions: { Report: { properties: Record<string, unknown> } } };
    const order = Object.keys(schema.definitions.Report.properties);
    expect(order.indexOf('attention')).toBe(order.indexOf('segments') + 1);
    expect(order.indexOf('dateWindow')).toBe(order.indexOf('attention') + 1);
    for (const args of [[], ['--by', 'Overall satisfaction (1-5)']]) {
      const result = runCli(['report', 'fixtures/detection/attention-check-select-answer.csv', '-q', '--format', 'json', ...args]);
      expect(result.status, result.stderr).toBe(0);
      expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(order);
    }
  });
});

// stderr, the table, Markdown, HTML and JUnit say why a gate's figure is null: the JSON says it beside the check.
describe('a check of a null figure says why in the JSON', () => {
  it('nullReason: the figure\'s reason under nullReasons, or no such figure', () => {
    const result = runCli(['report', 'fixtures/quickstart/responses.csv', '-q', '--format', 'json', '--fail-if', 'ces.mean > 2', '--fail-if', 'index > 1']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { checks: Array<Record<string, unknown>>; nullReasons: Record<string, string> };
    expect(report.checks[0]).toEqual({ expression: 'ces.mean > 2', actual: null, pass: false, nullReason: report.nullReasons['ces'] });
    expect(result.stderr).toContain(`ces.mean > 2 (null: ${report.nullReasons['ces']})`);
    expect(report.checks[1]).not.toHaveProperty('nullReason');
  });
});
