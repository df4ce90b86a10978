/**
 * What a quotation-mark character means where it stands: an opening or closing mark (double or single), a straight
 * mark whose role depends on context, or an apostrophe (Russia’s, don’t, ’90s), which is no quote mark at all.
 */

export type MarkRole = 'open' | 'close' | 'either';

export interface Mark {
  at: number;
  double: boolean;
  role: MarkRole;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9]/.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
/** Characters after which a mark opens: start, space, brackets, dashes, slash. */
const OPEN_BEFORE = /[\s([{\-–—/:]/;
/** Characters before which a mark closes: end, space, closing punctuation. */
const CLOSE_AFTER = /[\s.,;:!?)\]}\-–—…]/;

function opensHere(prev: string | undefined, next: string | undefined): boolean {
  return (prev === undefined || OPEN_BEFORE.test(prev)) && !isSpace(next);
}

function closesHere(prev: string | undefined, next: string | undefined): boolean {
  return !isSpace(prev) && (next === undefined || CLOSE_AFTER.test(next));
}

/** The role of the character at `i`, or null when it is not a quotation mark there. */
export function markAt(text: string, i: number, lo: number, hi: number): Mark | null {
  const c = text[i]!;
  const prev = i > lo ? text[i - 1] : undefined;
  const next = i + 1 < hi ? text[i + 1] : undefined;
  switch (c) {
    case '“': case '„': case '«':
      return { at: i, double: true, role: 'open' };
    case '”': case '»':
      return { at: i, double: true, role: 'close' };
    case '"': {
      // 12" (inches) after a digit: no mark unless it can open
      if (isDigit(prev) && !opensHere(prev, next)) return { at: i, double: true, role: 'close' };
      const o = opensHere(prev, next);
      const cl = closesHere(prev, next);
      return { at: i, double: true, role: o && !cl ? 'open' : cl && !o ? 'close' : 'either' };
    }
    case '‘':
      if (isDigit(next) || isLetter(prev)) return null; // ‘90s, don‘t
      return { at: i, double: false, role: 'open' };
    case '’':
      if (isLetter(prev) && isLetter(next)) return null; // Russia’s, don’t
      if (isDigit(next)) return null; // ’90s
      if (isSpace(prev)) return null; // a stray apostrophe before a word (’em)
      return { at: i, double: false, role: 'close' };
    case "'":
      if (isLetter(prev) && isLetter(next)) return null;
      if (isDigit(next)) return null;
      if (opensHere(prev, next)) return { at: i, double: false, role: 'open' };
      if (closesHere(prev, next)) return { at: i, double: false, role: 'close' };
      return null;
    default:
      return null;
  }
}

export const MARK_CHARS = /["“”„«»‘’']/g;
