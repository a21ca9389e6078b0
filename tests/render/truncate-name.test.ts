import { describe, expect, it } from 'vitest';
import { truncateName } from '../../src/render/format-number.js';

// The items table cuts long column names; the rows of a matrix question differ at their end.
describe('truncateName', () => {
  const question = 'Wie häufig werden solche informellen Diagramme für die folgenden Zwecke genutzt?';

  it('keeps the row of a matrix question, after " - " or in brackets, and cuts the question before it', () => {
    // Cut at the end, four rows read "Wie häufig werden solche informellen Diagramme …".
    expect(truncateName(`${question} - Communication`, 48)).toBe('Wie häufig werden solche inform… - Communication');
    expect(truncateName(`${question} - Documentation`, 48)).toBe('Wie häufig werden solche inform… - Documentation');
    expect(truncateName('How satisfied are you with our customer service team [Speed of reply]', 40)).toBe('How satisfied are you w…[Speed of reply]');
  });

  it('keeps some of the question before a long row, and cuts the row too', () => {
    const cut = truncateName(`${question} - Anforderungsanalyse des digitalen Zwillings`, 48);
    expect(cut).toBe('Wie häufig w… - Anforderungsanalyse des digital…');
    expect(cut).toHaveLength(48);
  });

  it('cuts other names at the end, and leaves short ones as they are', () => {
    expect(truncateName('How satisfied are you with the speed of delivery of your order?', 28)).toBe('How satisfied are you with …');
    expect(truncateName('Delivery speed (1-5)', 28)).toBe('Delivery speed (1-5)');
  });
});
