/**
 * HTML page → article. A cascade, each fallback gated by a named threshold:
 *  1. Readability (on linkedom) finds the article container; our block walk turns it into paragraphs without
 *     captions, asides and widgets.
 *  2. The page's JSON-LD articleBody, written by the publisher, replaces it when it is long enough and covers the
 *     same text (it holds no page furniture at all).
 *  3. Paragraph harvest: when Readability finds too little, every prose-like <p> of the page.
 * Metadata comes from JSON-LD, Open Graph and meta tags, then Readability.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fail, ok, reject, type Result } from '../../errors.ts';
import type { RawArticle } from '../types.ts';
import { readPageMeta } from './metadata.ts';
import { blockText } from './text.ts';

/** A body shorter than this (characters) is no article: try the next fallback. */
export const MIN_BODY_CHARS = 200;
/** JSON-LD articleBody is used when at least this long (shorter ones are often teasers). */
export const JSONLD_MIN_CHARS = 500;
/** …and at least this share of the Readability text's length (a shorter one is a truncated teaser). */
export const JSONLD_MIN_SHARE = 0.6;
/** A harvested paragraph needs this many words to count as prose. */
export const HARVEST_MIN_WORDS = 12;

function harvest(doc: Document): string {
  const paras: string[] = [];
  for (const p of doc.querySelectorAll('p')) {
    const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.split(' ').length >= HARVEST_MIN_WORDS) paras.push(t);
  }
  return paras.join('\n\n');
}

/** Readability changes the document it reads: give it one that nothing else needs afterwards. */
function readable(document: Document): { text: string; title: string | null; byline: string | null; siteName: string | null; published: string | null } | null {
  const parsed = new Readability(document, { keepClasses: true }).parse();
  if (!parsed?.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  return {
    text: blockText(content.body as unknown as Element),
    title: parsed.title || null,
    byline: parsed.byline || null,
    siteName: parsed.siteName || null,
    published: parsed.publishedTime || null,
  };
}

/** JSON-LD articleBody may itself hold HTML, raw or entity-escaped: read it as HTML when it looks like it. */
function jsonLdBodyText(body: string): string {
  let s = body.replace(/\r\n?/g, '\n').trim();
  if (/&lt;\/?[a-z]/i.test(s)) s = s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  if (!/<\/?[a-z][^>]*>/i.test(s)) return s;
  const { document } = parseHTML(`<!doctype html><html><body>${s}</body></html>`);
  return blockText(document.body as unknown as Element);
}

/** Lines that are page furniture wherever they stand: ad labels, teasers, navigation prompts. */
export const FURNITURE_LINE = /^(advert(isement)?|skip to (main )?content|continue reading( below)?|you may also like\.*|see more:.*|read more:.*|related( articles| stories)?:?.*|share (this|on).*|sign up (for|to).*|follow us.*|click here.*|tell us what you think.*|story continues below.*)$/i;

/** Short lines that credit a picture or a wire photo desk. */
export const PHOTO_CREDIT = /^(\(?(image|photo|picture|credit|source)s?:|©)|getty images|ap photo|afp via|shutterstock|\/ reuters$/i;
/** A credit line is short: longer lines are prose that mentions a picture. */
const CREDIT_MAX_WORDS = 12;

function isFurniture(line: string): boolean {
  const t = line.trim();
  if (!t || FURNITURE_LINE.test(t)) return true;
  const words = t.split(/\s+/).length;
  if (words <= CREDIT_MAX_WORDS && PHOTO_CREDIT.test(t)) return true;
  if (/^\[[^\]]{1,40}\]$/.test(t) || /^comments?$/i.test(t)) return true;
  if (/requires javascript/i.test(t) && words <= 8) return true;
  // a shouted label of up to three words ("BREAKING NEWS", "DON'T MISS")
  return false;
}

function dropFurniture(text: string): string {
  return text.split('\n\n').filter((p) => !isFurniture(p)).join('\n\n');
}

export function extractHtml(html: string, source: string): Result<RawArticle> {
  const { document } = parseHTML(html);
  const page = readPageMeta(document as unknown as Document);
  const r = readable(document as unknown as Document);
  let text = r?.text ?? '';
  if (text.length < MIN_BODY_CHARS) {
    const harvested = harvest(parseHTML(html).document as unknown as Document);
    if (harvested.length > text.length) text = harvested;
  }
  const body = page.articleBody ? jsonLdBodyText(page.articleBody) : '';
  if (body.length >= JSONLD_MIN_CHARS && body.length >= JSONLD_MIN_SHARE * text.length) text = body;
  text = dropFurniture(text).replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (text.length === 0) return fail(reject(source, 'INPUT_BAD_HTML', 'no readable body'));
  const published = page.published ?? (r?.published ? r.published.slice(0, 10) : null);
  return ok({
    source,
    title: page.title ?? r?.title ?? null,
    text,
    published,
    publishedFrom: published ? 'html' : null,
    updated: page.modified,
    outlet: page.siteName ?? r?.siteName ?? null,
    byline: page.author ?? r?.byline ?? null,
    url: page.url,
  });
}
