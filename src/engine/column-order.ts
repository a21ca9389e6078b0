import { SatisfyError } from '../errors.js';

// The files of one report are exports of one survey, their columns maybe in other orders. A file's
// `order` gives, for each column of the first file, its place in this file (null: the same places).

/** The order of a file's columns `names` against the first file's `first`; an error when the columns differ. */
export function columnOrder(first: readonly string[], names: readonly string[], firstPath: string, path: string): number[] | null {
  const missing = first.filter((n) => !names.includes(n));
  const extra = names.filter((n) => !first.includes(n));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [missing.length > 0 ? `missing ${quoteList(missing)}` : '', extra.length > 0 ? `extra ${quoteList(extra)}` : ''].filter((p) => p !== '');
    throw new SatisfyError('FILES_DIFFER', `the columns differ from those of ${firstPath}: ${parts.join('; ')}`, { file: path }, 'every file of one report must be an export of the same survey');
  }
  const order = first.map((n) => names.indexOf(n));
  return order.every((i, at) => i === at) ? null : order;
}

function quoteList(names: readonly string[]): string {
  const shown = names.slice(0, 5).map((n) => `"${n}"`);
  return names.length > 5 ? `${shown.join(', ')} and ${names.length - 5} more` : shown.join(', ');
}

/** A row of a file in the first file's order of columns. */
export function inFirstOrder(fields: string[], order: readonly number[] | null): string[] {
  return order === null ? fields : order.map((i) => fields[i] ?? '');
}

/** The places in a file of the first file's columns `columns`. */
export function placesInFile(columns: readonly number[], order: readonly number[] | null): number[] {
  return order === null ? [...columns] : columns.map((c) => order[c] ?? c);
}
