/**
 * Blocks of an extracted body → the article's paragraphs: page furniture that Readability keeps inside the article
 * container goes. Each rule looks at one block's text, its share of linked text and where it stands; none knows
 * any site. Metadata lines at the edges (bylines, date lines, the headline again) are dropped here and their
 * content reaches the article's fields through the page metadata or the cleaner's own reading of the fields.
 */
import { isDateLine } from '../clean/02-updated-line.ts';
import { bylineOf } from '../clean/03-byline.ts';
import { findDate } from '../clean/dates.ts';
import type { TextBlock } from './text.ts';

/** Blocks at each end of the body where metadata lines (byline, date, headline, bio, copyright) are looked for. */
export const EDGE_BLOCKS = 4;
/** A block with at least this share of its text in links, and short, is a teaser or a link to another page. */
export const TEASER_LINK_SHARE = 0.75;
/** …short meaning at most this many words (a long paragraph with many links is still prose). */
export const TEASER_MAX_WORDS = 25;
/** Longest call to action or promo line, in words: longer paragraphs are text that mentions a newsletter. */
export const PROMO_MAX_WORDS = 45;
/** Longest line that holds the author's or outlet's name and a label ("Jane Roe, Example News"), in words. */
export const NAME_LINE_MAX_WORDS = 6;
/** Longest metadata line (byline, date, reading time, site name), in words. */
export const META_MAX_WORDS = 12;

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Calls to action and promos anywhere in a short block: newsletters, inboxes, follow-us, cookies, affiliates. */
const PROMO_ANY = new RegExp([
  '\\b(?:sign(?:ing)? up|subscribe)\\b[^.!?]{0,80}\\b(?:newsletters?|inbox|emails?|alerts?|updates|daily|weekly|today|now|here|free)\\b',
  '\\bnewsletters?\\b[^.!?]{0,60}\\b(?:sign up|subscribe|inbox|delivered|free)\\b',
  '\\byour inbox\\b',
  '\\bsend (?:you )?(?:an? |our )?(?:e-?mail|newsletter)\\b',
  '(?:^|[.!?]\\s+)follow (?:us|him|her|them|me) (?:on|at)\\b',
  '\\b(?:this|our) (?:web)?site uses cookies\\b',
  '\\bclick(?:ing)? here\\b',
  '\\bmay contain affiliate\\b|\\baffiliate links?\\b',
].join('|'), 'i');
/** Calls to action and labels that open a block: app downloads, tips, "Read more:", "Related stories". */
const PROMO_START = new RegExp(`^(?:${[
  '(?:follow|like) (?:us|[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*){0,3}) on (?:twitter|facebook|instagram|youtube|tiktok|linkedin|x|threads|bluesky)\\b',
  '(?:download|get) (?:the|our) [^.]{0,40}\\bapp\\b',
  '(?:want|like) (?:more|this) (?:stories|story|news|articles?)\\b',
  '(?:have|got) a (?:news )?tip\\b',
  '(?:share|send) (?:this|it) (?:with|to) (?:a friend|your friends)\\b',
  'join (?:our|the) [^.]{0,40}\\b(?:forums?|community|discussion|conversation)\\b',
  '(?:subscribe|sign up|register)\\b',
  '(?:read|see|watch|listen)(?: more| also| next)?\\s*[:|]',
  '(?:advertisement|sponsored|sponsored content|related|related (?:stories|articles|coverage)|more (?:stories|on this)|recommended|you (?:may|might) also like|most (?:read|popular)|recent (?:articles|posts|stories)|popular (?:this week|now|stories)|don.t miss|trending(?: now)?|top stories|latest news|breaking news|post comment.*|comments?)\\s*[:.]?$',
].join('|')})`, 'iu');

