/**
 * A read-only view over a Doc's tokens for attribution: which tokens lie inside a quotation, where clauses start and
 * end when quotations are masked (so a split inside “… OK?” before "Trump said" is no split), and small word tests.
 */
import type { Doc, Token } from '../doc/types.ts';
import type { FoundQuote } from './detect.ts';

export interface TokenView {
  text: string;
  tokens: Token[];
  /** Per token: index of the quote it lies in (marks included), or -1. */
  inQuote: Int32Array;
  /** Per token: paragraph index. */
  paragraph: Int32Array;
  /** Per paragraph: first token index and end (exclusive). */
  paraTokens: { lo: number; hi: number }[];
  quotes: FoundQuote[];
  /** Per quote: token index of the opening mark and of the closing mark (-1 when unclosed). */
  openTok: number[];
  closeTok: number[];
}

/** First token index whose start is ≥ offset. */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  return tokenAtOrAfterFrom(tokens, offset, 0);
}

/** First token index ≥ `from` whose start is ≥ offset. */
function tokenAtOrAfterFrom(tokens: readonly Token[], offset: number, from: number): number {
  let lo = from;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Two per-token buffers reused from one view to the next: a view lives only inside one findQuotes call, and a fresh
 * typed array per article costs more than the rest of the view. Grown when an article has more tokens.
 */
const buffers: Int32Array[] = [new Int32Array(1024), new Int32Array(1024)];
function scratch(k: number, n: number): Int32Array {
  if (buffers[k]!.length < n) buffers[k] = new Int32Array(Math.max(n, buffers[k]!.length * 2));
  return buffers[k]!.subarray(0, n);
}

/** The token view of one article, valid until the next call (its per-token arrays are reused buffers). */
export function buildView(doc: Doc, quotes: FoundQuote[]): TokenView {
  const { tokens } = doc;
  const n = tokens.length;
  const inQuote = scratch(0, n);
  // plain loops: a typed array's fill goes through the runtime, costly for the many short ranges here
  for (let k = 0; k < n; k++) inQuote[k] = -1;
  const openTok: number[] = [];
  const closeTok: number[] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    const a = tokenAtOrAfter(tokens, q.open);
    const b = tokenAtOrAfter(tokens, q.close);
    for (let k = a; k < b; k++) inQuote[k] = qi;
    openTok.push(a);
    closeTok.push(q.unclosed ? -1 : b - 1);
  }
  const paragraph = scratch(1, n);
  for (let k = 0; k < n; k++) paragraph[k] = 0;
  const paraTokens: { lo: number; hi: number }[] = [];
  // each paragraph's first and last token by binary search (paragraphs run in order)
  let t = 0;
  for (let pi = 0; pi < doc.paragraphs.length; pi++) {
    const p = doc.paragraphs[pi]!;
    const lo = t < tokens.length && tokens[t]!.start >= p.start ? t : tokenAtOrAfterFrom(tokens, p.start, t);
    t = tokenAtOrAfterFrom(tokens, p.end, lo);
    for (let k = lo; k < t; k++) paragraph[k] = pi;
    paraTokens.push({ lo, hi: t });
  }
  return { text: doc.text, tokens, inQuote, paragraph, paraTokens, quotes, openTok, closeTok };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER_FIRST = /^\p{Lu}/u;
const POSSESSIVE = /^['’]s?$/i;

/** ASCII letter or digit at char code c: the fast path of the word tests below (most tokens are ASCII). */
const asciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export const isWord = (t: Token | undefined): boolean => {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  return asciiAlnum(c) || WORD_CHAR.test(t.text);
};
export const isCapitalised = (t: Token | undefined): boolean => {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(t.text);
};
/** Lower case with curly apostrophes made straight (the tokenizer's `norm` is already lower case). */
export const lower = (t: Token | undefined): string => {
  if (!t) return '';
  const n = t.norm ?? t.text.toLowerCase();
  return n.includes('’') ? n.replace(/’/g, "'") : n;
};
export const isPossessive = (t: Token | undefined): boolean => {
  if (t === undefined || t.text.length > 2) return false;
  return POSSESSIVE.test(t.text);
};

const ENDS_SENTENCE = /^[.!?]+$/;
const STARTS_UP = /^[\p{Lu}\p{N}"“‘'«(]/u;
const ONLY_STOPS = /^[.]+$/;

/** True when token i starts a new sentence (quotations masked). */
export function startsSentence(v: TokenView, i: number): boolean {
  const prev = v.tokens[i - 1];
  const cur = v.tokens[i];
  if (!prev || !cur) return true;
  if (v.paragraph[i - 1] !== v.paragraph[i]) return true;
  const c = cur.text.charCodeAt(0);
  const startsUp = c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40
    : STARTS_UP.test(cur.text);
  if (!startsUp) return false;
  // a stop glued to the next word ends no sentence: "N.Y.", "U.S.A" split by the tokenizer
  if (v.inQuote[i - 1]! < 0 && ENDS_SENTENCE.test(prev.text)) return prev.end < cur.start;
  // a closing mark after a sentence-final stop inside the quote: “… today.” He left.
  const q = v.inQuote[i - 1]!;
  if (q >= 0 && v.closeTok[q] === i - 1 && v.inQuote[i] !== q) {
    const inner = v.tokens[i - 2];
    return inner !== undefined && ONLY_STOPS.test(inner.text);
  }
  return false;
}

/** Token index where the sentence holding token i starts (never before the paragraph start). */
export function sentenceStart(v: TokenView, i: number): number {
  const lo = v.paraTokens[v.paragraph[i] ?? 0]?.lo ?? 0;
  let j = i;
  while (j > lo && !startsSentence(v, j)) j--;
  return j;
}

/** Token index just after the sentence holding token i (never past the paragraph end). */
export function sentenceEnd(v: TokenView, i: number): number {
  const hi = v.paraTokens[v.paragraph[i] ?? 0]?.hi ?? v.tokens.length;
  let j = i + 1;
  while (j < hi && !startsSentence(v, j)) j++;
  return j;
}
