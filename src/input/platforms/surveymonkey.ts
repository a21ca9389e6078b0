import { normalizeText } from '../../text/normalize-text.js';
import { plainShape, type ColumnHint, type RecognisePlatform } from './platform-shape.js';

// SurveyMonkey's own columns, as its export names them in the account's language (en, es, pt-BR,
// de, fr), folded as normalizeText folds them, a trailing number ("Custom Data 1") taken off.
const METADATA: ReadonlyMap<string, ColumnHint['role']> = new Map(
  (
    [
      ['id', ['Respondent ID', 'RespondentID', 'ID del encuestado', 'ID do respondente', 'Befragten-ID', 'ID du répondant']],
      ['timestamp', ['End Date', 'EndDate', 'Fecha de finalización', 'Data de término', 'Enddatum', 'Date de fin']],
      [
        'ignored',
        [
          ...['Collector ID', 'CollectorID', 'ID del recopilador', 'ID do coletor', 'Collector-ID', 'ID du collecteur'],
          ...['Start Date', 'StartDate', 'Fecha de inicio', 'Data de início', 'Startdatum', 'Date de début'],
          ...['IP Address', 'Dirección IP', 'Endereço IP', 'IP-Adresse', 'Adresse IP'],
          ...['Email Address', 'Dirección de correo electrónico', 'Endereço de e-mail', 'E-Mail-Adresse', 'Adresse e-mail'],
          ...['First Name', 'Nombre', 'Nome', 'Vorname', 'Prénom', 'Last Name', 'Apellido', 'Sobrenome', 'Nachname', 'Nom'],
          ...['Custom Data', 'Datos personalizados', 'Dados personalizados', 'Benutzerdefinierte Daten', 'Données personnalisées'],
        ],
      ],
    ] as const
  ).flatMap(([role, names]) => names.map((name): [string, ColumnHint['role']] => [normalizeText(name), role])),
);

// Row 2 over a column that is the whole answer to its question, in the same languages: the
// question alone names it. Blank over the metadata columns.
const SINGLE = new Set(['Response', 'Open-Ended Response', 'Respuesta', 'Respuesta abierta', 'Resposta', 'Resposta aberta', 'Antwort', 'Offene Antwort', 'Réponse', 'Réponse ouverte'].map(normalizeText));
// Of those, the words over a text box's answers: the respondent's own words, or a number typed.
const OPEN_ENDED = new Set(['Open-Ended Response', 'Respuesta abierta', 'Resposta aberta', 'Offene Antwort', 'Réponse ouverte'].map(normalizeText));

function metadataRole(name: string): ColumnHint['role'] | undefined {
  return METADATA.get(normalizeText(name).replace(/ \d+$/, ''));
}

/**
 * SurveyMonkey: two header rows. Row 1 has the question text over the first column of a
 * multi-column question and blanks after it; row 2 has `Response` (in the account's language) or
 * the option (or matrix row) text. A column is named `Question - Option` unless row 2 says
 * `Response`. Forced (`--platform surveymonkey`), the two rows are read so whatever their words.
 */
export const recogniseSurveyMonkey: RecognisePlatform = (records, forced = false) => {
  const [first = [], second = []] = records;
  const single = (cell: string) => cell.trim() === '' || SINGLE.has(normalizeText(cell));
  const responses = second.filter((c) => c.trim() !== '' && single(c)).length;
  const hasMetadata = first.some((c) => metadataRole(c) !== undefined);
  if (!forced && (responses === 0 || !hasMetadata || !single(second[0] ?? ''))) return null;
  let question = '';
  const questions = first.map((cell) => (cell.trim() === '' ? question : (question = cell)));
  const names = questions.map((q, i) => {
    const option = second[i] ?? '';
    return single(option) ? q : `${q} - ${option}`;
  });
  const hints = names.map((name): ColumnHint | null => {
    const role = metadataRole(name);
    return role === undefined ? null : { role, why: `SurveyMonkey ${role === 'ignored' ? 'metadata' : role} column "${name}"` };
  });
  const openEnded = names.map((_, i) => OPEN_ENDED.has(normalizeText(second[i] ?? '')));
  return { ...plainShape('surveymonkey', names), headerRows: 2, questions, hints, ...(openEnded.includes(true) ? { openEnded } : {}) };
};
