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
