/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → articles, one per item. Entities are never expanded beyond XML's own
 * five and numeric references (no DOCTYPE entity expansion), so a hostile feed cannot blow up.
 */
import { XMLParser } from 'fast-xml-parser';
import type { ArticleInput } from '../../analyze/types.ts';
import { fail, ok, reject, type Result } from '../../errors.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: true,
  cdataPropName: '#cdata',
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author'].includes(name),
});

type Node = Record<string, unknown>;

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[e.toLowerCase()] ?? whole;
  });
}

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return decodeXmlEntities(v).trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') {
    const n = v as Node;
    if (typeof n['#cdata'] === 'string') return (n['#cdata'] as string).trim() || null;
    if (n['#text'] !== undefined) return text(n['#text']);
    if (n['name'] !== undefined) return text(n['name']);
  }
  return null;
}

function isoDate(s: string | null): string | null {
  if (!s) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const m = /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})/i.exec(s);
  if (!m) return null;
  const month = 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(m[2]!.toLowerCase().slice(0, 3)) / 3 + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return text(links);
  const nodes = links as Node[];
  const alt = nodes.find((l) => typeof l === 'object' && (l['@rel'] === undefined || l['@rel'] === 'alternate'));
  const any = alt ?? nodes[0];
  if (typeof any === 'string') return any;
  return any ? ((any as Node)['@href'] as string | undefined) ?? null : null;
}

function item(n: Node, source: string, index: number, atom: boolean): ArticleInput | null {
  const title = text(n['title']);
  const body = atom ? text(n['content']) ?? text(n['summary']) : text(n['content:encoded']) ?? text(n['description']);
  const link = atom ? atomLink(n['link']) : text(n['link']) ?? text(n['guid']);
  if (!body && !title) return null;
  const author = atom ? text((n['author'] as unknown[] | undefined)?.[0]) : text(n['dc:creator']) ?? text(n['author']);
  const published = isoDate(text(atom ? n['published'] ?? n['updated'] : n['pubDate'] ?? n['dc:date']));
  const looksHtml = body !== null && /<\/?[a-z][^>]*>/i.test(body);
  return {
    source: link ?? `${source}#${index + 1}`,
    title: title ?? undefined,
    ...(looksHtml ? { html: `<html><head><title>${title ?? ''}</title></head><body><article>${body}</article></body></html>` } : { text: body ?? title ?? '' }),
    url: link ?? undefined,
    published: published ?? undefined,
    byline: author ?? undefined,
  };
}

/** True when the text is an RSS, RDF or Atom document. */
export function looksLikeFeed(xml: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(xml);
}

export function parseFeed(xml: string, source: string): Result<{ title: string | null; articles: ArticleInput[] }> {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    return fail(reject(source, 'INPUT_BAD_FEED', (e as Error).message.split('\n')[0] ?? 'not XML'));
  }
  const rss = doc['rss'] as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc['feed'] as Node | undefined;
  let items: Node[] = [];
  let title: string | null = null;
  if (rss) {
    const channel = (rss['channel'] ?? {}) as Node;
    title = text(channel['title']);
    items = (channel['item'] as Node[] | undefined) ?? [];
  } else if (rdf) {
    title = text((rdf['channel'] as Node | undefined)?.['title']);
    items = (rdf['item'] as Node[] | undefined) ?? [];
  } else if (atom) {
    title = text(atom['title']);
    items = (atom['entry'] as Node[] | undefined) ?? [];
  } else {
    return fail(reject(source, 'INPUT_BAD_FEED', 'no <rss>, <rdf:RDF> or <feed> element'));
  }
  const articles = items
    .map((n, i) => item(n, source, i, Boolean(atom)))
    .filter((a): a is ArticleInput => a !== null)
    .map((a) => (title && !a.outlet ? { ...a, outlet: title } : a));
  return ok({ title, articles });
}
