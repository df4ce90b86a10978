/**
 * The clause around a time expression: its sentence, cut at the clause breaks nearest the expression (; : — and
 * ", but" / ", while" …), widened back to the whole sentence when the cut piece has no verb or no actor.
 */
import type { Doc, Span } from '../doc/types.ts';
import { MONTH_RE, WEEKDAY_RE } from './lexicon.ts';

/** Clause breaks inside a sentence. */
const BREAK = /\s*[;:—–]\s+|,\s+(?=(?:but|while|whereas|although|though|after|before|as|when|which|who|where|and then|saying|adding)\b)|\s+\(|\)\s*/g;
/** A capitalised word inside a clause that is not a month or weekday name. */
const NAME_LIKE = new RegExp(`\\s(?!(?:${MONTH_RE}|${WEEKDAY_RE})\\b)[A-Z][a-z]`);
/** A clause shorter than this many words is too thin to stand alone. */
const MIN_WORDS = 5;

export function sentenceAt(doc: Doc, offset: number): Span | null {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return { start: s.start, end: s.end };
  }
  return null;
}

function hasVerb(doc: Doc, span: Span): boolean {
  return doc.tokens.some((t) => t.start >= span.start && t.end <= span.end && (t.pos === 'VERB' || t.pos === 'AUX'));
}

function hasActor(doc: Doc, span: Span): boolean {
  if (doc.mentions) return doc.mentions.some((m) => m.start >= span.start && m.end <= span.end);
  // Without names: a capitalised word that does not open the clause (a month or weekday is no actor).
  return NAME_LIKE.test(doc.text.slice(span.start, span.end));
}

const words = (s: string): number => (s.match(/[A-Za-z0-9’']+/g) ?? []).length;

/** Trims leading/trailing spaces and punctuation off a span. */
function tidy(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:—–"“”'‘’(]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–(]/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function clauseAround(doc: Doc, expr: Span): Span | null {
  const sentence = sentenceAt(doc, expr.start);
  if (!sentence) return null;
  const body = doc.text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  BREAK.lastIndex = 0;
  for (const m of body.matchAll(BREAK)) {
    const a = sentence.start + m.index!;
    const b = a + m[0].length;
    if (b <= expr.start) start = b;
    else if (a >= expr.end) { end = a; break; }
  }
  const clause = tidy(doc.text, { start, end });
  if (words(doc.text.slice(clause.start, clause.end)) >= MIN_WORDS && hasVerb(doc, clause) && hasActor(doc, clause)) {
    return clause;
  }
  return tidy(doc.text, sentence);
}
