import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/input/detect-encoding.js';
import { accentedWords } from '../../src/survey/lexicon/index.js';
import { ROOT } from '../helpers/run-cli.js';

describe('choosing between code pages', () => {
  const latvian = readFileSync(join(ROOT, 'fixtures/languages/latvian-semicolon-cp1257.csv'));

  it('chardet alone takes this short Latvian export for Latin-1', () => {
    expect(detectEncoding(latvian, 'latvian.csv').encoding).toBe('windows-1252');
  });

  it('the code page in which the lexicons’ words come out spelled right wins', () => {
    const detected = detectEncoding(latvian, 'latvian.csv', accentedWords);
    expect(detected.encoding).toBe('windows-1257');
    expect(detected.evidence).toMatch(/^not UTF-8; \d+ survey words read right in windows-1257 against 0 in windows-1252 \(chardet: ISO-8859-1/);
  });

  it('keeps chardet’s guess when it is right', () => {
    for (const [file, encoding] of [['fixtures/languages/polish-semicolon-cp1250.csv', 'windows-1250'], ['fixtures/languages/german-semicolon-cp1252.csv', 'windows-1252']]) {
      expect(detectEncoding(readFileSync(join(ROOT, file as string)), 'x.csv', accentedWords).encoding).toBe(encoding);
    }
  });

  it('the accented words are those with letters beyond ASCII, in lower case', () => {
    const words = accentedWords();
    expect(words.has('apmierināts')).toBe(true);
    expect(words.has('źle')).toBe(true);
    expect(words.has('zadowolony')).toBe(false);
    expect([...words].every((w) => w === w.toLowerCase() && /[^\p{ASCII}]/u.test(w))).toBe(true);
  });
});
