import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';

export interface CompactTableOptions {
  /** The first this many columns are text, left-aligned; the rest are figures, right-aligned. */
  textColumns?: number;
  colWidths?: Array<number | null>;
  wordWrap?: boolean;
}

/** A cli-table3 table without rules between rows, its header in bold by the caller's colour decision. */
export function compactTable(head: string[], c: ChalkInstance, options: CompactTableOptions = {}): Table.Table {
  const textColumns = options.textColumns ?? 1;
  // cli-table3 colours its header on its own unless told not to; colour is decided by the caller.
  return new Table({
    head: head.map((h) => c.bold(h)),
    // Labels left, figures right, so that digits line up.
    colAligns: head.map((_, i) => (i < textColumns ? 'left' : 'right')),
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: [], border: [], compact: true },
    ...(options.colWidths === undefined ? {} : { colWidths: options.colWidths as number[] }),
    ...(options.wordWrap === undefined ? {} : { wordWrap: options.wordWrap }),
  });
}

// Below this many columns a terminal gets the compact layout.
const COMPACT_BELOW = 80;

/** The width the tables must fit: the terminal's when it is narrower than 80 columns, else no limit. */
export function compactWidth(width: number | undefined): number | undefined {
  return width !== undefined && width < COMPACT_BELOW ? width : undefined;
}

/**
 * A table that fits `width` characters (a terminal's; no limit when undefined): while it is wider,
 * the columns of `optional` are dropped, in that order. Columns are kept in their order.
 */
export function fittedTable(head: string[], rows: string[][], c: ChalkInstance, width: number | undefined, optional: readonly number[], options: CompactTableOptions = {}): string {
  const dropped = new Set<number>();
  for (;;) {
    const keep = head.map((_, i) => i).filter((i) => !dropped.has(i));
    const table = compactTable(
      keep.map((i) => head[i] as string),
      c,
      { ...options, textColumns: keep.filter((i) => i < (options.textColumns ?? 1)).length },
    );
    const kept = rows.map((row) => keep.map((i) => row[i] ?? ''));
    const text = kept.length > CHUNK_ROWS && options.colWidths === undefined ? chunkedTable(keep.map((i) => head[i] as string), kept, c, { ...options, textColumns: keep.filter((i) => i < (options.textColumns ?? 1)).length }) : (table.push(...kept), table.toString());
    const next = optional.find((i) => !dropped.has(i));
    if (width === undefined || next === undefined || visibleWidth(text) <= width) return text;
    dropped.add(next);
  }
}

// cli-table3 takes time quadratic in the rows of a table (it checks every cell against every
// spanning cell): a long table is drawn this many rows at a time and the pieces joined.
const CHUNK_ROWS = 500;

/**
 * The table compactTable draws of `rows`, drawn in pieces of CHUNK_ROWS rows with the widths of
 * the whole, and joined into one: the same text, in time linear in the rows.
 */
function chunkedTable(head: string[], rows: string[][], c: ChalkInstance, options: CompactTableOptions): string {
  const draw = (start: number, colWidths?: number[]) => {
    const table = compactTable(head, c, { ...options, ...(colWidths === undefined ? {} : { colWidths }) });
    table.push(...rows.slice(start, start + CHUNK_ROWS));
    return table.toString().split('\n');
  };
  // The widths cli-table3 gives each piece's columns, read off its top border (┌───┬──┐), as it measures them.
  const colWidths = head.map(() => 0);
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    // eslint-disable-next-line no-control-regex
    const border = (draw(start)[0] ?? '').replace(/\x1b\[[0-9;]*m/g, '');
    border.slice(1, -1).split('┬').forEach((segment, j) => (colWidths[j] = Math.max(colWidths[j] ?? 0, segment.length)));
  }
  // The lines above the first row (the top border and the header): those of the table without rows, but its bottom border.
  const empty = compactTable(head, c, { ...options, colWidths });
  const above = empty.toString().split('\n').length - 1;
  const pieces: string[] = [];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const lines = draw(start, colWidths);
    // Every piece but the first loses its top border and header; every piece but the last, its bottom border.
    pieces.push(...lines.slice(start === 0 ? 0 : above, start + CHUNK_ROWS >= rows.length ? lines.length : -1));
  }
  return pieces.join('\n');
}

/** The width of the widest line of `text` as a terminal shows it, colour codes aside. */
export function visibleWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return Math.max(...text.split('\n').map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').length));
}
