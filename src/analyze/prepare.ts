/**
 * ArticleInput[] → cleaned articles with ids, or a rejection per unusable input. Pure: no I/O, no clock.
 */
import { extractHtml } from '../ingest/html/extract.ts';
import { cleanArticle } from '../ingest/clean/clean.ts';
import { normalizeDate } from '../ingest/clean/dates.ts';
import type { CleanArticle, RawArticle } from '../ingest/types.ts';
import { fail, ok, reject, type Rejection, type Result } from '../errors.ts';
import type { ArticleInput } from './types.ts';

export function toRawArticle(input: ArticleInput, index: number): Result<RawArticle> {
  const source = input.source ?? input.url ?? `article-${index + 1}`;
  const given = {
    // ISO or written out ("May 15, 2025"); a value that holds no full date counts as absent.
    published: input.published ? normalizeDate(input.published) : null,
    updated: input.updated ? normalizeDate(input.updated) : null,
    outlet: input.outlet ?? null,
    byline: input.byline ?? null,
  };
  if (typeof input.text === 'string' && input.text.trim().length > 0) {
    return ok({ source, title: input.title ?? null, text: input.text, ...given,
      publishedFrom: given.published ? 'metadata' : null, url: input.url ?? null });
  }
  if (typeof input.html === 'string' && input.html.trim().length > 0) {
    const page = extractHtml(input.html, source);
    if (!page.ok) return page;
    const v = page.value;
    return ok({ ...v, title: input.title ?? v.title, published: given.published ?? v.published, updated: given.updated ?? v.updated ?? null,
      publishedFrom: given.published ? 'metadata' : v.publishedFrom, outlet: given.outlet ?? v.outlet,
      byline: given.byline ?? v.byline, url: input.url ?? null });
  }
  return fail(reject(source, 'INPUT_BAD_ARTICLE', 'no text and no html'));
}

export interface Prepared {
  articles: CleanArticle[];
  rejections: Rejection[];
}

export function prepareArticles(inputs: readonly ArticleInput[]): Prepared {
  const articles: CleanArticle[] = [];
  const rejections: Rejection[] = [];
  inputs.forEach((input, i) => {
    const raw = toRawArticle(input, i);
    if (!raw.ok) { rejections.push(raw.rejection); return; }
    const clean = cleanArticle(raw.value);
    if (clean.text.trim().length === 0) {
      rejections.push(reject(clean.source, 'INPUT_NO_TEXT', 'only metadata lines'));
      return;
    }
    articles.push(clean);
  });
  return { articles, rejections };
}
