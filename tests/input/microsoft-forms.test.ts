import { describe, expect, it } from 'vitest';
import { recognisePlatform } from '../../src/input/platforms/recognise-platform.js';

const roles = (header: string[]) => {
  const shape = recognisePlatform([header, header.map(() => '')]);
  return { platform: shape.platform, roles: shape.hints.map((hint) => hint?.role ?? null) };
};

describe('Microsoft Forms: its leading columns in the form owner\'s language', () => {
  it.each([
    ['en', ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time']],
    ['de', ['ID', 'Startzeit', 'Fertigstellungszeit', 'E-Mail', 'Name', 'Zeitpunkt der letzten Änderung']],
    ['fr', ['ID', 'Heure de début', 'Heure de fin', 'Adresse de messagerie', 'Nom', 'Heure de la dernière modification']],
    ['es', ['Id.', 'Hora de inicio', 'Hora de finalización', 'Correo electrónico', 'Nombre', 'Hora de la última modificación']],
    ['pt', ['Id', 'Hora de início', 'Hora de conclusão', 'Email', 'Nome', 'Hora da última modificação']],
    ['pl', ['ID', 'Godzina rozpoczęcia', 'Godzina ukończenia', 'Adres e-mail', 'Nazwa', 'Czas ostatniej modyfikacji']],
    ['pl', ['Identyfikator', 'Godzina rozpoczęcia', 'Godzina ukończenia', 'Adres e-mail', 'Nazwa', 'Godzina ostatniej modyfikacji']],
  ])('%s: %j', (_, leading) => {
    expect(roles([...leading, 'How satisfied are you? (1-5)', 'Name'])).toEqual({ platform: 'microsoft-forms', roles: ['id', 'ignored', 'timestamp', 'ignored', 'ignored', 'ignored', null, null] });
  });

  it('is recognised without Last modified time (older exports)', () => {
    expect(roles(['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Q1'])).toEqual({ platform: 'microsoft-forms', roles: ['id', 'ignored', 'timestamp', 'ignored', 'ignored', null] });
  });

  it('needs the id first and both times: an ID with a start and an end time is another export', () => {
    expect(roles(['ID', 'Start time', 'End time', 'Q1']).platform).toBe('generic');
    expect(roles(['Respondent', 'Start time', 'Completion time', 'Q1']).platform).toBe('generic');
  });
});
