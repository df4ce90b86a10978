/**
 * Page metadata: JSON-LD (NewsArticle and kin, also inside @graph), Open Graph and meta tags. Published and
 * modified dates are kept apart.
 */

export interface PageMeta {
  title: string | null;
  published: string | null;
  modified: string | null;
  author: string | null;
  siteName: string | null;
  url: string | null;
  /** JSON-LD articleBody, when the page carries one. */
  articleBody: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting/;

function jsonLdObjects(blocks: readonly string[]): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (x: Json) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      out.push(x);
      if (x['@graph']) visit(x['@graph']);
    }
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block) as Json);
    } catch {
      // a broken JSON-LD block is ignored; the other sources still count
    }
  }
  return out;
}

const str = (x: Json | undefined): string | null => {
  if (typeof x === 'string') return x.trim() || null;
  if (Array.isArray(x)) return str(x[0]);
  if (x && typeof x === 'object') return str(x['name'] ?? x['@value'] ?? null);
  return null;
};

const names = (x: Json | undefined): string | null => {
  if (Array.isArray(x)) return x.map(str).filter(Boolean).join(', ') || null;
  return str(x);
};

export function isoDate(s: string | null): string | null {
  if (!s) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Metadata from the parsed page and its JSON-LD blocks (taken from the raw HTML: see lean.ts). */
export function readPageMeta(doc: Document, ldBlocks: readonly string[]): PageMeta {
  // One pass over the <meta> tags (a selector per field would walk the whole page each time).
  const metas = new Map<string, string>();
  for (const m of doc.getElementsByTagName('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const meta = (key: string): string | null => metas.get(key) ?? null;
  const ld = jsonLdObjects(ldBlocks).find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? null;
  return {
    title: str(ld?.['headline']) ?? meta('og:title') ?? meta('twitter:title') ??
      (doc.querySelector('title')?.textContent?.trim() || null),
    published: isoDate(str(ld?.['datePublished']) ?? meta('article:published_time') ?? meta('pubdate') ?? meta('date') ??
      meta('datepublished') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null),
    modified: isoDate(str(ld?.['dateModified']) ?? meta('article:modified_time') ?? meta('datemodified') ?? null),
    author: names(ld?.['author']) ?? meta('author') ?? meta('article:author'),
    siteName: str((ld?.['publisher'] as Json) ?? null) ?? meta('og:site_name'),
    url: meta('og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    articleBody: str(ld?.['articleBody']),
  };
}
