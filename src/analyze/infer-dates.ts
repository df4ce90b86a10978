/**
 * An article without a date gets the date most of the others carry (ties: the latest), flagged as inferred.
 * With no dated article at all, dates stay null.
 */
import type { CleanArticle } from '../ingest/types.ts';

export function inferMissingDates(articles: readonly CleanArticle[]): CleanArticle[] {
  const counts = new Map<string, number>();
  for (const a of articles) if (a.published) counts.set(a.published, (counts.get(a.published) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [date, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n >= bestCount) { best = date; bestCount = n; }
  }
  if (!best) return [...articles];
  return articles.map((a) => (a.published ? a : { ...a, published: best, publishedFrom: 'inferred' }));
}
