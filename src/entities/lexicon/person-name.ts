/**
 * A name as parts: leading titles and honorifics set aside, then first, middle and last words with their keys.
 * Compatibility says whether two person names can be the same person: same surname key, first names equal or an
 * initial of each other, middle names not contradicting. Two men named Vladimir with different surnames are never
 * compatible; neither are "John Smith" and "Jane Smith".
 */
import { isHonorific, isRoleHead, TITLE_MODIFIERS } from './titles.ts';
import { DEMONYMS } from './demonyms.ts';
import { nameWords, wordKey } from './word-key.ts';
import { nameKey } from './name-key.ts';
import { memo } from './memo.ts';

/** Words after a surname that are part of the name ("Jr.", "III"), lower case without the full stop. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'phd', 'md']);
const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'gmbh',
  'nv', 'bv', 'spa', 'ab', 'asa', 'oyj', 'pty', 'lp', 'llp', 'group', 'holding', 'holdings',
]);

const isTitleWord = memo((w: string): boolean => {
  const low = w.toLowerCase().replace(/\.$/, '');
  return isHonorific(w) || isRoleHead(w) || TITLE_MODIFIERS.has(low) || DEMONYMS.has(nameKey(w));
});

/**
 * How many leading words of a person mention are a title, not the name: "President Vladimir Putin" → 1,
 * "Acme Corp CEO Jane Doe" → 3 (up to the last role word, when a name follows it).
 */
export function leadingTitleWords(words: readonly string[]): number {
  let n = 0;
  while (n < words.length - 1 && isTitleWord(words[n]!)) n++;
  for (let k = words.length - 2; k >= n; k--) {
    if (isRoleHead(words[k]!) || isHonorific(words[k]!)) return k + 1;
  }
  return n;
}

/** A person mention made only of title words ("Prime Minister", "Acme CEO"): a role, not a name. */
export const isTitleOnly = memo(titleOnly);

function titleOnly(text: string): boolean {
  const words = nameWords(text);
  if (words.length === 0) return false;
  const last = words[words.length - 1]!;
  return isRoleHead(last) || isHonorific(last) || words.every(isTitleWord);
}

export interface NameParts {
  /** The name words, titles and suffixes removed. */
  words: string[];
  /** wordKey of each word. */
  keys: string[];
}

/** The core of a mention's text as a name. Persons lose leading titles and "Jr."; organisations lose "Inc.". */
export function nameParts(text: string, isPerson: boolean): NameParts {
  return isPerson ? personParts(text) : otherParts(text);
}

/** Shared, never to be changed by callers. */
const personParts = memo((text: string): NameParts => computeParts(text, true));
const otherParts = memo((text: string): NameParts => computeParts(text, false));

function computeParts(text: string, isPerson: boolean): NameParts {
  let words = nameWords(text);
  if (isPerson) {
    words = words.slice(leadingTitleWords(words)).filter((w, i) => i === 0 || !/^\d+$/.test(w));
    while (words.length > 1 && NAME_SUFFIXES.has(wordKey(words[words.length - 1]!).replace(/,$/, ''))) words = words.slice(0, -1);
  } else {
    const comma = text.indexOf(',');
    if (comma > 0 && /\p{L}/u.test(text.slice(0, comma)) && /^\s*\p{Lu}/u.test(text.slice(comma + 1))) words = nameWords(text.slice(0, comma));
    while (words.length > 1 && ORG_SUFFIXES.has(wordKey(words[words.length - 1]!).replace(/,$/, ''))) words = words.slice(0, -1);
    words = words.map((w) => w.replace(/,$/, '')).filter((w) => w.length > 0);
  }
  return { words, keys: words.map(wordKey).filter((k) => k.length > 0) };
}

/** "J." or "J" is an initial. */
export const isInitial = (key: string): boolean => key.length === 1;

/** Two given names can be one: equal keys, or one is the other's initial. */
export function givenCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (isInitial(a) || isInitial(b)) return a[0] === b[0];
  return false;
}

/**
 * Two multi-word person names (keys) can be the same person: same last key, compatible first keys, and middle
 * names that do not contradict (either has none, or they line up one for one).
 */
export function personCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  if (a.length === 1 || b.length === 1) return true;
  if (!givenCompatible(a[0]!, b[0]!)) return false;
  const ma = a.slice(1, -1);
  const mb = b.slice(1, -1);
  if (ma.length === 0 || mb.length === 0) return true;
  if (ma.length !== mb.length) return false;
  return ma.every((m, i) => givenCompatible(m, mb[i]!));
}

/** How much a name says: full words count 2, initials 1. */
export function specificity(keys: readonly string[]): number {
  return keys.reduce((n, k) => n + (isInitial(k) ? 1 : 2), 0);
}
