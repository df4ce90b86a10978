/**
 * Text → tokens, sentences and paragraphs with character offsets. wink-nlp reads the whole text once (tokens and
 * part-of-speech tags); its line-break tokens become paragraph breaks, and sentences are found within each paragraph
 * (split-sentences.ts), so headlines and subheads stay apart from the sentences around them.
 */
import { nlp, its } from './nlp.ts';
import { splitSentences } from './split-sentences.ts';
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
        if (paraStart >= 0) {
          paragraphs.push({ start: paraStart, end: tokens[tokens.length - 1]!.end });
          paraStart = -1;
        }
      }
      continue;
    }
    if (paraStart < 0) paraStart = at;
    tokens.push({ text: value, start: at, end, pos: pos[i] ?? 'X', norm: lowerCase(value) });
  }
  if (paraStart >= 0 && tokens.length) paragraphs.push({ start: paraStart, end: tokens[tokens.length - 1]!.end });

  const sentences: Sentence[] = [];
  let tok = 0;
  paragraphs.forEach((p, k) => {
    const from = tok;
    while (tok < tokens.length && tokens[tok]!.start < p.end) tok++;
    splitSentences(tokens, from, tok, (a, b) => {
      sentences.push({ start: tokens[a]!.start, end: tokens[b]!.end, tokenStart: a, tokenEnd: b + 1, paragraph: k });
    });
  });
  return { tokens, sentences, paragraphs };
}

export function makeDoc(meta: ArticleMeta, text: string): Doc {
  return { id: meta.id, meta, text, ...tokenizeText(text) };
}
