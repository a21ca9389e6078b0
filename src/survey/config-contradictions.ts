import { SatisfyError } from '../errors.js';
import type { SatisfyConfig } from './config.js';
import { RESERVED_DIMENSION_IDS, type ColumnModel } from './survey-model.js';

/** What one place of a config says a column is: a role of one column, a segment, or an item of a dimension. */
interface Claim {
  place: string;
  kind: 'one' | 'segment' | 'item';
  /** The role (timestamp, weight, csat, nps, ces) or the dimension id. */
  what: string;
}

// Roles only one column has; a column cannot hold two of them.
const ONE_COLUMN = ['timestamp', 'weight', 'csat', 'nps', 'ces'] as const;

/**
 * Refuses a config that contradicts itself, naming both places, before any of it is applied: two
 * dimensions of one id, a column in two dimensions, one column named for two of timestamp,
 * weight, csat, nps and ces (or for one of them and a dimension or a segment). Applied one after
 * the other, the later would silently win and the earlier vanish with a false reason.
 * `find` resolves a column's name as the config writes it (exactly, ignoring case, or `#N`).
 */
export function checkConfigContradictions(settings: SatisfyConfig, find: (name: string, place: string) => ColumnModel, file: string): void {
  const fail = (message: string) => {
    throw new SatisfyError('CONFIG_INVALID', message, { file }, 'a column has one role and belongs to one dimension; a dimension id is listed once');
  };
  const dimensions = settings.dimensions ?? [];
  dimensions.forEach((dimension, i) => {
    const first = dimensions.findIndex((d) => d.id === dimension.id);
    if (first < i) fail(`dimensions[${i}].id "${dimension.id}" is also dimensions[${first}].id`);
  });
  // A dimension called "index" made a second "Index" beside the report's, and a gate on index judged the report's.
  const reserved = (id: string | undefined, place: string) => {
    if (id !== undefined && RESERVED_DIMENSION_IDS.includes(id)) throw new SatisfyError('CONFIG_INVALID', `${place} "${id}" is a figure of the report itself, not a name a dimension can take`, { file }, `name the dimension otherwise, such as ${id}-score or value; ${RESERVED_DIMENSION_IDS.join(' and ')} are the report's own`);
  };
  dimensions.forEach((dimension, i) => reserved(dimension.id, `dimensions[${i}].id`));
  for (const [name, column] of Object.entries(settings.columns ?? {})) reserved(column.dimension, `columns[${JSON.stringify(name)}].dimension`);
  const claims = new Map<number, Claim[]>();
  const claim = (name: string, place: string, kind: Claim['kind'], what: string) => {
    const { index } = find(name, place);
    claims.set(index, [...(claims.get(index) ?? []), { place, kind, what }]);
  };
  for (const role of ONE_COLUMN) {
    const name = settings[role];
    if (name !== undefined) claim(name, role, 'one', role);
  }
  (settings.segments ?? []).forEach((name, i) => claim(name, `segments[${i}]`, 'segment', 'segment'));
  for (const [name, column] of Object.entries(settings.columns ?? {})) {
    const place = `columns[${JSON.stringify(name)}]`;
    if (column.role !== undefined && (ONE_COLUMN as readonly string[]).includes(column.role)) claim(name, `${place}.role`, 'one', column.role);
    // A segment column's dimension (complaints) names the categories of problems, not an item.
    if (column.dimension !== undefined && column.role !== 'segment') claim(name, `${place}.dimension`, 'item', column.dimension);
  }
  dimensions.forEach((dimension, i) => dimension.items.forEach((item, k) => claim(typeof item === 'string' ? item : item.column, `dimensions[${i}].items[${k}]`, 'item', dimension.id)));
  for (const list of claims.values()) {
    for (const [j, later] of list.entries()) {
      const earlier = list.slice(0, j).find((c) => !agree(c, later));
      if (earlier !== undefined) fail(`${later.place} names the column that ${earlier.place} names: ${describe(later)} and ${describe(earlier)} at once`);
    }
  }
}

/** Two claims on one column agree when they say the same thing (`csat` and `columns[…].role: csat`). */
function agree(a: Claim, b: Claim): boolean {
  return a.kind === b.kind && a.what === b.what;
}

function describe(claim: Claim): string {
  if (claim.kind === 'item') return `an item of ${claim.what}`;
  if (claim.kind === 'segment') return 'a segment';
  return claim.what === 'timestamp' || claim.what === 'weight' ? `the ${claim.what}` : `the ${claim.what} question`;
}
