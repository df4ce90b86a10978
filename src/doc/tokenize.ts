/**
 * Text → tokens, sentences and paragraphs with character offsets. wink-nlp reads one paragraph at a time, so no
 * sentence runs over a paragraph break (headlines and subheads stay apart from the sentences around them).
 */
import { nlp, its } from './nlp.ts';
import { splitParagraphs } from './paragraphs.ts';
import type { ArticleMeta, Doc, Sentence, Token } from './types.ts';

export function tokenizeText(text: string): Pick<Doc, 'tokens' | 'sentences' | 'paragraphs'> {
  const paragraphs = splitParagraphs(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, p) => {
    const slice = text.slice(para.start, para.end);
    const wdoc = nlp.readDoc(slice);
    const values = wdoc.tokens().out(its.value) as string[];
    const pos = wdoc.tokens().out(its.pos) as string[];
    const norm = wdoc.tokens().out(its.normal) as string[];
    const base = tokens.length;
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      let at = slice.indexOf(value, cursor);
      if (at < 0) at = cursor; // wink never rewrites text, but never lose alignment if it did
      const start = para.start + at;
      const end = Math.min(start + value.length, para.end);
      tokens.push({ text: text.slice(start, end), start, end, pos: pos[i] ?? 'X', norm: norm[i] ?? value.toLowerCase() });
      cursor = at + value.length;
    }
    const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
    for (const [a, b] of spans) {
      const first = tokens[base + a];
      const last = tokens[base + b];
      if (!first || !last) continue;
      sentences.push({ start: first.start, end: last.end, tokenStart: base + a, tokenEnd: base + b + 1, paragraph: p });
    }
  });
  return { tokens, sentences, paragraphs };
}

export function makeDoc(meta: ArticleMeta, text: string): Doc {
  return { id: meta.id, meta, text, ...tokenizeText(text) };
}
