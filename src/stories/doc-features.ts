/**
 * Story features of an article already analysed: its raw term counts and its shingle hashes, read from its tokens
 * in one pass (the text is not scanned again). Counts follow termCounts (names and numbers weighted up, a
 * sentence's first word not taken for a name), with the article's entity mentions marking names even where a
 * sentence starts; word hashes follow wordHashes, so a copy is found whichever way its original was added.
 */
import { countText, countToken } from './terms.ts';
import { TermCounter } from './term-counter.ts';
import { appendWordHashes, shingleHashes } from './shingles.ts';

/** What the story stream reads of an analysed article (a Doc's tokens, sentences and mentions). */
export interface AnalysedArticle {
  id: string;
  title?: string | null;
  /** YYYY-MM-DD or null. */
  published?: string | null;
  tokens: readonly { text: string }[];
  /** Token index of each sentence's first token, in order. */
  sentences: readonly { tokenStart: number }[];
  /** Entity mentions by token range (end exclusive). */
  mentions?: readonly { tokenStart: number; tokenEnd: number }[];
}

export interface DocFeatures {
  /** Raw term counts (title included), as termCounts gives them. */
  counts: TermCounter;
  /** Word 5-gram hashes of the body in text order, repeats kept (for a MinHash signature). */
  shingles: Uint32Array;
}

let wordBuffer = new Uint32Array(1024);

/** The features of an analysed article; counts go into `counts` (cleared first) when one is given to reuse. */
export function docFeatures(a: AnalysedArticle, counts = new TermCounter()): DocFeatures {
  counts.clear();
  if (a.title) countText(`${a.title}\n`, counts);
  const tokens = a.tokens;
  let inName: Uint8Array | null = null;
  if (a.mentions && a.mentions.length > 0) {
    inName = new Uint8Array(tokens.length);
    for (const m of a.mentions) inName.fill(1, m.tokenStart, Math.min(m.tokenEnd, tokens.length));
  }
  const sentences = a.sentences;
  let s = 0;
  let atStart = true;
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s]!.tokenStart <= i) { if (sentences[s]!.tokenStart === i) atStart = true; s++; }
    const text = tokens[i]!.text;
    if (countToken(counts, text, atStart, inName !== null && inName[i] === 1)) atStart = false;
    if (n + (text.length >> 1) + 1 > wordBuffer.length) {
      const grown = new Uint32Array(wordBuffer.length * 2 + text.length);
      grown.set(wordBuffer.subarray(0, n));
      wordBuffer = grown;
    }
    n = appendWordHashes(text, wordBuffer, n);
  }
  return { counts, shingles: shingleHashes(wordBuffer.subarray(0, n)) };
}
