/**
 * HTML page → article. The page is cut down as text first (lean.ts: scripts, styles, menus, unread attributes) and
 * parsed once; captions, hover cards and chrome leave the DOM; then a cascade, each fallback gated by a named
 * threshold:
 *  1. Readability (on linkedom) finds the article container; our block walk (text.ts) turns it into paragraphs and
 *     the body filter (body-filter.ts) drops teasers, promos and the metadata lines at its edges.
 *  2. The page's JSON-LD articleBody, written by the publisher, replaces it when it is long enough and covers the
 *     same text (it holds no page furniture at all).
 *  3. Paragraph harvest: when Readability finds too little, every prose-like <p> of the page, filtered the same way.
 * Metadata comes from JSON-LD, Open Graph and meta tags; then from the metadata lines the filter dropped; then
 * from Readability's guesses. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fail, ok, reject, type Result } from '../../errors.ts';
import type { RawArticle } from '../types.ts';
import { jsonLdBlocks, leanHtml } from './lean.ts';
import { isoDate, readPageMeta } from './metadata.ts';
import { filterBlocks, type PageHints } from './body-filter.ts';
import { textBlocks, type TextBlock } from './text.ts';

/** A body shorter than this (characters) is no article: try the next fallback. */
export const MIN_BODY_CHARS = 200;
/** JSON-LD articleBody is used when at least this long (shorter ones are often teasers). */
export const JSONLD_MIN_CHARS = 500;
/** …and at least this share of the Readability text's length (a shorter one is a truncated teaser). */
export const JSONLD_MIN_SHARE = 0.6;
/** A harvested paragraph needs this many words to count as prose. */
export const HARVEST_MIN_WORDS = 12;

function harvest(doc: Document): TextBlock[] {
  const paras: TextBlock[] = [];
  for (const p of doc.querySelectorAll('p')) {
    const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.split(' ').length < HARVEST_MIN_WORDS) continue;
    let linked = 0;
    for (const a of p.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    paras.push({ text: t, linked, heading: false });
  }
  return paras;
}

/**
 * Page chrome that is never article text: taken out before Readability runs, so it neither walks these nodes nor
 * weighs their text and links when it picks the container (our block walk would drop them anyway). Not <form>:
 * some sites wrap the whole page in one.
 */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'IFRAME', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'OBJECT', 'EMBED',
  'DIALOG', 'FIGURE', 'FIGCAPTION']);
/**
 * Picture captions and credits by class ("caption", "imageCredit"): removed before Readability, which may unwrap
 * their container and lose the class that marks them.
 */
const CAPTION_NAME = /(?:^|[\s_-])(?:caption|credit|photo-?credit|image-?credit)s?(?:[\s_-]|$)/i;
const splitCamel = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2');
/**
 * Inline tags that hold a hover card when, inside a paragraph, they wrap a picture and several links (a person's
 * card behind a name link). Outside a paragraph an inline wrapper may hold the whole article.
 */
const INLINE_CARD_TAGS = new Set(['SPAN', 'A', 'EM', 'STRONG', 'B', 'I', 'SMALL']);
/** Links in an inline element, with a picture, from which it is a card and not text. */
export const CARD_MIN_LINKS = 2;

/** One walk over the elements (cheaper than a selector query per kind on a large page). */

function dropChrome(doc: Document): void {
  const doomed: Element[] = [];
  const cards: Element[] = [];
  const walk = (el: Element, inParagraph: boolean) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toUpperCase();
      if (CHROME_TAGS.has(tag)) { doomed.push(child); continue; }
      const cls = child.getAttribute('class');
      const id = child.getAttribute('id');
      if ((cls || id) && CAPTION_NAME.test(splitCamel(`${cls ?? ''} ${id ?? ''}`))) { doomed.push(child); continue; }
      if (inParagraph && INLINE_CARD_TAGS.has(tag) && child.firstElementChild && child.querySelector('img') &&
        child.querySelectorAll('a').length >= CARD_MIN_LINKS) cards.push(child);
      walk(child, inParagraph || tag === 'P');
    }
  };
  if (doc.documentElement) walk(doc.documentElement, false);
  for (const el of doomed) el.remove();
  // The innermost card only: its wrapper also holds the name link that belongs to the sentence.
  for (const card of cards) if (!cards.some((other) => other !== card && card.contains(other))) card.remove();
}

