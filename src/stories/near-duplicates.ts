/**
 * Syndicated and near-identical copies: each copy is linked to its original (the earliest published, then the
 * first given). Candidates come from MinHash LSH; a pair is a copy when its shingle sets overlap enough.
 */
import { intersectionSize, shingles } from './shingles.ts';
import { LshIndex, minhash } from './minhash.ts';

/** Jaccard of word 5-shingles at which two texts are the same story text (a rewrite keeps well over half). */
export const COPY_JACCARD = 0.45;
/** Share of the shorter text's shingles found in the longer one at which the shorter is a cut or update of it. */
export const COPY_CONTAINMENT = 0.7;
/** Shorter texts than this (in shingles) are too small to call copies of anything. */
export const MIN_SHINGLES = 12;

export interface CopyInput {
  id: string;
  text: string;
  /** YYYY-MM-DD or null: the original is the earliest. */
  published: string | null;
}

/** Returns id → id of its original, for every copy (originals are not keys). */
export function findCopies(items: readonly CopyInput[]): Record<string, string> {
  const sh = items.map((it) => shingles(it.text));
  const index = new LshIndex<number>();
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const earlier = (a: number, b: number): boolean => {
    const pa = items[a]!.published ?? '9999';
    const pb = items[b]!.published ?? '9999';
    return pa < pb || (pa === pb && a < b);
  };
  items.forEach((_, i) => {
    const a = sh[i]!;
    if (a.length < MIN_SHINGLES) return;
    const sig = minhash(a);
    for (const j of index.candidates(sig)) {
      const b = sh[j]!;
      const inter = intersectionSize(a, b);
      const jaccard = inter / (a.length + b.length - inter);
      const containment = inter / Math.min(a.length, b.length);
      if (jaccard >= COPY_JACCARD || containment >= COPY_CONTAINMENT) {
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj) {
          if (earlier(ri, rj)) parent[rj] = ri;
          else parent[ri] = rj;
        }
      }
    }
    index.add(i, sig);
  });
  const out: Record<string, string> = {};
  items.forEach((it, i) => {
    const root = find(i);
    if (root !== i) out[it.id] = items[root]!.id;
  });
  return out;
}
