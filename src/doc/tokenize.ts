/**
 * Text → tokens, sentences and paragraphs with character offsets. wink-nlp reads the whole text once; its
 * line-break tokens become paragraph breaks, and a sentence that wink runs over a line break is cut there, so
 * headlines and subheads stay apart from the sentences around them.
 */
import { nlp, its } from './nlp.ts';
import type { ArticleMeta, Doc, Paragraph, Sentence, Token } from './types.ts';

const BLANK = /^\s*$/;
/** White space at or above U+2000 (\s there: U+2000–200A, 2028, 2029, 202F, 205F, 3000, FEFF). */
const isHighSpace = (c: number): boolean =>
  (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/**
 * A wink token is white space only when its first character is (wink never mixes the two in one token); tokens
 * starting with a curly quote or a dash (U+2000 and up, not white space) are told apart without the pattern.
 */
const isBlank = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return (c <= 32 || c === 0xa0 || (c >= 0x2000 && isHighSpace(c))) && BLANK.test(v);
};

/** value.toLowerCase(), without the call for words already in lower-case ASCII (most words). */
function lowerCase(value: string): string {
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return value.toLowerCase();
  }
  return value;
}

export function tokenizeText(text: string): Pick<Doc, 'tokens' | 'sentences' | 'paragraphs'> {
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  const paragraphs: Paragraph[] = [];
  /** wink token index → our token index (-1 for whitespace tokens); breaks[i] true when wink token i is a line break. */
  const ours = new Int32Array(values.length).fill(-1);
  const breaks = new Uint8Array(values.length);
  let cursor = 0;
  let paraStart = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let at = text.indexOf(value, cursor);
    if (at < 0) at = cursor; // wink does not rewrite text; never lose alignment if it did
    const end = at + value.length;
    cursor = end;
    if (isBlank(value)) {
      if (value.includes('\n')) {
        breaks[i] = 1;
        if (paraStart >= 0) {
          paragraphs.push({ start: paraStart, end: tokens[tokens.length - 1]!.end });
          paraStart = -1;
        }
      }
      continue;
    }
    if (paraStart < 0) paraStart = at;
    ours[i] = tokens.length;
    tokens.push({ text: value, start: at, end, pos: pos[i] ?? 'X', norm: lowerCase(value) });
  }
  if (paraStart >= 0 && tokens.length) paragraphs.push({ start: paraStart, end: tokens[tokens.length - 1]!.end });

  const sentences: Sentence[] = [];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  let paragraph = 0;
  for (const [wa, wb] of spans) {
    let runStart = -1;
    let runEnd = -1;
    for (let i = wa; i <= wb; i++) {
      if (breaks[i]) {
        if (runStart >= 0) paragraph = emitSentence(tokens, paragraphs, sentences, paragraph, runStart, runEnd);
        runStart = -1;
        continue;
      }
      const o = ours[i]!;
      if (o < 0) continue;
      if (runStart < 0) runStart = o;
      runEnd = o;
    }
    if (runStart >= 0) paragraph = emitSentence(tokens, paragraphs, sentences, paragraph, runStart, runEnd);
  }
  return { tokens, sentences, paragraphs };
}

/**
 * Adds the sentence of our tokens a..b (inclusive) in the paragraph it starts in, searching on from `paragraph`;
 * returns that paragraph's index (the next search starts there).
 */
function emitSentence(
  tokens: readonly Token[], paragraphs: readonly Paragraph[], sentences: Sentence[], paragraph: number, a: number, b: number,
): number {
  if (a > b) return paragraph;
  const first = tokens[a]!;
  while (paragraph < paragraphs.length - 1 && paragraphs[paragraph]!.end < first.start) paragraph++;
  sentences.push({ start: first.start, end: tokens[b]!.end, tokenStart: a, tokenEnd: b + 1, paragraph });
  return paragraph;
}

export function makeDoc(meta: ArticleMeta, text: string): Doc {
  return { id: meta.id, meta, text, ...tokenizeText(text) };
}
