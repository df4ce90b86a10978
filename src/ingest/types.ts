import type { ArticleFields, PublishedFrom } from '../brief/types.ts';

/** An article as a reader found it: text not yet cleaned of its metadata lines. */
export interface RawArticle {
  source: string;
  title: string | null;
  text: string;
  published: string | null;
  publishedFrom: PublishedFrom | null;
  /** First-published and last-updated dates, when the page tells them apart. */
  updated?: string | null;
  outlet: string | null;
  byline: string | null;
  url?: string | null;
}

/** An article after cleaning: the analysed body, and what was taken out of it. */
export interface CleanArticle extends ArticleFields {
  text: string;
  /** Last-updated date found in the page or the text, when it tells one. */
  updated?: string | null;
}
