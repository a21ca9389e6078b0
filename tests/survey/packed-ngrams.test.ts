import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packNgrams, unpackNgrams, type NgramScores } from '../../src/survey/packed-ngrams.js';
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
    const chunk = readdirSync(join(ROOT, 'dist/cli')).find((name) => /^static\.extrasmall-.*\.js$/.test(name));
    for (const file of ['satisfy.cjs', chunk as string]) {
      const code = readFileSync(join(ROOT, 'dist/cli', file), 'latin1');
      expect(code, file).toMatch(/ngrams: ?[\w$]+\("/);
      expect(code, file).toMatch(/\{ ?separators: ?new RegExp\(/);
      expect(code, file).toMatch(/dictionary: ?"/);
    }
  });

  it('tell, in the built program, the language of every labelled and source comment that ELD as published tells', async () => {
    const chunk = readdirSync(join(ROOT, 'dist/cli')).find((name) => /^static\.extrasmall-.*\.js$/.test(name));
    expect(chunk, 'npm run build has made dist/cli').toBeDefined();
    const built = ((await import(pathToFileURL(join(ROOT, 'dist/cli', chunk as string)).href)) as { eld: Eld }).eld;
    const published = ((await import('eld/extrasmall')) as { eld: Eld }).eld;
    const folder = join(ROOT, 'fixtures/comments');
    const texts = [join(folder, 'labelled-comments.csv'), ...readdirSync(join(folder, 'sources')).map((name) => join(folder, 'sources', name))].flatMap((file) => readFileSync(file, 'utf8').split('\n'));
    expect(texts.length).toBeGreaterThan(2000);
    const told = (eld: Eld) => texts.map((text) => eld.detect(text).language);
    expect(told(built)).toEqual(told(published));
  });
});
