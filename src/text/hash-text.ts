/**
 * A 32-bit hash of a text (FNV-1a over its UTF-16 code units): the same on every machine and run,
 * spread evenly enough to choose verbatims as by lot (see VerbatimSample).
 *
 * @example hashText('Fast delivery') === hashText('Fast delivery') // true
 */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
