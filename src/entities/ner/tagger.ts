/**
 * Tagging with an averaged-perceptron weight table (hashed features × tags): each run of candidate tokens is
 * decoded with Viterbi over BIO tags (first order: token features plus tag-to-tag transition weights), and the
 * tokens between runs are outside. With `gold` and `update`, the same code trains: a structured-perceptron update per run.
 */
import type { Token } from '../../doc/types.ts';
import { contextFeatures, wordFeatures, transitionBucket, A_SCORES, A_SCORES_FOR, MAX_FEATURES, NTAGS, type DocContext } from './features.ts';

// Local copies: module bindings can compile to property getters (tsx/CommonJS), too slow inside scoring loops.
const NT = 9;
if (NTAGS !== NT) throw new Error('tag set changed');
const ctxFeatures = contextFeatures;
const ownFeatures = wordFeatures;
const SC = A_SCORES, SC_FOR = A_SCORES_FOR;
// The word-only part of a token's scores is kept with the word (in its attribute array) for the table it was
// computed with: id 1, 2 … per distinct Int16 table seen. Training (float weights that change) never uses it.
let tableSeen: Int16Array | null = null;
let tableId = 0;
const wordBuf = new Int32Array(MAX_FEATURES);
const TRANS_BUCKETS = new Int32Array(NT);
/** Type of a tag: 0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
const tagType = (tag: number): number => (tag + 1) >> 1;
const allowed = (prev: number, tag: number): boolean => tag === 0 || (tag & 1) === 1 || prev === tag || prev === tag - 1;

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

/** Tags every token of the document into `tags` (0 for tokens that are not candidates). */
export function tagDoc(
  ctx: DocContext, weights: Int16Array | Float32Array, tags: Uint8Array, gold?: Uint8Array, update?: Update,
): void {
  const hist = new Map<number, number>();
  const { n, cand, runEnd } = ctx;
  const w = weights;
  for (let p = 0; p < NT; p++) TRANS_BUCKETS[p] = transitionBucket(p); // after the model set the table size
  const loadTransitions = () => {
    for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) trans[p * NT + t] = w[TRANS_BUCKETS[p]! * NT + t]!;
  };
  loadTransitions();
  const cached = !update && w instanceof Int16Array;
  if (cached && w !== tableSeen) { tableSeen = w; tableId++; }
  let i = 0;
  while (i < n) {
    if (!cand[i]) { tags[i] = 0; i++; continue; }
    const r0 = i, r1 = runEnd[i]!, len = r1 - r0;
    ensure(len);
    if (update) loadTransitions();
    for (let j = 0; j < len; j++) {
      const tok = r0 + j;
      const off = j * MAX_FEATURES;
      const a0 = ctx.attrs[tok]!;
      const h = hist.get(a0[0]! & 0x3fffffff) ?? 0;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      let k: number;
      if (cached) {
        if (a0[SC_FOR] !== tableId) {
          const kw = ownFeatures(a0, wordBuf, 0);
          for (let t = 0; t < NT; t++) {
            let v = 0;
            for (let f = 0; f < kw; f++) v += w[wordBuf[f]! * NT + t]!;
            a0[SC + t] = v;
          }
          a0[SC_FOR] = tableId;
        }
        s0 = a0[SC]!; s1 = a0[SC + 1]!; s2 = a0[SC + 2]!; s3 = a0[SC + 3]!; s4 = a0[SC + 4]!;
        s5 = a0[SC + 5]!; s6 = a0[SC + 6]!; s7 = a0[SC + 7]!; s8 = a0[SC + 8]!;
        k = ctxFeatures(ctx, tok, h, feats, off);
      } else {
        k = ownFeatures(a0, feats, off);
        k += ctxFeatures(ctx, tok, h, feats, off + k);
      }
      counts[j] = k;
      for (let f = off; f < off + k; f++) {
        const b = feats[f]! * NT;
        s0 += w[b]!; s1 += w[b + 1]!; s2 += w[b + 2]!; s3 += w[b + 3]!; s4 += w[b + 4]!;
        s5 += w[b + 5]!; s6 += w[b + 6]!; s7 += w[b + 7]!; s8 += w[b + 8]!;
      }
      const e = j * NT;
      emit[e] = s0; emit[e + 1] = s1; emit[e + 2] = s2; emit[e + 3] = s3; emit[e + 4] = s4;
      emit[e + 5] = s5; emit[e + 6] = s6; emit[e + 7] = s7; emit[e + 8] = s8;
    }
    // Viterbi. The token before a run is always outside (tag 0).
    for (let j = 0; j < len; j++) {
      const e = j * NT;
      const prevMax = j === 0 ? 1 : NT;
      for (let t = 0; t < NT; t++) {
        let best = -Infinity, arg = 0;
        for (let p = 0; p < prevMax; p++) {
          if (!allowed(p, t)) continue;
          const v = (j === 0 ? 0 : delta[(j - 1) * NT + p]!) + trans[p * NT + t]!;
          if (v > best) { best = v; arg = p; }
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
      if (t) hist.set(ctx.attrs[r0 + j]![0]! & 0x3fffffff, tagType(t));
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
