import { normalizeText } from './normalize-text.js';

/**
 * The words of dates written out ("19th November 2023", "3 marca 2025", "14. Februar 2026"), one
 * table per language: each month in every form a date uses — nominative, genitive ("marca"),
 * Latvian locative ("martā"), abbreviations with or without their dot — and the words that may
 * stand around the numbers without changing the date (weekdays, "de", "gada", "um"). Words are
 * written as the language spells them; they are matched folded (case and diacritics ignored, so
 * "marz", "MÄRZ" and "März" are one word). To read another language, add a table to DATE_WORDS.
 */
export interface DateWords {
  language: string;
  /** January to December: every form of each month. */
  months: readonly [readonly string[], readonly string[], readonly string[], readonly string[], readonly string[], readonly string[], readonly string[], readonly string[], readonly string[], readonly string[], readonly string[], readonly string[]];
  /** Weekday names, which a long date may start with; the date does not check them. */
  weekdays: readonly string[];
  /** Small words between the parts: "of", "de", "gada" (year's), "um" (at), "r." (year). */
  joiners: readonly string[];
}

const en: DateWords = {
  language: 'en',
  months: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  joiners: ['of', 'the', 'on', 'at'],
};

// Polish dates put the month in the genitive: "3 marca 2025".
const pl: DateWords = {
  language: 'pl',
  months: [
    ['styczeń', 'stycznia', 'sty'],
    ['luty', 'lutego', 'lut'],
    ['marzec', 'marca', 'mar'],
    ['kwiecień', 'kwietnia', 'kwi'],
    ['maj', 'maja'],
    ['czerwiec', 'czerwca', 'cze'],
    ['lipiec', 'lipca', 'lip'],
    ['sierpień', 'sierpnia', 'sie'],
    ['wrzesień', 'września', 'wrz'],
    ['październik', 'października', 'paź'],
    ['listopad', 'listopada', 'lis'],
    ['grudzień', 'grudnia', 'gru'],
  ],
  weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
  joiners: ['r', 'rok', 'roku', 'dnia', 'o', 'godz', 'godzina'],
};

// Latvian: "2025. gada 3. martā" (locative), "3. marta" (genitive), "marts" (nominative).
const lv: DateWords = {
  language: 'lv',
  months: [
    ['janvāris', 'janvāra', 'janvārī', 'janv'],
    ['februāris', 'februāra', 'februārī', 'febr'],
    ['marts', 'marta', 'martā'],
    ['aprīlis', 'aprīļa', 'aprīlī', 'apr'],
    ['maijs', 'maija', 'maijā'],
    ['jūnijs', 'jūnija', 'jūnijā', 'jūn'],
    ['jūlijs', 'jūlija', 'jūlijā', 'jūl'],
    ['augusts', 'augusta', 'augustā', 'aug'],
    ['septembris', 'septembra', 'septembrī', 'sept'],
    ['oktobris', 'oktobra', 'oktobrī', 'okt'],
    ['novembris', 'novembra', 'novembrī', 'nov'],
    ['decembris', 'decembra', 'decembrī', 'dec'],
  ],
  weekdays: ['pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena'],
  joiners: ['gada', 'g', 'plkst'],
};

// German, with the Austrian "Jänner" and the "Mrz" of DIN 5008.
const de: DateWords = {
  language: 'de',
  months: [
    ['januar', 'jänner', 'jan', 'jän'],
    ['februar', 'feber', 'feb'],
    ['märz', 'mär', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
  joiners: ['den', 'am', 'um', 'uhr'],
};

const fr: DateWords = {
  language: 'fr',
  months: [
    ['janvier', 'janv'],
    ['février', 'févr', 'fév'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'déc'],
  ],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  joiners: ['le', 'à'],
};

const es: DateWords = {
  language: 'es',
  months: [
    ['enero', 'ene'],
    ['febrero', 'feb'],
    ['marzo', 'mar'],
    ['abril', 'abr'],
    ['mayo', 'may'],
    ['junio', 'jun'],
    ['julio', 'jul'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre', 'sep', 'sept', 'set'],
    ['octubre', 'oct'],
    ['noviembre', 'nov'],
    ['diciembre', 'dic'],
  ],
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  joiners: ['de', 'del', 'el', 'a', 'las', 'la'],
};

const pt: DateWords = {
  language: 'pt',
  months: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['março', 'mar'],
    ['abril', 'abr'],
    ['maio', 'mai'],
    ['junho', 'jun'],
    ['julho', 'jul'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro', 'nov'],
    ['dezembro', 'dez'],
  ],
  // "segunda-feira" is read as "segunda" and "feira".
  weekdays: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'feira'],
  joiners: ['de', 'do', 'às', 'a', 'em'],
};

/** The languages whose dates satisfy reads, as the survey lexicons: en, pl, lv, de, fr, es, pt. */
export const DATE_WORDS: readonly DateWords[] = [en, pl, lv, de, fr, es, pt];

/** What a folded word of a date is: a month (1-12), or a word to pass over. */
export type DateWord = { month: number } | 'skip';

/**
 * Every word of `tables`, folded, with what it is. A word that would name two different months,
 * or a month and a word to pass over, makes this throw: the tables must never disagree.
 */
export function dateWordsOf(tables: readonly DateWords[]): Map<string, DateWord> {
  const words = new Map<string, DateWord>();
  const add = (word: string, meaning: DateWord, language: string) => {
    const folded = normalizeText(word);
    const known = words.get(folded);
    if (known !== undefined && JSON.stringify(known) !== JSON.stringify(meaning)) throw new Error(`date word "${word}" (${language}) means two things: ${JSON.stringify(known)} and ${JSON.stringify(meaning)}`);
    words.set(folded, meaning);
  };
  for (const table of tables) {
    table.months.forEach((forms, i) => forms.forEach((form) => add(form, { month: i + 1 }, table.language)));
    for (const word of [...table.weekdays, ...table.joiners]) add(word, 'skip', table.language);
  }
  return words;
}

const WORDS = dateWordsOf(DATE_WORDS);

/** What `word` (as written: any case, with or without diacritics or a final dot) is in a date, or undefined for a word no date uses. */
export function dateWord(word: string): DateWord | undefined {
  return WORDS.get(normalizeText(word));
}
