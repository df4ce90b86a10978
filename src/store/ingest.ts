/**
 * Ingest into a store: clean each input, store it (the same article twice is stored once), link copies and place
 * it in a story. One transaction per batch for the articles, then one for their links; articles left unlinked by
 * an interrupted run are linked first by the next run, so running it again is always safe.
 */
import { prepareArticles } from '../analyze/prepare.ts';
import type { ArticleInput } from '../analyze/types.ts';
import type { Rejection } from '../errors.ts';
import { StoryStream } from '../stories/stream.ts';
import { contentHash } from './hash.ts';
import type { NewArticle, Store, StoredArticle } from './types.ts';

/** Articles per transaction: large enough to be fast, small enough that an interruption costs little. */
export const INGEST_BATCH = 500;
const STATE_KEY = 'story-frequencies';

export interface IngestReport {
  added: number;
  skipped: number;
  rejections: Rejection[];
}

/** Rebuilds the story stream from what the store holds (index entries and saved frequencies). */
export function restoreStream(store: Store): { stream: StoryStream; pending: StoredArticle[] } {
  const stream = new StoryStream();
  const saved = store.getState(STATE_KEY);
  if (saved) stream.clusterer.importFrequencies(JSON.parse(saved) as { docs: number; df: [number, number][] });
  const pending: StoredArticle[] = [];
  for (const a of store.allArticles()) {
    if (a.story !== null && a.index) stream.restore(String(a.id), a.story, a.published, a.index);
    else pending.push(a);
  }
  return { stream, pending };
}

function place(store: Store, stream: StoryStream, articles: readonly StoredArticle[]): void {
  const links = articles.map((a) => {
    const p = stream.add({ id: String(a.id), text: a.text, title: a.title, published: a.published });
    return { id: a.id, story: p.story, duplicateOf: p.duplicateOf === null ? null : Number(p.duplicateOf), index: p.index };
  });
  store.setLinks(links);
  store.setState(STATE_KEY, JSON.stringify(stream.clusterer.exportFrequencies()));
}

export function ingest(
  store: Store,
  inputs: readonly ArticleInput[],
  onProgress: (done: number, total: number) => void = () => undefined,
): IngestReport {
  const { stream, pending } = restoreStream(store);
  if (pending.length) place(store, stream, pending);
  const { articles, rejections } = prepareArticles(inputs);
  let added = 0;
  let skipped = 0;
  for (let i = 0; i < articles.length; i += INGEST_BATCH) {
    const batch = articles.slice(i, i + INGEST_BATCH);
    const rows: NewArticle[] = batch.map((a) => ({
      source: a.source, url: null, title: a.title, outlet: a.outlet, byline: a.byline, published: a.published,
      text: a.text, hash: contentHash(a.title, a.text),
    }));
    const ids = store.addArticles(rows);
    const fresh = ids.filter((id): id is number => id !== null).map((id) => store.getArticle(id)!);
    added += fresh.length;
    skipped += ids.length - fresh.length;
    place(store, stream, fresh);
    onProgress(Math.min(i + INGEST_BATCH, articles.length), articles.length);
  }
  return { added, skipped, rejections };
}
