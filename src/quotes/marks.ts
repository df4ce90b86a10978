/**
 * What a quotation-mark character means where it stands: an opening or closing mark (double or single), a straight
 * mark whose role depends on context, or an apostrophe (Russia’s, don’t, ’90s), which is no quote mark at all.
 */

export type MarkRole = 'open' | 'close' | 'either';

export interface Mark {
  at: number;
  double: boolean;
  role: MarkRole;
  /** Characters the mark takes: 2 for a doubled apostrophe used as a double mark (''). */
  width: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER_OR_DIGIT.test(c);
};
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
/** Invisible format characters (direction marks, zero-width spaces) count as space around a mark. */
const FORMAT = /\p{Cf}/u;
const isSpace = (c: string | undefined): boolean => {
  if (c === undefined) return true;
  const k = c.charCodeAt(0);
  if (k < 128) return k === 32 || (k >= 9 && k <= 13);
  return SPACE.test(c) || FORMAT.test(c);
};
/** Characters after which a mark opens: start, space, brackets, dashes, slash. */
const OPEN_BEFORE = new Set([...'([{-–—/:"“‘\''].map((c) => c.charCodeAt(0)));
/** Characters before which a mark closes: end, space, closing punctuation. */
const CLOSE_AFTER = new Set([...'.,;:!?)]}-–—…"”’\''].map((c) => c.charCodeAt(0)));

function opensHere(prev: string | undefined, next: string | undefined): boolean {
  return (prev === undefined || isSpace(prev) || OPEN_BEFORE.has(prev.charCodeAt(0))) && !isSpace(next);
}

function closesHere(prev: string | undefined, next: string | undefined): boolean {
  return !isSpace(prev) && (next === undefined || isSpace(next) || CLOSE_AFTER.has(next.charCodeAt(0)));
}

const mark = (at: number, double: boolean, role: MarkRole, width = 1): Mark => ({ at, double, role, width });

/** The role of the character at `i`, or null when it is not a quotation mark there. */
export function markAt(text: string, i: number, lo: number, hi: number): Mark | null {
  const c = text[i]!;
  const prev = i > lo ? text[i - 1] : undefined;
  const next = i + 1 < hi ? text[i + 1] : undefined;
  switch (c) {
    case '“': case '„': case '«':
      // an opening mark typed where a quote closes (“…,“ she said): glued to the words before it, a space after
      return mark(i, true, closesHere(prev, next) && !opensHere(prev, next) && next !== undefined ? 'either' : 'open');
    case '”': case '»':
      // a closing mark used to open (”Text at a paragraph start): it toggles
      return mark(i, true, prev === undefined || (opensHere(prev, next) && !closesHere(prev, next)) ? 'either' : 'close');
    case '"': {
      // 12" (inches) after a digit: no mark unless it can open
      if (isDigit(prev) && !opensHere(prev, next)) return mark(i, true, 'close');
      const o = opensHere(prev, next);
      const cl = closesHere(prev, next);
      return mark(i, true, o && !cl ? 'open' : cl && !o ? 'close' : 'either');
    }
    case '‘':
      if (isDigit(next) || isLetter(prev)) return null; // ‘90s, don‘t
      return mark(i, false, 'open');
    case '’':
      if (isLetter(prev) && isLetter(next)) return null; // Russia’s, don’t
      if (isDigit(next)) return null; // ’90s
      if (isSpace(prev)) return null; // a stray apostrophe before a word (’em)
      return mark(i, false, 'close');
    case "'": {
      if (next === "'") {
        // two apostrophes standing for a double mark (''Like this,'' she said)
        const after = i + 2 < hi ? text[i + 2] : undefined;
        const o = opensHere(prev, after);
        const cl = closesHere(prev, after);
        return mark(i, true, o && !cl ? 'open' : cl && !o ? 'close' : 'either', 2);
      }
      if (prev === "'") return null;
      if (isLetter(prev) && isLetter(next)) return null;
      if (isDigit(next)) return null;
      if (opensHere(prev, next)) return mark(i, false, 'open');
      if (closesHere(prev, next)) return mark(i, false, 'close');
      return null;
    }
    default:
      return null;
  }
}

export const MARK_CHARS = /["“”„«»‘’']/g;
