/** A record of a file that is not CSV (a workbook's row, an SPSS case), with its line: the row or case number. */
export interface SourceRecord {
  record: string[];
  line: number;
  /** A workbook's row whose cells hold formulas that sum, average or count ranges of their columns (see xlsxRecords): a row of totals, no respondent's. */
  aggregates?: true;
}
