/** Test helpers: a Doc from invented text, and the words a quote or its speaker span covers. */
import { makeDoc } from '../doc/tokenize.ts';
import type { Doc, EntityMention, QuoteSpan } from '../doc/types.ts';
import { findQuotes } from './find-quotes.ts';

export function docOf(text: string, id = 'a1', mentions: EntityMention[] = []): Doc {
  const meta = { id, source: id, title: null, outlet: null, byline: null, dateline: null, credits: [],
    published: null, publishedFrom: null, removed: [] };
  return { ...makeDoc(meta, text), mentions };
}

export interface Seen {
  text: string;
  kind: string;
  speaker: string | null;
  name: string | null;
  continues: number | null;
  mention: number | null;
}

/** The quotes of a text as words: what was quoted, who is named for it, and how. */
export function quotesOf(text: string, mentions: EntityMention[] = []): Seen[] {
  const doc = docOf(text, 'a1', mentions);
  return findQuotes(doc).map((q: QuoteSpan) => ({
    text: text.slice(q.start, q.end),
    kind: q.kind,
    speaker: q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null,
    name: q.speakerName,
    continues: q.continues,
    mention: q.speakerMention,
  }));
}

/** A person mention over the first occurrence of `words` in `text`. */
export function personMention(text: string, words: string, chain?: number): EntityMention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { start, end: start + words.length, tokenStart: 0, tokenEnd: 0, type: 'person', text: words, chain };
}
