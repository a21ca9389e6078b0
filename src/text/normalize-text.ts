/**
 * Folds text for matching: lower case, no diacritics (ą → a, ž → z, ß → ss), punctuation and runs
 * of white space turned into single spaces. "Don't know" and "DONT  KNOW" fold alike.
 *
 * @example normalizeText('  Überall zufrieden? ') // 'uberall zufrieden'
 */
export function normalizeText(text: string): string {
  return text
    // Apostrophes go before NFKD, which would make the acute accent ´ a space and a mark.
    .replace(/['‘’`´ʼ]/g, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
