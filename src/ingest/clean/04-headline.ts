/**
 * Step 4: a headline on the first line, and the standfirst (dek) under it. With no title given, a standalone
 * headline-shaped first line (short, capitalised, no final punctuation, no sentence signs) becomes the title; a
 * first line that repeats the given title leaves the body too. Lines above a byline or date line at the head are
 * the headline and its standfirst whatever their words (a byline ends the heading block), as long as none ends like
 * a sentence; without a byline, a headline-shaped line right under the headline is its standfirst.
 */
import type { RemovedKind } from '../../brief/types.ts';
import { endsSentence, isHardWrapped, looksLikeHeadline, startsUpper, words } from './shape.ts';
import { isBlank, keptLines, liveLines, removeLine, type CleanState } from './state.ts';

const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Most lines above a byline taken as headline and standfirst: more than that is body text above a late byline. */
export const ABOVE_BYLINE_MAX_LINES = 3;
/** Longest standfirst line, in words (a dek is one long clause; longer is a paragraph). */
export const DEK_MAX_WORDS = 40;

const HEAD_META: ReadonlySet<RemovedKind> = new Set(['byline', 'updated']);

function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return !endsSentence(t) && startsUpper(t) && words(t).length <= DEK_MAX_WORDS;
}

/** The live lines above the first byline or date line, when they are a heading block; else null. */
function headingAboveByline(s: CleanState): number[] | null {
  const metaLines = s.removed.filter((r) => HEAD_META.has(r.item.kind)).map((r) => r.line);
  if (metaLines.length === 0) return null;
  const first = Math.min(...metaLines);
  const above = liveLines(s).filter((i) => i < first);
  if (above.length === 0 || above.length > ABOVE_BYLINE_MAX_LINES) return null;
  if (!above.every((i) => isHeadingLine(s.lines[i]!)) || isHardWrapped(keptLines(s))) return null;
  return above;
}

function takeHeadingBlock(s: CleanState, block: number[]): void {
  const [first, ...rest] = block;
  const line = s.lines[first!]!.trim();
  if (!s.title) s.title = removeLine(s, first!, 'headline');
  else removeLine(s, first!, norm(line) === norm(s.title) ? 'headline' : 'subhead');
  for (const i of rest) removeLine(s, i, 'subhead');
}

/** A headline-shaped line right under the headline, before a paragraph that reads as one, is its standfirst. */
function takeStandfirst(s: CleanState): void {
  const [dek, next] = liveLines(s);
  if (dek === undefined || next === undefined) return;
  const line = s.lines[dek]!;
  // A line wholly in brackets under the headline is a wire credit ("(Coastal Wire)"), left to the credits step.
  if (/^\s*\(.*\)\s*$/.test(line)) return;
  if (!looksLikeHeadline(line) || !startsUpper(s.lines[next]!) || !endsSentence(s.lines[next]!)) return;
  removeLine(s, dek, 'subhead');
}

export function takeHeadline(s: CleanState): void {
  const block = headingAboveByline(s);
  if (block) { takeHeadingBlock(s, block); return; }
  const [first, next] = liveLines(s);
  if (first === undefined) return;
  const line = s.lines[first]!.trim();
  if (s.title) {
    if (next !== undefined && norm(line) === norm(s.title)) removeLine(s, first, 'headline');
    return;
  }
  if (next === undefined || !looksLikeHeadline(line) || !startsUpper(s.lines[next]!)) return;
  let gap = false;
  for (let j = first + 1; j < next; j++) if (s.gone[j] || isBlank(s, j)) gap = true;
  // Without a blank line after it, the next line must end like a paragraph, or this may be a wrapped line.
  if (!gap && (isHardWrapped(keptLines(s)) || !endsSentence(s.lines[next]!))) return;
  s.title = removeLine(s, first, 'headline');
  if (!isHardWrapped(keptLines(s))) takeStandfirst(s);
}
