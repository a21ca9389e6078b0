import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VerbatimSample, type Verbatim } from '../../src/analysis/verbatim-sample.js';
import { asVerbatim, MAX_VERBATIM } from '../../src/survey/read-comment.js';
import { hashText } from '../../src/text/hash-text.js';

describe('verbatims chosen by lot', () => {
  it('keeps the texts of smallest hash, each once', () => {
    const sample = new VerbatimSample(2).add(5, 'b').add(1, 'a').add(9, 'c').add(1, 'a').add(5, 'a2');
    expect(sample.save()).toEqual([
      [1, 'a'],
      [5, 'a2'],
    ]);
  });

  it('keeps the same whatever the order of the comments and however they are split and merged', () => {
    // A hash is a function of the text; two texts may share one (here 7 hashes for 12 texts).
    const comment = fc.constantFrom(...'abcdefghijkl'.split('')).map((text): Verbatim => [text.charCodeAt(0) % 7, text]);
    fc.assert(
      fc.property(fc.array(comment, { maxLength: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 4 }), (comments, split, size) => {
        const whole = new VerbatimSample(size);
        for (const [hash, text] of comments) whole.add(hash, text);
        const reversed = new VerbatimSample(size);
        for (const [hash, text] of [...comments].reverse()) reversed.add(hash, text);
        const [first, second] = [new VerbatimSample(size), new VerbatimSample(size)];
        comments.forEach(([hash, text], i) => (i < split ? first : second).add(hash, text));
        const merged = new VerbatimSample(size).load(second.save()).load(first.save());
        expect(reversed.save()).toEqual(whole.save());
        expect(merged.save()).toEqual(whole.save());
        const kept: Verbatim[] = whole.save();
        expect(kept.length).toBeLessThanOrEqual(size);
      }),
      { numRuns: 500 },
    );
  });

  it('hashes texts with FNV-1a, the same on every run', () => {
    // The published test vectors of 32-bit FNV-1a.
    expect(hashText('')).toBe(0x811c9dc5);
    expect(hashText('a')).toBe(0xe40c292c);
    expect(hashText('foobar')).toBe(0xbf9cf968);
  });

  it('shows a comment on one line, cut to 280 characters, personal data masked unless asked', () => {
    expect(asVerbatim('Late.\nVery   late.', true)).toBe('Late. Very late.');
    const long = 'ż'.repeat(400);
    expect([...asVerbatim(long, true)]).toHaveLength(MAX_VERBATIM);
    expect(asVerbatim(long, true).endsWith('…')).toBe(true);
    expect(asVerbatim('Call +48 601 234 567', true)).toBe('Call [phone]');
    expect(asVerbatim('Call +48 601 234 567', false)).toBe('Call +48 601 234 567');
  });

  it('puts any text on one line as replacing every run of white space by one space does', () => {
    const unit = fc.constantFrom('a', 'é', ' ', ' ', '\n', '\r', '\t', '\u00a0', '\u2003', '\u2028', '.');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => asVerbatim(text, false) === text.replace(/\s+/gu, ' ').trim()),
      { numRuns: 3000 },
    );
  });
});
