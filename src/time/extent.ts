/**
 * Where an expression starts and ends, as TimeML marks it: the possessive is not part of it ("Friday's vote" →
 * "Friday"), nor the article of the noun a hyphenated modifier leans on ("the 30-day truce" → "30-day"); a day
 * word takes the "early"/"late" before it ("late yesterday", "early Tuesday"), and any expression takes "the end of",
 * "the middle of" … before it ("the end of 1990").
 */

const DAY_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow|Today|Yesterday|Tomorrow)$/;
const MODIFIER_BEFORE = /\b(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+$/;
const ARTICLE = /^(?:[Tt]he|an?|An?)\s+/;
const PART_OF = /\b[Tt]he\s+(?:beginning|start|middle|end)\s+of\s+$/;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The span [start, end) of an expression, adjusted to TimeML's extent. */
export function timemlExtent(text: string, start: number, end: number): [number, number] {
  const a = start;
  let b = end;
  // "Friday's", "Friday’s" (not "the 1990's").
  const q = text.charCodeAt(b - 2);
  if ((text.charCodeAt(b - 1) | 32) === 115 && (q === 39 || q === 0x2019) && isLetter(text.charCodeAt(b - 3))) b -= 2;
  // "the end of 1990", "the middle of October": the part named belongs to the expression (" of " just before it).
  if (a > 3 && (text.charCodeAt(a - 2) | 32) === 102 /* f */ && (text.charCodeAt(a - 3) | 32) === 111 /* o */) {
    const part = PART_OF.exec(text.slice(Math.max(0, a - 24), a));
    if (part) return [a - part[0].length, b];
  }
  // Most expressions need no change: look at the first letter and the length before slicing.
  const first = text.charCodeAt(a) | 32;
  const len = b - a;
  if (first !== 116 /* t */ && first !== 97 /* a */ && first !== 121 /* y */ && first !== 109 /* m */ &&
    first !== 119 /* w */ && first !== 102 /* f */ && first !== 115 /* s */) return [a, b];
  if ((first === 97 || first === 116) && len > 4) {
    const body = text.slice(a, b);
    // "the 30-day truce", "the third-quarter results", "a year-earlier loss": the article belongs to the noun after.
    const art = ARTICLE.exec(body);
    if (art && /-[A-Za-z]+$/.test(body) && /^\s+[a-z$#]/.test(text.slice(b, b + 3))) return [a + art[0].length, b];
  }
  if (len > 9 || !DAY_WORD.test(text.slice(a, b))) return [a, b];
  const mod = MODIFIER_BEFORE.exec(text.slice(Math.max(0, a - 9), a));
  return [mod ? a - mod[0].length : a, b];
}
