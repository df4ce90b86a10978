/**
 * What an article is about, as a short weighted term list: content words, with names (capitalised words inside a
 * sentence) and numbers weighted up, since two events of the same kind differ mostly in who, where and how many.
 */
import { fnv1a } from './shingles.ts';

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

/** Raw term frequencies (names and numbers weighted up) of a text. */
export function termCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
  let sentenceStart = true;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const gap = text.slice(last, m.index);
    if (/[.!?]["'”’)]?\s|\n/.test(gap) || last === 0) sentenceStart = true;
    last = m.index + m[0].length;
    let word = m[0].replace(/[.'’-]+$/, '');
    if (/['’]s$/.test(word)) word = word.slice(0, -2);
    const lower = word.toLowerCase();
    const wasStart = sentenceStart;
    sentenceStart = false;
    if (lower.length < 2 || STOP.has(lower)) continue;
    let weight = 1;
    if (/^\p{N}/u.test(word)) weight = NUMBER_WEIGHT;
    else if (/^\p{Lu}/u.test(word) && !wasStart && !/^\p{Lu}+$/u.test(word.slice(0, 4))) weight = NAME_WEIGHT;
    else if (/^\p{Lu}{2,}$/u.test(word) && word.length <= 6) weight = NAME_WEIGHT; // acronyms
    const key = fnv1a(stem(lower));
    counts.set(key, (counts.get(key) ?? 0) + weight);
  }
  return counts;
}

/** A light suffix-stripper: enough to meet "arrests" with "arrested" and "quake" with "quakes". */
export function stem(w: string): string {
  if (w.length <= 4) return w;
  return w.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}
