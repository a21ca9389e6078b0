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
