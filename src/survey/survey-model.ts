import type { Scale } from './scale.js';
import type { SurveyFileUse } from './survey-file.js';
import type { Vocabulary } from './vocabulary.js';
import type { EffortDirection } from './effort-direction.js';
import type { SurveyAudience } from './survey-audience.js';

/** What a column holds. See DESIGN.md, "The survey model". */
export type Role = 'id' | 'timestamp' | 'segment' | 'weight' | 'item' | 'csat' | 'nps' | 'ces' | 'complaint' | 'comment' | 'option' | 'ranking' | 'importance' | 'attention' | 'ignored' | 'unknown';

/**
 * How sure detection is of a column's role, scale and dimension. Only high and medium decisions
 * feed headlines (CSAT, NPS, CES, complaints), the index, drivers and gates; a low one is shown
 * with what it would have been (`suggestion`) and left out until the config or `--map` confirms it.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** Roles whose columns are rated on a scale and scored. */
export const RATED_ROLES: ReadonlySet<Role> = new Set(['item', 'csat', 'nps', 'ces', 'complaint']);

/** Roles whose columns have a scale: the rated ones, and importance, which is rated but never scored as satisfaction. */
export const SCALED_ROLES: ReadonlySet<Role> = new Set([...RATED_ROLES, 'importance']);

export interface ColumnModel {
  index: number;
  name: string;
  /** Question text from an extra header row, or null when the export has only one header row. */
  question: string | null;
  role: Role;
  dimension: string | null;
  scale: Scale | null;
  /** Why the column got its role, dimension and scale, in words. */
  evidence: string[];
  /** How sure that reading is; flags and the config make it high. */
  confidence?: Confidence;
  /**
   * What a low-confidence reading would have made of the column, left out until confirmed; `or`,
   * another role the evidence allows as much (the one 0-10 question of a survey whose header satisfy
   * cannot read: the recommend question, `nps`, or a rating of satisfaction, `csat`).
   */
  suggestion?: { role: Role; dimension: string | null; or?: Role } | null;
  /**
   * A column whose answers partly fit a known set of labels and is left unscored until the others
   * are mapped (role `unknown`, the labels in `unmapped`), or whose header asks for a rating
   * answered in labels of no known scale (role `segment` meanwhile), or in values of a quantity
   * (role `ignored`, why in `quantity`: "values run 1..11, beyond any rating scale"): what its
   * header asks it to be, the overall satisfaction, recommend or effort question, or an item (of a
   * dimension, or of none).
   */
  unscored?: { as: 'csat' | 'nps' | 'ces' | 'item'; dimension: string | null; quantity?: string };
  /**
   * What the report's notes say of the column that the export does not: what detection took for
   * granted to read it ("1 read as yes and 2 as no, …" for a yes/no question coded 1 and 2, "0-10
   * coded 1-11 …"), or that its answers are a platform's codes with no text beside them
   * (LimeSurvey's A1, -oth-). A scale the config gives says what the codes are, and drops it.
   */
  note?: string;
  /** The question a checkbox option, ranked option or matrix row belongs to. */
  partOf?: string | null;
  /**
   * A checkbox question written into one column (role `option`), the options chosen joined by ", "
   * or ";" (Google Forms, Formbricks): each part of a cell is an option, counted one by one (see
   * CheckboxTally.addJoined). Absent on other columns.
   */
  joined?: true;
  /**
   * Where the cells of a column of options chosen (a `joined` checkbox question; never a problem's
   * categories, typed by hand as often as chosen) join them by ";" (Formbricks), so that a comma belongs to an option ("Slack,
   * Teams"): decided from the whole column at detection (see choiceSeparator). Absent, each cell is
   * cut as splitChoices says.
   */
  joinedBy?: ';';
  /**
   * How a ranking question is laid out: `options` when each column is an option and its answers
   * are the ranks given to it (1..k); `positions` when each column is a rank (first, second ...)
   * and its answers name the option put there. Absent on other columns; a ranking column without
   * it (set by the config) is read as `options`.
   */
  rankLayout?: RankLayout;
  /**
   * Text answers in the sample that no label of the column's scale (or, for a column left
   * unscored, of any scale it partly fits) knows, with their counts; empty when there are none.
   */
  unmapped: UnmappedLabel[];
  /** Answers of this column's own that mean "no answer" (from the config). */
  missing?: string[];
  /** More spellings of the scale's labels, label → value (from the config, or the codes of a 0-10 scale coded 1-11). */
  aliases?: Record<string, number>;
  /** Why a rated column's direction could not be told, so it was left unscored (school grades in a Swiss file), said in the report's notes. */
  undecided?: string;
  /**
   * An item whose answers, as coded, run with the recommend question's in a survey whose codes are
   * numbered best first (see codesNumberedBestFirst): its direction is shown, and its wording turns
   * it no more ("The delivery took too long", 1 = Strongly agree, is already higher the better).
   */
  directionShown?: true;
  /** Weight of this item in a respondent's dimension score (from the config); 1 when absent. */
  itemWeight?: number;
  /**
   * An importance column: the index of the satisfaction column it rates the importance of, and
   * what paired them (the subject their headers share, or the config's `importanceOf`); null when
   * it has none. Absent on other columns.
   */
  importanceOf?: { column: number; by: 'subject' | 'config' } | null;
  /**
   * A consent question that opens the survey, answered as a gate is (see settleConsentGates): its
   * role is `ignored`, and a respondent who declines it is left out, counted as `declinedConsent`.
   * Absent on other columns.
   */
  consentGate?: true;
  /** An attention check's answer asked for in its header ("Somewhat agree", "3"); absent on other columns. */
  expected?: string;
  /** The effort (CES) question: which way its answers run, or null when nothing says (see effortDirection); absent on other columns. */
  effortDirection?: EffortDirection | null;
  /**
   * An overall question that names what it rates ("Overall, how satisfied are you with our
   * delivery?"), read as an item of that dimension beside another overall question (see
   * overallOfNothing in detect-columns.ts); absent on other columns. A report that finds no CSAT
   * says that these were found.
   */
  overallItem?: true;
  /**
   * A question of ease answered in the labels of another set ("Ease of returns and refunds" rated
   * Very dissatisfied … Very satisfied), read as an item, not the effort question (see onEaseScale
   * in detect-columns.ts); absent on other columns. A report that finds no CES says that it was found.
   */
  easeItem?: true;
  /**
   * A customer figure (CSAT, CES, a complaint question, an item of a customer dimension) that
   * detection found on a survey of employees, held back as a low-confidence reading is (see
   * holdBackCustomerFigures) until the config or `--map` names it; absent on other columns.
   */
  forCustomers?: true;
  /** The recommend question asks about the company as a place to work: its NPS is the eNPS, computed alike. Absent on other columns. */
  enps?: true;
}

