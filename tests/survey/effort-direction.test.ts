import { describe, expect, it } from 'vitest';
import { effortDirection } from '../../src/survey/effort-direction.js';
import { lexicons } from '../../src/survey/lexicon/index.js';
import type { Scale } from '../../src/survey/scale.js';
import { buildVocabulary } from '../../src/survey/vocabulary.js';

const vocabulary = buildVocabulary();
const numeric = (min: number, max: number, labels: Record<string, string> | null = null): Scale => ({ kind: 'numeric', min, max, labels, labelSet: null, reversed: false });
const direction = (name: string, scale: Scale | null = numeric(1, 7)) => effortDirection({ name, question: null, scale }, lexicons, vocabulary).direction;

describe('which way an effort question runs', () => {
  it('reads it from the words of its ends, in any lexicon language, over the wording', () => {
    expect(direction('Wie schwierig war es?', numeric(1, 7, { '1': 'sehr leicht', '7': 'sehr schwierig' }))).toBe('higher is more effort');
    expect(direction('Était-il facile ?', numeric(1, 5, { '1': 'très difficile', '5': 'très facile' }))).toBe('higher is easier');
    expect(direction('¿Cuánto esfuerzo?', numeric(1, 7, { '1': 'muy poco esfuerzo', '7': 'muchísimo esfuerzo' }))).toBe('higher is more effort');
    // "How easy …" answered from the easy end down: the ends say so.
    expect(direction('How easy was it?', numeric(1, 5, { '1': 'Very easy', '5': 'Very difficult' }))).toBe('higher is more effort');
    const effort: Scale = { kind: 'labels', min: 1, max: 5, labels: { '1': 'Sehr geringer Aufwand', '5': 'Sehr hoher Aufwand' }, labelSet: 'effort-5', reversed: true };
    expect(direction('Wie viel Aufwand war es?', effort)).toBe('higher is more effort');
    // Ends of a change: better is less effort, though the header asks how much effort.
    const change: Scale = { kind: 'labels', min: 1, max: 4, labels: { '1': 'Much worse', '2': 'Worse', '3': 'Better', '4': 'Much better' }, labelSet: 'change-4', reversed: false };
    expect(direction('Compared with your last contact, how much effort did it take to get your issue resolved?', change)).toBe('higher is easier');
    expect(direction('Wie viel Aufwand war es im Vergleich zum letzten Mal?', numeric(1, 5, { '1': 'Viel besser', '5': 'Viel schlechter' }))).toBe('higher is more effort');
  });

  it('reads it from the wording where the ends say nothing of ease', () => {
    expect(direction('How easy was it to get your issue resolved? (1-7)')).toBe('higher is easier');
    expect(direction('The company made it easy for me to handle my issue', numeric(1, 7, { '1': 'Strongly disagree', '7': 'Strongly agree' }))).toBe('higher is easier');
    expect(direction('Ease of placing an order')).toBe('higher is easier');
    expect(direction('How much effort did you personally have to put forth?')).toBe('higher is more effort');
    expect(direction('How difficult was it to return the item?')).toBe('higher is more effort');
    expect(direction('Ile wysiłku kosztowało Cię złożenie zamówienia?')).toBe('higher is more effort');
    expect(direction('Wie viel Aufwand war die Bestellung?')).toBe('higher is more effort');
    expect(direction('¿Cuánto esfuerzo te costó?')).toBe('higher is more effort');
    expect(direction('Jak łatwo było złożyć zamówienie?')).toBe('higher is easier');
  });

  it('leaves it unknown where neither says', () => {
    expect(direction('CES')).toBeNull();
    expect(direction('How easy or difficult was it to contact us?')).toBeNull();
  });
});
