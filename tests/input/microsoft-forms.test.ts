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

  // Its own columns named in a language whose words are not listed (Latvian, Czech): known by what
  // they hold, the start and completion times and an e-mail or "anonymous", in that order.
  const byValues = (header: string[], rows: string[][]) => {
    const shape = recognisePlatform([header, ...rows]);
    return { platform: shape.platform, roles: shape.hints.map((hint) => hint?.role ?? null) };
  };
  it.each([
    ['lv', ['ID', 'Sākuma laiks', 'Pabeigšanas laiks', 'E-pasts', 'Vārds', 'Pēdējās modificēšanas laiks', 'Kopumā, cik apmierināts esat?']],
    ['cs', ['ID', 'Čas zahájení', 'Čas dokončení', 'E-mail', 'Název', 'Čas poslední úpravy', 'Jak jste spokojeni?']],
  ])('%s: known by the values of its own columns', (_, header) => {
    const rows = [['1', '2025-09-14T17:58:00.000Z', '2025-09-14T18:02:49.000Z', 'anonymous', '', '', '4'], ['2', '9/19/25 10:11:00', '9/19/25 10:15:20', 'jana@example.com', 'Jana', '', '5']];
    expect(byValues(header, rows)).toEqual({ platform: 'microsoft-forms', roles: ['id', 'ignored', 'timestamp', 'ignored', 'ignored', null, null] });
  });

  it('needs an e-mail or "anonymous" after two times to know its columns by their values', () => {
    const rows = [['1', '2025-09-14 17:58', '2025-09-14 18:02', '4', 'x'], ['2', '2025-09-19 10:11', '2025-09-19 10:15', '5', 'y']];
    expect(byValues(['ID', 'Začátek', 'Konec', 'Spokojenost', 'Poznámka'], rows).platform).toBe('generic');
    expect(byValues(['Nr', 'Sākuma laiks', 'Pabeigšanas laiks', 'E-pasts'], [['1', '2025-09-14 17:58', '2025-09-14 18:02', 'anonymous']]).platform).toBe('generic');
  });

  it('needs a name (blank, "anonymous" or words) in the fifth column: a rating there is a question of an export of its own', () => {
    // A review's probe: an id, two dates and an e-mail, then the CSAT, which was thrown away as the respondent's name.
    const rows = [['1000', '2025-03-01 10:00:00', '2025-03-01 10:05:00', 'u0@x.com', '4', '7'], ['1001', '2025-03-02 10:01:00', '2025-03-02 10:06:00', 'u1@x.com', '3', '9']];
    expect(byValues(['ID', 'Start', 'End', 'Email', 'Overall satisfaction (1-5)', 'Recommend (0-10)'], rows).platform).toBe('generic');
    const named = [['1', '2025-03-01 10:00:00', '2025-03-01 10:05:00', 'jana@example.com', 'Jana Nováková', '', '4'], ['2', '2025-03-02 10:01:00', '2025-03-02 10:06:00', 'anonymous', 'anonymous', '', '5']];
    expect(byValues(['ID', 'Začátek', 'Konec', 'E-mail', 'Jméno', 'Úprava', 'Spokojenost'], named).platform).toBe('microsoft-forms');
  });
});
