/**
 * Speech or scare quote. A short quoted term that nobody is said to say ("denazification", a one- to three-word
 * label) is a scare quote, and so is a title in quotes (every long word capitalised) unless a cue stands right
 * beside it. Scare quotes get no speaker.
 */
import type { QuoteKind } from '../brief/types.ts';
import type { Cue } from './cues.ts';
import { SHORT_QUOTE_WORDS as SHORT_QUOTE_WORDS_ } from './cues.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const SHORT_QUOTE_WORDS = SHORT_QUOTE_WORDS_;

/** A quote this long (words) or shorter, all long words capitalised, reads as a title ("Fox and Friends"). */
const MAX_TITLE_WORDS = 6;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isAlnumAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  return LETTER_OR_DIGIT.test(text[i]!);
};
/** ' ’ . - : characters that join two runs of letters into one word ("Russia’s", "U.S", "well-known"). */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45;

/** wordsOf(text.slice(start, end)).length, without building the words. */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a character read with the first
    if (isAlnumAt(text, i)) {
      if (!inWord) { n++; inWord = true; }
    } else if (inWord && isJoiner(text.charCodeAt(i)) && i + 1 < end && isAlnumAt(text, i + 1)) {
      // stays in the word
    } else {
      inWord = false;
    }
  }
  return n;
}

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function isTitleLike(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  if (/[.!?]\s*\S/.test(text.trim().replace(/[.!?]+$/, '') + ' ')) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || !words.every((w) => w.length <= 3 || /^[\p{Lu}\p{N}]/u.test(w))) return false;
  // "Which is it?", "They may not be.": a sentence whose only capital is its first word is no title
  return words.length < 2 || words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length >= 2;
}

/** A headline: most words outside the quote capitalised. Title case there says nothing about the quote. */
const HEADLINE_CAPITALS = 0.6;

export function isHeadlineLike(outside: string): boolean {
  const words = wordsOf(outside).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= HEADLINE_CAPITALS;
}

const WORDS_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const LETTER_FIRST = /^\p{L}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * isHeadlineLike for every quote of one paragraph at once, each read on the paragraph without that quote: the
 * paragraph's long words are listed once and each quote only subtracts those it covers.
 */
export function headlineFlags(text: string, lo: number, hi: number, quotes: readonly { open: number; close: number }[]): boolean[] {
  const starts: number[] = [];
  const caps: boolean[] = [];
  WORDS_RE.lastIndex = 0;
  const para = text.slice(lo, hi);
  for (let m = WORDS_RE.exec(para); m; m = WORDS_RE.exec(para)) {
    const w = m[0];
    if (w.length > 3 && LETTER_FIRST.test(w)) { starts.push(lo + m.index); caps.push(UPPER_FIRST.test(w)); }
  }
  return quotes.map((q) => {
    let n = 0;
    let up = 0;
    for (let k = 0; k < starts.length; k++) {
      if (starts[k]! >= q.open && starts[k]! < q.close) continue;
      n++;
      if (caps[k]) up++;
    }
    return n >= 2 && up / n >= HEADLINE_CAPITALS;
  });
}

/** Words before a quoted title: "on “Face the Nation”", "the book “…”". */
const TITLE_LEADS = new Set(['on', 'in', 'of', 'the', "'s", '’s', 'book', 'show', 'program', 'programme', 'film',
  'movie', 'song', 'anthem', 'album', 'article', 'column', 'essay', 'headline', 'titled', 'entitled', 'series',
  'documentary', 'play', 'novel', 'poem', 'magazine', 'newspaper', 'episode', 'forum', 'campaign']);

const ARTICLES = new Set(['a', 'an', 'the']);

export interface KindContext {
  /** The rest of the quote's paragraph reads as a headline (see isHeadlineLike): title case there says nothing.
   * A function: it is only asked of a quote that looks like a title. */
  headline: boolean | (() => boolean) | { at(i: number): boolean };
  /** The quote's index, for a `headline` asked per quote (`at(index)`). */
  index?: number;
  /** Words of the quote (countWords), when the caller already counted them. */
  words?: number;
  /** The word before the opening mark, lower case, commas skipped. */
  before: string;
  /** The cue is the quote's own (not shared from a piece, a sentence or a paragraph before). */
  own: boolean;
  /** The cue's verb gives a name ("called", "dubbed", "hailed … as") a few words before the quote. */
  namedBy?: boolean;
  /** The cue is a reporting verb ("said", "told", "wrote") earlier in the quote's sentence. */
  reportedBy?: boolean;
}

/** Most words of a capitalised quote that a reporting verb before it makes a word someone used ("said the deal
 * could lead to another “Holocaust”"), not a title. */
const MAX_REPORTED_TERM_WORDS = 2;

function headlineOf(ctx: KindContext): boolean {
  const h = ctx.headline;
  if (typeof h === 'boolean') return h;
  return typeof h === 'function' ? h() : h.at(ctx.index ?? 0);
}

export function quoteKind(text: string, cue: Cue | null, chained: boolean,
  ctx: KindContext = { headline: false, before: '', own: true }): QuoteKind {
  const n = ctx.words ?? countWords(text, 0, text.length);
  if (n <= MAX_TITLE_WORDS && isTitleLike(text) && !headlineOf(ctx)) {
    if (TITLE_LEADS.has(ctx.before) && ctx.before !== 'as') return 'scare';
    // "hailed him as “The Comeback Kid”", "called it “Project Fear”": a name given by the speaker
    const named = cue !== null && ctx.own && ctx.namedBy;
    // never after an owner or an article ("told CNN’s “New Day”", "during a “Town Forum”"): those name a title
    const reported = cue !== null && ctx.own && ctx.reportedBy === true && n <= MAX_REPORTED_TERM_WORDS
      && !/['’]s$/.test(ctx.before) && !ARTICLES.has(ctx.before);
    if (!(cue && (cue.adjacent || cue.via === 'according') && ctx.own) && !named && !reported) return 'scare';
  }
  if (cue || chained) return 'speech';
  return n <= SHORT_QUOTE_WORDS ? 'scare' : 'speech';
}
