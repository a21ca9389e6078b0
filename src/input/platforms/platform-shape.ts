/** The export platforms satisfy recognises, as named in `input.files[].platform`. */
export const PLATFORMS = ['qualtrics', 'surveymonkey', 'google-forms', 'typeform', 'limesurvey', 'kobotoolbox', 'formbricks', 'microsoft-forms', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Why a row the platform wrote is no respondent's answer: the survey's preview, a test response it generated, or spam it flagged. */
export type NotAResponse = 'preview' | 'test' | 'spam';

/** What the platform says about a column before its values are looked at. */
export interface ColumnHint {
  role: 'id' | 'timestamp' | 'ignored';
  why: string;
}

/**
 * How a platform lays out its export: how many header rows, each column's name and question text,
 * which columns are its own metadata, and the quirks of its values.
 */
export interface PlatformShape {
  platform: Platform;
  headerRows: number;
  names: string[];
  questions: Array<string | null>;
  hints: Array<ColumnHint | null>;
  /** The column that says whether a response was completed, and how to read it. */
  finished: { column: number; isFinished: (value: string) => boolean } | null;
  /**
   * The columns in which the platform marks rows that are no respondent's answers (Qualtrics'
   * `Status` and `DistributionChannel`: a survey preview, a test response, spam), and the reason
   * each such row is left out for, else null (a respondent's answer).
   */
  notResponse?: { columns: number[]; reason: (record: readonly string[]) => NotAResponse | null };
  /** Negative numbers (Qualtrics' -1, -99) mean "no basis to answer", not a rating. */
  negativeCodesMissing: boolean;
  /** A `'` before a value that starts with `-`, `=`, `+` or `@` is an escape, not text (Formbricks). */
  quotePrefix: boolean;
  /** Each column's Qualtrics ImportId (`QID4_1`, `QID4-1-1`) from the export's third header row, or null; absent when the export has none. */
  importIds?: Array<string | null>;
  /** The group label each column sits under, from a row right above the header (see groupLabels), or null; absent when there is none. */
  groupLabels?: Array<string | null>;
  /** The columns the platform says are a text box, answered in the respondent's words (SurveyMonkey's "Open-Ended Response"); absent when it says of none. */
  openEnded?: boolean[];
}

/**
 * A platform's recogniser: the shape, if the first records look like its export, or null. `forced`
 * (`--platform` names it) lets a recogniser read its layout where its own words were not found.
 */
export type RecognisePlatform = (records: readonly (readonly string[])[], forced?: boolean) => PlatformShape | null;

/** A shape with one header row and nothing special, to start from. */
export function plainShape(platform: Platform, header: readonly string[]): PlatformShape {
  return {
    platform,
    headerRows: 1,
    names: [...header],
    questions: header.map(() => null),
    hints: header.map(() => null),
    finished: null,
    negativeCodesMissing: false,
    quotePrefix: false,
  };
}

/** Hints for the columns whose names (folded to lower case) are in `roles`. */
export function hintByName(names: readonly string[], roles: Record<string, ColumnHint['role']>, platform: string): Array<ColumnHint | null> {
  return names.map((name) => {
    const role = roles[name.trim().toLowerCase()];
    return role === undefined ? null : { role, why: `${platform} ${role === 'ignored' ? 'metadata' : role} column "${name}"` };
  });
}

export function indexOfName(names: readonly string[], wanted: string): number {
  return names.findIndex((n) => n.trim().toLowerCase() === wanted.toLowerCase());
}
