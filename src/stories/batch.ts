/**
 * A batch of articles grouped at once: document frequencies from the whole batch, copies found with shingle
 * overlap and kept in their original's story, stories formed by average linkage over locally scaled similarities
 * (see agglomerate.ts). The streaming path (StoryClusterer) decides each article once, on arrival; a batch can look
 * at every article's neighbours first.
 */
import type { CleanArticle } from '../ingest/types.ts';
import { BACKGROUND_DOCS, MAX_DAYS_APART, dayNumber } from './clusterer.ts';
import { agglomerate } from './agglomerate.ts';
import { findCopies } from './near-duplicates.ts';
import { termCounts, type TermVector } from './terms.ts';

export const STORIES_SCHEMA = 'corroborate.stories/1' as const;
/** Terms kept per article in a batch (no index to keep small, so more than the stream's 48). */
export const BATCH_TERMS = 100;

export interface StoriesResult {
  schema: typeof STORIES_SCHEMA;
  stories: { id: string; title: string; articles: { source: string; duplicateOf: string | null }[] }[];
}

type BatchArticle = Pick<CleanArticle, 'source' | 'title' | 'text' | 'published'>;

/** tf-idf vectors of texts with document frequencies from the texts themselves (plus background documents). */
export function batchVectors(texts: readonly string[], terms = BATCH_TERMS): TermVector[] {
  const counts = texts.map((t) => termCounts(t));
  const df = new Map<number, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return counts.map((c) => {
    const scored: [number, number][] = [];
    for (const [t, n] of c) {
      const idf = Math.log((texts.length + BACKGROUND_DOCS + 1) / (df.get(t)! + 0.5));
      scored.push([t, (1 + Math.log(n)) * Math.max(idf, 0.05)]);
    }
    scored.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const top = scored.slice(0, terms);
    return { terms: Uint32Array.from(top.map((x) => x[0])), weights: Float32Array.from(top.map((x) => x[1])) };
  });
}

/** Groups the articles into stories: returns each article's story number (numbered by first article, from 0). */
export function groupArticles(articles: readonly BatchArticle[], copies?: Record<string, string>): number[] {
  const found = copies ?? findCopies(articles.map((a, i) => ({ id: String(i), text: a.text, published: a.published })));
  const vectors = batchVectors(articles.map((a) => (a.title ? `${a.title}\n${a.text}` : a.text)));
  const together = new Map(Object.entries(found).map(([c, o]) => [Number(c), Number(o)]));
  return agglomerate(vectors.map((vector, i) => ({ vector, day: dayNumber(articles[i]!.published) })),
    { together, maxDaysApart: MAX_DAYS_APART });
}

export function clusterBatch(articles: readonly BatchArticle[]): StoriesResult {
  const order = articles.map((a, i) => ({ a, i }))
    .sort((x, y) => (x.a.published ?? '9999').localeCompare(y.a.published ?? '9999') || x.i - y.i);
  const copies = findCopies(articles.map((a, i) => ({ id: String(i), text: a.text, published: a.published })));
  const group = groupArticles(articles, copies);
  const members = new Map<number, number[]>();
  for (const { i } of order) {
    const list = members.get(group[i]!);
    if (list) list.push(i);
    else members.set(group[i]!, [i]);
  }
  const stories = [...members.values()].map((list, k) => ({
    id: `s${k + 1}`,
    title: list.map((i) => articles[i]!).find((a) => a.title)?.title ?? articles[list[0]!]!.text.slice(0, 80).replace(/\s+\S*$/, '…'),
    articles: list.map((i) => ({
      source: articles[i]!.source,
      duplicateOf: copies[String(i)] !== undefined ? articles[Number(copies[String(i)])]!.source : null,
    })),
  }));
  return { schema: STORIES_SCHEMA, stories };
}
