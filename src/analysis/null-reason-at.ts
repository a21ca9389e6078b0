/**
 * Why the figure at `path` (`dimensions.service.alpha.raw`, `nps.score`) is null, where the report
 * says: the `nullReasons` of the object that holds the first null on the path (the report's own for
 * `nps`, a dimension's for its `alpha`), under that key. Null where the figure is not null, or no
 * `nullReasons` on the way names it, as for a path the report has no place for at all.
 *
 * @example nullReasonAt({ dimensions: { service: { alpha: null, nullReasons: { alpha: 'a single item has no alpha' } } } }, 'dimensions.service.alpha.raw') // 'a single item has no alpha'
 */
export function nullReasonAt(report: unknown, path: string): string | null {
  let node = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    const value = (node as Record<string, unknown>)[key];
    if (value === null) {
      const reason = ((node as { nullReasons?: unknown }).nullReasons as Record<string, unknown> | undefined)?.[key];
      return typeof reason === 'string' ? reason : null;
    }
    node = value;
  }
  return null;
}
