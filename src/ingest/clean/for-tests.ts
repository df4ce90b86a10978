/** Test helper: a raw article from a text, with nothing given but what a test sets. */
import type { RawArticle } from '../types.ts';

export const raw = (text: string, given: Partial<RawArticle> = {}): RawArticle => ({
  source: 'test.txt', title: null, text, published: null, publishedFrom: null, outlet: null, byline: null, ...given,
});
