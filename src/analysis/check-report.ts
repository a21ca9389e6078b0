import { fail, firstProblem, LARGEST, SLACK, within as inRange, type DocumentProblem } from './document-problem.js';
import type { Report } from './report.js';

// How far two figures that say the same may be apart, in points: the last bits of their arithmetic.
const AT_ODDS = 1e-9;

// Keys whose numbers count respondents or answers.
const COUNTS = new Set(['n', 'count', 'respondents', 'rows', 'rowsUsed']);

/** A figure from `min` to `max` where the report has one (null and absent figures pass). */
function within(value: unknown, min: number, max: number, path: string): void {
  if (typeof value === 'number') inRange(value, min, max, path);
}

/**
 * The first figure of a report read back that no report of satisfy can hold, or that contradicts
 * the others: the schema gives its shape, this its ranges — every number finite, counts whole and
 * not negative, shares from 0 to 1, Kish's effective n from 1 to n, scores on 0-100 (NPS on
 * -100..100), means within their scales, spreads within their ranges, no base above the
 * respondents. Null when the report is sound.
 */
export function checkReport(report: Report): DocumentProblem | null {
  return firstProblem(() => {
    const { respondents } = report;
    const base = (n: unknown, path: string) => typeof n === 'number' && n > respondents && fail(path, `is more than the respondents (${respondents})`);
    report.items.forEach((item, i) => base(item.n, `items[${i}].n`));
    for (const part of ['csat', 'ces', 'nps', 'index'] as const) base(report[part]?.n, `${part}.n`);
    report.segments.forEach((segment, i) => base(segment.respondents, `segments[${i}].respondents`));
    const groups: Array<{ path: string; group: Pick<Report, 'dimensions' | 'csat' | 'nps' | 'index'> & { ces?: Report['ces'] } }> = [{ path: '', group: report }, ...report.segments.map((group, i) => ({ path: `segments[${i}].`, group })), ...report.periods.map((group, i) => ({ path: `periods[${i}].`, group }))];
    for (const { path, group } of groups) {
      for (const [id, dimension] of Object.entries(group.dimensions)) {
        const at = dimensionPath(path, id);
        within(dimension.mean, 0, 100, `${at}.mean`);
        within(dimension.score, 0, 100, `${at}.score`);
        within(dimension.sd, 0, 100, `${at}.sd`);
      }
      if (group.index) {
        within(group.index.score, 0, 100, `${path}index.score`);
        within(group.index.sd, 0, 100, `${path}index.sd`);
      }
      if (group.nps) within(group.nps.score, -100, 100, `${path}nps.score`);
      for (const part of ['csat', 'ces'] as const) {
        const item = group[part];
        if (item === null || item === undefined) continue;
        within(item.mean, item.scale.min, item.scale.max, `${path}${part}.mean`);
        within(item.sd, 0, item.scale.max - item.scale.min, `${path}${part}.sd`);
      }
    }
    walk(report, '');
    // Figures in range that contradict each other: a comparison tests one and shows the other.
    for (const { path, group } of groups) {
      for (const [id, dimension] of Object.entries(group.dimensions)) {
        const at = dimensionPath(path, id);
        // A dimension's score is the mean of its respondents' scores: the same number.
        if (typeof dimension.mean === 'number' && typeof dimension.score === 'number' && Math.abs(dimension.score - dimension.mean) > AT_ODDS) fail(`${at}.score`, `must equal its mean (${dimension.mean})`);
      }
      if (!group.nps) continue;
      const { score, promoters, detractors } = group.nps;
      if (promoters.share + detractors.share > 1 + SLACK) fail(`${path}nps.promoters.share`, "and the detractors' share must add up to 1 or less");
      if (typeof score === 'number' && Math.abs(score - 100 * (promoters.share - detractors.share)) > AT_ODDS) fail(`${path}nps.score`, `must be 100 × (promoters' share − detractors' share), ${100 * (promoters.share - detractors.share)}`);
    }
  });
}

/** The JSON path of a dimension of a group: `dimensions.delivery`, or `dimensions["a b"]` for an id that is no name. */
function dimensionPath(group: string, id: string): string {
  return `${group}dimensions${/^[A-Za-z_$][\w$]*$/.test(id) ? `.${id}` : `[${JSON.stringify(id)}]`}`;
}

/** The rules that hold of a figure wherever it is, by its key. */
function walk(value: unknown, path: string, key = ''): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(path, 'must be a finite number');
    if (COUNTS.has(key) && !(Number.isInteger(value) && value >= 0)) fail(path, 'must be a whole number from 0');
    if (key === 'share') within(value, 0, 1, path);
    if (key === 'sd' && value < 0) fail(path, 'a standard deviation is never negative');
    // The weights' sum is as large as their unit makes it (1e300 a row is as good a unit as 1): any finite number.
    if (path !== 'weight.sum' && Math.abs(value) > LARGEST * LARGEST) fail(path, `${value} is too large for any figure of a survey`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record['effectiveN'] === 'number' && typeof record['n'] === 'number') {
    const [n, effective] = [record['n'], record['effectiveN']];
    // Kish's effective n, (Σw)² / Σw², is from 1 to n with any positive weights.
    if (n === 0 ? effective !== 0 : effective < 1 - SLACK || effective > n * (1 + SLACK)) fail(`${path === '' ? '' : `${path}.`}effectiveN`, `must be ${n === 0 ? '0 with n 0' : `from 1 to n (${n})`}, not ${effective}`);
  }
  for (const [k, inner] of Object.entries(record)) walk(inner, Array.isArray(value) ? `${path}[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}${path === '' ? '' : '.'}${k}` : `${path}[${JSON.stringify(k)}]`, Array.isArray(value) ? key : k);
}
