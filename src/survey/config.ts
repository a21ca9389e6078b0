import type { Role } from './survey-model.js';

/** A config file's settings, and the file as the user named it (satisfy.config.json when found in the working directory). */
export interface LoadedConfig {
  settings: SatisfyConfig;
  path: string;
}

/**
 * `satisfy.config.json`: what a user pins down about a survey instead of leaving it to detection.
 * Every field is optional; what the config leaves out is detected, and command-line flags win over
 * the config. Column names are as the export writes them (or `#N` for the Nth column). Its JSON
 * Schema is `satisfy schema config`; `satisfy init` writes one from detection.
 */
export interface SatisfyConfig {
  /** Where the schema is, for editors; not read. */
  $schema?: string;
  /** The language whose keywords are tried first where a header could be read in several (as --lang). */
  language?: LanguageCode;
  /** Answers that mean "no answer" in every column where they are not a valid answer (as --missing). */
  missing?: string[];
  /** The column whose values weight the rows (as --weight). */
  weight?: string;
  /** The column that dates each response. */
  timestamp?: string;
  /**
   * Whom the survey asks, over what its questions' words about the workplace (or a health
   * questionnaire's days) say: `customers` (a customer survey of an HR product, which asks about
   * leave and workload), `employees` or `patients`. On a survey of employees or of patients' health
   * the customer figures are left out until named, and the comments are read for needs and praise
   * alone.
   */
  audience?: 'customers' | 'employees' | 'patients';
  /** How its dates are written, for --period, --since and --until: year, day or month first (as --date-format). */
  dateFormat?: 'ymd' | 'dmy' | 'mdy';
  /**
   * The line of a CSV file, or row of a sheet, that holds the header, from 1 (as --header-row): the
   * rows above it (a title, a date, blank rows) are left out. `satisfy init` writes it where the
   * header it found is below such rows.
   * @asType integer
   * @minimum 1
   */
  headerRow?: number;
  /** Columns that split the sample (region, plan, contact channel ...). */
  segments?: string[];
  /**
   * Cut points of a --by column of numbers, by column name: `{"Age": [30, 45, 60]}` makes the
   * segments "under 30", "30 to under 45", "45 to under 60" and "60 and over". Without them such a
   * column (more than 12 distinct numbers) is cut at the natural groups of the first 1,000 rows.
   */
  bands?: Record<string, number[]>;
  /** The overall-satisfaction question. */
  csat?: string;
  /** The likelihood-to-recommend question, 0-10. */
  nps?: string;
  /** The customer-effort question. */
  ces?: string;
  /** Settings of single columns, by column name. */
  columns?: Record<string, ColumnConfig>;
  /** The dimensions and their items; a dimension listed here holds exactly the items listed. */
  dimensions?: DimensionConfig[];
  /** Gates checked on every report (as --fail-if), e.g. "nps < 30". */
  gates?: string[];
  /**
   * A Qualtrics survey file (.qsf) of this survey, relative to this config file's folder (as
   * --survey): its question types, choices, recode values and "N/A" choices say what the columns
   * it matches are, over detection; this config's settings still win over it.
   */
  survey?: string;
}

/** The languages of satisfy's lexicons. */
export type LanguageCode = 'en' | 'pl' | 'lv' | 'de' | 'fr' | 'es' | 'pt';

export interface ColumnConfig {
  /** What the column holds. */
  role?: Role;
  /**
   * The dimension the column belongs to. For rated items `dimensions[].items` says the same; for a
   * segment column it can only be `complaints`: the column names the categories of the problems.
   * @pattern ^[a-z][a-z0-9_-]*$
   */
  dimension?: string;
  scale?: ScaleConfig;
  /** Score the column from the top down: a reverse-worded item ("I do not trust them"). */
  reverse?: boolean;
  /** Answers of this column that mean "no answer", applied even when they are on the scale. */
  missing?: string[];
  /**
   * The rated column whose importance this column rates: makes this an importance column, paired
   * with that one in the stated-importance table, whatever their headers say.
   */
  importanceOf?: string;
  /** For an attention check (role `attention`): the answer it asks for, as the export writes it ("Somewhat agree", "3"). */
  expected?: string;
  /**
   * For a checkbox question written into one column (role `option`): true when each cell holds the
   * options chosen, joined by ", " or ";" (Google Forms, Formbricks), each counted as an option;
   * false when the column is one option, ticked or not. Detection tells it from its sample, which a
   * shard of few rows may not show: a config pins it, so that every shard reads the column alike.
   */
  joined?: boolean;
}

/** The scale of a rated column. */
export interface ScaleConfig {
  /** `numeric` by default; `labels` when `labels` is given; `binary` for a yes/no question. */
  kind?: 'numeric' | 'labels' | 'binary';
  /**
   * Lowest value; with labels, the lowest key of `labels` by default.
   * @asType integer
   */
  min?: number;
  /**
   * Highest value; with labels, the highest key of `labels` by default.
   * @asType integer
   */
  max?: number;
  /**
   * For answers written in words: each value and its label, or a list of the spellings that mean
   * it, the first shown in reports: {"1": "Very rude", "3": ["Not rude", "Not rude at all"]}. A
   * number among the spellings after the first is a code the export writes for the value:
   * {"0": ["No", "2"]}.
   */
  labels?: Record<string, string | string[]>;
  /**
   * A label set of the lexicons whose spellings also count, such as `agreement-5`. Its points are
   * the scale's from `min`: 1 to its number of points unless `min` or `max` says otherwise ("Strongly
   * agree" is 4 on 0-4); a scale of another number of points is an error.
   */
  labelSet?: string;
}

export interface DimensionConfig {
  /**
   * A lower-case word: delivery, pricing, complaints, trust, service, or one of your own.
   * @pattern ^[a-z][a-z0-9_-]*$
   */
  id: string;
  /** The name reports show; by default the id, capitalised. */
  label?: string;
  /**
   * The dimension's items: column names, or objects with a weight in the respondent's dimension
   * score (default 1) and `reverse` for a reverse-worded item.
   * @minItems 1
   */
  items: Array<string | ItemConfig>;
}

export interface ItemConfig {
  column: string;
  /**
   * Weight of the item in a respondent's dimension score (a weighted mean of their item scores).
   * @exclusiveMinimum 0
   * @maximum 1000
   */
  weight?: number;
  reverse?: boolean;
}
