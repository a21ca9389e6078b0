import { type Duplex, Readable } from 'node:stream';
import { SatisfyError } from '../errors.js';
import type { SourceRecord } from './source-record.js';

/** One sheet of a workbook, to read as records (see xlsxRecords). */
export interface SheetRecords {
  /** The sheet's name, told once the workbook's list of sheets is read (before the first record). */
  sheet: () => string;
  /** Every sheet of the workbook in tab order, told as `sheet` is (the sheets met so far, where the workbook does not list them first). */
  sheets: () => string[];
  records: AsyncIterable<SourceRecord>;
}

// The workbook reader, loaded only when a workbook is read: CSV runs never pay for it.
type WorkbookReaderModule = typeof import('exceljs');

/**
 * The rows of one sheet of an Excel workbook (.xlsx, .xlsm) as records of text, streamed with
 * exceljs's WorkbookReader so that memory stays flat in rows: the first sheet in the workbook's
 * tab order, or `sheet` (a name, or a number from 1). Cells are written as a CSV export writes
 * them: numbers in decimal (`4.5`), dates as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (the wall clock
 * Excel stores, no zone), shared and rich text as its text, a formula as its result, an error as
 * its code (`#N/A`), TRUE and FALSE. A row the sheet leaves out, or whose cells are all empty or
 * only spaces and tabs, is a blank record, counted as the CSV reader counts a blank line (and a row
 * of empty fields). Line numbers are row numbers.
 */
export function xlsxRecords(chunks: AsyncIterable<Buffer>, path: string, sheet: string | undefined): SheetRecords {
  let chosen = '';
  let all: string[] = [];
  async function* records(): AsyncGenerator<SourceRecord> {
    const exceljs = (await import('exceljs')) as unknown as { default?: WorkbookReaderModule } & WorkbookReaderModule;
    const { stream } = exceljs.default ?? exceljs;
    const input = Readable.from(chunks);
    const pipe = input.pipe.bind(input);
    // exceljs pipes its input into the zip reader it makes (unzipper's Parse): that is where to reach it.
    input.pipe = ((destination: NodeJS.WritableStream, options?: { end?: boolean }) => {
      endOnlyWhenRead(destination as unknown as Duplex);
      return pipe(destination, options);
    }) as typeof input.pipe;
    const workbook = new stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' });
    let found = false;
    const seen: string[] = [];
    try {
      for await (const worksheet of workbook) {
        const name = (worksheet as unknown as { name?: string }).name ?? '';
        seen.push(name);
        const tabs = ((workbook as unknown as { model?: { sheets?: Array<{ name: string }> } }).model?.sheets ?? []).map((s) => s.name);
        all = tabs.length > 0 ? tabs : seen;
        const wanted = wantedSheet(sheet, tabs, path);
        // Without the workbook's list of sheets (it comes after them in the zip), the first one met.
        if (found || (wanted === null ? seen.length > 1 : name !== wanted)) {
          for await (const _row of worksheet) void _row;
          continue;
        }
        found = true;
        chosen = name;
        let next = 1;
        // Rows of totals are the sheet's last: a row whose formulas aggregate its column is held
        // until a row of answers follows it (then it was a respondent's, as the running numbers
        // or duplicate checks an analyst fills down every row are) or the sheet ends (then it is
        // one of its totals). More such rows in a row than a block of totals holds are formulas
        // of every row: none is taken for totals from there on.
        const held: SourceRecord[] = [];
        let totals = true;
        for await (const row of worksheet) {
          const blank: SourceRecord[] = [];
          for (; next < row.number; next++) blank.push({ record: [''], line: next });
          next = row.number + 1;
          const values = row.values as unknown[];
          const record = { record: rowText(values), line: row.number };
          if (totals && aggregatesColumn(values, row.number)) {
            held.push(...blank, record);
            if (held.filter((r) => r.record.some((cell) => cell !== '')).length <= MAX_TOTAL_ROWS) continue;
            totals = false;
            yield* held.splice(0);
            continue;
          }
          yield* held.splice(0);
          yield* blank;
          yield record;
        }
        for (const record of held) yield record.record.some((cell) => cell !== '') ? { ...record, aggregates: true } : record;
      }
    } catch (error) {
      if (error instanceof SatisfyError) throw error;
      if (firstLine(error) === 'FILE_ENDED') throw new SatisfyError('FILE_UNREADABLE', 'the workbook ends too soon: it is truncated or damaged', { file: path }, 'download or save it again');
      throw new SatisfyError('FILE_UNREADABLE', `cannot read the workbook: ${firstLine(error)}`, { file: path }, 'is the file complete? open it in Excel and save it again as .xlsx, or as CSV');
    }
    if (!found) {
      if (seen.length === 0) throw new SatisfyError('FILE_UNREADABLE', 'cannot read the workbook: it has no sheet', { file: path });
      throw new SatisfyError('USAGE', `no sheet "${sheet}" in the workbook`, { file: path }, `its sheets are: ${seen.join(', ')}`);
    }
  }
  return { sheet: () => chosen, sheets: () => [...all], records: records() };
}

