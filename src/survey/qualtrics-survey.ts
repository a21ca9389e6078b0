import { SatisfyError } from '../errors.js';

/** One choice of a question (a row of a matrix, an option of a multiple-choice question) or one scale point of a matrix. */
export interface QsfChoice {
  /** Its id in the survey: the key of `Choices` or `Answers`. */
  id: string;
  /** What the respondent saw, without HTML. */
  label: string;
  /** The code the export writes for it (`RecodeValues`), or null when it has none and the id is written. */
  recode: string | null;
  /** Its variable name (`ChoiceDataExportTags`), or null. */
  exportTag: string | null;
  /** Chosen alone ("None of the above", "Not applicable"): `ExclusiveAnswer`. */
  exclusive: boolean;
  /** Has a text box beside it, exported as a column of its own (`…_TEXT`). */
  textEntry: boolean;
}

/** A question of a Qualtrics survey, or one column of a side-by-side question. */
export interface QsfQuestion {
  /** `QID4`, or `QID6#1` for the first column of side-by-side question QID6. */
  id: string;
  /** Its variable name in exports (`DataExportTag`): `Q4`, `q1_recent`, `q6_reservations#1`. */
  tag: string;
  /** `MC`, `Matrix`, `TE`, `Slider`, `SBS`, `RO`, `DB`, `Timing`, `Meta` … */
  type: string;
  /** `SAVR`, `MAVR`, `Likert`, `Bipolar`, `SL`, `NPS` … */
  selector: string;
  /** `SingleAnswer`, `MultipleAnswer`, `DL`, `TX` …, or null. */
  subSelector: string | null;
  /** The question text, without HTML. */
  text: string;
  /** Options of a multiple-choice question, rows of a matrix, in the order shown. */
  choices: QsfChoice[];
  /** A matrix's scale points, in the order shown; null for other questions. */
  answers: QsfChoice[] | null;
  /** The columns of a side-by-side question, each a matrix of its own; empty for other questions. */
  columns: QsfQuestion[];
  /** A slider's ends, when the survey gives them. */
  slider: { min: number; max: number } | null;
  /** A text entry whose answers must be numbers, dates, e-mail addresses …: `Validation.Settings.ContentType`, or null. */
  contentType: string | null;
}

/** A survey file as read: its questions, and the file as the user named it (--survey, or the config's `survey` joined to the config's folder). */
export interface LoadedSurvey {
  survey: QualtricsSurvey;
  path: string;
}

