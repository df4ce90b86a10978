/**
 * CoNLL-2003 reading and alignment with the product's tokenizer. Shared by the training script and the eval suite,
 * so both see CoNLL text exactly as the product would: each document's sentences are joined with spaces, one
 * sentence per line, and tokenized by our own tokenizer (wink-nlp). Gold labels move onto wink tokens by character
 * offsets, and predicted spans move back onto CoNLL tokens the same way.
 */
import { readFileSync } from 'node:fs';
import { tokenizeText } from '../../src/doc/tokenize.ts';
import type { Token, Sentence } from '../../src/doc/types.ts';

export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface ConllSpan {
  /** CoNLL token indices within the document, end exclusive. */
  start: number;
  end: number;
  type: ConllType;
}

export interface ConllDoc {
  words: string[];
  /** Character offsets of each CoNLL token in `text`. */
  starts: number[];
  ends: number[];
  gold: ConllSpan[];
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

/** Reads a CoNLL-2003 file into documents (IOB1 turned into spans). */
export function readConll(path: string, limitDocs = Infinity): ConllDoc[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const docs: ConllDoc[] = [];
  let sents: { w: string; tag: string }[][] = [];
  let cur: { w: string; tag: string }[] = [];
  const flushSent = () => { if (cur.length) sents.push(cur); cur = []; };
  const flushDoc = () => {
    flushSent();
    if (sents.length && docs.length < limitDocs) docs.push(buildDoc(sents));
    sents = [];
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) { flushDoc(); continue; }
    if (!line.trim()) { flushSent(); continue; }
    const parts = line.split(' ');
    cur.push({ w: parts[0]!, tag: parts[parts.length - 1]! });
  }
  flushDoc();
  return docs;
}

function buildDoc(sents: { w: string; tag: string }[][]): ConllDoc {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const gold: ConllSpan[] = [];
  let text = '';
  for (const s of sents) {
    if (text) text += '\n';
    let open: ConllSpan | null = null;
    s.forEach(({ w, tag }, k) => {
      if (k > 0) text += ' ';
      const i = words.length;
      words.push(w);
      starts.push(text.length);
      text += w;
      ends.push(text.length);
      if (tag === 'O') { open = null; return; }
      const [bio, type] = tag.split('-') as [string, ConllType];
      if (open && open.type === type && bio === 'I') { open.end = i + 1; return; }
      open = { start: i, end: i + 1, type };
      gold.push(open);
    });
  }
  const { tokens, sentences } = tokenizeText(text);
  return { words, starts, ends, gold, text, tokens, sentences };
}

/** Gold spans as wink-token spans: a wink token belongs to the CoNLL token holding its first character. */
export function goldTokenSpans(doc: ConllDoc): { start: number; end: number; type: ConllType }[] {
  const owner = tokenOwners(doc);
  const out: { start: number; end: number; type: ConllType }[] = [];
  for (const g of doc.gold) {
    let a = -1, b = -1;
    for (let t = 0; t < doc.tokens.length; t++) {
      const o = owner[t]!;
      if (o >= g.start && o < g.end) { if (a < 0) a = t; b = t + 1; }
    }
    if (a < 0) continue;
    // Pieces of a hyphenated CoNLL token that are not names ("York-based", "pro-Western") stay outside the span:
    // mapped back by characters, the span still covers the whole CoNLL token.
    const bare = (t: number) => !/[\p{Lu}0-9]/u.test(doc.tokens[t]!.text);
    while (b - a > 1 && bare(a) && owner[a] === owner[a + 1]) a++;
    while (b - a > 1 && bare(b - 1) && owner[b - 1] === owner[b - 2]) b--;
    out.push({ start: a, end: b, type: g.type });
  }
  return out;
}

export const TYPE_INDEX: Record<ConllType, number> = { PER: 1, ORG: 2, LOC: 3, MISC: 4 };
export const TYPE_NAMES: ConllType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** CoNLL-style (conlleval) span counts: exact span and type. */
export class SpanScore {
  tp = [0, 0, 0, 0, 0];
  fp = [0, 0, 0, 0, 0];
  fn = [0, 0, 0, 0, 0];
  add(gold: readonly ConllSpan[], pred: readonly ConllSpan[]): void {
    const key = (s: ConllSpan) => `${s.start}:${s.end}:${s.type}`;
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    for (const s of pred) { const t = TYPE_INDEX[s.type]; if (g.has(key(s))) { this.tp[t]++; this.tp[0]++; } else { this.fp[t]++; this.fp[0]++; } }
    for (const s of gold) { const t = TYPE_INDEX[s.type]; if (!p.has(key(s))) { this.fn[t]++; this.fn[0]++; } }
  }
  /** Precision, recall and F1 (fractions) overall (0) or for one type (1–4). */
  prf(t = 0): { p: number; r: number; f1: number } {
    const p = this.tp[t]! / Math.max(1, this.tp[t]! + this.fp[t]!);
    const r = this.tp[t]! / Math.max(1, this.tp[t]! + this.fn[t]!);
    return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
  }
}

/** For each wink token, the index of the CoNLL token that holds its first character. */
export function tokenOwners(doc: ConllDoc): Int32Array {
  const owner = new Int32Array(doc.tokens.length).fill(-1);
  let j = 0;
  doc.tokens.forEach((t, i) => {
    while (j < doc.words.length && doc.ends[j]! <= t.start) j++;
    owner[i] = j < doc.words.length && doc.starts[j]! <= t.start ? j : -1;
  });
  return owner;
}

/** A predicted span of characters back onto CoNLL tokens: every CoNLL token it overlaps. */
export function charSpanToConll(doc: ConllDoc, start: number, end: number): { start: number; end: number } | null {
  let a = -1, b = -1;
  for (let j = 0; j < doc.words.length; j++) {
    if (doc.ends[j]! > start && doc.starts[j]! < end) { if (a < 0) a = j; b = j + 1; }
    else if (doc.starts[j]! >= end) break;
  }
  return a < 0 ? null : { start: a, end: b };
}
