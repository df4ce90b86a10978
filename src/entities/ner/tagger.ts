/**
 * Tagging with an averaged-perceptron weight table (hashed features × tags): each run of candidate tokens is
 * decoded with Viterbi over BIO tags (first order: token features plus tag-to-tag transition weights), and the
 * tokens between runs are outside. With `gold` and `update`, the same code trains: a structured-perceptron update per run.
 */
import type { Token } from '../../doc/types.ts';
import {
  contextFeatures, wordFeatures, transitionBucket, A_SCORES, A_SCORES_FOR, MAX_FEATURES, NTAGS, type DocContext,
  ensureWordContext, ensureTables, restFeatures, BOS, EOS, POS_PREV_OWN, POS_OWN_NEXT, RUN_AT, A_AS_PREV, A_AS_NEXT,
  A_AS_PREV2, A_AS_NEXT2, A_AS_BEFORE, A_AS_AFTER, A_MID, A_NO_HIST, A_CTX_FOR, ATTR_FLAGS, SEEN, SEEN_FLAGS,
  SEEN_FLAGS_SET, HIST, seenIndex, fillSeenFlags,
} from './features.ts';

// Local copies: module bindings can compile to property getters (tsx/CommonJS), too slow inside scoring loops.
const NT = 9;
if (NTAGS !== NT) throw new Error('tag set changed');
const ctxFeatures = contextFeatures;
const ownFeatures = wordFeatures;
const restFeats = restFeatures;
const wordContext = ensureWordContext;
const tables = ensureTables;
const SC = A_SCORES, SC_FOR = A_SCORES_FOR, MAXF = MAX_FEATURES;
const V_PREV = A_AS_PREV, V_NEXT = A_AS_NEXT, V_PREV2 = A_AS_PREV2, V_NEXT2 = A_AS_NEXT2, V_BEFORE = A_AS_BEFORE,
  V_AFTER = A_AS_AFTER, V_MID = A_MID, V_NO_HIST = A_NO_HIST, CTX_FOR = A_CTX_FOR;
const B0S = BOS, E0S = EOS, PPO = POS_PREV_OWN, PON = POS_OWN_NEXT, RAT = RUN_AT;
const SN = SEEN, SNF = SEEN_FLAGS, SNF_SET = SEEN_FLAGS_SET, HST = HIST, FLAGS = ATTR_FLAGS;
const seenIdx = seenIndex, seenFlags = fillSeenFlags;
// The word-only part of a token's scores is kept with the word (in its attribute array) for the table it was
// computed with: id 1, 2 … per distinct Int16 table seen. Training (float weights that change) never uses it.
let tableSeen: Int16Array | null = null;
let tableId = 0;
const wordBuf = new Int32Array(MAX_FEATURES);
const TRANS_BUCKETS = new Int32Array(NT);
/** Type of a tag: 0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
const tagType = (tag: number): number => (tag + 1) >> 1;

const MAX_RUN = 64;
let feats = new Int32Array(MAX_RUN * MAX_FEATURES);
let counts = new Int32Array(MAX_RUN);
let emit = new Float64Array(MAX_RUN * NT);
let delta = new Float64Array(MAX_RUN * NT);
let back = new Uint8Array(MAX_RUN * NT);
const trans = new Float64Array(NT * NT);

function ensure(len: number): void {
  if (len <= counts.length) return;
  feats = new Int32Array(len * MAX_FEATURES);
  counts = new Int32Array(len);
  emit = new Float64Array(len * NT);
  delta = new Float64Array(len * NT);
  back = new Uint8Array(len * NT);
}

/** Adds `d` to the weight of (bucket, tag): the training hook. */
export type Update = (bucket: number, tag: number, d: number) => void;

/** The type each word (by lower-case hash) was last given in the document: open addressing, cleared per document. */
let histKeys = new Int32Array(1024), histVals = new Uint8Array(1024), histMask = 1023;

function histReset(cands: number): void {
  let size = 1024;
  while (size < cands * 2) size *= 2;
  if (histKeys.length !== size) { histKeys = new Int32Array(size); histVals = new Uint8Array(size); histMask = size - 1; }
  else histVals.fill(0);
}

function histGet(key: number): number {
  for (let h = Math.imul(key, 0x9e3779b1) >>> 0 & histMask; ; h = (h + 1) & histMask) {
    if (histVals[h] === 0) return 0;
    if (histKeys[h] === key) return histVals[h]!;
  }
}

function histSet(key: number, type: number): void {
  for (let h = Math.imul(key, 0x9e3779b1) >>> 0 & histMask; ; h = (h + 1) & histMask) {
    if (histVals[h] === 0 || histKeys[h] === key) { histKeys[h] = key; histVals[h] = type; return; }
  }
}

function loadTransitions(w: Int16Array | Float32Array): void {
  for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) trans[p * NT + t] = w[TRANS_BUCKETS[p]! * NT + t]!;
}

