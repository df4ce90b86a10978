/**
 * Finds quotations in a text, paragraph by paragraph: double marks (straight and curly), single marks where the text
 * uses them as quotations, single marks nested inside double ones (kept inside the outer quote), and quotes that run
 * over paragraphs (an unclosed quote continues in the next paragraph when that one opens with a mark). A quote never
 * runs past its paragraph, so an unbalanced mark cannot swallow the rest of the article.
 */
import type { Span } from '../doc/types.ts';
import { markAt } from './marks.ts';

export interface FoundQuote extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (the paragraph end when unclosed). */
  close: number;
  /** Offset of the closing mark (equal to `close` when unclosed). */
  closeMark: number;
  paragraph: number;
  double: boolean;
  /** No closing mark in the paragraph: the quote was capped at the paragraph end. */
  unclosed: boolean;
  /** Index (into the returned list) of the first piece of a quote that runs over paragraphs. */
  continues: number | null;
}

interface Open { at: number; double: boolean; width: number }

const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2009 || c === 0x202f
  || (c > 127 && /\s/.test(String.fromCharCode(c)));
/** Comma, semicolon or colon. */
const isTrailCode = (c: number): boolean => c === 44 || c === 59 || c === 58;

/** One paragraph's marks, read left to right with a stack of open quotes. */
class ParagraphScan {
  readonly out: FoundQuote[] = [];
  readonly stack: Open[] = [];
  constructor(readonly text: string, readonly paragraph: number) {}

  /** Records a quote from its opening mark to `end`; nested quotes (depth > 0) stay part of the outer one. */
  emit(o: Open, end: number, close: number, unclosed: boolean, depth: number): void {
    if (depth > 0) return;
    const { text } = this;
    // the quoted words without the marks: spaces trimmed, and a trailing comma, colon or semicolon
    let s = o.at + o.width;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && (isSpaceCode(text.charCodeAt(e - 1)) || isTrailCode(text.charCodeAt(e - 1)))) e--;
    if (e <= s) return;
    this.out.push({ start: s, end: e, open: o.at, close, closeMark: end, paragraph: this.paragraph, double: o.double,
      unclosed, continues: null });
  }

  closeAt(k: number, at: number, width: number): void {
    this.emit(this.stack[k]!, at, at + width, false, k);
    this.stack.length = k;
  }

  lastDouble(): number {
    const { stack } = this;
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.double) return k;
    return -1;
  }
}

function scanParagraph(text: string, lo: number, hi: number, paragraph: number, marks: readonly number[], from: number): FoundQuote[] {
  const scan = new ParagraphScan(text, paragraph);
  const { stack } = scan;
  let skipTo = lo;
  for (let n = from; n < marks.length && marks[n]! < hi; n++) {
    if (marks[n]! < skipTo) continue;
    const mark = markAt(text, marks[n]!, lo, hi);
    if (!mark) continue;
    skipTo = mark.at + mark.width;
    const w = mark.width;
    if (mark.double) {
      const d = scan.lastDouble();
      if (mark.role === 'open') {
        if (d >= 0 && (text[mark.at] === '"' || w === 2)) { scan.closeAt(d, mark.at, w); continue; }
        // a curly opening mark while one is open: a quote nested in the same marks (“… calls “hell” …”)
        stack.push({ at: mark.at, double: true, width: w });
      } else if (mark.role === 'close') {
        if (d >= 0) scan.closeAt(d, mark.at, w);
      } else if (d >= 0) scan.closeAt(d, mark.at, w);
      else stack.push({ at: mark.at, double: true, width: w });
    } else {
      const top = stack[stack.length - 1];
      if (mark.role === 'open') {
        if (!top || top.double) stack.push({ at: mark.at, double: false, width: w });
      } else if (top && !top.double) {
        scan.closeAt(stack.length - 1, mark.at, w);
      }
    }
  }
  // an unclosed double quote runs to the paragraph end; an unclosed single mark was an apostrophe or a slip
  for (let d = 0; d < stack.length; d++) {
    if (stack[d]!.double) { scan.emit(stack[d]!, hi, hi, true, d); break; }
  }
  const out = scan.out;
  return out.length > 1 ? out.sort((a, b) => a.start - b.start) : out;
}

/** True when the paragraph's first character is an opening double mark. */
function opensWithMark(text: string, p: Span): boolean {
  const m = markAt(text, p.start, p.start, p.end);
  return m !== null && m.double && m.role !== 'close';
}

const ALNUM = /[\p{L}\p{N}]/u;
/** Letter or digit at offset i (ASCII by code, the rest by the Unicode classes). */
const isAlnumAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALNUM.test(text[i]!);
};

const MARK_RE = /["“”„«»‘’']/g;

/**
 * Every character that may be a quotation mark, in one native regular-expression pass (test and lastIndex: no match
 * arrays). An apostrophe between two letters (don't, Russia’s) is left out here: markAt reads it as no mark anyway.
 */
function markPositions(text: string): number[] {
  const out: number[] = [];
  const re = MARK_RE;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 0x2019 || c === 0x2018) && i > 0 && i + 1 < text.length && isAlnumAt(text, i - 1)
      && isAlnumAt(text, i + 1)) continue;
    out.push(i);
  }
  return out;
}

export function detectQuotes(text: string, paragraphs: readonly Span[]): FoundQuote[] {
  const marks = markPositions(text);
  if (marks.length === 0) return [];
  const all: FoundQuote[] = [];
  const firstOf: number[] = [];
  let n = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    firstOf[i] = all.length;
    while (n < marks.length && marks[n]! < p.start) n++;
    // a paragraph without any mark holds no quote
    if (n >= marks.length || marks[n]! >= p.end) continue;
    const found = scanParagraph(text, p.start, p.end, i, marks, n);
    for (let k = 0; k < found.length; k++) all.push(found[k]!);
  }
  // over-paragraph quotes: a quote left open at the end of paragraph i goes on in paragraph i+1 when that one
  // opens with a mark
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const lastIdx = (firstOf[i + 1] ?? all.length) - 1;
    const last = lastIdx >= firstOf[i]! ? all[lastIdx] : undefined;
    if (!last || !last.unclosed || last.close !== paragraphs[i]!.end || !last.double) continue;
    const next = all[firstOf[i + 1]!];
    if (!next || next.paragraph !== i + 1 || !opensWithMark(text, paragraphs[i + 1]!)) continue;
    if (next.open !== paragraphs[i + 1]!.start) continue;
    next.continues = last.continues ?? lastIdx;
  }
  return all;
}
