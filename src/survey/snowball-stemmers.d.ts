// snowball-stemmers publishes no types: what comment-tokens.ts uses of it.
declare module 'snowball-stemmers' {
  /** A stemmer of one of Snowball's languages (`english`, `german` ...). */
  export function newStemmer(name: string): { stem(word: string): string };
}
