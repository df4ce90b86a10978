/**
 * Greedy left-to-right tagging with an averaged-perceptron weight table (hashed features × tags), then BIO tags
 * to typed token spans. Used by the stage and, with a learning hook, by the training script.
 */
import type { Token } from '../../doc/types.ts';
import { allowed, features, MAX_FEATURES, NTAGS, tagType, type DocContext } from './features.ts';

const feats = new Int32Array(MAX_FEATURES);
const scores = new Float64Array(NTAGS);

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
    const k = features(ctx, i, prev, prev2, hist.get(lower) ?? 0, feats);
    scores.fill(0);
    for (let f = 0; f < k; f++) {
      const base = feats[f]! * NTAGS;
      for (let t = 0; t < NTAGS; t++) scores[t] += weights[base + t]!;
    }
    let best = 0, bestScore = -Infinity;
    for (let t = 0; t < NTAGS; t++) {
      if (scores[t]! > bestScore && allowed(prev, t)) { best = t; bestScore = scores[t]!; }
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
