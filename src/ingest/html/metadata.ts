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

function jsonLdObjects(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (x: Json) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      out.push(x);
      if (x['@graph']) visit(x['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
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

export function readPageMeta(doc: Document): PageMeta {
  const meta = (sel: string): string | null => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const ld = jsonLdObjects(doc).find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? ''))) ?? null;
  return {
    title: str(ld?.['headline']) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ??
      (doc.querySelector('title')?.textContent?.trim() || null),
    published: isoDate(str(ld?.['datePublished']) ?? meta('meta[property="article:published_time"]') ??
      meta('meta[name="pubdate"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null),
    modified: isoDate(str(ld?.['dateModified']) ?? meta('meta[property="article:modified_time"]') ?? null),
    author: names(ld?.['author']) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    siteName: str((ld?.['publisher'] as Json) ?? null) ?? meta('meta[property="og:site_name"]'),
    url: meta('meta[property="og:url"]') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    articleBody: str(ld?.['articleBody']),
  };
}
