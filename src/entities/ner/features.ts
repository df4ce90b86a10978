/**
 * Features of the NER tagger, shared by training (scripts/train-ner.ts) and the runtime tagger so both compute
 * exactly the same thing. Every feature is a hashed bucket id: the model is a table of weights per bucket and tag,
 * and holds no words. Only candidate tokens (capitalised words, and digits or connectors such as "of", "de", "-"
 * inside a capitalised run) are scored; every other token is outside any entity.
 */
import type { Sentence, Token } from '../../doc/types.ts';
import { GAZETTEER, GAZ_CONNECTOR, GAZ_STOP } from './gazetteer.ts';

/** Tags: 0 = O, then B and I for each type. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;
export const MAX_FEATURES = 64;

// Word attribute slots.
const A_LOWER = 0, A_WORD = 1, A_SHAPE = 2, A_SHORT = 3, A_PRE = 4, A_SUF = 8, A_GAZ = 12, A_FLAGS = 13, A_LEN = 14;
/** Where a word's gazetteer classes and its flags sit in its attribute array (for the post-rules). */
export const ATTR_GAZ = A_GAZ, ATTR_FLAGS = A_FLAGS;
const NA = 15;
/** Slots after the attributes where the tagger keeps the word's own summed feature scores (9) and their table id. */
export const A_SCORES = NA, A_SCORES_FOR = NA + 9;
/** Slot where the post-rules (refine.ts) keep the word's lexicon classes once looked up (0 = not yet). */
export const A_LEX = NA + 10;
const NA_ALL = NA + 11;
// Flag bits.
export const F_UPPER = 1, F_INIT_UPPER = 2, F_ALL_UPPER = 4, F_DIGIT = 8, F_CONNECTOR = 16, F_LETTER = 32, F_DIGIT_START = 64,
  F_PUNCT = 128;

const CONNECTOR_PUNCT = new Set(['-', '&', '/', "'", '.', "'s", '’s']);

function isUpperChar(c: number, ch: string): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return ch !== ch.toLowerCase();
}

const cache = new Map<string, Int32Array>();
const CACHE_LIMIT = 100_000;

/** Word-level attributes, hashed: computed once per distinct word form and kept (pure: depends on the word alone). */
export function wordAttrs(text: string): Int32Array {
  let a = cache.get(text);
  if (a) return a;
  // Curly quotes and long dashes read as the plain marks of the training text.
  const plain = /[‘’“”–—]/.test(text) ? text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/—/g, '--').replace(/–/g, '-') : text;
  if (plain !== text) {
    const p = wordAttrs(plain);
    cache.set(text, p);
    return p;
  }
  a = new Int32Array(NA_ALL);
  const lower = text.toLowerCase();
  let hl = 0x811c9dc5, hw = 0x811c9dc5, hs = 0x811c9dc5, hss = 0x811c9dc5;
  let flags = 0, upper = 0, letters = 0, lastCls = -1, run = 0;
  const n = text.length;
  for (let k = 0; k < n; k++) {
    const ch = text[k]!;
    const c = text.charCodeAt(k);
    const lc = lower.charCodeAt(k);
    hl = Math.imul(hl ^ lc, 0x01000193);
    hw = Math.imul(hw ^ c, 0x01000193);
    if (k < 4) a[A_PRE + k] = hl;
    let cls: number;
    if (isUpperChar(c, ch)) { cls = 88; upper++; letters++; } // X
    else if (c >= 48 && c <= 57) { cls = 100; flags |= F_DIGIT; } // d
    else if (lc !== c || (c >= 97 && c <= 122) || (c > 127 && ch.toUpperCase() !== ch)) { cls = 120; letters++; } // x
    else cls = c;
    if (cls === lastCls) run++; else { run = 0; hss = Math.imul(hss ^ cls, 0x01000193); }
    if (run < 3) hs = Math.imul(hs ^ cls, 0x01000193);
    lastCls = cls;
  }
  for (let k = 0; k < 4; k++) {
    if (k >= n) { a[A_PRE + k] = hl; a[A_SUF + k] = hl; continue; }
    let h = 0x811c9dc5 ^ 0x5bd1e995;
    for (let j = n - 1 - k; j < n; j++) h = Math.imul(h ^ lower.charCodeAt(j), 0x01000193);
    a[A_SUF + k] = h;
  }
  if (upper > 0) flags |= F_UPPER;
  if (n > 0 && isUpperChar(text.charCodeAt(0), text[0]!)) flags |= F_INIT_UPPER;
  if (upper > 0 && upper === letters) flags |= F_ALL_UPPER;
  if (letters > 0) flags |= F_LETTER;
  const c0 = text.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) flags |= F_DIGIT_START;
  if (letters === 0 && !(flags & F_DIGIT)) flags |= F_PUNCT;
  const gaz = GAZETTEER.get(lower) ?? 0;
  if ((gaz & GAZ_CONNECTOR) || CONNECTOR_PUNCT.has(text)) flags |= F_CONNECTOR;
  a[A_LOWER] = hl; a[A_WORD] = hw; a[A_SHAPE] = hs; a[A_SHORT] = hss;
  a[A_GAZ] = gaz; a[A_FLAGS] = flags;
  a[A_LEN] = n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, a);
  return a;
}

