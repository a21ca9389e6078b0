/** A record of a file that is not CSV (a workbook's row, an SPSS case), with its line: the row or case number. */
export interface SourceRecord {
  record: string[];
  line: number;
}
