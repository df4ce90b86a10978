/**
 * Step 4: a headline on the first line, and the standfirst (dek) under it. With no title given, a standalone
 * headline-shaped first line (short, capitalised, no final punctuation, no sentence signs) becomes the title; a
 * first line that repeats the given title leaves the body too. Lines above a byline or date line at the head are
 * the headline and its standfirst whatever their words (a byline ends the heading block), as long as none ends like
 * a sentence; without a byline, a headline-shaped line right under the headline is its standfirst.
 */
import type { RemovedKind } from '../../brief/types.ts';
import { endsSentence, looksLikeHeadline, startsUpper, wordCount } from './shape.ts';
import { keptTextIsHardWrapped, nextLive, removeLine, type CleanState } from './state.ts';

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const norm = (t: string) => t.toLowerCase().replace(NOT_WORD, ' ').trim();

/** Code units the quick comparison reads as separators: ASCII non-alphanumerics, no-break space, «», U+2000–U+206F. */
function isSeparatorCode(c: number): boolean {
  if (c < 0x80) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return c === 0xa0 || c === 0xab || c === 0xbb || (c >= 0x2000 && c <= 0x206f);
}

/** The next character of norm(t) from position i (see sameWords), or -1 at the end, -2 where it cannot tell. */
function normCode(t: string, at: { i: number; started: boolean }): number {
  let sep = false;
  for (; at.i < t.length; at.i++) {
    const c = t.charCodeAt(at.i);
    if (isSeparatorCode(c)) { sep = true; continue; }
    if (c >= 0x80) return -2;
    if (sep && at.started) return 32;
    at.started = true;
    at.i++;
    return c >= 65 && c <= 90 ? c + 32 : c;
  }
  return -1;
}

/**
 * norm(a) === norm(b): compared character by character while both texts read as ASCII words and separators (a
 * difference there settles it); anything else is compared in full.
 */
function sameWords(a: string, b: string): boolean {
  const pa = { i: 0, started: false };
  const pb = { i: 0, started: false };
  for (;;) {
    const ca = normCode(a, pa);
    const cb = normCode(b, pb);
    if (ca === -2 || cb === -2) return norm(a) === norm(b);
    if (ca !== cb) return false;
    if (ca === -1) return true;
  }
}

/** Most lines above a byline taken as headline and standfirst: more than that is body text above a late byline. */
export const ABOVE_BYLINE_MAX_LINES = 3;
/** Longest standfirst line, in words (a dek is one long clause; longer is a paragraph). */
export const DEK_MAX_WORDS = 40;

const HEAD_META: ReadonlySet<RemovedKind> = new Set(['byline', 'updated']);

function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return !endsSentence(t) && startsUpper(t) && wordCount(t) <= DEK_MAX_WORDS;
}

/** The live lines above the first byline or date line, when they are a heading block; else null. */
function headingAboveByline(s: CleanState): number[] | null {
  let first = Infinity;
  for (const r of s.removed) if (HEAD_META.has(r.item.kind) && r.line < first) first = r.line;
  if (first === Infinity) return null;
  const above: number[] = [];
  for (let i = 0; i < first; i++) {
    if (s.gone[i] || s.blank[i]) continue;
    if (above.length === ABOVE_BYLINE_MAX_LINES) return null;
    above.push(i);
  }
  if (above.length === 0) return null;
  for (const i of above) if (!isHeadingLine(s.lines[i]!)) return null;
  if (keptTextIsHardWrapped(s)) return null;
  return above;
}

function takeHeadingBlock(s: CleanState, block: number[]): void {
  const first = block[0]!;
  const line = s.lines[first]!.trim();
  if (!s.title) s.title = removeLine(s, first, 'headline');
  else removeLine(s, first, sameWords(line, s.title) ? 'headline' : 'subhead');
  for (let k = 1; k < block.length; k++) removeLine(s, block[k]!, 'subhead');
}

/** A headline-shaped line right under the headline, before a paragraph that reads as one, is its standfirst. */
const IN_BRACKETS = /^\s*\(.*\)\s*$/;

function takeStandfirst(s: CleanState): void {
  const dek = nextLive(s, -1);
  const next = dek < 0 ? -1 : nextLive(s, dek);
  if (next < 0) return;
  const line = s.lines[dek]!;
  // A line wholly in brackets under the headline is a wire credit ("(Coastal Wire)"), left to the credits step.
  if (IN_BRACKETS.test(line)) return;
  if (!looksLikeHeadline(line) || !startsUpper(s.lines[next]!) || !endsSentence(s.lines[next]!)) return;
  removeLine(s, dek, 'subhead');
}

export function takeHeadline(s: CleanState): void {
  const block = headingAboveByline(s);
  if (block) { takeHeadingBlock(s, block); return; }
  const first = nextLive(s, -1);
  if (first < 0) return;
  const next = nextLive(s, first);
  const line = s.lines[first]!.trim();
  if (s.title) {
    if (next >= 0 && sameWords(line, s.title)) removeLine(s, first, 'headline');
    return;
  }
  if (next < 0 || !looksLikeHeadline(line) || !startsUpper(s.lines[next]!)) return;
  let gap = false;
  for (let j = first + 1; j < next; j++) if (s.gone[j] || s.blank[j]) gap = true;
  // Without a blank line after it, the next line must end like a paragraph, or this may be a wrapped line.
  if (!gap && (keptTextIsHardWrapped(s) || !endsSentence(s.lines[next]!))) return;
  s.title = removeLine(s, first, 'headline');
  if (!keptTextIsHardWrapped(s)) takeStandfirst(s);
}
