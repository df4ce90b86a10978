/**
 * Greedy left-to-right tagging with an averaged-perceptron weight table (hashed features × tags), then BIO tags
 * to typed token spans. Used by the stage and, with a learning hook, by the training script.
 */
import type { Token } from '../../doc/types.ts';
import { features, MAX_FEATURES, NTAGS, type DocContext } from './features.ts';

// Local copies: module bindings can compile to property getters (tsx/CommonJS), too slow inside the scoring loop.
const NT = 9;
if (NTAGS !== NT) throw new Error('tag set changed');
const featuresOf = features;
/** Type of a tag: 0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
const tagType = (tag: number): number => (tag + 1) >> 1;

const feats = new Int32Array(MAX_FEATURES);
const scores = new Float64Array(NT);

/** Called for each scored token during training, with its features and the predicted tag. Returns the tag to go on with. */
export type LearnHook = (i: number, feats: Int32Array, count: number, predicted: number) => number;

/** Tags every token of the document into `tags` (0 for tokens that are not candidates). */
export function tagDoc(ctx: DocContext, weights: Int8Array | Float32Array, tags: Uint8Array, learn?: LearnHook): void {
  const hist = new Map<number, number>();
  let prev = 0, prev2 = 0;
  for (let i = 0; i < ctx.n; i++) {
    if (ctx.sentStart[i] === i) { prev = 0; prev2 = 0; }
    if (!ctx.cand[i]) { tags[i] = 0; prev2 = prev; prev = 0; continue; }
    const lower = ctx.attrs[i]![0]!;
    const k = featuresOf(ctx, i, prev, prev2, hist.get(lower) ?? 0, feats);
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = 0; f < k; f++) {
      const b = feats[f]! * NT;
      s0 += weights[b]!; s1 += weights[b + 1]!; s2 += weights[b + 2]!; s3 += weights[b + 3]!; s4 += weights[b + 4]!;
      s5 += weights[b + 5]!; s6 += weights[b + 6]!; s7 += weights[b + 7]!; s8 += weights[b + 8]!;
    }
    scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4; scores[5] = s5; scores[6] = s6;
    scores[7] = s7; scores[8] = s8;
    // I-X only after B-X or I-X.
    let best = 0, bestScore = scores[0]!;
    for (let t = 1; t < NT; t++) {
      if (scores[t]! > bestScore && ((t & 1) === 1 || prev === t || prev === t - 1)) { best = t; bestScore = scores[t]!; }
    }
    if (learn) best = learn(i, feats, k, best);
    tags[i] = best;
    if (best) hist.set(lower, tagType(best));
    prev2 = prev;
    prev = best;
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