/** What satisfy reads of a Qualtrics survey file (.qsf). */
export interface QualtricsSurvey {
  /** `SurveyEntry.SurveyName`. */
  name: string;
  /** Its questions (`SQ` elements), side-by-side columns inside theirs, in file order. */
  questions: QsfQuestion[];
  /** Questions in the survey's trash block: an export has no columns for them. */
  trashed: ReadonlySet<string>;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/**
 * A Qualtrics survey definition (the JSON of a .qsf file: `SurveyEntry`, then `SurveyElements`
 * whose `SQ` elements are the questions) as satisfy reads it: each question's type, choices in the
 * order shown, scale points of matrices, recode values, variable names and side-by-side columns.
 * A document without `SurveyEntry` and `SurveyElements`, or a question without `QuestionID`, is an
 * error naming `path`.
 *
 * @example parseQualtricsSurvey(JSON.parse(readFileSync('survey.qsf', 'utf8')), 'survey.qsf').questions[0]?.id // 'QID1'
 */
export function parseQualtricsSurvey(value: unknown, path: string): QualtricsSurvey {
  if (!isObject(value) || !isObject(value.SurveyEntry) || !Array.isArray(value.SurveyElements)) {
    throw new SatisfyError('SURVEY_INVALID', 'not a Qualtrics survey file: a .qsf holds SurveyEntry and SurveyElements', { file: path }, 'export it from Qualtrics: Survey → Tools → Import/Export → Export Survey');
  }
  const questions: QsfQuestion[] = [];
  const trashed = new Set<string>();
  value.SurveyElements.forEach((element: unknown, i) => {
    if (!isObject(element)) return;
    if (element.Element === 'BL') {
      const blocks = Array.isArray(element.Payload) ? element.Payload : isObject(element.Payload) ? Object.values(element.Payload) : [];
      for (const block of blocks) {
        if (!isObject(block) || block.Type !== 'Trash' || !Array.isArray(block.BlockElements)) continue;
        for (const entry of block.BlockElements) if (isObject(entry) && typeof entry.QuestionID === 'string') trashed.add(entry.QuestionID);
      }
    }
    if (element.Element !== 'SQ') return;
    const payload = element.Payload;
    if (!isObject(payload) || typeof payload.QuestionID !== 'string' || typeof payload.QuestionType !== 'string') {
      throw new SatisfyError('SURVEY_INVALID', `SurveyElements[${i}]: a question (SQ) without QuestionID and QuestionType`, { file: path });
    }
    questions.push(readQuestion(payload, payload.QuestionID, path));
  });
  return { name: plainText(text(value.SurveyEntry.SurveyName)), questions, trashed };
}

function readQuestion(payload: Json, id: string, path: string): QsfQuestion {
  const type = text(payload.QuestionType);
  const matrixLike = type === 'Matrix';
  const recodes = isObject(payload.RecodeValues) ? payload.RecodeValues : {};
  const exportTags = isObject(payload.ChoiceDataExportTags) ? payload.ChoiceDataExportTags : {};
  // A matrix recodes its scale points; a multiple-choice question its options.
  const choices = readChoices(payload.Choices, payload.ChoiceOrder, matrixLike ? {} : recodes, exportTags);
  const answers = payload.Answers === undefined && !matrixLike ? null : readChoices(payload.Answers, payload.AnswerOrder, matrixLike ? recodes : {}, {});
  const configuration = isObject(payload.Configuration) ? payload.Configuration : {};
  const sliderMin = Number(configuration.CSSliderMin);
  const sliderMax = Number(configuration.CSSliderMax);
  const settings = isObject(payload.Validation) && isObject(payload.Validation.Settings) ? payload.Validation.Settings : {};
  const columns: QsfQuestion[] = [];
  if (type === 'SBS' && isObject(payload.AdditionalQuestions)) {
    for (const [key, column] of Object.entries(payload.AdditionalQuestions).sort(([a], [b]) => Number(a) - Number(b))) {
      if (!isObject(column)) continue;
      // Each column is a matrix over the question's rows, with its own scale points and recodes.
      const columnId = typeof column.QuestionID === 'string' ? column.QuestionID : `${id}#${key}`;
      columns.push(readQuestion({ QuestionType: 'Matrix', ...column, Choices: column.Choices ?? payload.Choices, ChoiceOrder: column.ChoiceOrder ?? payload.ChoiceOrder, DataExportTag: column.DataExportTag ?? `${text(payload.DataExportTag)}#${key}` }, columnId, path));
    }
  }
  return {
    id,
    tag: text(payload.DataExportTag) || id,
    type,
    selector: text(payload.Selector),
    subSelector: text(payload.SubSelector) || null,
    text: plainText(text(payload.QuestionText) || text(payload.QuestionDescription)),
    choices,
    answers: answers === null ? null : answers,
    columns,
    slider: Number.isFinite(sliderMin) && Number.isFinite(sliderMax) && configuration.CSSliderMin !== undefined && configuration.CSSliderMax !== undefined ? { min: sliderMin, max: sliderMax } : null,
    contentType: text(settings.ContentType) || null,
  };
}

/** Choices (or scale points) in the order shown: the order's ids first, then any others by id. */
function readChoices(raw: unknown, order: unknown, recodes: Json, exportTags: Json): QsfChoice[] {
  if (!isObject(raw)) return [];
  const shown = Array.isArray(order) ? order.map(text).filter((id) => id in raw) : [];
  const rest = Object.keys(raw)
    .filter((id) => !shown.includes(id))
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  return [...new Set([...shown, ...rest])].flatMap((id) => {
    const choice = raw[id];
    if (!isObject(choice)) return [];
    const recode = recodes[id];
    const exportTag = exportTags[id];
    return [{ id, label: plainText(text(choice.Display)), recode: recode === undefined || recode === null || text(recode) === '' ? null : text(recode), exportTag: typeof exportTag === 'string' && exportTag !== '' ? exportTag : null, exclusive: choice.ExclusiveAnswer === true || choice.ExclusiveAnswer === 'true', textEntry: choice.TextEntry === true || choice.TextEntry === 'true' }];
  });
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** Text as a respondent reads it: HTML tags dropped, the common entities decoded, white space collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
