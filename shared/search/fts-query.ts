/**
 * What a person types in "find anything" as an FTS5 match expression: every word must match, each as a prefix
 * (so "pum" finds "pumps" while it is being typed). Words are quoted, so FTS5 syntax typed by a person (AND,
 * quotes, stars, colons) is matched as text rather than read as a query.
 * Changes with: electron/review/search-index.ts (the tokenizer splits words the same way).
 */

/** The words of a query: letters and digits in any script; everything else separates words. */
export function searchWords(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** The match expression, or null when there is nothing to search for. */
export function ftsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
