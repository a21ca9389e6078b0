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
    for (const row of rows) table.push(keep.map((i) => row[i] ?? ''));
    const text = table.toString();
    const next = optional.find((i) => !dropped.has(i));
    if (width === undefined || next === undefined || visibleWidth(text) <= width) return text;
    dropped.add(next);
  }
}

/** The width of the widest line of `text` as a terminal shows it, colour codes aside. */
export function visibleWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return Math.max(...text.split('\n').map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').length));
}
