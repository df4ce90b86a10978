/**
 * Who reports a fact, counted honestly: a syndicated copy (corpus.duplicates) is not independent of its original,
 * and two articles of one outlet are one outlet.
 */
import type { ArticleId } from '../brief/types.ts';
import type { Doc } from '../doc/types.ts';

export interface Copy {
  article: ArticleId;
  of: ArticleId;
}

export interface Support {
  /** Outlets of the independent articles, in order of first report. */
  outlets: string[];
  copies: Copy[];
}

export const outletOf = (doc: Doc): string => doc.meta.outlet?.trim() || doc.meta.source;

/** The original an article was copied from, following chains of copies. */
export function originalOf(id: ArticleId, duplicates: Readonly<Record<ArticleId, ArticleId>>): ArticleId {
  let at = id;
  const seen = new Set<ArticleId>([at]);
  while (duplicates[at] !== undefined && !seen.has(duplicates[at]!)) {
    at = duplicates[at]!;
    seen.add(at);
  }
  return at;
}

export function supportOf(
  articles: readonly ArticleId[],
  docsById: ReadonlyMap<ArticleId, Doc>,
  duplicates: Readonly<Record<ArticleId, ArticleId>>,
): Support {
  const outlets: string[] = [];
  const copies: Copy[] = [];
  for (const id of articles) {
    const original = originalOf(id, duplicates);
    if (original !== id) copies.push({ article: id, of: original });
    const doc = docsById.get(original) ?? docsById.get(id);
    if (!doc) continue;
    const outlet = outletOf(doc);
    if (!outlets.includes(outlet)) outlets.push(outlet);
  }
  return { outlets, copies };
}