/** Tags every token of the document into `tags` (0 for tokens that are not candidates). */
export function tagDoc(
  ctx: DocContext, weights: Int16Array | Float32Array, tags: Uint8Array, gold?: Uint8Array, update?: Update,
): void {
  const { n, cand, runEnd, attrs, sentStart, sentEnd, pos, runStart, where } = ctx;
  const w = weights;
  for (let p = 0; p < NT; p++) TRANS_BUCKETS[p] = transitionBucket(p); // after the model set the table size
  loadTransitions(w);
  const cached = !update && w instanceof Int16Array;
  if (cached && w !== tableSeen) { tableSeen = w; tableId++; }
  let nc = 0;
  for (let i = 0; i < n; i++) nc += cand[i]!;
  histReset(nc);
  if (cached) tables(w as Int16Array, tableId);
  let i = 0;
  while (i < n) {
    if (!cand[i]) { tags[i] = 0; i++; continue; }
    const r0 = i, r1 = runEnd[i]!, len = r1 - r0;
    ensure(len);
    if (update) loadTransitions(w);
    for (let j = 0; j < len; j++) {
      const tok = r0 + j;
      const off = j * MAXF;
      const a0 = attrs[tok]!;
      const h = histGet(a0[0]! & 0x3fffffff);
      const e = j * NT;
      let k: number;
      if (cached) {
        const wi = w as Int16Array;
        if (a0[SC_FOR] !== tableId) {
          const kw = ownFeatures(a0, wordBuf, 0);
          for (let t = 0; t < NT; t++) {
            let v = 0;
            for (let f = 0; f < kw; f++) v += wi[wordBuf[f]! * NT + t]!;
            a0[SC + t] = v;
          }
          a0[SC_FOR] = tableId;
        }
        const s0 = sentStart[tok]!, s1 = sentEnd[tok]!;
        const am1 = tok - 1 >= s0 ? attrs[tok - 1]! : B0S;
        const am2 = tok - 2 >= s0 ? attrs[tok - 2]! : B0S;
        const ap1 = tok + 1 < s1 ? attrs[tok + 1]! : E0S;
        const ap2 = tok + 2 < s1 ? attrs[tok + 2]! : E0S;
        const ru0 = runStart[tok]!, ru1 = runEnd[tok]!;
        const bw = ru0 - 1 >= s0 ? attrs[ru0 - 1]! : B0S;
        const aw = ru1 < s1 ? attrs[ru1]! : E0S;
        if (a0[CTX_FOR] !== tableId) wordContext(a0, wi, tableId);
        if (am1[CTX_FOR] !== tableId) wordContext(am1, wi, tableId);
        if (am2[CTX_FOR] !== tableId) wordContext(am2, wi, tableId);
        if (ap1[CTX_FOR] !== tableId) wordContext(ap1, wi, tableId);
        if (ap2[CTX_FOR] !== tableId) wordContext(ap2, wi, tableId);
        if (bw[CTX_FOR] !== tableId) wordContext(bw, wi, tableId);
        if (aw[CTX_FOR] !== tableId) wordContext(aw, wi, tableId);
        // The scores of the cached vectors, one line per vector (unrolled: the sums stay in registers).
        let x0 = a0[SC]!, x1 = a0[SC + 1]!, x2 = a0[SC + 2]!, x3 = a0[SC + 3]!, x4 = a0[SC + 4]!, x5 = a0[SC + 5]!,
          x6 = a0[SC + 6]!, x7 = a0[SC + 7]!, x8 = a0[SC + 8]!;
        let v: Int32Array = am1, o = V_PREV;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        v = ap1; o = V_NEXT;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        v = am2; o = V_PREV2;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        v = ap2; o = V_NEXT2;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        v = bw; o = V_BEFORE;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        v = aw; o = V_AFTER;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        const p0 = pos[tok]!, pm1 = tok - 1 >= s0 ? pos[tok - 1]! : 30, pp1 = tok + 1 < s1 ? pos[tok + 1]! : 31;
        v = PPO; o = (pm1 * 32 + p0) * NT;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        v = PON; o = (p0 * 32 + pp1) * NT;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        const rl = ru1 - ru0;
        const at = rl === 1 ? 3 : tok === ru0 ? 0 : tok === ru1 - 1 ? 2 : 1;
        v = RAT; o = (at * 5 + (rl > 4 ? 4 : rl)) * NT;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        if (where[tok] === 0) {
          v = a0; o = V_MID;
          x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        }
        if (h === 0) {
          v = a0; o = V_NO_HIST;
          x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        } else {
          v = HST; o = h * NT;
          x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        }
        const si = seenIdx(ctx, tok);
        v = SN; o = si * NT;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        const sf = si * 256 + (a0[FLAGS]! & 255);
        if (SNF_SET[sf] === 0) seenFlags(wi, sf);
        v = SNF; o = sf * NT;
        x0 += v[o]!; x1 += v[o + 1]!; x2 += v[o + 2]!; x3 += v[o + 3]!; x4 += v[o + 4]!; x5 += v[o + 5]!; x6 += v[o + 6]!; x7 += v[o + 7]!; x8 += v[o + 8]!;
        emit[e] = x0; emit[e + 1] = x1; emit[e + 2] = x2; emit[e + 3] = x3; emit[e + 4] = x4;
        emit[e + 5] = x5; emit[e + 6] = x6; emit[e + 7] = x7; emit[e + 8] = x8;
        k = restFeats(ctx, tok, h, feats, off);
      } else {
        for (let t = 0; t < NT; t++) emit[e + t] = 0;
        k = ownFeatures(a0, feats, off);
        k += ctxFeatures(ctx, tok, h, feats, off + k);
      }
      counts[j] = k;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      for (let f = off; f < off + k; f++) {
        const b = feats[f]! * NT;
        s0 += w[b]!; s1 += w[b + 1]!; s2 += w[b + 2]!; s3 += w[b + 3]!; s4 += w[b + 4]!;
        s5 += w[b + 5]!; s6 += w[b + 6]!; s7 += w[b + 7]!; s8 += w[b + 8]!;
      }
      emit[e] += s0; emit[e + 1] += s1; emit[e + 2] += s2; emit[e + 3] += s3; emit[e + 4] += s4;
      emit[e + 5] += s5; emit[e + 6] += s6; emit[e + 7] += s7; emit[e + 8] += s8;
    }
    // Viterbi. The token before a run is always outside (tag 0): the first token takes O or a B tag. Later, O and
    // B tags may follow any tag and I-X only B-X or I-X; of equal scores the lowest previous tag wins.
    for (let t = 0; t < NT; t++) {
      delta[t] = t === 0 || (t & 1) === 1 ? trans[t]! + emit[t]! : -Infinity;
      back[t] = 0;
    }
    for (let j = 1; j < len; j++) {
      const e = j * NT, pe = e - NT;
      for (let t = 0; t < NT; t++) {
        let best: number, arg: number;
        if (t === 0 || (t & 1) === 1) {
          best = delta[pe]! + trans[t]!; arg = 0;
          for (let p = 1; p < NT; p++) {
            const v = delta[pe + p]! + trans[p * NT + t]!;
            if (v > best) { best = v; arg = p; }
          }
        } else {
          best = delta[pe + t - 1]! + trans[(t - 1) * NT + t]!; arg = t - 1;
          const v = delta[pe + t]! + trans[t * NT + t]!;
          if (v > best) { best = v; arg = t; }
        }
        delta[e + t] = best + emit[e + t]!;
        back[e + t] = arg;
      }
    }
    let bestT = 0, bestV = -Infinity;
    for (let t = 0; t < NT; t++) if (delta[(len - 1) * NT + t]! > bestV) { bestV = delta[(len - 1) * NT + t]!; bestT = t; }
    for (let j = len - 1; j >= 0; j--) { tags[r0 + j] = bestT; bestT = back[j * NT + bestT]!; }
    if (gold && update) learn(r0, len, tags, gold, update);
    for (let j = 0; j < len; j++) {
      const t = tags[r0 + j]!;
      if (t) histSet(attrs[r0 + j]![0]! & 0x3fffffff, tagType(t));
    }
    i = r1;
  }
}