const POS_IDS: Record<string, number> = {
  ADJ: 1, ADP: 2, ADV: 3, AUX: 4, CCONJ: 5, DET: 6, INTJ: 7, NOUN: 8, NUM: 9, PART: 10, PRON: 11, PROPN: 12,
  PUNCT: 13, SCONJ: 14, SYM: 15, VERB: 16, X: 17, SPACE: 18,
};

const BOS = new Int32Array(NA).fill(0x1234567);
const EOS = new Int32Array(NA).fill(0x7654321);

/** Everything about one document that features read, computed once. */
export interface DocContext {
  n: number;
  attrs: Int32Array[];
  pos: Uint8Array;
  /** 1 when the token is scored. */
  cand: Uint8Array;
  /** Per token: bit 1 sentence-initial, bit 2 in an all-capitals sentence, bit 4 first token after a quote/bracket. */
  where: Uint8Array;
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** Bitmaps (65,536 bits, by lower-case hash) of words seen in lower case / capitalised mid-sentence in this document. */
  seenLower: Uint32Array;
  seenCapMid: Uint32Array;
  /** Runs of consecutive candidates: first and end (exclusive) token of the run each candidate is in. */
  runStart: Int32Array;
  runEnd: Int32Array;
}

export function prepareDoc(tokens: readonly Token[], sentences: readonly Sentence[]): DocContext {
  const n = tokens.length;
  const attrs: Int32Array[] = new Array(n);
  const pos = new Uint8Array(n);
  const cand = new Uint8Array(n);
  const where = new Uint8Array(n);
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n).fill(n);
  const flags = new Uint16Array(n);
  const seenLower = new Uint32Array(2048);
  const seenCapMid = new Uint32Array(2048);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const a = wordAttrs(t.text);
    attrs[i] = a;
    flags[i] = a[A_FLAGS]!;
    pos[i] = POS_IDS[t.pos] ?? 0;
  }
  for (const s of sentences) {
    let up = 0, low = 0;
    const a = s.tokenStart, b = s.tokenEnd;
    sentStart.fill(a, a, b);
    sentEnd.fill(b, a, b);
    for (let i = a; i < b; i++) {
      const f = flags[i]!;
      if (f & F_LETTER) { if (f & F_ALL_UPPER) up++; else low++; }
    }
    const caps = up >= 2 && low === 0 ? 2 : 0;
    let first = 1;
    for (let i = a; i < b; i++) {
      const f = flags[i]!;
      where[i] = caps | first;
      if (f & (F_LETTER | F_DIGIT)) {
        if (!first && !caps && (f & (F_INIT_UPPER | F_ALL_UPPER)) === F_INIT_UPPER) { const h = attrs[i]![A_LOWER]! >>> 16; seenCapMid[h >>> 5] |= 1 << (h & 31); }
        first = 0;
      }
      if ((f & (F_LETTER | F_UPPER)) === F_LETTER) { const h = attrs[i]![A_LOWER]! >>> 16; seenLower[h >>> 5] |= 1 << (h & 31); }
    }
  }
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    if (f & F_UPPER) {
      // A capitalised function word ("The", "But", "He") is never a name on its own or at a name's start (in an
      // all-capitals headline it stays: there it is one more word of the run).
      const g = attrs[i]![A_GAZ]!;
      if ((g & GAZ_STOP) && !(g & ~(GAZ_STOP | GAZ_CONNECTOR)) && !(i > 0 && cand[i - 1]) && !(where[i]! & 2) && !(g & GAZ_CONNECTOR)) continue;
      cand[i] = 1;
      continue;
    }
    if (!(f & (F_DIGIT_START | F_CONNECTOR))) continue;
    const prevUp = i > 0 && (flags[i - 1]! & F_UPPER) !== 0 && sentStart[i - 1] === sentStart[i];
    const nextUp = i + 1 < n && (flags[i + 1]! & F_UPPER) !== 0 && sentStart[i + 1] === sentStart[i];
    if (f & F_DIGIT_START) { if (prevUp || nextUp) cand[i] = 1; continue; }
    const prev2 = prevUp || (i > 1 && (flags[i - 1]! & F_CONNECTOR) !== 0 && (flags[i - 2]! & F_UPPER) !== 0);
    const next2 = nextUp || (i + 2 < n && (flags[i + 1]! & F_CONNECTOR) !== 0 && (flags[i + 2]! & F_UPPER) !== 0);
    if (prev2 && next2) cand[i] = 1;
  }
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  for (let i = 0; i < n;) {
    if (!cand[i]) { i++; continue; }
    let j = i + 1;
    while (j < n && cand[j] && sentStart[j] === sentStart[i]) j++;
    for (let k = i; k < j; k++) { runStart[k] = i; runEnd[k] = j; }
    i = j;
  }
  return { n, attrs, pos, cand, where, sentStart, sentEnd, seenLower, seenCapMid, runStart, runEnd };
}

