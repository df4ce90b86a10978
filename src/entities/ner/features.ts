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
/**
 * Slots where the tagger keeps, per word and for one table (id in A_CTX_FOR), the summed scores (9 each) of the
 * context features that read only this word where it stands: as the word before (A_AS_PREV), after (A_AS_NEXT), two
 * before / after, just before / after a candidate run, its own features at a mid-sentence spot (where = 0), and its
 * history features when it has no history yet (hist = 0). See tagger.ts.
 */
export const A_CTX_FOR = NA + 11; // beside the attributes every reader loads, not after the vectors
export const A_AS_PREV = A_CTX_FOR + 1, A_AS_NEXT = A_AS_PREV + 9, A_AS_PREV2 = A_AS_NEXT + 9, A_AS_NEXT2 = A_AS_PREV2 + 9,
  A_AS_BEFORE = A_AS_NEXT2 + 9, A_AS_AFTER = A_AS_BEFORE + 9, A_MID = A_AS_AFTER + 9, A_NO_HIST = A_MID + 9;
const NA_ALL = A_NO_HIST + 9;
// Flag bits.
export const F_UPPER = 1, F_INIT_UPPER = 2, F_ALL_UPPER = 4, F_DIGIT = 8, F_CONNECTOR = 16, F_LETTER = 32, F_DIGIT_START = 64,
  F_PUNCT = 128;

// Local copies: imported bindings compile to property getters (tsx/CommonJS), slow inside per-token loops.
const G_STOP = GAZ_STOP, G_CONNECTOR = GAZ_CONNECTOR;

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

const POS_IDS: ReadonlyMap<string, number> = new Map(Object.entries({
  ADJ: 1, ADP: 2, ADV: 3, AUX: 4, CCONJ: 5, DET: 6, INTJ: 7, NOUN: 8, NUM: 9, PART: 10, PRON: 11, PROPN: 12,
  PUNCT: 13, SCONJ: 14, SYM: 15, VERB: 16, X: 17, SPACE: 18,
}));

/** Attributes of the sentence edges (full-size, so the tagger can keep their context scores like a word's). */
export const BOS = new Int32Array(NA_ALL).fill(0x1234567, 0, NA);
export const EOS = new Int32Array(NA_ALL).fill(0x7654321, 0, NA);

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

/** Buffers of the last context prepared with `reuse` (valid until the next such call). */
let shared: DocContext | null = null;
let sharedFlags = new Uint16Array(0);

function freshContext(n: number): DocContext {
  return {
    n, attrs: new Array(n), pos: new Uint8Array(n), cand: new Uint8Array(n), where: new Uint8Array(n),
    sentStart: new Int32Array(n), sentEnd: new Int32Array(n), seenLower: new Uint32Array(2048),
    seenCapMid: new Uint32Array(2048), runStart: new Int32Array(n), runEnd: new Int32Array(n),
  };
}

/**
 * With `reuse`, the context's arrays are the module's own, overwritten by the next call with `reuse` (for callers
 * that are done with the context before they prepare another document, as findMentions is); entries from index n
 * on are left over from earlier documents and never read.
 */
