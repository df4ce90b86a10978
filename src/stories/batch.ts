/**
 * A batch of articles grouped at once: document frequencies from the whole batch, articles taken in date order,
 * copies found with exact shingle overlap and placed in their original's story.
 */
import type { CleanArticle } from '../ingest/types.ts';
import { StoryClusterer } from './clusterer.ts';
import { findCopies } from './near-duplicates.ts';

export const STORIES_SCHEMA = 'corroborate.stories/1' as const;

export interface StoriesResult {
  schema: typeof STORIES_SCHEMA;
  stories: { id: string; title: string; articles: { source: string; duplicateOf: string | null }[] }[];
}

export function clusterBatch(articles: readonly Pick<CleanArticle, 'source' | 'title' | 'text' | 'published'>[]): StoriesResult {
  const order = articles.map((a, i) => ({ a, i, id: String(i) }))
    .sort((x, y) => (x.a.published ?? '9999').localeCompare(y.a.published ?? '9999') || x.i - y.i);
  const copies = findCopies(order.map(({ a, id }) => ({ id, text: a.text, published: a.published })));
  const clusterer = new StoryClusterer();
  clusterer.prime(order.map(({ a, id }) => ({ id, text: a.text, title: a.title })));
  for (const { a, id } of order) {
    const original = copies[id];
    const forced = original !== undefined ? clusterer.assignment.get(original) : undefined;
    clusterer.addVector(id, clusterer.vector({ id, text: a.text, title: a.title }), a.published, forced);
  }
  const stories = clusterer.storyMembers.filter((m) => m.length > 0).map((members, k) => {
    const list = members.map((id) => articles[Number(id)]!);
    return {
      id: `s${k + 1}`,
      title: list.find((a) => a.title)?.title ?? list[0]!.text.slice(0, 80).replace(/\s+\S*$/, '…'),
      articles: members.map((id) => ({
        source: articles[Number(id)]!.source,
        duplicateOf: copies[id] !== undefined ? articles[Number(copies[id])]!.source : null,
      })),
    };
  });
  return { schema: STORIES_SCHEMA, stories };
}
