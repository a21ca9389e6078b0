/**
 * Where the header of a hand-made sheet is, as an analyst finds it: an export puts its header on
 * its first row, but a sheet an analyst built (or a report-style CSV) often opens with a title, a
 * blank row or two, and group labels written once over the columns they span ("Respondent",
 * "Ratings (1 = poor, 10 = excellent)", each over merged cells), and the header comes after them.
 *
 * The header is the first row that names most of the columns (more than half of the width the
 * sampled rows fill, and two cells or more), whose cells are names rather than numbers, and that a
 * row follows; every row above it must be nearly empty: blank, a title (one cell, or two beside a
 * header of four names or more), or group labels (at most half as many cells as the header names,
 * no two side by side: each spans columns; side by side where they are a third as many at most,
 * an agency's banner of which a label spans one column). When the first row is such a header, or
 * a row above it is no such row, or a cell of the row is met again in its column below (an answer, under a header
 * that leaves some columns unnamed), the header is the first row, as before: a row that is neither
 * cannot be left out on a guess.
 */
export function findHeaderRow(records: readonly (readonly string[])[]): number {
  const filled = records.map(filledCells);
  const width = Math.max(0, ...records.map(filledWidth));
  for (let k = 0; k < Math.min(records.length - 1, MAX_ABOVE + 1); k++) {
    const n = filled[k] as number;
    if (n < 2 || n * 2 <= width) continue;
    if (k === 0 || !namesColumns(records[k] as readonly string[]) || repeatsBelow(records, k)) return 0;
    for (let i = 0; i < k; i++) if (!nearlyEmpty(records[i] as readonly string[], filled[i] as number, n)) return 0;
    // A row after it: the header of a sheet with data.
    if (!records.slice(k + 1).some((record) => filledCells(record) > 0)) return 0;
    return k;
  }
  return 0;
}

/**
 * Whether a cell of row `k` is met again in its column below: an answer ("Very satisfied"), not
 * a name, and row `k` a respondent's under a header that leaves some columns unnamed.
 */
function repeatsBelow(records: readonly (readonly string[])[], k: number): boolean {
  const row = records[k] as readonly string[];
  return row.some((cell, j) => cell.trim() !== '' && records.slice(k + 1).some((below) => below[j] === cell));
}

// The rows an analyst leaves above a header: a title, a subtitle, blank rows, one or two rows of group labels.
const MAX_ABOVE = 10;

/**
 * What the rows above the header hold, said in the notes: `title "…"`, `2 blank rows`, `group
 * labels "Respondent", "Ratings"`, in their order (blank rows counted together where they follow each other).
 */
export function describeAbove(records: readonly (readonly string[])[]): string[] {
  const parts: string[] = [];
  let blanks = 0;
  const flush = () => {
    if (blanks > 0) parts.push(blanks === 1 ? '1 blank row' : `${blanks} blank rows`);
    blanks = 0;
  };
  for (const record of records) {
    const cells = record.map((cell) => cell.trim()).filter((cell) => cell !== '');
    if (cells.length === 0) {
      blanks += 1;
      continue;
    }
    flush();
    const quoted = cells.map((cell) => JSON.stringify(cell.length > 60 ? `${cell.slice(0, 57)}...` : cell)).join(', ');
    parts.push(cells.length === 1 ? `title ${quoted}` : `labels ${quoted}`);
  }
  flush();
  return parts;
}

/**
 * The group label each column of the header sits under, from the row right above the header, as an
 * analyst reads a sheet whose labels are written once over the columns they span ("Ratings (1 =
 * poor, 10 = excellent)" over the rated questions, "Service" over "Speed" and "Friendliness"): a
 * label spans its own column and the blank ones after it, up to the next label (a merged cell of a
 * workbook keeps its text in its first cell, the others blank). Null for a column before the first
 * label, and for every column when that row holds no group labels: blank, a title alone in the
 * first column, or cells side by side (no label spans another column) more than a third as many as
 * the header's names, or three side by side (a row of facts about the file: client, wave,
 * audience), or more labels than half the header's names.
 */
export function groupLabels(above: readonly (readonly string[])[], header: readonly string[]): Array<string | null> | null {
  const row = above.at(-1);
  if (row === undefined) return null;
  const cells = header.map((_, j) => (row[j] ?? '').trim());
  const filled = cells.filter((cell) => cell !== '').length;
  if (filled === 0 || filled * 2 > filledCells(header)) return null;
  if (filled === 1 && cells[0] !== '') return null;
  if (!sparseLabels(filled, filledCells(header)) && cells.some((cell, j) => j > 0 && cell !== '' && cells[j - 1] !== '')) return null;
  // Three side by side or more ("Client: Acme", "Wave 3", "Courier drivers") are a row of facts about the file, no banner over columns.
  if (cells.some((cell, j) => j > 1 && cell !== '' && cells[j - 1] !== '' && cells[j - 2] !== '')) return null;
  let label: string | null = null;
  return cells.map((cell) => (cell === '' ? label : (label = cell)));
}

/**
 * Labels few enough beside a header of `names` names, a third as many at most, to be group labels
 * even where two stand side by side: an agency's banner gives a question of one column a label of
 * its own ("Recommendation" over one column, "Complaints" over the next two). Where they are more,
 * labels side by side make a row of names, no banner.
 */
function sparseLabels(labels: number, names: number): boolean {
  return labels * 3 <= names;
}

/** The cells of a record that hold more than spaces and tabs. */
export function filledCells(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) if (cell.trim() !== '') n += 1;
  return n;
}

/** One past the last cell of a record that holds more than spaces. */
function filledWidth(record: readonly string[]): number {
  for (let i = record.length - 1; i >= 0; i--) if ((record[i] as string).trim() !== '') return i + 1;
  return 0;
}

/** A row of names: most of its cells (four in five) are not numbers or dates, and they are mostly distinct. */
function namesColumns(record: readonly string[]): boolean {
  const cells = record.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const numbers = cells.filter((cell) => NUMBER_OR_DATE.test(cell)).length;
  return numbers * 5 <= cells.length && new Set(cells).size * 5 >= cells.length * 4;
}

const NUMBER_OR_DATE = /^[-+]?[\d.,:/ ]+$/;

/** A row above a header of `n` names: blank, a title of one or two cells, or group labels (each spanning columns). */
function nearlyEmpty(record: readonly string[], filled: number, n: number): boolean {
  if (filled <= 1) return true;
  if (filled * 2 > n) return false;
  if (filled <= 2 || sparseLabels(filled, n)) return true;
  for (let i = 1; i < record.length; i++) if ((record[i] as string).trim() !== '' && (record[i - 1] as string).trim() !== '') return false;
  return true;
}