let SHIFT = 32 - 16;
export function setBits(bits: number): void { SHIFT = 32 - bits; }

function fh(tpl: number, v: number): number {
  let h = Math.imul(v ^ Math.imul(tpl + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> SHIFT;
}
function c2(a: number, b: number): number { return Math.imul(a ^ 0x2545f491, 0x01000193) ^ b; }

/** Writes the bucket ids of the features of a word on its own (the same wherever it stands) from out[at0]. */
export function wordFeatures(a0: Int32Array, out: Int32Array, at0: number): number {
  let k = at0;
  out[k++] = fh(0, 0);
  out[k++] = fh(1, a0[A_LOWER]!);
  out[k++] = fh(2, a0[A_WORD]!);
  out[k++] = fh(3, a0[A_SHAPE]!);
  out[k++] = fh(4, a0[A_SHORT]!);
  out[k++] = fh(7, a0[A_PRE + 2]!);
  out[k++] = fh(8, a0[A_PRE + 3]!);
  for (let j = 0; j < 4; j++) out[k++] = fh(9 + j, a0[A_SUF + j]!);
  out[k++] = fh(27, a0[A_GAZ]!);
  return k - at0;
}

/**
 * Writes the bucket ids of the features of token i that read its context into `out` from out[at0] and returns how
 * many; `hist` is the type this word was last given in the document (0 none). With wordFeatures, these are all the
 * features that do not depend on the previous tag.
 */
export function contextFeatures(ctx: DocContext, i: number, hist: number, out: Int32Array, at0: number): number {
  const { attrs, sentStart, sentEnd } = ctx;
  const s0 = sentStart[i]!, s1 = sentEnd[i]!;
  const a0 = attrs[i]!;
  const am1 = i - 1 >= s0 ? attrs[i - 1]! : BOS;
  const am2 = i - 2 >= s0 ? attrs[i - 2]! : BOS;
  const ap1 = i + 1 < s1 ? attrs[i + 1]! : EOS;
  const ap2 = i + 2 < s1 ? attrs[i + 2]! : EOS;
  const p0 = ctx.pos[i]!, pm1 = i - 1 >= s0 ? ctx.pos[i - 1]! : 30, pp1 = i + 1 < s1 ? ctx.pos[i + 1]! : 31;
  const w = ctx.where[i]!;
  const lower = a0[A_LOWER]!, shape = a0[A_SHAPE]!;
  let k = at0;
  out[k++] = fh(13, am1[A_LOWER]!);
  out[k++] = fh(14, ap1[A_LOWER]!);
  out[k++] = fh(15, am2[A_LOWER]!);
  out[k++] = fh(16, ap2[A_LOWER]!);
  out[k++] = fh(17, am1[A_SHAPE]!);
  out[k++] = fh(18, ap1[A_SHAPE]!);
  out[k++] = fh(19, c2(c2(am1[A_SHORT]!, a0[A_SHORT]!), ap1[A_SHORT]!));
  out[k++] = fh(20, c2(am1[A_LOWER]!, lower));
  out[k++] = fh(21, c2(lower, ap1[A_LOWER]!));
  out[k++] = fh(22, p0);
  out[k++] = fh(23, c2(pm1, p0));
  out[k++] = fh(24, c2(p0, pp1));
  out[k++] = fh(25, c2(w, shape));
  out[k++] = fh(26, c2(w, lower));
  out[k++] = fh(28, am1[A_GAZ]!);
  out[k++] = fh(29, ap1[A_GAZ]!);
  out[k++] = fh(30, c2(am1[A_GAZ]!, a0[A_GAZ]!));
  const lh = lower >>> 16, bit = 1 << (lh & 31);
  const seen = ((ctx.seenLower[lh >>> 5]! & bit) !== 0 ? 1 : 0) | ((ctx.seenCapMid[lh >>> 5]! & bit) !== 0 ? 2 : 0);
  out[k++] = fh(31, c2(seen, w & 3));
  out[k++] = fh(32, c2(c2(seen, w & 3), a0[A_FLAGS]!));
  out[k++] = fh(38, c2(am1[A_LOWER]!, shape));
  out[k++] = fh(39, c2(shape, ap1[A_LOWER]!));
  out[k++] = fh(41, hist);
  out[k++] = fh(42, c2(hist, lower));
  out[k++] = fh(44, c2(am2[A_LOWER]!, am1[A_LOWER]!));
  out[k++] = fh(45, c2(ap1[A_LOWER]!, ap2[A_LOWER]!));
  const r0 = ctx.runStart[i]!, r1 = ctx.runEnd[i]!;
  const len = r1 - r0;
  const at = len === 1 ? 3 : i === r0 ? 0 : i === r1 - 1 ? 2 : 1;
  out[k++] = fh(46, c2(at, len > 4 ? 4 : len));
  const before = r0 - 1 >= s0 ? attrs[r0 - 1]![A_LOWER]! : 1, after = r1 < s1 ? attrs[r1]![A_LOWER]! : 2;
  out[k++] = fh(47, c2(at, attrs[r1 - 1]![A_LOWER]!));
  out[k++] = fh(48, c2(at, attrs[r0]![A_LOWER]!));
  out[k++] = fh(49, before);
  out[k++] = fh(50, after);
  return k - at0;
}

/** Bucket id of the transition feature from previous tag p (its weights per tag are the transition scores). */
export function transitionBucket(p: number): number {
  return fh(33, p);
}

/** Whether the tag may follow `prev` (I-X only after B-X or I-X). */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || (tag & 1) === 1) return true;
  return prev === tag || prev === tag - 1;
}

/** Type of a tag: 0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
export function tagType(tag: number): number { return (tag + 1) >> 1; }