/**
 * Keeps a zip reader (unzipper's Parse) from saying it has ended while entries it has read still
 * wait to be taken. Parse emits 'end' as soon as its input is consumed, and exceljs, which takes
 * the entries one by one and pauses the reader meanwhile, stops at that 'end': the entries still
 * queued are lost (exceljs#3064). A workbook written with its list of sheets last (xl/workbook.xml,
 * as exceljs and other libraries write it) then failed at random with "cannot read the workbook:
 * Cannot read properties of undefined (reading 'sheets')", more often on a loaded machine; a
 * shared-strings part or a sheet stored last would have been lost without a word. Such an early
 * 'end' becomes the end of the reader's queue, so that its own 'end' comes once every entry is taken.
 */
export function endOnlyWhenRead(zip: Duplex): void {
  const emit = zip.emit.bind(zip);
  zip.emit = ((event: string | symbol, ...args: unknown[]): boolean => {
    if (event === 'end' && zip.readableLength > 0) {
      zip.push(null);
      return false;
    }
    return emit(event, ...args);
  }) as typeof zip.emit;
}

/** The name of the sheet to read: `sheet` (a name, or a number in tab order), or the first tab; null when the tabs are not known yet. */
function wantedSheet(sheet: string | undefined, tabs: readonly string[], path: string): string | null {
  if (sheet === undefined) return tabs[0] ?? null;
  if (tabs.includes(sheet)) return sheet;
  if (/^\d+$/.test(sheet)) {
    const tab = tabs[Number(sheet) - 1];
    if (tab !== undefined) return tab;
    if (tabs.length > 0) throw new SatisfyError('USAGE', `--sheet ${sheet}: the workbook has ${tabs.length} sheet${tabs.length === 1 ? '' : 's'}`, { file: path }, `its sheets are: ${tabs.join(', ')}`);
  }
  return sheet;
}

/**
 * A row's cells (exceljs counts them from 1) as the text a CSV export holds. A row whose cells are
 * all empty or hold only spaces and tabs is one blank field: an empty row, as the CSV reader takes
 * a row of such fields (`;;;;`, `; ;  ;`), not a respondent.
 */
function rowText(values: readonly unknown[]): string[] {
  const record: string[] = [];
  let blank = true;
  for (let i = 1; i < values.length; i++) {
    const text = cellText(values[i]);
    if (blank && !SPACES.test(text)) blank = false;
    record.push(text);
  }
  if (blank) return [''];
  while (record.length > 0 && record.at(-1) === '') record.pop();
  return record;
}

/**
 * Whether a row's cells hold a formula that sums, averages or counts a range of one column over
 * several rows (`=AVERAGE(E5:E304)`, `=SUM($F$5:$F$304)`, `=SUBTOTAL(9,G5:G304)`): the row of
 * totals an analyst writes below the data, no respondent's. A formula over a row's own cells
 * (`=AVERAGE(E5:J5)`, a respondent's mean) is not one.
 */
function aggregatesColumn(values: readonly unknown[], row: number): boolean {
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    const formula = (value as { formula?: unknown }).formula;
    if (typeof formula !== 'string') continue;
    const match = COLUMN_AGGREGATE.exec(formula);
    // Of rows above this one: a range that holds its own row (`=COUNTIF($A$2:$A$61,A2)`) checks a respondent's answer.
    if (match !== null && match[2] === match[4] && match[3] !== match[5] && Number(match[3]) < row && Number(match[5]) < row) return true;
  }
  return false;
}

// The most rows of totals below the data (Total, Average, Median, Min, Max, Count, …).
const MAX_TOTAL_ROWS = 10;

const COLUMN_AGGREGATE = /^\s*=?\s*(SUM|AVERAGE|AVERAGEA|MEDIAN|COUNT|COUNTA|COUNTIF|COUNTIFS|SUMIF|SUMIFS|AVERAGEIF|AVERAGEIFS|MIN|MAX|STDEV|STDEV\.S|STDEV\.P|SUBTOTAL|AGGREGATE)\s*\((?:[^,()]*,)*?\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)/i;

// A cell of nothing but spaces and tabs (or nothing): what the CSV reader counts as blank (see CsvRecords.recordIsBlank).
const SPACES = /^[ \t]*$/;

/** One cell's value as text (see xlsxRecords). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const cell = value as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown; error?: string; formula?: string; sharedFormula?: string };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if (cell.error !== undefined) return cell.error;
    if ('result' in cell || cell.formula !== undefined || cell.sharedFormula !== undefined) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
  }
  return String(value);
}

/** An Excel date (exceljs reads its serial number as UTC) as its wall clock, to the nearest second; midnight as the day alone. */
function dateText(date: Date): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return '';
  const iso = new Date(Math.round(ms / 1000) * 1000).toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 200) || 'unknown error';
}
