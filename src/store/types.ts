/**
 * The article store, behind one interface so that SQLite (the embedded default) and other back ends pass the same
 * conformance suite (store.conformance.ts).
 */

export interface StoredArticle {
  /** Store-assigned, increasing in the order articles were added. */
  id: number;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  text: string;
  /** SHA-256 of the normalised title and text: the same article twice is stored once. */
  hash: string;
  story: number | null;
  duplicateOf: number | null;
  /** The story index entry (hashed terms and weights, MinHash signature): a few hundred bytes. */
  index: Uint8Array | null;
}

export type NewArticle = Omit<StoredArticle, 'id' | 'story' | 'duplicateOf' | 'index'>;

export interface StorySummary {
  id: number;
  title: string;
  first: string | null;
  last: string | null;
  outlets: string[];
  articles: number;
}

export interface SearchHit {
  id: number;
  title: string | null;
  source: string;
  snippet: string;
}

export interface Store {
  /** Adds articles in one transaction; an article already stored (same hash) is skipped. Returns the new ids (null when skipped). */
  addArticles(articles: readonly NewArticle[]): (number | null)[];
  /** Records story and copy links (and the index entry) of stored articles, in one transaction. */
  setLinks(links: readonly { id: number; story: number; duplicateOf: number | null; index: Uint8Array }[]): void;
  getArticle(id: number): StoredArticle | null;
  /** All articles in the order they were added (for recomputing stories). */
  allArticles(): StoredArticle[];
  articlesOfStory(story: number): StoredArticle[];
  stories(): StorySummary[];
  search(query: string, limit?: number): SearchHit[];
  /** Saved state of the story clusterer (document frequencies). */
  getState(key: string): string | null;
  setState(key: string, value: string): void;
  count(): number;
  close(): void;
}
