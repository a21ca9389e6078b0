import { describe, expect, it } from 'vitest';
import { detectSurvey, plainHeader, scaleHint } from '../../src/survey/detect-columns.js';
import { buildVocabulary } from '../../src/survey/vocabulary.js';
import type { Scale } from '../../src/survey/scale.js';

const vocabulary = buildVocabulary();

/** The scale detection gives a column answered with `labels`, each used `times` times. */
function scaleOf(labels: string[], times = 3): Scale | null {
  const rows = labels.flatMap((label) => Array.from({ length: times }, () => [label]));
  return detectSurvey(plainHeader(['Question']), rows, vocabulary).columns[0]?.scale ?? null;
}

// Five-point scales as each language writes them, lowest first.
const FIVE_POINT: Array<[string, string, string[]]> = [
  ['en', 'agreement-5', ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree']],
  ['pl', 'agreement-5', ['Zdecydowanie się nie zgadzam', 'Raczej się nie zgadzam', 'Ani się zgadzam, ani się nie zgadzam', 'Raczej się zgadzam', 'Zdecydowanie się zgadzam']],
  // Answers to a yes/no question, hedged: on the same five points as agreement, named for what they say.
  ['pl', 'hedged-yes-no-5', ['Zdecydowanie nie', 'Raczej nie', 'Ani tak, ani nie', 'Raczej tak', 'Zdecydowanie tak']],
  ['lv', 'agreement-5', ['Pilnībā nepiekrītu', 'Drīzāk nepiekrītu', 'Ne piekrītu, ne nepiekrītu', 'Drīzāk piekrītu', 'Pilnībā piekrītu']],
  ['de', 'agreement-5', ['Stimme überhaupt nicht zu', 'Stimme eher nicht zu', 'Teils, teils', 'Stimme eher zu', 'Stimme voll und ganz zu']],
  ['fr', 'agreement-5', ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"]],
  ['es', 'agreement-5', ['Totalmente en desacuerdo', 'En desacuerdo', 'Ni de acuerdo ni en desacuerdo', 'De acuerdo', 'Totalmente de acuerdo']],
  ['pt', 'agreement-5', ['Discordo totalmente', 'Discordo', 'Não concordo nem discordo', 'Concordo', 'Concordo totalmente']],
  ['en', 'satisfaction-5', ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied']],
  ['pl', 'satisfaction-5', ['Bardzo niezadowolony', 'Niezadowolony', 'Ani zadowolony, ani niezadowolony', 'Zadowolony', 'Bardzo zadowolony']],
  ['lv', 'satisfaction-5', ['Ļoti neapmierināts', 'Neapmierināts', 'Ne apmierināts, ne neapmierināts', 'Apmierināts', 'Ļoti apmierināts']],
  ['de', 'satisfaction-5', ['Sehr unzufrieden', 'Unzufrieden', 'Weder zufrieden noch unzufrieden', 'Zufrieden', 'Sehr zufrieden']],
  ['fr', 'satisfaction-5', ['Très insatisfait', 'Insatisfait', 'Ni satisfait ni insatisfait', 'Satisfait', 'Très satisfait']],
  ['es', 'satisfaction-5', ['Muy insatisfecho', 'Insatisfecho', 'Ni satisfecho ni insatisfecho', 'Satisfecho', 'Muy satisfecho']],
  ['pt', 'satisfaction-5', ['Muito insatisfeito', 'Insatisfeito', 'Nem satisfeito nem insatisfeito', 'Satisfeito', 'Muito satisfeito']],
  ['en', 'quality-5', ['Very poor', 'Poor', 'Fair', 'Good', 'Very good']],
  ['pl', 'quality-5', ['Bardzo źle', 'Źle', 'Przeciętnie', 'Dobrze', 'Bardzo dobrze']],
  ['lv', 'quality-5', ['Ļoti slikti', 'Slikti', 'Viduvēji', 'Labi', 'Ļoti labi']],
  ['de', 'quality-5', ['Sehr schlecht', 'Schlecht', 'Mittelmäßig', 'Gut', 'Sehr gut']],
  ['fr', 'quality-5', ['Très mauvais', 'Mauvais', 'Moyen', 'Bon', 'Excellent']],
  ['es', 'quality-5', ['Muy malo', 'Malo', 'Regular', 'Bueno', 'Excelente']],
  ['pt', 'quality-5', ['Péssimo', 'Ruim', 'Regular', 'Bom', 'Ótimo']],
  ['en', 'likelihood-5', ['Very unlikely', 'Unlikely', 'Neither likely nor unlikely', 'Likely', 'Very likely']],
  ['de', 'likelihood-5', ['Sehr unwahrscheinlich', 'Unwahrscheinlich', 'Weder noch', 'Wahrscheinlich', 'Sehr wahrscheinlich']],
  ['en', 'ease-5', ['Very difficult', 'Difficult', 'Neither easy nor difficult', 'Easy', 'Very easy']],
  ['es', 'ease-5', ['Muy difícil', 'Difícil', 'Ni fácil ni difícil', 'Fácil', 'Muy fácil']],
  ['lv', 'frequency-5', ['Nekad', 'Reti', 'Dažreiz', 'Bieži', 'Vienmēr']],
  ['fr', 'frequency-5', ['Jamais', 'Rarement', 'Parfois', 'Souvent', 'Toujours']],
  ['pt', 'favourability-5', ['Muito desfavorável', 'Desfavorável', 'Neutro', 'Favorável', 'Muito favorável']],
];

describe('answers written as labels are read on their scale, in every language', () => {
  it.each(FIVE_POINT)('%s %s: %j', (_language, set, labels) => {
    const scale = scaleOf(labels);
    expect(scale).toMatchObject({ kind: 'labels', min: 1, max: 5, labelSet: set });
    // Each point is labelled as the data spells it.
    expect(scale?.labels).toEqual({ '1': labels[0], '2': labels[1], '3': labels[2], '4': labels[3], '5': labels[4] });
  });

  it('ignores case, diacritics, punctuation and spacing in the answers', () => {
    expect(scaleOf(['STRONGLY DISAGREE', 'disagree', 'Neither agree, nor disagree', 'agree!', '  Strongly   agree']) ?.labelSet).toBe('agreement-5');
    expect(scaleOf(['zdecydowanie sie nie zgadzam', 'raczej sie nie zgadzam', 'ani sie zgadzam ani sie nie zgadzam', 'raczej sie zgadzam', 'ZDECYDOWANIE SIĘ ZGADZAM'])?.labelSet).toBe('agreement-5');
  });

  it('reads "Agree" beside "Somewhat agree" as a seven-point scale, where they are two points', () => {
    const scale = scaleOf(['Strongly disagree', 'Disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Agree', 'Strongly agree']);
    expect(scale).toMatchObject({ max: 7, labelSet: 'agreement-7' });
  });

  it('reads a scale without a middle as four or six points', () => {
    expect(scaleOf(['Very dissatisfied', 'Dissatisfied', 'Satisfied', 'Very satisfied'])).toMatchObject({ max: 4, labelSet: 'satisfaction-4' });
    expect(scaleOf(['Stimme überhaupt nicht zu', 'Stimme nicht zu', 'Stimme eher nicht zu', 'Stimme eher zu', 'Stimme zu', 'Stimme voll und ganz zu'])).toMatchObject({ max: 6, labelSet: 'agreement-6' });
  });

  it('tells "Poor … Very good … Excellent" from "Very poor … Excellent"', () => {
    expect(scaleOf(['Poor', 'Fair', 'Good', 'Very good', 'Excellent'])).toMatchObject({ labelSet: 'excellence-5' });
    expect(scaleOf(['Very poor', 'Poor', 'Fair', 'Good', 'Excellent'])).toMatchObject({ labelSet: 'quality-5' });
  });

  it('labels points nobody chose in the language of the data, and says so', () => {
    const rows = ['Pilnībā nepiekrītu', 'Nepiekrītu', 'Drīzāk nepiekrītu', 'Ne piekrītu, ne nepiekrītu', 'Drīzāk piekrītu', 'Pilnībā piekrītu'].map((l) => [l]);
    const [column] = detectSurvey(plainHeader(['Q']), [...rows, ...rows], vocabulary).columns;
    expect(column?.scale?.labelSet).toBe('agreement-7');
    // Nobody answered "Piekrītu" (agree), the sixth point: its label comes from the Latvian lexicon.
    expect(column?.scale?.labels?.['6']).toBe('Piekrītu');
    expect(column?.evidence.join(' ')).toMatch(/agreement-7 set \(lv\); 1 of its points not seen/);
  });

  it('reads five labels of a seven-point set on five points where a point between two chosen often was chosen by no one', () => {
    // OSMI 2017: no "Easy" between "Somewhat easy" and "Very easy"; "Difficult" is the bottom, not 2 of 7.
    const five = ['Difficult', 'Somewhat difficult', 'Neither easy nor difficult', 'Somewhat easy', 'Very easy'];
    const scale = scaleOf(five, 10);
    expect(scale).toMatchObject({ min: 1, max: 5, labelSet: 'ease-7-seen', labels: { '1': 'Difficult', '2': 'Somewhat difficult', '3': 'Neither easy nor difficult', '4': 'Somewhat easy', '5': 'Very easy' } });
    const [column] = detectSurvey(plainHeader(['Q']), five.flatMap((label) => Array.from({ length: 10 }, () => [label])), vocabulary).columns;
    expect(column?.evidence.join(' ')).toMatch(/only 5 of its points: no one chose "Easy" between 10 "Somewhat easy" and 10 "Very easy"/);
    // Fewer answers on either side of the gap prove nothing: the seven-point set, as before.
    expect(scaleOf(five, 9)).toMatchObject({ max: 7, labelSet: 'ease-7' });
  });

  it('keeps the set where the points seen are no scale one designs', () => {
    // Four points seen (a 5-point scale whose "Dissatisfied" no one chose), or more seen on one side than the other.
    expect(scaleOf(['Very dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'], 20)).toMatchObject({ max: 5, labelSet: 'satisfaction-5' });
    expect(scaleOf(['Very dissatisfied', 'Somewhat dissatisfied', 'Neutral', 'Somewhat satisfied', 'Satisfied', 'Very satisfied'], 20)).toMatchObject({ max: 7, labelSet: 'satisfaction-7' });
  });

  it('excludes non-answers in every language before choosing a scale', () => {
    for (const na of ["Don't know", 'Nie wiem', 'Nezinu', 'Weiß nicht', 'Je ne sais pas', 'No sé', 'Não sei', 'N/A', 'Nie dotyczy', 'Prefer not to say']) {
      const scale = scaleOf(['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied', na]);
      expect(scale?.labelSet, na).toBe('satisfaction-5');
    }
  });

  // Near-misses: words that look like a label of a set and mean something else.
  it.each([
    [['Satisfactory', 'Unsatisfactory', 'Satisfactory', 'Very satisfactory']],
    [['Agreeable', 'Disagreeable', 'Agreeable']],
    [['Not very satisfied', 'Quite satisfied', 'Fairly satisfied']],
    [['Goods', 'Services', 'Goods']],
    [['Nie', 'Nie', 'Nie']],
    [['Tak', 'Nie', 'Nie']],
    // A change's middle word alone, beside its opposite, is no comparison of worse and better ("Same address?").
    [['Same', 'Different', 'Same']],
    [['Igual', 'Diferente', 'Igual']],
    [['Gleich', 'Anders', 'Gleich']],
  ])('does not read %j as a label scale', (labels) => {
    expect(scaleOf(labels)).toBeNull();
  });
});

// The families and variants real exports use beyond the first ones, lowest point first.
const MORE_SETS: Array<[string, string, string[]]> = [
  ['en', 'favourability-5', ['Very unfavorably', 'Somewhat unfavorably', 'Neither favorably nor unfavorably', 'Somewhat favorably', 'Very favorably']],
  ['en', 'frequency-5', ['Never', 'Once in a while', 'About half the time', 'Usually', 'Always']],
  ['en', 'frequency-almost-5', ['Almost never', 'Rarely', 'Sometimes', 'Often', 'Almost always']],
  ['en', 'frequency-very-often-5', ['Never', 'Almost never', 'Sometimes', 'Fairly often', 'Very often']],
  ['pl', 'frequency-very-often-5', ['Wcale', 'Rzadko', 'Raczej rzadko', 'Raczej często', 'Bardzo często']],
  ['lv', 'frequency-almost-4', ['Gandrīz nekad', 'Dažreiz', 'Bieži', 'Gandrīz vienmēr']],
  ['de', 'frequency-very-often-5', ['gar nicht', 'selten', 'eher selten', 'eher häufig', 'sehr häufig']],
  ['fr', 'frequency-almost-4', ['Presque jamais', 'Parfois', 'Souvent', 'Presque toujours']],
  ['es', 'frequency-almost-4', ['Casi nunca', 'A veces', 'A menudo', 'Casi siempre']],
  ['pt', 'frequency-almost-4', ['Quase nunca', 'Às vezes', 'Frequentemente', 'Quase sempre']],
  ['en', 'usefulness-5', ['Not useful at all', 'Not useful', 'Neither useful nor useless', 'Useful', 'Very useful']],
  ['pl', 'usefulness-5', ['Zupełnie nieprzydatne', 'Nieprzydatne', 'Ani przydatne, ani nieprzydatne', 'Przydatne', 'Bardzo przydatne']],
  ['lv', 'usefulness-5', ['Pilnīgi nenoderīgs', 'Nenoderīgs', 'Ne noderīgs, ne nenoderīgs', 'Noderīgs', 'Ļoti noderīgs']],
  ['de', 'usefulness-4', ['Gar nicht hilfreich', 'Eher nicht hilfreich', 'Eher hilfreich', 'Sehr hilfreich']],
  ['fr', 'usefulness-5', ['Pas du tout utile', 'Peu utile', 'Moyennement utile', 'Utile', 'Très utile']],
  ['es', 'usefulness-5', ['Nada útil', 'Poco útil', 'Moderadamente útil', 'Útil', 'Muy útil']],
  ['pt', 'usefulness-5', ['Nada útil', 'Pouco útil', 'Moderadamente útil', 'Útil', 'Muito útil']],
  ['en', 'success-4', ['Very unsuccessful', 'Somewhat unsuccessful', 'Somewhat successful', 'Very successful']],
  ['pl', 'success-5', ['Zupełnie nieudane', 'Nieudane', 'Ani udane, ani nieudane', 'Udane', 'Bardzo udane']],
  ['lv', 'success-4', ['Pilnīgi neveiksmīgs', 'Drīzāk neveiksmīgs', 'Drīzāk veiksmīgs', 'Ļoti veiksmīgs']],
  ['de', 'success-6', ['Gar nicht erfolgreich', 'Nicht erfolgreich', 'Eher nicht erfolgreich', 'Eher erfolgreich', 'Erfolgreich', 'Sehr erfolgreich']],
  ['fr', 'success-4', ['Pas du tout réussi', 'Plutôt raté', 'Plutôt réussi', 'Très réussi']],
  ['es', 'success-5', ['Nada exitoso', 'Poco exitoso', 'Ni exitoso ni fallido', 'Exitoso', 'Muy exitoso']],
  ['pt', 'success-5', ['Nada bem-sucedido', 'Pouco bem-sucedido', 'Nem bem-sucedido nem malsucedido', 'Bem-sucedido', 'Muito bem-sucedido']],
  ['en', 'extent-5', ['Not at all', 'To a small extent', 'To a moderate extent', 'To a large extent', 'To a very large extent']],
  ['en', 'extent-5', ['None at all', 'A little', 'A moderate amount', 'A lot', 'A great deal']],
  ['en', 'satisfaction-7', ['Completely dissatisfied', 'Mostly dissatisfied', 'Somewhat dissatisfied', 'Neither satisfied or dissatisfied', 'Somewhat satisfied', 'Mostly satisfied', 'Completely satisfied']],
  ['pl', 'extent-5', ['Wcale', 'W małym stopniu', 'W średnim stopniu', 'W dużym stopniu', 'W bardzo dużym stopniu']],
  ['lv', 'extent-5', ['Nemaz', 'Nelielā mērā', 'Vidējā mērā', 'Lielā mērā', 'Ļoti lielā mērā']],
  ['de', 'extent-5', ['Gar nicht', 'In geringem Maße', 'In mittlerem Maße', 'In hohem Maße', 'In sehr hohem Maße']],
  ['fr', 'extent-5', ['Pas du tout', 'Dans une faible mesure', 'Dans une certaine mesure', 'Dans une large mesure', 'Dans une très large mesure']],
  ['es', 'extent-5', ['Nada', 'En pequeña medida', 'En cierta medida', 'En gran medida', 'En muy gran medida']],
  ['pt', 'extent-5', ['Nada', 'Em pequena medida', 'Em certa medida', 'Em grande medida', 'Em muito grande medida']],
  ['en', 'hedged-yes-no-4', ['No', 'Rather no', 'Rather yes', 'Yes']],
  ['en', 'hedged-yes-no-4', ['Definitely not', 'Probably not', 'Probably yes', 'Definitely yes']],
  ['pl', 'hedged-yes-no-4', ['Zdecydowanie nie', 'Raczej nie', 'Raczej tak', 'Zdecydowanie tak']],
  // The recommend question's own answers (a cold trial's LimeSurvey export left them unscored).
  ['pl', 'hedged-yes-no-4', ['Zdecydowanie nie polecam', 'Raczej nie polecam', 'Raczej polecam', 'Zdecydowanie polecam']],
  ['lv', 'hedged-yes-no-4', ['Nē', 'Drīzāk nē', 'Drīzāk jā', 'Jā']],
  ['de', 'hedged-yes-no-4', ['Nein', 'Eher nein', 'Eher ja', 'Ja']],
  ['fr', 'hedged-yes-no-4', ['Non', 'Plutôt non', 'Plutôt oui', 'Oui']],
  ['es', 'hedged-yes-no-4', ['No', 'Probablemente no', 'Probablemente sí', 'Sí']],
  ['pt', 'hedged-yes-no-4', ['Não', 'Provavelmente não', 'Provavelmente sim', 'Sim']],
  // Change against before, worse to better (how a service compares with a last time; how something affected the respondent).
  ['en', 'change-5', ['Much worse', 'Worse', 'About the same', 'Better', 'Much better']],
  ['en', 'change-3', ['Negatively', 'No change', 'Positively']],
  ['en', 'change-3', ['Worse', 'The same', 'Better']],
  // "Neutral" in the middle, as other families have it (the family still wins: its ends are its own).
  ['en', 'change-3', ['Negatively', 'Neutral', 'Positively']],
  ['fr', 'change-3', ['Négativement', 'Neutre', 'Positivement']],
  ['es', 'change-3', ['Negativamente', 'Neutral', 'Positivamente']],
  ['pt', 'change-3', ['Negativamente', 'Neutro', 'Positivamente']],
  ['en', 'change-7', ['Much worse', 'Worse', 'Slightly worse', 'About the same', 'Slightly better', 'Better', 'Much better']],
  ['de', 'change-5', ['Viel schlechter', 'Schlechter', 'Gleich', 'Besser', 'Viel besser']],
  ['de', 'change-3', ['Schlechter', 'Unverändert', 'Besser']],
  ['fr', 'change-5', ['Bien pire', 'Moins bien', 'Pareil', 'Mieux', 'Bien mieux']],
  ['fr', 'change-3', ['Négativement', 'Aucun changement', 'Positivement']],
  ['es', 'change-5', ['Mucho peor', 'Peor', 'Igual', 'Mejor', 'Mucho mejor']],
  ['es', 'change-3', ['Negativamente', 'Sin cambios', 'Positivamente']],
  ['pt', 'change-5', ['Muito pior', 'Pior', 'Igual', 'Melhor', 'Muito melhor']],
  ['pt', 'change-3', ['Negativamente', 'Sem alterações', 'Positivamente']],
  ['pl', 'change-5', ['Znacznie gorzej', 'Gorzej', 'Tak samo', 'Lepiej', 'Znacznie lepiej']],
  ['pl', 'change-3', ['Gorzej', 'Bez zmian', 'Lepiej']],
  ['lv', 'change-5', ['Daudz sliktāk', 'Sliktāk', 'Tāpat', 'Labāk', 'Daudz labāk']],
  ['lv', 'change-3', ['Sliktāk', 'Bez izmaiņām', 'Labāk']],
  // "Completely" and "fully agree" in every language; LimeSurvey's German "Stimme vollständig zu".
  ['en', 'agreement-5', ['Fully disagree', 'Disagree', 'Neutral', 'Agree', 'Fully agree']],
  ['pl', 'agreement-5', ['Całkowicie się nie zgadzam', 'Nie zgadzam się', 'Ani się zgadzam, ani się nie zgadzam', 'Zgadzam się', 'Całkowicie się zgadzam']],
  ['lv', 'agreement-4', ['Pilnībā nepiekrītu', 'Drīzāk nepiekrītu', 'Drīzāk piekrītu', 'Pilnībā piekrītu']],
  ['de', 'agreement-4', ['Stimme gar nicht zu', 'Stimme eher nicht zu', 'Stimme eher zu', 'Stimme vollständig zu']],
  ['fr', 'agreement-4', ['Complètement en désaccord', "Plutôt pas d'accord", "Plutôt d'accord", "Complètement d'accord"]],
  ['es', 'agreement-4', ['Completamente en desacuerdo', 'Algo en desacuerdo', 'Algo de acuerdo', 'Plenamente de acuerdo']],
  ['pt', 'agreement-4', ['Discordo plenamente', 'Discordo parcialmente', 'Concordo parcialmente', 'Concordo plenamente']],
];

/** The labels of a scale, lowest point first. */
const inOrder = (scale: Scale | null) => Object.entries(scale?.labels ?? {}).sort((a, b) => Number(a[0]) - Number(b[0])).map(([, label]) => label);

describe('more label families and variants, in every language', () => {
  it.each(MORE_SETS)('%s %s: %j', (_language, set, labels) => {
    const scale = scaleOf(labels);
    expect(scale).toMatchObject({ kind: 'labels', min: 1, max: labels.length, labelSet: set, reversed: false });
    expect(inOrder(scale)).toEqual(labels);
  });

  it('keeps a plain yes/no a yes/no question, though "Yes" and "No" end the hedged sets', () => {
    expect(scaleOf(['Yes', 'No', 'No'])).toBeNull();
    expect(scaleOf(['Ja', 'Nein', 'Keine Angabe'])).toBeNull();
    // A hedge between the ends makes a scale of three points (OSMI's "No / Maybe / Yes").
    expect(scaleOf(['Yes', 'Maybe', 'No'])).toMatchObject({ kind: 'labels', min: 1, max: 3, labelSet: 'hedged-yes-no-3', labels: { '1': 'No', '2': 'Maybe', '3': 'Yes' } });
    const [complaint] = detectSurvey(plainHeader(['Did you have a problem with your order?']), ['Yes', 'No', 'No'].map((a) => [a]), vocabulary).columns;
    expect(complaint?.scale).toMatchObject({ kind: 'binary', min: 0, max: 1 });
  });
});

describe('answers that say how much of one quality there is: the intensity pattern', () => {
  // Lowest level first; whether the quality is a bad one.
  it.each([
    ['en', ['No, not rude at all', 'Yes, somewhat rude', 'Yes, very rude'], true],
    ['en', ['Not at all concerned', 'Slightly concerned', 'Moderately concerned', 'Extremely concerned'], true],
    ['en', ['Not at all satisfied', 'Slightly satisfied', 'Moderately satisfied', 'Very satisfied', 'Extremely satisfied'], false],
    ['en', ['Not important', 'Somewhat important', 'Very important'], false],
    ['pl', ['Wcale nie uciążliwe', 'Trochę uciążliwe', 'Bardzo uciążliwe'], true],
    ['lv', ['Nemaz nav svarīgi', 'Nedaudz svarīgi', 'Ļoti svarīgi'], false],
    ['de', ['Überhaupt nicht hilfreich', 'Etwas hilfreich', 'Sehr hilfreich'], false],
    ['de', ['Nein, gar nicht störend', 'Ja, etwas störend', 'Ja, sehr störend'], true],
    ['fr', ['Pas du tout impoli', 'Un peu impoli', 'Très impoli'], true],
    ['es', ['Nada molesto', 'Algo molesto', 'Muy molesto'], true],
    ['pt', ['Nada importante', 'Um pouco importante', 'Muito importante'], false],
  ] as const)('%s: %j (bad: %s)', (_language, labels, bad) => {
    const [column] = detectSurvey(plainHeader(['Question']), [...labels].reverse().flatMap((l) => [[l], [l]]), vocabulary).columns;
    expect(column?.scale).toMatchObject({ kind: 'labels', min: 1, max: labels.length, labelSet: 'intensity', reversed: bad });
    expect(inOrder(column?.scale ?? null)).toEqual(labels);
    expect(column?.evidence.join(' ')).toContain(bad ? 'negative quality: reversed' : 'intensity scale');
  });

  it.each([
    [['Very rude', 'Very polite', 'Very rude']],
    [['Not sure', 'Sure', 'Sure']],
  ])('does not read %j as one', (labels) => expect(scaleOf(labels)).toBeNull());
});

describe('answers on the rungs of the frequency ladder', () => {
  it.each([
    ['en', ['Never', 'Less than once a month', 'Once a week', 'Several times a week', 'Every day']],
    ['pl', ['Nigdy', 'Raz w miesiącu', 'Kilka razy w tygodniu', 'Codziennie']],
    ['lv', ['Nekad', 'Reizi mēnesī', 'Dažas reizes nedēļā', 'Katru dienu']],
    ['de', ['Nie', 'Einmal im Monat', 'Mehrmals pro Woche', 'Täglich']],
    ['fr', ['Jamais', 'Une fois par mois', 'Plusieurs fois par semaine', 'Tous les jours']],
    ['es', ['Nunca', 'Una vez al mes', 'Varias veces a la semana', 'Todos los días']],
    ['pt', ['Nunca', 'Uma vez por mês', 'Várias vezes por semana', 'Todos os dias']],
  ])('%s: %j, on the rungs seen', (_language, labels) => {
    const scale = scaleOf([...labels].reverse());
    expect(scale).toMatchObject({ kind: 'labels', min: 1, max: labels.length, labelSet: 'frequency-ladder' });
    expect(inOrder(scale)).toEqual(labels);
  });
});

describe('answers that carry their codes', () => {
  it('reads the codes as the values, whatever the words', () => {
    expect(scaleOf(['1 - Very poor', '2 - Poor', '3 - Fair', '4 - Good', '5 - Excellent'])).toMatchObject({ kind: 'labels', min: 1, max: 5, labelSet: 'coded', labels: { '1': 'Very poor', '5': 'Excellent' }, reversed: false });
    expect(scaleOf(['Gar nicht erfolgreich (1)', '2', '3', '4', '5', 'Sehr erfolgreich (6)'])).toMatchObject({ kind: 'labels', min: 1, max: 6, labelSet: 'coded', labels: { '1': 'Gar nicht erfolgreich', '3': '3', '6': 'Sehr erfolgreich' } });
    expect(scaleOf(['1. Wunderbar', '2. Gut genug', '3. Schlimm'])).toMatchObject({ min: 1, max: 3, labelSet: 'coded' });
  });

  it('starts at 0 or 1 however low the lowest code seen', () => {
    expect(scaleOf(['(2) Fair', '(3) Good', '(5) Excellent'])).toMatchObject({ min: 1, max: 5 });
  });

  it('reverses codes whose words run against a label set', () => {
    expect(scaleOf(['1 = Excellent', '2 = Very good', '3 = Good', '4 = Fair', '5 = Poor'])).toMatchObject({ labelSet: 'coded', reversed: true });
  });

  it('keeps a column of numbers with labelled ends numeric, so that a recommend question stays one', () => {
    const answers = ['0 - Not at all likely', ...Array.from({ length: 60 }, (_, i) => String((i % 10) + 1))];
    const [column] = detectSurvey(plainHeader(['How likely are you to recommend us?']), answers.map((a) => [a]), vocabulary).columns;
    expect(column).toMatchObject({ role: 'nps', scale: { kind: 'numeric', min: 0, max: 10 } });
  });

  it('reads a recommend question whose top alone carries words, none answering 0, on 0-10; one whose 1 carries words stays 1-10', () => {
    const recommend = (bottom: string) => {
      // Many bare 2..9, and words at the 10 (and at the 1 where given): the words tell the scale's end.
      const answers = [...Array.from({ length: 12 }, () => ['10 - Extremely likely', bottom]), ...Array.from({ length: 80 }, (_, i) => [String((i % 8) + 2)])].flat();
      return detectSurvey(plainHeader(['How likely are you to recommend us?']), answers.map((a) => [a]), vocabulary).columns[0];
    };
    expect(recommend('1')).toMatchObject({ role: 'nps', scale: { kind: 'numeric', min: 0, max: 10 } });
    expect(recommend('1')?.evidence.join(' ')).toContain('no words at its 1: read on the 0-10 recommend scale, its 0 chosen by no one');
    expect(recommend('1 - Not at all likely')).toMatchObject({ role: 'item', scale: { min: 1, max: 10, labelSet: 'coded' } });
    // No one answered 1 (a happy week): no words at it either, and the standard 0-10 is read (a second cold review saw the NPS vanish).
    expect(recommend('2')).toMatchObject({ role: 'nps', scale: { kind: 'numeric', min: 0, max: 10 } });
  });

  it.each([
    [['1 - Poor', '1 - Bad', '2 - Good']],
    [['1 - Poor', '2 - Poor', '3 - Good']],
    [['1 - Poor', 'Good', 'Excellent']],
  ])('does not read %j, whose codes disagree or are missing, as codes', (labels) => expect(scaleOf(labels)?.labelSet).not.toBe('coded'));
});

describe('a scale named in the header', () => {
  it.each([
    ['Speed of delivery (1-5)', { min: 1, max: 5 }],
    ['Rate 0 - 10', { min: 0, max: 10 }],
    ['On a scale from 1 to 7', { min: 1, max: 7 }],
    ['Ocena w skali od 1 do 5', { min: 1, max: 5 }],
    ['Bewertung von 1 bis 10', { min: 1, max: 10 }],
    ['Note de 1 à 5', { min: 1, max: 5 }],
    ['Valoración de 1 a 7', { min: 1, max: 7 }],
    ['Avaliação de 0 até 10', { min: 0, max: 10 }],
    ['Vērtējums no 1 līdz 5', { min: 1, max: 5 }],
    ['Quality (1 = very poor, 5 = excellent)', { min: 1, max: 5, ends: ['very poor', 'excellent'] }],
    ['Wie schwierig war es? (1 = sehr leicht; 7 = sehr schwierig)', { min: 1, max: 7, ends: ['sehr leicht', 'sehr schwierig'] }],
    // Numbers at both ends but no words: no ends named.
    ['Score (1 = 1, 5 = 5)', { min: 1, max: 5 }],
    // Not scales: a date, a year range, a count.
    ['Orders 2019-2020', null],
    ['Visits in the last 12 months', null],
    ['Question 1-1', null],
  ])('%j → %j', (header, expected) => expect(scaleHint(header)).toEqual(expected));
});
