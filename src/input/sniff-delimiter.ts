/** The delimiters satisfy recognises, in the order that breaks ties. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Picks the delimiter of a CSV text from its first records: the candidate that splits the most
 * records into the same number of fields (more than one), counting only delimiters outside quoted
 * fields, so that commas inside quoted comments do not fool it.
 *
 * @example sniffDelimiter('a;b;c\n1;"x, y";3\n') // ';'
 */
export function sniffDelimiter(text: string, maxRecords = 50): string {
  const counts = countOutsideQuotes(text, maxRecords);
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

/** For each of the first records, how often each candidate occurs outside quotes. */
function countOutsideQuotes(text: string, maxRecords: number): Array<Map<string, number>> {
  const records: Array<Map<string, number>> = [];
  let current = new Map<string, number>();
  let quoted = false;
  // A record cut off at the end of the sample would skew the counts: stop at the last line end.
  const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  for (let i = 0; i <= end && records.length < maxRecords; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      records.push(current);
      current = new Map();
    } else if ((DELIMITERS as readonly string[]).includes(ch)) current.set(ch, (current.get(ch) ?? 0) + 1);
  }
  if (records.length === 0) records.push(current);
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
