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
  const known = CACHE.get(name);
  if (known !== undefined) return known;
  const key = computeKey(name);
  if (CACHE.size >= MAX_CACHE) CACHE.clear();
  CACHE.set(name, key);
  return key;
}

/** Keys are asked for again and again (every token is checked against the demonyms): remember recent ones. */
const CACHE = new Map<string, string>();
const MAX_CACHE = 50_000;

function computeKey(name: string): string {
  const key = plainKey(name);
  const whole = EXONYMS.get(key);
  if (whole) return whole;
  const words = key.split(' ');
  if (words.length < 2) return key;
  // Inside a longer name, map exonym word runs too: "US Air Force" → "united states air force".
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let hit = 0;
    for (let n = Math.min(MAX_EXONYM_WORDS, words.length - i); n >= 1 && hit === 0; n--) {
      const mapped = EXONYMS.get(words.slice(i, i + n).join(' '));
      if (mapped) { out.push(mapped); hit = n; }
    }
    if (hit === 0) { out.push(words[i]!); hit = 1; }
    i += hit;
  }
  return out.join(' ');
}

/** Longest exonym in words ("united states of america"). */
const MAX_EXONYM_WORDS = 4;
