/**
 * The sentences a summary may draw on, as units with precomputed words and concepts. A concept is a pair of
 * adjacent words (stemmed, punctuation skipped) that is not two function words and holds no word of time counted
 * from each article's date ("arrested Thursday" in two reports may be two days: see words.ts): the ICSISumm
 * notion, which tracks what ROUGE-2 rewards and what independent reports repeat.
 */
import type { Doc, Sentence, Span } from '../doc/types.ts';
import { checkSentence } from './readable.ts';
import { isLight, lightStem, RELATIVE_TIME_WORDS } from './words.ts';

export interface Unit {
  /** Index into corpus.docs. */
  doc: number;
  article: string;
  /** Independent source (syndicated copies share one). */
  source: string;
  /** Index of the sentence in its article. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** The text lower-cased, punctuation as spaces: equal keys are the same sentence word for word. */
  key: string;
  words: number;
  /** Distinct concepts (stemmed bigrams). */
  concepts: string[];
  /** Distinct content stems (for near-duplicate checks). */
  stems: string[];
  /** May stand alone in a summary. */
  readable: boolean;
  /** Holds quotation marks. */
  quotes: boolean;
  /** One-word person names ("Wang was …") not written in full in the sentence: each needs an earlier full mention. */
  bareNames: string[];
  /** Other independent sources that carry this sentence word for word (set by the stage). */
  echoes: number;
  /** The spans of the article whose words make `text` (one, [start, end), unless the sentence was compressed). */
  parts: Span[];
  /** For a compressed sentence: the unit of the whole sentence it shortens. */
  whole?: Unit;
}

/** "CITY, Country (AP) _" or "CITY (Reuters) -" left at the start of a sentence. */
const DATELINE = /^[A-Z][A-Za-z .,'-]{1,60}\((?:AP|Reuters|AFP|UPI|Xinhua)\)\s*[_—–-]{1,2}\s*/;

/** The article's `i`-th sentence as the summary reads it: without a dateline left at its start. */
export const sentenceAt = (doc: Doc, i: number): Sentence => trimDateline(doc, doc.sentences[i]!);

function trimDateline(doc: Doc, s: Sentence): Sentence {
  const m = DATELINE.exec(doc.text.slice(s.start, s.end));
  if (!m) return s;
  const cut = s.start + m[0].length;
  let t = s.tokenStart;
  while (t < s.tokenEnd && doc.tokens[t]!.start < cut) t++;
  if (t >= s.tokenEnd) return s;
  return { ...s, start: doc.tokens[t]!.start, tokenStart: t };
}

/** "next week", "last month": a span counted from each article's date, like a weekday (see words.ts). */
const RELATIVE_SPAN = /^(last|next|this) (week|weekend|month)$/;

const wordOf = (norm: string): string => norm.replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** Units of one article; `limit` caps how many sentences from the top are read. */
export function articleUnits(doc: Doc, docIndex: number, source: string, limit: number): Unit[] {
  const out: Unit[] = [];
  const n = Math.min(doc.sentences.length, limit);
  for (let i = 0; i < n; i++) out.push(unitOf(doc, docIndex, source, i, sentenceAt(doc, i)));
  return out;
}

/**
 * The unit of sentence `s` (its `index`-th in the article). With `parts`, only the words inside those spans (in
 * order, joined as they stand) make the unit: a compressed sentence (see compress.ts), its first letter upper-cased.
 */
export function unitOf(doc: Doc, docIndex: number, source: string, index: number, s: Sentence, parts?: readonly Span[]): Unit {
  const kept = parts ?? [{ start: s.start, end: s.end }];
  const inside = (t: number): boolean => kept.some((p) => doc.tokens[t]!.start >= p.start && doc.tokens[t]!.end <= p.end);
  const stems: string[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (parts && !inside(t)) continue;
    const w = wordOf(doc.tokens[t]!.norm);
    if (!w) continue;
    stems.push(lightStem(w));
  }
  const concepts = new Set<string>();
  for (let k = 0; k + 1 < stems.length; k++) {
    const a = stems[k]!;
    const b = stems[k + 1]!;
    if ((isLight(a) && isLight(b)) || RELATIVE_TIME_WORDS.has(a) || RELATIVE_TIME_WORDS.has(b) || RELATIVE_SPAN.test(a + ' ' + b)) continue;
    concepts.add(a + ' ' + b);
  }
  let text = kept.map((p) => doc.text.slice(p.start, p.end)).join('');
  if (parts) text = text.charAt(0).toUpperCase() + text.slice(1);
  const full = doc.text.slice(s.start, s.end);
  return {
    doc: docIndex, article: doc.id, source, index, start: s.start, end: s.end, text,
    // Equal keys are the same sentence word for word: a compressed unit keeps its whole sentence's key.
    key: full.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
    words: text.split(/\s+/).filter(Boolean).length,
    concepts: [...concepts],
    stems: [...new Set(stems.filter((w) => !isLight(w)))],
    readable: checkSentence(doc, s).ok,
    quotes: /["“”]/.test(text),
    echoes: 0,
    bareNames: bareNames(doc, s),
    parts: kept.map((p) => ({ start: p.start, end: p.end })),
  };
}

/** Surnames alone, when the entity layer marks them as persons and the sentence does not name them in full. */
function bareNames(doc: Doc, s: Sentence): string[] {
  const inside = (doc.mentions ?? []).filter((m) => m.type === 'person' && m.tokenStart >= s.tokenStart && m.tokenEnd <= s.tokenEnd);
  // One word is one name, hyphens and all ("Al-Sharaa" is three tokens).
  const text = (m: (typeof inside)[number]): string => doc.text.slice(m.start, m.end).replace(/['’]s$/, '');
  const full = inside.map(text).filter((t) => /\s/.test(t));
  const out: string[] = [];
  for (const m of inside) {
    const name = text(m);
    if (/\s/.test(name) || !/^\p{Lu}/u.test(name) || full.some((f) => f.includes(name)) || out.includes(name)) continue;
    out.push(name);
  }
  return out;
}
