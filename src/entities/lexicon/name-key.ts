/**
 * Key of a whole name. Two spellings with the same key are taken as one name (Zelenskyy/Zelensky, Kiev/Kyiv,
 * Turkey/Türkiye): word keys joined, a leading "the" dropped, exonyms mapped to one canonical key.
 */
import { nameWords, wordKey } from './word-key.ts';
import { EXONYMS } from './exonyms.ts';

/** Key of the words alone, exonyms not mapped. */
export function plainKey(name: string): string {
  return nameWords(name).map(wordKey).filter((w) => w.length > 0).join(' ').replace(/^the /, '');
}

/** Key of a whole name, exonyms mapped: "Kiev" and "Kyiv" give "kyiv", "Turkey" and "Türkiye" give "turkiye". */
export function nameKey(name: string): string {
  const key = plainKey(name);
  return EXONYMS.get(key) ?? key;
}
