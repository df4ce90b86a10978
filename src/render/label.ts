/**
 * How an article is named to a reader: its outlet, or — when none was found — its source's file name without the
 * extension ("samples/corpus/03-radio.txt" → "03-radio", "https://x.org/news/dam.html" → "dam"). The brief itself
 * keeps `outlet: null`; only the rendered views use this fallback.
 */
import type { BriefArticle } from '../brief/types.ts';

export function sourceName(source: string): string {
  const path = source.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || source;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export function articleLabel(article: Pick<BriefArticle, 'outlet' | 'source'>): string {
  return article.outlet?.trim() || sourceName(article.source);
}