interface Readable {
  blocks: TextBlock[];
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
}

/** Readability changes the document it reads: give it one that nothing else needs afterwards. */
function readable(document: Document): Readable | null {
  // The serializer hands back the container itself: no HTML string to write and parse again.
  const parsed = new Readability<Element>(document, { keepClasses: true, disableJSONLD: true, serializer: (el) => el as Element }).parse();
  if (!parsed?.content) return null;
  return {
    blocks: textBlocks(parsed.content),
    title: parsed.title || null,
    byline: parsed.byline || null,
    siteName: parsed.siteName || null,
    published: parsed.publishedTime || null,
  };
}

/** JSON-LD articleBody may itself hold HTML, raw or entity-escaped: read it as HTML when it looks like it. */
function jsonLdBodyBlocks(body: string): TextBlock[] {
  let s = body.replace(/\r\n?/g, '\n').trim();
  if (/&lt;\/?[a-z]/i.test(s)) s = s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  if (!/<\/?[a-z][^>]*>/i.test(s)) return s.split(/\n\s*\n/).map((text) => ({ text: text.trim(), linked: 0, heading: false })).filter((b) => b.text);
  const { document } = parseHTML(`<!doctype html><html><body>${s}</body></html>`);
  return textBlocks(document.body as unknown as Element);
}

const joinBlocks = (blocks: readonly TextBlock[]) => blocks.map((b) => b.text).join('\n\n');

/** A date or time that trails a byline ("Jane Roe November 19, 2019, 9:02 AM"): not part of the names. */
const TRAILING_DATE = /[\s,|·–—-]+(?:(?:on\s+)?(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)[\s,]*$/iu;

/** A byline value as a name: no web address (article:author often holds a profile URL), no leading "By", no date. */
function cleanByline(value: string | null | undefined): string | null {
  let t = (value ?? '').replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  for (let k = 0; k < 3 && TRAILING_DATE.test(t); k++) t = t.replace(TRAILING_DATE, '').trim();
  if (!t || /^(?:https?:\/\/|www\.)|\.(?:com|org|net)\b/i.test(t)) return null;
  return t;
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
  return false;
}

function dropFurniture(text: string): string {
  return text.split('\n\n').filter((p) => !isFurniture(p)).join('\n\n');
}

export function extractHtml(html: string, source: string): Result<RawArticle> {
  const lean = leanHtml(html);
  const { document } = parseHTML(lean);
  const page = readPageMeta(document as unknown as Document, jsonLdBlocks(html));
  dropChrome(document as unknown as Document);
  const hints: PageHints = { title: page.title, author: page.author, siteName: page.siteName };
  const r = readable(document as unknown as Document);
  const main = filterBlocks(r?.blocks ?? [], hints);
  let text = joinBlocks(main.blocks);
  let found = main.found;
  if (text.length < MIN_BODY_CHARS) {
    // Readability changed the first parse: the harvest needs the page as it was.
    const harvested = filterBlocks(harvest(parseHTML(lean).document as unknown as Document), hints);
    const joined = joinBlocks(harvested.blocks);
    if (joined.length > text.length) { text = joined; found = harvested.found; }
  }
  if (page.articleBody) {
    const ld = filterBlocks(jsonLdBodyBlocks(page.articleBody), hints);
    const body = joinBlocks(ld.blocks);
    if (body.length >= JSONLD_MIN_CHARS && body.length >= JSONLD_MIN_SHARE * text.length) {
      text = body;
      found = { byline: found.byline ?? ld.found.byline, published: found.published ?? ld.found.published, updated: found.updated ?? ld.found.updated };
    }
  }
  text = dropFurniture(text).replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (text.length === 0) return fail(reject(source, 'INPUT_BAD_HTML', 'no readable body'));
  // Page metadata first; then what the body's own metadata lines said; Readability's guesses last.
  const published = page.published ?? found.published ?? (r?.published ? isoDate(r.published) : null);
  return ok({
    source,
    title: page.title ?? r?.title ?? null,
    text,
    published,
    publishedFrom: published ? 'html' : null,
    updated: page.modified ?? found.updated,
    outlet: page.siteName ?? r?.siteName ?? null,
    byline: cleanByline(page.author) ?? cleanByline(found.byline) ?? cleanByline(r?.byline),
    url: page.url,
  });
}
