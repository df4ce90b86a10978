/** What every reader returns: the articles it found and one rejection per unusable part; the batch goes on. */
import type { ArticleInput } from '../../analyze/types.ts';
import type { Rejection } from '../../errors.ts';

export interface ReadResult {
  articles: ArticleInput[];
  rejections: Rejection[];
}

export const none = (): ReadResult => ({ articles: [], rejections: [] });

export const rejected = (rejection: Rejection): ReadResult => ({ articles: [], rejections: [rejection] });

export function merge(into: ReadResult, more: ReadResult): void {
  into.articles.push(...more.articles);
  into.rejections.push(...more.rejections);
}
