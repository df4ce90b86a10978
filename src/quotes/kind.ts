/**
 * Speech or scare quote. A short quoted term that nobody is said to say ("denazification", a one- to three-word
 * label) is a scare quote, and so is a title in quotes (every long word capitalised) unless a cue stands right
 * beside it. Scare quotes get no speaker.
 */
import type { QuoteKind } from '../brief/types.ts';
import type { Cue } from './cues.ts';
import { SHORT_QUOTE_WORDS } from './cues.ts';

/** A quote this long (words) or shorter, all long words capitalised, reads as a title ("Fox and Friends"). */
const MAX_TITLE_WORDS = 6;

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function isTitleLike(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  if (/[.!?]\s*\S/.test(text.trim().replace(/[.!?]+$/, '') + ' ')) return false;
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => w.length <= 3 || /^[\p{Lu}\p{N}]/u.test(w));
}

/** A headline: most words outside the quote capitalised. Title case there says nothing about the quote. */
const HEADLINE_CAPITALS = 0.6;

export function isHeadlineLike(outside: string): boolean {
  const words = wordsOf(outside).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= HEADLINE_CAPITALS;
}

/** Words before a quoted title: "on “Face the Nation”", "the book “…”". */
const TITLE_LEADS = new Set(['on', 'in', 'of', 'the', "'s", '’s', 'book', 'show', 'program', 'programme', 'film',
  'movie', 'song', 'anthem', 'album', 'article', 'column', 'essay', 'headline', 'titled', 'entitled', 'series',
  'documentary', 'play', 'novel', 'poem', 'magazine', 'newspaper', 'episode', 'forum', 'campaign']);

export interface KindContext {
  /** The rest of the quote's paragraph, to tell a title in running text from a quote in a headline. */
  outside: string;
  /** The word before the opening mark, lower case, commas skipped. */
  before: string;
  /** The cue is the quote's own (not shared from a piece, a sentence or a paragraph before). */
  own: boolean;
  /** The cue's verb gives a name ("called", "dubbed", "hailed … as") a few words before the quote. */
  namedBy?: boolean;
}

export function quoteKind(text: string, cue: Cue | null, chained: boolean,
  ctx: KindContext = { outside: '', before: '', own: true }): QuoteKind {
  const n = wordsOf(text).length;
  if (isTitleLike(text) && !isHeadlineLike(ctx.outside)) {
    if (TITLE_LEADS.has(ctx.before) && ctx.before !== 'as') return 'scare';
    // "hailed him as “The Comeback Kid”", "called it “Project Fear”": a name given by the speaker
    const named = cue !== null && ctx.own && ctx.namedBy;
    if (!(cue && cue.adjacent && ctx.own) && !named) return 'scare';
  }
  if (cue || chained) return 'speech';
  return n <= SHORT_QUOTE_WORDS ? 'scare' : 'speech';
}
