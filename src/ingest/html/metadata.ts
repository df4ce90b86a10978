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

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

/** JSON-LD strings often carry HTML entities ("&#8216;", "&amp;"): decoded, so titles read as text. */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (m, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    return NAMED_ENTITIES[name!.toLowerCase()] ?? m;
  });
}

const str = (x: Json | undefined): string | null => {
  if (typeof x === 'string') return decodeEntities(x).trim() || null;
  if (Array.isArray(x)) return str(x[0]);
  if (x && typeof x === 'object') return str(x['name'] ?? x['@value'] ?? null);
  return null;
};

const names = (x: Json | undefined): string | null => {
  if (Array.isArray(x)) return x.map(str).filter(Boolean).join(', ') || null;
  return str(x);
};

/** Years outside this range are placeholders ("0001-01-01") or typos, not a publication date. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m || +m[1]! < MIN_YEAR || +m[1]! > MAX_YEAR || +m[2]! < 1 || +m[2]! > 12 || +m[3]! < 1 || +m[3]! > 31) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The first of the candidates that holds a real date. */
const firstDate = (...candidates: (string | null | undefined)[]): string | null => {
  for (const c of candidates) {
    const d = isoDate(c);
    if (d) return d;
  }
  return null;
};

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
    title: str(ld?.['headline']) ?? str(meta('og:title')) ?? str(meta('twitter:title')) ??
      (doc.querySelector('title')?.textContent?.trim() || null),
    published: firstDate(str(ld?.['datePublished']), meta('article:published_time'), meta('pubdate'), meta('date'),
      meta('datepublished'), doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    modified: firstDate(str(ld?.['dateModified']), meta('article:modified_time'), meta('datemodified')),
    author: names(ld?.['author']) ?? meta('author') ?? meta('article:author'),
    siteName: str((ld?.['publisher'] as Json) ?? null) ?? meta('og:site_name'),
    url: meta('og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    articleBody: str(ld?.['articleBody']),
  };
}
