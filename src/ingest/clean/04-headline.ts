/**
 * Step 4: a headline on the first line. With no title given, a standalone headline-shaped first line (short,
 * capitalised, no final punctuation, no sentence signs) becomes the title; a first line that repeats the given
 * title leaves the body too.
 */
import { endsSentence, isHardWrapped, looksLikeHeadline, startsUpper } from './shape.ts';
import { isBlank, keptLines, liveLines, removeLine, type CleanState } from './state.ts';

const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function takeHeadline(s: CleanState): void {
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
}
