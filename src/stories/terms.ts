/**
 * What an article is about, as a short weighted term list: content words, with names (capitalised words inside a
 * sentence) and numbers weighted up, since two events of the same kind differ mostly in who, where and how many.
 */
import { fnv1a } from './shingles.ts';
import { TermCounter } from './term-counter.ts';

/** How many terms an article keeps in the story index (each costs 8 bytes). */
export const ARTICLE_TERMS = 48;
/** Extra weight of a capitalised word inside a sentence (a name) over a common word. */
export const NAME_WEIGHT = 3;
/** Extra weight of a number (a count, a score, a magnitude) over a common word. */
export const NUMBER_WEIGHT = 1.5;

const STOP = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours yourself said says say ' +
    'told according mr mrs ms one two new last first year years week day days time people including since told reported report ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december today yesterday tomorrow percent per cent also after before news http https www com html')
    .split(' '),
);

export interface TermVector {
  /** Hashed terms, strongest first. */
  terms: Uint32Array;
  weights: Float32Array;
}

/** What a word form contributes: its term key and kind (cached: the same form always gives the same answer). */
const enum Kind { Skip = 0, Word = 1, Number = 2, Name = 3, Acronym = 4 }
interface WordInfo { key: number; kind: Kind; lowerInitial: boolean }
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 200_000;

function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info) return info;
  const lower = word.toLowerCase();
  let kind: Kind;
  if (lower.length < 2 || STOP.has(lower)) kind = Kind.Skip;
  else if (/^\p{N}/u.test(word)) kind = Kind.Number;
  else if (/^\p{Lu}/u.test(word) && !/^\p{Lu}+$/u.test(word.slice(0, 4))) kind = Kind.Name;
  else if (/^\p{Lu}{2,}$/u.test(word) && word.length <= 6) kind = Kind.Acronym;
  else kind = Kind.Word;
  info = { key: kind === Kind.Skip ? 0 : fnv1a(stem(lower)), kind, lowerInitial: !/^\p{Lu}/u.test(word) };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, info);
  return info;
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && LETTER_OR_NUMBER.test(String.fromCharCode(c)));
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** ' ’ . - : may continue a word, not start it. */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;

/**
 * Raw term frequencies (names and numbers weighted up) of a text. A capitalised word counts as a name inside a
 * sentence only: after a line break, or after . ! ? (optionally closed by a quote or bracket) and a space, the
 * next word starts a sentence, unless the period closes a short form (a single letter, "U.S.", "Gov.", "Mr.").
 */
export function termCounts(text: string): Map<number, number> {
  const counts = new TermCounter();
  countText(text, counts);
  return counts.toMap();
}

/** termCounts into a counter (added to what it holds). */
export function countText(text: string, counts: TermCounter): void {
  const n = text.length;
  let sentenceStart = true;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 10) sentenceStart = true;
      else if ((c === 46 || c === 33 || c === 63) && i + 1 < n) {
        let j = i + 1;
        if (isCloser(text.charCodeAt(j))) j++;
        if (j >= n || isSpace(text.charCodeAt(j))) sentenceStart = true;
      }
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n && (isWordChar((c = text.charCodeAt(i))) || isJoiner(c))) i++;
    let end = i;
    let periodEnd = false;
    while (end > start + 1 && isJoiner((c = text.charCodeAt(end - 1)))) { if (c === 46) periodEnd = true; end--; }
    let word = text.slice(start, end);
    const k = word.length;
    if (k > 2 && (word.charCodeAt(k - 2) === 39 || word.charCodeAt(k - 2) === 0x2019) && word.charCodeAt(k - 1) === 115) word = word.slice(0, -2);
    const info = wordInfo(word);
    const wasStart = sentenceStart;
    sentenceStart = false;
    if (periodEnd && (i >= n || isSpace(text.charCodeAt(i)) || isCloser(text.charCodeAt(i)))) {
      // A period after a word ends the sentence unless the word is a short form.
      const abbreviation = word.includes('.') || (word.length <= 3 && !info.lowerInitial) || ABBREVIATIONS.has(word.toLowerCase());
      if (!abbreviation) sentenceStart = true;
    }
    if (info.kind === Kind.Skip) continue;
    let weight = 1;
    if (info.kind === Kind.Number) weight = NUMBER_WEIGHT;
    else if (info.kind === Kind.Acronym || (info.kind === Kind.Name && !wasStart)) weight = NAME_WEIGHT;
    counts.add(info.key, weight);
  }
}

/** Short forms ending in a period that do not end a sentence. */
const ABBREVIATIONS = new Set(['gov', 'sen', 'rep', 'gen', 'col', 'capt', 'lt', 'sgt', 'prof', 'dr', 'st', 'jr', 'sr', 'inc', 'corp',
  'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'calif', 'mass', 'fla', 'ariz',
  'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'e.g', 'i.e']);

/** A light suffix-stripper: enough to meet "arrests" with "arrested" and "quake" with "quakes". */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  let s = w;
  if (/(?:ies|ied)$/.test(s)) s = s.slice(0, -3) + 'y';
  else if (/(?:ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2);
  else if (/(?:ing|ed)$/.test(s) && s.length > 5) s = s.replace(/(?:ing|ed)$/, '').replace(/(.)\1$/, '$1');
  else if (/[^s]s$/.test(s)) s = s.slice(0, -1);
  return s.length > 4 ? s.replace(/e$/, '') : s;
}

/** The parts of an analysed token the term counts read. */
export interface TermToken {
  text: string;
}

/**
 * Adds one analysed token to raw term counts, as termCounts would count the same word: `sentenceStart` when it is
 * the first word of its sentence, `inName` when an entity mention covers it (a capitalised word in a mention is
 * weighted as a name even at the start of a sentence). Returns false when the token is not a word (punctuation).
 */
export function countToken(counts: TermCounter, token: string, sentenceStart: boolean, inName: boolean): boolean {
  if (token.length === 0 || !isWordChar(token.charCodeAt(0))) return false;
  let end = token.length;
  while (end > 1 && isJoiner(token.charCodeAt(end - 1))) end--;
  let word = end === token.length ? token : token.slice(0, end);
  const k = word.length;
  if (k > 2 && (word.charCodeAt(k - 2) === 39 || word.charCodeAt(k - 2) === 0x2019) && word.charCodeAt(k - 1) === 115) word = word.slice(0, -2);
  const info = wordInfo(word);
  if (info.kind === Kind.Skip) return true;
  let weight = 1;
  if (info.kind === Kind.Number) weight = NUMBER_WEIGHT;
  else if (info.kind === Kind.Acronym || (info.kind === Kind.Name && (!sentenceStart || inName))) weight = NAME_WEIGHT;
  counts.add(info.key, weight);
  return true;
}