/** Copyright and rights lines, and publisher footers: never prose, wherever they stand. */
const COPYRIGHT = /^(?:[©ⓒ]|\(c\)\s|copyright\s+(?:[©ⓒ]|\(c\)|\d{4}))|\ball rights reserved\b|\bcontents of this site are ©/i;
/** A shortcode of the page's CMS that leaked into the text: "[button link=…]Send us…[/button]". */
const SHORTCODE = /\[\/?[a-z_]+(?:\s[^\]]*)?\][^[]*\[\/[a-z_]+\]/i;
/** A date stamp in any language: a year and a clock time, few words ("sexta-feira, 22 de outubro de 2010 às 20:13"). */
const YEAR_AND_CLOCK = /\b(?:19|20)\d{2}\b.*\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}[:h]\d{2}\b.*\b(?:19|20)\d{2}\b/;
/** Most words in a foreign date stamp. */
export const DATE_STAMP_MAX_WORDS = 8;
/** Reading time: "4 min read", "Tempo de leitura: 2 minutos", "Reading time: 3 minutes". */
const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?|m)\s+read|(?:reading time|read time|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*\p{L}*)$/iu;
/** Date-stamp lines like "Posted: Fri 6:45 PM, Feb 16, 2018 |" or "First Published: Tuesday, …": a label and a date. */
const DATE_LABEL = /^(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified)(?:\s+(?:on|at))?)\s*:?\s*/i;
/** Byline lines with a date: "By Jane Roe - 11/18/19 11:04 PM EST", "by Jane September 15, 2014". */
const BY_DATED = /^by\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s*(?:[-–—|,·]\s*)?(?:\d{1,2}\/\d{1,2}\/\d{2,4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

export interface PageHints {
  title: string | null;
  author: string | null;
  siteName: string | null;
}

function isDateStamp(t: string): boolean {
  if (!/\d/.test(t)) return false;
  const rest = t.replace(DATE_LABEL, '').replace(/[|·•]\s*$/, '').trim();
  return isDateLine(rest) || isDateLine(t.replace(/[|·•]\s*$/, '').trim());
}

/** A line that only states who wrote the piece, where it ran, or when. */
function isMetaLine(t: string, hints: PageHints): boolean {
  if (words(t) > META_MAX_WORDS) return false;
  const n = norm(t);
  if (!n) return true;
  if (words(t) <= DATE_STAMP_MAX_WORDS && YEAR_AND_CLOCK.test(t)) return true;
  if (isDateStamp(t) || READING_TIME.test(t) || BY_DATED.test(t) || bylineOf(t)) return true;
  for (const hint of [hints.author, hints.siteName]) {
    if (!hint) continue;
    const h = norm(hint);
    // The author's or outlet's name alone, or with a short label ("JANE ROE, EXAMPLE NEWS"); never a sentence.
    if (h && (n === h || (!/[.!?]$/.test(t) && words(t) <= NAME_LINE_MAX_WORDS && (n.startsWith(h) || n.endsWith(h))))) return true;
  }
  return false;
}

/** "Jane Roe is a reporter for …": the author's note at the end, opening with the page author's full name. */
function isAuthorNote(t: string, hints: PageHints): boolean {
  const name = hints.author ? norm(hints.author) : '';
  if (name.length < 3 || (hints.siteName && name === norm(hints.siteName))) return false;
  const n = norm(t);
  return n.startsWith(`${name} `) && /^[^.]{0,40}\b(?:is|was|has been|covers|writes)\b/.test(n.slice(name.length));
}

/** What the dropped metadata lines told: they fill the article's fields when the page's metadata does not. */
export interface FoundMeta {
  byline: string | null;
  published: string | null;
  updated: string | null;
}

const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified)\b/i;
const BY_NAME = /^by\s+(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})/iu;

function noteMeta(t: string, found: FoundMeta): void {
  const date = findDate(t);
  if (date && UPDATED_LABEL.test(t)) found.updated ??= date;
  else if (date) found.published ??= date;
  const names = bylineOf(t)?.names ?? BY_NAME.exec(t)?.[1] ?? null;
  if (names && !findDate(names)) found.byline ??= names.trim();
}

function isTeaser(b: TextBlock): boolean {
  // A bare address the article points to is text, even as a link.
  if (URL_ONLY.test(b.text)) return false;
  return b.text.length > 0 && b.linked / b.text.length >= TEASER_LINK_SHARE && words(b.text) <= TEASER_MAX_WORDS;
}

/** Longest label over a list ("More Great Stories"), in words. */
export const LABEL_MAX_WORDS = 6;
const isLabel = (t: string) => words(t) <= LABEL_MAX_WORDS && !/[.!?"”]$/.test(t);

export function filterBlocks(blocks: readonly TextBlock[], hints: PageHints): { blocks: TextBlock[]; found: FoundMeta } {
  const found: FoundMeta = { byline: null, published: null, updated: null };
  const n = blocks.length;
  const title = hints.title ? norm(hints.title) : '';
  // The head reaches past EDGE_BLOCKS while every block so far was dropped (a long stack of metadata lines).
  let headRun = true;
  const keepBlock = (b: TextBlock, i: number): boolean => {
    const t = b.text;
    const head = i < EDGE_BLOCKS || headRun;
    const foot = i >= n - EDGE_BLOCKS;
    // A bare address in the body is often what the article points its reader to; at the top it is the page's own.
    if ((head && URL_ONLY.test(t)) || isTeaser(b)) return false;
    if (words(t) <= PROMO_MAX_WORDS && (PROMO_ANY.test(t) || PROMO_START.test(t) || COPYRIGHT.test(t) || SHORTCODE.test(t))) return false;
    if (head && title && norm(t) === title) return false;
    if ((head || foot) && isMetaLine(t, hints)) { noteMeta(t, found); return false; }
    if (foot && words(t) <= PROMO_MAX_WORDS && isAuthorNote(t, hints)) return false;
    return true;
  };
  const keep = blocks.map((b, i) => {
    const kept = keepBlock(b, i);
    headRun &&= !kept;
    return kept;
  });
  // A list of links that closes the body ("More stories" under the last paragraph) goes, with its label.
  let end = n;
  while (end > 0 && (!keep[end - 1] || blocks[end - 1]!.linkList)) end--;
  if (end < n && blocks.slice(end).some((b) => b.linkList)) {
    for (let i = end; i < n; i++) keep[i] = false;
    while (end > 0 && (!keep[end - 1] || isLabel(blocks[end - 1]!.text))) keep[--end] = false;
  }
  // A heading whose section lost everything (a "More stories" list), or that ends the body, goes too.
  for (let i = 0; i < n; i++) {
    if (!keep[i] || !blocks[i]!.heading) continue;
    let j = i + 1;
    while (j < n && !blocks[j]!.heading && !keep[j]) j++;
    if (j === n || (blocks[j]!.heading && j > i + 1)) keep[i] = false;
  }
  return { blocks: blocks.filter((_, i) => keep[i]), found };
}
