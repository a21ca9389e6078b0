import { describe, expect, it } from 'vitest';
import { detectSurveyLanguage, keywordLeaning } from '../../src/survey/detect-language.js';
import { lexicons } from '../../src/survey/lexicon/index.js';

// The keywords of a runner-up language that scores nearly as high as the survey's count too only
// where it is a sister of it (Portuguese and Spanish), as the README says: French ran within 0.98
// of English on English exports, and its "observations" made a yes/no question a comment.
describe('detectSurveyLanguage', () => {
  it('lets a sister language that scores nearly as high in: Portuguese beside Spanish', () => {
    // Words spelled alike in both, twice: 38 words, enough to tell (30).
    const words = 'producto cliente empresa amigo problemas general total final normal ideal excelente importante interesante posible nada todo para com sem';
    const found = detectSurveyLanguage([words, words]);
    expect(found.language).toBe('es');
    expect(found.evidence).toMatch(/\(next: pt at 0\.99, close enough that its keywords count too\)$/);
    expect(found.keywordLanguages).toEqual(['es', 'pt', 'en']);
  });

  it('lets no other language in however close it scores: French beside English', () => {
    const words = 'Description of the situation: position, observations, suggestions, questions, comments, information, communication, organisation, preparation, presentation, consideration, satisfaction, attention, intention, decision, discussion, conversation, participation, evaluation, application, condition, collaboration and the';
    const found = detectSurveyLanguage([words, words]);
    expect(found.language).toBe('en');
    expect(found.evidence).toMatch(/\(next: fr at 0\.9\d\)$/);
    expect(found.keywordLanguages).toEqual(['en']);
  });
});

// Item codes are no words of a language: a cold trial found a Spanish bank's file of codes
// (imag1 … loy4, and gender: male / female) read as Portuguese "from 30 words", 27 of them the
// codes' letters. The language is still read from them (without, such a file's keywords of every
// lexicon fired: French "global" in csor_global), and the evidence says it is a guess.
describe('detectSurveyLanguage and codes', () => {
  it('says that a language read mostly from the letters of item codes is a guess', () => {
    const codes = ['imag1', 'imag2', 'expe1', 'qual_1', 'qual_2', 'Q3_2', 'sat1', 'loy4', 'v12'];
    const found = detectSurveyLanguage([...codes, ...codes, ...codes, ...codes, 'gender', 'male', 'female']);
    expect(found.evidence).toMatch(/ from 31 words of headers and answer labels, 28 of them the letters of item codes \(imag1, imag2 …\): a guess from their abbreviations \(next: [a-z]+ at 0\.(8|9)\d/);
  });

  it('says nothing of a few codes among enough words', () => {
    const words = 'Description of the situation: position, observations, suggestions, questions, comments, information, communication, organisation, preparation, presentation, consideration, satisfaction, attention, intention, decision, discussion, conversation, participation, evaluation, application, condition, collaboration and the';
    const found = detectSurveyLanguage([words, 'qual_1', 'imag2', 'csor_global']);
    expect(found.evidence).toMatch(/^en from 32 words of headers and answer labels \(next: /);
  });
});

// A survey too short for ELD leans to the language whose keywords more of its headers hold, by two at least.
describe('keywordLeaning', () => {
  it('finds the language most headers hold keywords of: Portuguese without accents', () => {
    expect(keywordLeaning(['Satisfacao geral (1-5)', 'Atendimento no balcao (1-5)', 'Entrega no prazo (1-5)', 'Precos (1-5)'], lexicons)).toMatchObject({ language: 'pt', headers: 4 });
  });

  it('finds none in one header, nor where two languages hold as many', () => {
    expect(keywordLeaning(['Delivery speed (1-5)', 'Submitted'], lexicons)).toBeNull();
    expect(keywordLeaning(['Entrega (1-5)', 'Comentario'], lexicons)).toBeNull();
  });
});