export type RankLayout = 'options' | 'positions';

export interface UnmappedLabel {
  label: string;
  count: number;
}

export interface DimensionModel {
  id: string;
  label: string;
  /** Indexes of the columns scored in this dimension, in file order. */
  columns: number[];
}

export interface SurveyModel {
  columns: ColumnModel[];
  /** Dimensions with at least one column, built-in ones first in DESIGN.md order. */
  dimensions: DimensionModel[];
  /** Index of the overall-satisfaction, recommend and effort columns, or null. */
  csat: number | null;
  nps: number | null;
  ces: number | null;
  /** Index of the column whose values weight the rows (--weight), or null: unweighted. */
  weight: number | null;
  /** Index of the column that dates the responses: the config's, else the first detected; or null. */
  timestamp: number | null;
  vocabulary: Vocabulary;
  /** The language of the survey's headers and answer labels (null when too little text), and how it was told. */
  language?: { language: string | null; evidence: string };
  /** Whom the survey asks, customers, employees or patients, and how that was told (see surveyAudience). */
  audience?: SurveyAudience;
  /** The Qualtrics survey file whose reading of the columns won over detection, and how much it read; absent without one. */
  surveyFile?: SurveyFileUse;
}

/**
 * Names a dimension may not take (in --map or the config): the report's own figures that gates name
 * by a word alone (analysis/gates.ts' aliases other than csat, nps and ces, which --map scores as
 * those): `--fail-if "index < 90"` would judge the index, not a dimension called index.
 */
export const RESERVED_DIMENSION_IDS: readonly string[] = ['index', 'respondents'];

/** The built-in dimensions, in the order reports list them. */
export const BUILT_IN_DIMENSIONS: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'delivery', label: 'Delivery' },
  { id: 'pricing', label: 'Pricing' },
  { id: 'complaints', label: 'Complaints' },
  { id: 'trust', label: 'Trust' },
  { id: 'service', label: 'Service' },
];

// What the header of a headline question asks about, to tell two readings of one column apart.
const ASKS: Partial<Record<Role, string>> = { nps: 'recommending', csat: 'overall satisfaction', ces: 'the effort it took' };

/**
 * What is doubtful about a column's reading, for the report's notes and the lint: the role or
 * dimension a low-confidence reading left out of the headlines (`as`, and the `--map` that
 * confirms it), or a scale guessed from too few answers. Null when nothing is.
 */
export function doubtOf(column: Pick<ColumnModel, 'name' | 'suggestion' | 'confidence' | 'scale'>): { kind: 'suggestion'; as: string; confirm: string } | { kind: 'scale'; guessed: string } | null {
  const suggested = column.suggestion;
  if (suggested !== undefined && suggested !== null) {
    const target = suggested.dimension ?? suggested.role;
    // Two readings the evidence allows as much: each named, with what its header would ask.
    if (suggested.or !== undefined) {
      const map = (role: Role) => `--map ${role}=${JSON.stringify(column.name)}${ASKS[role] === undefined ? '' : ` if it asks about ${ASKS[role]}`}`;
      return { kind: 'suggestion', as: `${suggested.role} or ${suggested.or}`, confirm: `${map(suggested.role)}, ${map(suggested.or)},` };
    }
    return { kind: 'suggestion', as: suggested.dimension === null ? suggested.role : `an item of ${suggested.dimension}`, confirm: `--map ${target}=${JSON.stringify(column.name)}` };
  }
  if (column.confidence === 'low' && column.scale !== null) return { kind: 'scale', guessed: `its ${column.scale.min}-${column.scale.max} scale is a guess from too few answers; check it with satisfy inspect and give the scale in satisfy.config.json` };
  return null;
}
