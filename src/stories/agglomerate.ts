/**
 * Batch story grouping by average linkage over locally scaled similarities.
 *
 * A topic with many reports (a software giant's browser patch, a navy's anti-piracy raids) makes every pair of its
 * articles look alike, so one global cosine threshold either merges two events of the same kind in a dense topic
 * or splits one event in a sparse one. Local scaling (Zelnik-Manor and Perona, 2004) divides each cosine by the
 * typical similarity of the two articles to their nearest neighbours, so "close" means close for that
 * neighbourhood. The scale enters with a square root (half strength), so small stories are not pulled into the
 * nearest topic; a raw-cosine floor keeps unrelated articles apart however sparse their neighbourhood.
 *
 * Candidates come from an inverted index (articles sharing a term), so only pairs with something in common are
 * scored; merging keeps a heap of cluster pairs. Deterministic: ties break on the lowest ids.
 */
import type { TermVector } from './terms.ts';

/** Neighbours whose mean similarity sets an article's scale. */
export const SCALE_NEIGHBOURS = 5;
/** Strength of the scaling: similarity / (scaleᵢ · scaleⱼ)^(STRENGTH/2). */
export const SCALE_STRENGTH = 0.5;
/**
 * Similarity assumed for a missing neighbour (fewer than SCALE_NEIGHBOURS articles share anything with this one):
 * the low end of what articles' near neighbours reach in a large batch (ECB+: 10th percentile 0.30, median 0.44).
 * In a batch of two or three articles it makes the test close to a plain cosine of about 0.18.
 */
export const NEIGHBOUR_PRIOR = 0.3;
/** Lowest scale (an article with no near neighbour is not inflated without bound). */
export const MIN_SCALE = 0.02;
/** Raw cosines below this count as nothing in common. */
export const COSINE_FLOOR = 0.08;
/** Average scaled similarity at which two groups are merged (chosen on the ECB+ dev topics). */
export const MERGE_SIMILARITY = 0.32;
/** Terms in more than this share of the articles (and more than COMMON_TERM_MIN) find no candidate pairs. */
const COMMON_TERM_SHARE = 0.05;
const COMMON_TERM_MIN = 200;

export interface BatchItem {
  vector: TermVector;
  /** Day number (days since 1970-01-01) or null. */
  day: number | null;
}

export interface AgglomerateOptions {
  /** Items that must end in the same group (e.g. a copy and its original), as index → index of its original. */
  together?: ReadonlyMap<number, number>;
  /** Items more than this many days apart have nothing in common. */
  maxDaysApart?: number;
  mergeSimilarity?: number;
}

/** Unit-normalised sparse cosines of every pair sharing a term, as one sorted neighbour list per item. */
export function pairCosines(vectors: readonly TermVector[], keepFrom = 0): Map<number, number>[] {
  const norms = vectors.map((v) => { let n = 0; for (const w of v.weights) n += w * w; return Math.sqrt(n) || 1; });
  // A term in very many articles (a word of the day) costs a list of pairs and says little: it is left out.
  const df = new Map<number, number>();
  for (const v of vectors) for (const t of v.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const common = Math.max(COMMON_TERM_MIN, vectors.length * COMMON_TERM_SHARE);
  const postings = new Map<number, number[]>();
  const sims = vectors.map(() => new Map<number, number>());
  vectors.forEach((v, i) => {
    const acc = new Map<number, number>();
    for (let k = 0; k < v.terms.length; k++) {
      const list = postings.get(v.terms[k]!);
      if (!list || df.get(v.terms[k]!)! > common) continue;
      for (let p = 0; p < list.length; p += 2) {
        const j = list[p]!;
        acc.set(j, (acc.get(j) ?? 0) + v.weights[k]! * list[p + 1]!);
      }
    }
    for (const [j, dot] of acc) {
      const c = dot / (norms[i]! * norms[j]!);
      if (c < keepFrom) continue;
      sims[i]!.set(j, c);
      sims[j]!.set(i, c);
    }
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k]!;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i, v.weights[k]!);
    }
  });
  return sims;
}

/** A binary heap of candidate merges, best average first, ties to the lowest ids. */
class MergeHeap {
  private readonly items: { avg: number; a: number; b: number; va: number; vb: number }[] = [];
  private before(x: MergeHeap['items'][number], y: MergeHeap['items'][number]): boolean {
    return x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  push(e: MergeHeap['items'][number]): void {
    const h = this.items;
    h.push(e);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): MergeHeap['items'][number] | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Groups the items; returns each item's group number (groups numbered by their first item, from 0). */
export function agglomerate(items: readonly BatchItem[], options: AgglomerateOptions = {}): number[] {
  const n = items.length;
  const threshold = options.mergeSimilarity ?? MERGE_SIMILARITY;
  const maxDays = options.maxDaysApart ?? Infinity;
  const cos = pairCosines(items.map((x) => x.vector), COSINE_FLOOR / 2);
  const scale = cos.map((m) => {
    const top = [...m.values()].sort((x, y) => y - x).slice(0, SCALE_NEIGHBOURS);
    let s = (SCALE_NEIGHBOURS - top.length) * NEIGHBOUR_PRIOR;
    for (const x of top) s += x;
    return Math.max(s / SCALE_NEIGHBOURS, MIN_SCALE);
  });
  // Initial groups: items that must stay together.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [i, j] of options.together ?? []) {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const size = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) size[find(i)]!++;
  // Sum of scaled similarities between groups.
  const links = items.map(() => new Map<number, number>());
  for (let i = 0; i < n; i++) {
    const gi = find(i);
    for (const [j, c] of cos[i]!) {
      if (j <= i || c < COSINE_FLOOR) continue;
      const di = items[i]!.day;
      const dj = items[j]!.day;
      if (di !== null && dj !== null && Math.abs(di - dj) > maxDays) continue;
      const gj = find(j);
      if (gi === gj) continue;
      const s = c / Math.pow(scale[i]! * scale[j]!, SCALE_STRENGTH / 2);
      links[gi]!.set(gj, (links[gi]!.get(gj) ?? 0) + s);
      links[gj]!.set(gi, (links[gj]!.get(gi) ?? 0) + s);
    }
  }
  const version = new Array<number>(n).fill(0);
  const alive = items.map((_, i) => find(i) === i);
  const heap = new MergeHeap();
  const offer = (a: number, b: number, sum: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const avg = sum / (size[x]! * size[y]!);
    if (avg >= threshold) heap.push({ avg, a: x, b: y, va: version[x]!, vb: version[y]! });
  };
  for (let g = 0; g < n; g++) if (alive[g]) for (const [h, s] of links[g]!) if (h > g) offer(g, h, s);
  for (let e = heap.pop(); e; e = heap.pop()) {
    if (!alive[e.a] || !alive[e.b] || version[e.a] !== e.va || version[e.b] !== e.vb) continue;
    // Merge b into a.
    const { a, b } = e;
    alive[b] = false;
    size[a]! += size[b]!;
    version[a]!++;
    parent[b] = a;
    const la = links[a]!;
    la.delete(b);
    for (const [k, s] of links[b]!) {
      if (k === a) continue;
      la.set(k, (la.get(k) ?? 0) + s);
      const lk = links[k]!;
      lk.set(a, (lk.get(a) ?? 0) + s);
      lk.delete(b);
    }
    links[b]!.clear();
    for (const [k, s] of la) offer(a, k, s);
  }
  const number = new Map<number, number>();
  return items.map((_, i) => {
    const root = find(i);
    let g = number.get(root);
    if (g === undefined) number.set(root, (g = number.size));
    return g;
  });
}