export function prepareDoc(tokens: readonly Token[], sentences: readonly Sentence[], reuse = false): DocContext {
  const n = tokens.length;
  let ctx: DocContext;
  let flags: Uint16Array;
  if (reuse) {
    if (!shared || shared.pos.length < n) { shared = freshContext(Math.max(n, 1024, (shared?.pos.length ?? 0) * 2)); }
    if (sharedFlags.length < shared.pos.length) sharedFlags = new Uint16Array(shared.pos.length);
    ctx = shared;
    ctx.n = n;
    flags = sharedFlags;
    ctx.cand.fill(0, 0, n);
    ctx.seenLower.fill(0);
    ctx.seenCapMid.fill(0);
    ctx.runStart.fill(0, 0, n);
    ctx.runEnd.fill(0, 0, n);
  } else {
    ctx = freshContext(n);
    flags = new Uint16Array(n);
  }
  const { attrs, pos, cand, where, sentStart, sentEnd, seenLower, seenCapMid } = ctx;
  // Tokens outside every sentence (none from makeDoc) keep where 0, sentence start 0 and end n.
  where.fill(0, 0, n);
  sentStart.fill(0, 0, n);
  sentEnd.fill(n, 0, n);
  let lastPos = '', lastId = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const a = wordAttrs(t.text);
    attrs[i] = a;
    flags[i] = a[A_FLAGS]!;
    const p = t.pos;
    if (p !== lastPos) { lastPos = p; lastId = POS_IDS.get(p) ?? 0; }
    pos[i] = lastId;
  }
  for (const s of sentences) {
    let up = 0, low = 0;
    const a = s.tokenStart, b = s.tokenEnd;
    for (let i = a; i < b; i++) {
      sentStart[i] = a;
      sentEnd[i] = b;
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
      if ((g & G_STOP) && !(g & ~(G_STOP | G_CONNECTOR)) && !(i > 0 && cand[i - 1]) && !(where[i]! & 2) && !(g & G_CONNECTOR)) continue;
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
  const { runStart, runEnd } = ctx;
  for (let i = 0; i < n;) {
    if (!cand[i]) { i++; continue; }
    let j = i + 1;
    while (j < n && cand[j] && sentStart[j] === sentStart[i]) j++;
    for (let k = i; k < j; k++) { runStart[k] = i; runEnd[k] = j; }
    i = j;
  }
  return ctx;
}

let SHIFT = 32 - 16;
export function setBits(bits: number): void { SHIFT = 32 - bits; }

/** Bucket id of feature template `tpl` with value `v`. */
export function fh(tpl: number, v: number): number {
  let h = Math.imul(v ^ Math.imul(tpl + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> SHIFT;
}
/** Two feature values combined into one. */
export function c2(a: number, b: number): number { return Math.imul(a ^ 0x2545f491, 0x01000193) ^ b; }

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

// ---- Cached scoring (runtime tagger, fixed Int16 table) -------------------------------------------------------
// The context features that read one word alone, the part-of-speech features and the run-position feature sum to
// the same scores wherever they occur, so their 9 summed weights are computed once per word (or value) and table
// and added as one vector; only the features that combine two words or depend on the document are hashed per
// token. The integer sums are exact, so the scores are the same as feature by feature.

function sumInto(w: Int16Array, a: Int32Array, slot: number, b1: number, b2: number, b3: number): void {
  for (let t = 0; t < 9; t++) {
    let v = w[b1 * 9 + t]!;
    if (b2 >= 0) v += w[b2 * 9 + t]!;
    if (b3 >= 0) v += w[b3 * 9 + t]!;
    a[slot + t] = v;
  }
}

/** Fills word a's context vectors for table w (id `id`), unless they are there already. */
export function ensureWordContext(a: Int32Array, w: Int16Array, id: number): void {
  if (a[A_CTX_FOR] === id) return;
  const lower = a[A_LOWER]!, shape = a[A_SHAPE]!, gaz = a[A_GAZ]!;
  sumInto(w, a, A_AS_PREV, fh(13, lower), fh(17, shape), fh(28, gaz));
  sumInto(w, a, A_AS_NEXT, fh(14, lower), fh(18, shape), fh(29, gaz));
  sumInto(w, a, A_AS_PREV2, fh(15, lower), -1, -1);
  sumInto(w, a, A_AS_NEXT2, fh(16, lower), -1, -1);
  // At the sentence edges the run's neighbour is a constant, not the edge's attributes (see contextFeatures).
  sumInto(w, a, A_AS_BEFORE, fh(49, a === BOS ? 1 : lower), -1, -1);
  sumInto(w, a, A_AS_AFTER, fh(50, a === EOS ? 2 : lower), -1, -1);
  sumInto(w, a, A_MID, fh(25, c2(0, shape)), fh(26, c2(0, lower)), -1);
  sumInto(w, a, A_NO_HIST, fh(41, 0), fh(42, c2(0, lower)), -1);
  a[A_CTX_FOR] = id;
}

/** Per table: part-of-speech vectors by (previous, own) and (own, next) tag id, and run-position vectors. */
export const POS_PREV_OWN = new Int32Array(32 * 32 * 9), POS_OWN_NEXT = new Int32Array(32 * 32 * 9), RUN_AT = new Int32Array(4 * 5 * 9);
/**
 * Vectors by where a word was seen in the document and where it stands (index seen · 4 + (where & 3)): feature 31;
 * with the word's flags (index · 256 + flags, filled on first use, SEEN_FLAGS_SET): feature 32; by history type:
 * feature 41.
 */
export const SEEN = new Int32Array(16 * 9), SEEN_FLAGS = new Int32Array(16 * 256 * 9), SEEN_FLAGS_SET = new Uint8Array(16 * 256),
  HIST = new Int32Array(8 * 9);
let tablesFor = -1;

/** Fills SEEN_FLAGS at index k (seen · 4 + where & 3) · 256 + flags. */
export function fillSeenFlags(w: Int16Array, k: number): void {
  const sw = c2(k >> 10, (k >> 8) & 3), flags = k & 255;
  const b = fh(32, c2(sw, flags));
  for (let t = 0; t < 9; t++) SEEN_FLAGS[k * 9 + t] = w[b * 9 + t]!;
  SEEN_FLAGS_SET[k] = 1;
}

export function ensureTables(w: Int16Array, id: number): void {
  if (tablesFor === id) return;
  const one = new Int32Array(9);
  for (let p = 0; p < 32; p++) {
    for (let q = 0; q < 32; q++) {
      sumInto(w, one, 0, fh(22, q), fh(23, c2(p, q)), -1);
      POS_PREV_OWN.set(one, (p * 32 + q) * 9);
      sumInto(w, one, 0, fh(24, c2(p, q)), -1, -1);
      POS_OWN_NEXT.set(one, (p * 32 + q) * 9);
    }
  }
  for (let at = 0; at < 4; at++) {
    for (let len = 1; len <= 4; len++) {
      sumInto(w, one, 0, fh(46, c2(at, len)), -1, -1);
      RUN_AT.set(one, (at * 5 + len) * 9);
    }
  }
  for (let seen = 0; seen < 4; seen++) {
    for (let w3 = 0; w3 < 4; w3++) {
      sumInto(w, one, 0, fh(31, c2(seen, w3)), -1, -1);
      SEEN.set(one, (seen * 4 + w3) * 9);
    }
  }
  SEEN_FLAGS_SET.fill(0);
  for (let h = 1; h < 8; h++) {
    sumInto(w, one, 0, fh(41, h), -1, -1);
    HIST.set(one, h * 9);
  }
  ensureWordContext(BOS, w, id);
  ensureWordContext(EOS, w, id);
  tablesFor = id;
}

/** Index of token i's seen-and-where vector in SEEN (its SEEN_FLAGS index is this · 256 + the word's flags). */
export function seenIndex(ctx: DocContext, i: number): number {
  const lh = ctx.attrs[i]![A_LOWER]! >>> 16, bit = 1 << (lh & 31);
  const seen = ((ctx.seenLower[lh >>> 5]! & bit) !== 0 ? 1 : 0) | ((ctx.seenCapMid[lh >>> 5]! & bit) !== 0 ? 2 : 0);
  return seen * 4 + (ctx.where[i]! & 3);
}

/**
 * The per-token rest of contextFeatures (the features no cached vector or table holds) for token i, from out[at0];
 * returns how many. Where = 0, the word's A_MID vector holds features 25 and 26; hist 0, A_NO_HIST holds 41 and 42;
 * otherwise HIST holds 41. SEEN and SEEN_FLAGS hold 31 and 32.
 */
export function restFeatures(ctx: DocContext, i: number, hist: number, out: Int32Array, at0: number): number {
  const { attrs, sentStart, sentEnd } = ctx;
  const s0 = sentStart[i]!, s1 = sentEnd[i]!;
  const a0 = attrs[i]!;
  const am1 = i - 1 >= s0 ? attrs[i - 1]! : BOS;
  const am2 = i - 2 >= s0 ? attrs[i - 2]! : BOS;
  const ap1 = i + 1 < s1 ? attrs[i + 1]! : EOS;
  const ap2 = i + 2 < s1 ? attrs[i + 2]! : EOS;
  const w = ctx.where[i]!;
  const lower = a0[A_LOWER]!, shape = a0[A_SHAPE]!;
  const pl = am1[A_LOWER]!, nl = ap1[A_LOWER]!;
  let k = at0;
  out[k++] = fh(19, c2(c2(am1[A_SHORT]!, a0[A_SHORT]!), ap1[A_SHORT]!));
  out[k++] = fh(20, c2(pl, lower));
  out[k++] = fh(21, c2(lower, nl));
  if (w !== 0) {
    out[k++] = fh(25, c2(w, shape));
    out[k++] = fh(26, c2(w, lower));
  }
  out[k++] = fh(30, c2(am1[A_GAZ]!, a0[A_GAZ]!));
  out[k++] = fh(38, c2(pl, shape));
  out[k++] = fh(39, c2(shape, nl));
  if (hist !== 0) out[k++] = fh(42, c2(hist, lower));
  out[k++] = fh(44, c2(am2[A_LOWER]!, pl));
  out[k++] = fh(45, c2(nl, ap2[A_LOWER]!));
  const r0 = ctx.runStart[i]!, r1 = ctx.runEnd[i]!;
  const len = r1 - r0;
  const at = len === 1 ? 3 : i === r0 ? 0 : i === r1 - 1 ? 2 : 1;
  out[k++] = fh(47, c2(at, attrs[r1 - 1]![A_LOWER]!));
  out[k++] = fh(48, c2(at, attrs[r0]![A_LOWER]!));
  return k - at0;
}
