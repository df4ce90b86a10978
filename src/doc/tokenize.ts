/**
 * Text → tokens, sentences and paragraphs with character offsets. wink-nlp reads the whole text once; its
 * line-break tokens become paragraph breaks, and a sentence that wink runs over a line break is cut there, so
 * headlines and subheads stay apart from the sentences around them.
 */
import { nlp, its } from './nlp.ts';
import type { ArticleMeta, Doc, Paragraph, Sentence, Token } from './types.ts';

const BLANK = /^\s*$/;
/** A wink token is white space only when its first character is (wink never mixes the two in one token). */
const isBlank = (v: string): boolean => { const c = v.charCodeAt(0); return (c <= 32 || c === 0xa0 || c >= 0x2000) && BLANK.test(v); };

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
    tokens.push({ text: value, start: at, end, pos: pos[i] ?? 'X', norm: value.toLowerCase() });
  }
  if (paraStart >= 0 && tokens.length) paragraphs.push({ start: paraStart, end: tokens[tokens.length - 1]!.end });

  const sentences: Sentence[] = [];
  let paragraph = 0;
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  const emit = (a: number, b: number) => {
    // a..b are our token indices, inclusive
    if (a > b) return;
    const first = tokens[a]!;
    while (paragraph < paragraphs.length - 1 && paragraphs[paragraph]!.end < first.start) paragraph++;
    sentences.push({ start: first.start, end: tokens[b]!.end, tokenStart: a, tokenEnd: b + 1, paragraph });
  };
  for (const [wa, wb] of spans) {
    let runStart = -1;
    let runEnd = -1;
    for (let i = wa; i <= wb; i++) {
      if (breaks[i]) {
        if (runStart >= 0) emit(runStart, runEnd);
        runStart = -1;
        continue;
      }
      const o = ours[i]!;
      if (o < 0) continue;
      if (runStart < 0) runStart = o;
      runEnd = o;
    }
    if (runStart >= 0) emit(runStart, runEnd);
  }
  return { tokens, sentences, paragraphs };
}

export function makeDoc(meta: ArticleMeta, text: string): Doc {
  return { id: meta.id, meta, text, ...tokenizeText(text) };
}
