/** The delimiters satisfy recognises, in the order that breaks ties. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

// Characters that split the fields of some files though satisfy does not read them as delimiters
// (`~`, `^`): only to tell that a file read as one column has its fields split by one. Punctuation
// that free text holds (`/` of dates, `:` of times, `?`, `!`, `#`, `%`, `&`) is none: a one-column
// export of comments, each written with one date, held as many `/` on every line as a file
// split by them.
const DELIMITER_LIKE: readonly string[] = [...DELIMITERS, '~', '^'];

/**
 * Picks the delimiter of a CSV text from its first records: the candidate that splits the most
 * records into the same number of fields (more than one), counting only delimiters outside quoted
 * fields, so that commas inside quoted comments do not fool it.
 *
 * @example sniffDelimiter('a;b;c\n1;"x, y";3\n') // ';'
 */
export function sniffDelimiter(text: string, maxRecords = 50): string {
  const counts = countOutsideQuotes(text, maxRecords, DELIMITERS).map((r) => r.counts);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const perRecord = counts.map((c) => c.get(delimiter) ?? 0);
    const mode = modeOf(perRecord);
    if (mode === 0) continue;
    // Share of records that have the usual count, weighted a little by how many fields it makes.
    const score = perRecord.filter((n) => n === mode).length / perRecord.length + Math.min(mode, 50) / 1000;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * The character that seems to split the fields of a text that `delimiter` reads as one column: one
 * of `,` `;` tab `|` `~` `^` `#` ... that the first record (the header) and each of the next, up to
 * 50 records in all, hold the same number of times (two or more), outside quoted fields. Null when
 * `delimiter` splits one of those records, when no other character fits, or when the text holds
 * fewer than two records (blank lines aside; `skipFirst` leaves out Excel's `sep=` line). A column
 * of free text does not fit: its header holds no such character as often as each of its comments.
 *
 * @example otherDelimiter('a~b~c\n1~2~3\n', ',') // { delimiter: '~', count: 2 }
 */
export function otherDelimiter(text: string, delimiter: string, skipFirst = false, maxRecords = 50): { delimiter: string; count: number } | null {
  const records = countOutsideQuotes(text, maxRecords + (skipFirst ? 1 : 0), DELIMITER_LIKE)
    .slice(skipFirst ? 1 : 0)
    .filter((r) => !r.blank)
    .map((r) => r.counts);
  if (records.length < 2 || records.some((counts) => counts.has(delimiter))) return null;
  for (const candidate of DELIMITER_LIKE) {
    const count = records[0]?.get(candidate) ?? 0;
    if (count >= 2 && records.every((counts) => counts.get(candidate) === count)) return { delimiter: candidate, count };
  }
  return null;
}

/** For each of the first records, how often each candidate occurs outside quotes, and whether it is a blank line. */
function countOutsideQuotes(text: string, maxRecords: number, candidates: readonly string[]): Array<{ counts: Map<string, number>; blank: boolean }> {
  const records: Array<{ counts: Map<string, number>; blank: boolean }> = [];
  let current = new Map<string, number>();
  let blank = true;
  let quoted = false;
  // A record cut off at the end of the sample would skew the counts: stop at the last line end.
  const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  for (let i = 0; i <= end && records.length < maxRecords; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records.push({ counts: current, blank });
      current = new Map();
      blank = true;
      continue;
    } else if (candidates.includes(ch)) current.set(ch, (current.get(ch) ?? 0) + 1);
    blank = false;
  }
  if (records.length === 0) records.push({ counts: current, blank });
  return records;
}

function modeOf(values: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  let mode = 0;
  let most = 0;
  for (const [value, count] of tally) if (count > most || (count === most && value > mode)) [mode, most] = [value, count];
  return mode;
}
