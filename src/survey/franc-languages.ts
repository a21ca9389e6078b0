/**
 * The languages franc is asked about when it tells a survey's language (see detectSurveyLanguage):
 * ISO 639-3 codes as franc names them → the lexicons' BCP 47 codes. franc is asked about these
 * alone, so the bundle keeps its trigrams of these alone (scripts/build.mjs): franc builds a table
 * of every language it knows when it is loaded, 187 of them.
 */
export const FRANC_LANGUAGES: Readonly<Record<string, string>> = { eng: 'en', pol: 'pl', lvs: 'lv', deu: 'de', fra: 'fr', spa: 'es', por: 'pt' };