/** Structured-perceptron update for one run: reward the gold path's features, penalise the predicted path's. */
function learn(r0: number, len: number, pred: Uint8Array, gold: Uint8Array, update: Update): void {
  for (let j = 0; j < len; j++) {
    const g = gold[r0 + j]!, p = pred[r0 + j]!;
    const gp = j === 0 ? 0 : gold[r0 + j - 1]!, pp = j === 0 ? 0 : pred[r0 + j - 1]!;
    if (g !== p) {
      const off = j * MAX_FEATURES;
      for (let f = off; f < off + counts[j]!; f++) { update(feats[f]!, g, 1); update(feats[f]!, p, -1); }
    }
    if (g !== p || gp !== pp) { update(TRANS_BUCKETS[gp]!, g, 1); update(TRANS_BUCKETS[pp]!, p, -1); }
  }
}

export interface TypedSpan {
  tokenStart: number;
  tokenEnd: number;
  /** 1 PER, 2 ORG, 3 LOC, 4 MISC. */
  type: number;
}

const EDGE_JUNK = new Set(['-', '–', '—', '&', '/', "'", '.', ',', "'s", '’s', '’', '"', '“', '”', '(', ')', 'of', 'and', 'the', 'for']);

/** BIO tags → spans; words that cannot end or begin a name ("of", "-", a possessive 's) are trimmed off the edges. */
export function tagsToSpans(tokens: readonly Token[], tags: Uint8Array, n: number): TypedSpan[] {
  const out: TypedSpan[] = [];
  let i = 0;
  while (i < n) {
    const t = tags[i]!;
    if (t === 0) { i++; continue; }
    const type = tagType(t);
    let j = i + 1;
    while (j < n && tags[j] !== 0 && (tags[j]! & 1) === 0 && tagType(tags[j]!) === type) j++;
    let a = i, b = j;
    while (a < b && EDGE_JUNK.has(tokens[a]!.text)) a++;
    while (b > a && EDGE_JUNK.has(tokens[b - 1]!.text)) b--;
    if (b > a) out.push({ tokenStart: a, tokenEnd: b, type });
    i = j;
  }
  return out;
}
