/** Small token tests shared by the descriptor rules. */
import type { Token } from '../../doc/types.ts';
import { lexKey as lexKey_, ROLE_HEADS as ROLE_HEADS_ } from '../lexicon/titles.ts';
import { memo as memo_ } from '../lexicon/memo.ts';
// Local copies: imported bindings compile to property getters (tsx/CommonJS), slow in per-token loops.
const lexKey = lexKey_;
const ROLE_HEADS = ROLE_HEADS_;
const memo = memo_;

const startsUpper = memo((text: string): boolean => /^\p{Lu}/u.test(text));

/** Starts with an upper-case letter; ASCII is read from the character code, the rest through the Unicode class. */
export function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return startsUpper(t.text);
}

/** "'s" or "’s" (any case). */
export function isPossessive(t: Token | undefined): boolean {
  if (!t || t.text.length !== 2) return false;
  const q = t.text.charCodeAt(0);
  const s = t.text.charCodeAt(1);
  return (q === 39 || q === 0x2019) && (s === 115 || s === 83);
}
export const isComma = (t: Token | undefined): boolean => !!t && t.text === ',';

/**
 * A quick, exact "certainly not in `words`" test for a lookup of `text.toLowerCase()` with the characters in
 * `dropped` removed: an ASCII first character (other than a dropped one) must be the first letter of some entry,
 * and the text must be as long as the shortest entry. Anything else (non-ASCII first characters, whose lower case
 * may be ASCII) is left to the full test. Most tokens fail it, so the full test's table lookup is skipped.
 */
export function notInList(words: Iterable<string>, dropped: string = ''): (text: string) => boolean {
  const first = new Uint8Array(128);
  let min = Infinity;
  for (const w of words) {
    if (w.length === 0) return () => false;
    const c = w.charCodeAt(0);
    if (c >= 128) return () => false;
    first[c] = 1;
    if (w.length < min) min = w.length;
  }
  const drop = new Uint8Array(128);
  for (const ch of dropped) if (ch.charCodeAt(0) < 128) drop[ch.charCodeAt(0)] = 1;
  return (text: string): boolean => {
    if (text.length < min) return true;
    let c = text.charCodeAt(0);
    if (c >= 128 || drop[c] === 1) return false;
    if (c >= 65 && c <= 90) c += 32;
    return first[c] === 0;
  };
}

/** A singular role head ("minister", "Spokesman"); plurals ("reporters") are not titles. */
export function isSingularRoleHead(t: Token | undefined): boolean {
  return !!t && !notRoleHead(t.text) && singularRoleHead(t.text);
}

const notRoleHead = notInList(ROLE_HEADS, '.’\'');

const singularRoleHead = memo((text: string): boolean => {
  const w = text.toLowerCase().replace(/[.’']/g, '');
  return ROLE_HEADS.has(w) && lexKey(text) === w;
});

/** Nouns that name people by their suffix: "lawmaker", "economist", "historian", "chairman". */
export const isPersonNoun = (t: Token): boolean => personNoun(t.text);

const personNoun = memo((text: string): boolean => {
  const w = text.toLowerCase();
  return ROLE_HEADS.has(lexKey(w)) || /(?:er|or|ist|ian|ant|ent|man|woman|men|women|ee|ive)s?$/.test(w);
});

/** Punctuation that ends a phrase. */
export const isBreak = (t: Token): boolean => t.pos === 'PUNCT' && !(t.text.length === 1 && /^[-‐‑'’]$/.test(t.text));

export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'that', 'whom']);
