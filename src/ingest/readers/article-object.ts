/** One parsed JSON value → ArticleInput, or why it is not an article ({title?, text | html, url?, published?, …}). */
import type { ArticleInput } from '../../analyze/types.ts';
import { fail, ok, reject, type Result } from '../../errors.ts';

const OPTIONAL_FIELDS = ['title', 'url', 'published', 'updated', 'outlet', 'byline'] as const;

function kindOfValue(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

export function toArticleInput(value: unknown, source: string): Result<ArticleInput> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(reject(source, 'INPUT_BAD_ARTICLE', `expected an object, found ${kindOfValue(value)}`));
  }
  const o = value as Record<string, unknown>;
  const article: ArticleInput = { source };
  for (const field of ['text', 'html', ...OPTIONAL_FIELDS] as const) {
    const v = o[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') {
      return fail(reject(source, 'INPUT_BAD_ARTICLE', `field "${field}" is ${kindOfValue(v)}, expected a string`));
    }
    if (v.trim().length > 0) article[field] = v;
  }
  if (article.text === undefined && article.html === undefined) {
    return fail(reject(source, 'INPUT_BAD_ARTICLE', 'no non-empty "text" or "html" field'));
  }
  return ok(article);
}
