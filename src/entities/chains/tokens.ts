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
 * `dropped` removed, for ASCII texts: a hash of the lower-cased characters (dropped ones skipped) against a bitmap
 * of the entries' hashes. A text with a non-ASCII character (whose lower case may be ASCII) is left to the full
 * lookup. Most words fail it without building a string, so the full lookup is skipped.
 */
export function notInList(words: Iterable<string>, dropped: string = ''): (text: string) => boolean {
  const drop = new Uint8Array(128);
  for (const ch of dropped) if (ch.charCodeAt(0) < 128) drop[ch.charCodeAt(0)] = 1;
  const bits = new Uint32Array(2048);
  for (const w of words) {
    const h = asciiHash(w, drop);
    if (h >= 0) bits[h >>> 5] |= 1 << (h & 31);
  }
  return (text: string): boolean => {
    const h = asciiHash(text, drop);
    return h >= 0 && (bits[h >>> 5]! & (1 << (h & 31))) === 0;
  };
}

/** 16-bit hash of the lower-cased ASCII characters of `text` that are not dropped, or -1 when one is not ASCII. */
function asciiHash(text: string, drop: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    let c = text.charCodeAt(k);
    if (c >= 128) return -1;
    if (drop[c] === 1) continue;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 16)) & 0xffff;
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
