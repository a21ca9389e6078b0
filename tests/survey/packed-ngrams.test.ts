import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eldDetector } from '../../src/survey/eld-detect.js';
import { packNgrams, packTableFile, readTableFile, unpackNgrams, type NgramScores } from '../../src/survey/packed-ngrams.js';
import { ROOT } from '../helpers/run-cli.js';

interface EldData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, NgramScores>;
}
interface Eld {
  detect(text: string): { language: string };
}

// ELD's data as published (a file its package does not export, hence the path).
const eldData = async (): Promise<EldData> => ((await import(pathToFileURL(join(ROOT, 'node_modules/eld/src/ngrams/extrasmall.js')).href)) as { ngramsData: EldData }).ngramsData;

describe('packed n-grams (the detector of comment languages in the bundle)', () => {
  it('give every n-gram of ELD’s data the scores it has there, and nothing to what it lacks', async () => {
    const { ngrams } = await eldData();
    const unpacked = unpackNgrams(packNgrams(ngrams));
    const names = Object.keys(ngrams);
    expect(names.length).toBeGreaterThan(40_000);
    for (const name of names) expect(unpacked[name], name).toEqual(ngrams[name]);
    for (const missing of ['', ' ', 'zzzzz', 'toString', 'constructor', '__proto__']) expect(unpacked[missing], missing).toBeUndefined();
  });

  it('refuse what a byte cannot hold', () => {
    expect(() => packNgrams({ ab: { 0: 256 } })).toThrow(/score of n-gram "ab" 256/);
    expect(() => packNgrams({ 'a€': { 0: 1 } })).toThrow(/character of n-gram/);
    expect(unpackNgrams(packNgrams({ ab: { 3: 7, 12: 255 } }))['ab']).toEqual({ 3: 7, 12: 255 });
  });

  it('are read in place by the built program and its worker threads: the build hands ELD’s tables to unpackNgrams', () => {
    // Without ELD's separators, dictionary and languages (scripts/build.mjs, packedEldScores),
    // unpackNgrams makes no detector of its own and comments are read by ELD as published: the same
    // languages, about seven times slower. Nothing else would show it.
    for (const file of ['satisfy.cjs', 'piece-worker.cjs']) {
      const code = readFileSync(join(ROOT, 'dist/cli', file), 'latin1');
      expect(code, file).toContain('eld-ngrams.bin');
      expect(code, file).toMatch(/\{ ?separators: ?new RegExp\(/);
      expect(code, file).toMatch(/dictionary: ?"/);
    }
  });

  it('read from a table file give what the packed n-grams give, aligned or not, and refuse another file', () => {
    const packed = packNgrams({ ab: { 3: 7, 12: 255 }, abc: { 1: 1 }, ' xy ': { 0: 9, 2: 3, 4: 5 } });
    const file = packTableFile(packed);
    const shifted = new Uint8Array(file.length + 1).subarray(1);
    shifted.set(file);
    for (const bytes of [file, shifted]) {
      const table = unpackNgrams(readTableFile(bytes));
      expect([table['ab'], table['abc'], table[' xy '], table['zz']]).toEqual([{ 3: 7, 12: 255 }, { 1: 1 }, { 0: 9, 2: 3, 4: 5 }, undefined]);
    }
    expect(() => readTableFile(file.subarray(0, file.length - 1))).toThrow(/not one this build wrote/);
    expect(() => readTableFile(new Uint8Array(64))).toThrow(/not one this build wrote/);
  });

  it('in the built program’s table file, give every n-gram its scores and tell the language ELD as published tells of every labelled and source comment', async () => {
    const path = join(ROOT, 'dist/cli/eld-ngrams.bin');
    expect(existsSync(path), 'npm run build has made dist/cli').toBe(true);
    const table = readTableFile(readFileSync(path));
    const { ngrams, languages } = await eldData();
    const unpacked = unpackNgrams(table);
    for (const name of Object.keys(ngrams)) expect(unpacked[name], name).toEqual(ngrams[name]);
    // ELD's tables for reading a text, as the bundle gives them (scripts/build.mjs).
    const { separators } = (await import(pathToFileURL(join(ROOT, 'node_modules/eld/src/regexPatterns.js')).href)) as { separators: RegExp };
    const { dictionary } = (await import(pathToFileURL(join(ROOT, 'node_modules/eld/src/dictionary.js')).href)) as { dictionary: string[] };
    const built = eldDetector(table, { separators, dictionary: dictionary.join(''), languages });
    const published = ((await import('eld/extrasmall')) as { eld: Eld }).eld;
    const folder = join(ROOT, 'fixtures/comments');
    const texts = [join(folder, 'labelled-comments.csv'), ...readdirSync(join(folder, 'sources')).map((name) => join(folder, 'sources', name))].flatMap((file) => readFileSync(file, 'utf8').split('\n'));
    expect(texts.length).toBeGreaterThan(2000);
    expect(texts.map(built)).toEqual(texts.map((text) => published.detect(text).language));
  });
});
