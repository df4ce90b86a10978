/**
 * Sentence boundaries within one paragraph of tokens, by rule. A sentence ends at ".", "!", "?" (or a run such as
 * "?!"), together with the closing quotes and brackets that follow it, when the next token can start a sentence: a
 * capital, a digit, an opening quote or bracket ("Jeb! was better" stays one sentence; so does "…!” he said").
 * Abbreviations never end one: the tokenizer keeps "U.S." and "Mr." whole, and in news "the U.S. Senate" is far
 * more common than a sentence ending in one. An ellipsis ("…", "...") is a pause, not an end.
 */
import type { Token } from './types.ts';

const CLOSERS = new Set(['”', '’', '"', "'", ')', ']', '»', '›', '}']);
/** Straight quotes close only when they touch the word before them: after a space they open the next sentence. */
const AMBIGUOUS = new Set(['"', "'"]);

/** ".", or a run of "!" and "?". */
function isTerminal(v: string): boolean {
  if (v === '.') return true;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c !== 33 && c !== 63) return false;
  }
  return v.length > 0;
}

/** A capital, a digit, or an opening quote or bracket (straight, curly, `` or «). */
function canStartSentence(v: string): boolean {
  const c = v.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c === 0x201c || c === 0x2018 || c === 34 || c === 39 || c === 96 || c === 40 || c === 91 || c === 0xab) return true;
  if (c >= 192) return v[0] !== v[0]!.toLowerCase();
  return false;
}

/** Calls `emit(a, b)` for each sentence of tokens a..b (inclusive) among tokens[from..to), one paragraph. */
export function splitSentences(
  tokens: readonly Token[], from: number, to: number, emit: (a: number, b: number) => void,
): void {
  let start = from;
  for (let i = from; i < to; i++) {
    if (!isTerminal(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < to && CLOSERS.has(tokens[j]!.text) && (!AMBIGUOUS.has(tokens[j]!.text) || tokens[j]!.start === tokens[j - 1]!.end)) j++;
    if (j >= to) break;
    if (!canStartSentence(tokens[j]!.text)) continue;
    emit(start, j - 1);
    start = j;
    i = j - 1;
  }
  if (start < to) emit(start, to - 1);
}
