/**
 * Acronyms: "North Atlantic Treaty Organization" → "nato", "Organization of the Petroleum Exporting Countries" →
 * "opec". Both the initials of every word and of the capitalised words are offered, since styles differ.
 */
import { memo } from './memo.ts';

const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', '&']);

/** Keys a multi-word name can be abbreviated to (lower case), or [] for a one-word name. */
export function acronymsOf(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const all = words.map((w) => w[0] ?? '').join('').toLowerCase();
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => w[0] ?? '').join('').toLowerCase();
  return [...new Set([content, all])].filter((a) => a.length >= 2);
}

/** "NATO", "U.N.", "OPEC" look like acronyms (2 to 7 capitals, dots allowed). */
export const asAcronym = memo((text: string): string | null => {
  const t = text.replace(/\./g, '');
  if (/^[A-Z]{2,7}$/.test(t)) return t.toLowerCase();
  return null;
});
