/**
 * Is a span of an article inside one of its quotes? Words between quotation marks are the speaker's (or a term the
 * outlet holds at a distance), not the outlet's own description.
 */
import type { Span } from '../doc/types.ts';

/** Most quotes read back from the span: a quote holds only a few others. */
const MAX_NESTED = 8;

/** `quotes` sorted by start, as a doc's quotes are. */
export function insideQuote(quotes: readonly Span[] | undefined, span: Span): boolean {
  if (!quotes || quotes.length === 0) return false;
  // the last quote starting at or before the span
  let lo = 0;
  let hi = quotes.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= span.start) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // quotes may nest; look back over the few that could still hold the span
  for (let k = at; k >= 0 && k > at - MAX_NESTED; k--) {
    const q = quotes[k]!;
    if (q.end >= span.end) return true;
  }
  return false;
}
