/**
 * The cleaner's working state: the article's lines, which ones were taken out, and the metadata found so far.
 * Steps mark lines (or cut a line's prefix); `finish` rebuilds the text, byte-identical except for what was removed.
 * Per-line facts (blank? ends a sentence? goes on in lower case?) are worked out once and kept beside the lines, so
 * the steps, which ask them many times, stay cheap.
 */
import type { ArticleFields, RemovedKind, RemovedLine } from '../../brief/types.ts';
import type { CleanArticle, RawArticle } from '../types.ts';
import {
  endsSentence, startsLower, WRAPPED_LOWER_CONTINUATION_SHARE, WRAPPED_MIN_LINES, WRAPPED_OPEN_LINE_SHARE,
} from './shape.ts';

export interface DateFound {
  date: string;
  /** True for "Updated …" dates: used only when no first-published date is found. */
  updated: boolean;
}

/** The article fields the cleaning steps fill in as they find them. */
type FoundFields = Pick<ArticleFields, 'title' | 'outlet' | 'byline' | 'dateline' | 'credits' | 'published' | 'publishedFrom'>;

export interface CleanState extends FoundFields {
  raw: RawArticle;
  lines: string[];
  gone: boolean[];
  /** Line i holds only whitespace. */
  blank: boolean[];
  /** Cache of endsSentence(lines[i]): 0 unknown, 1 yes, 2 no. */
  ends: Uint8Array;
  removed: { line: number; order: number; item: RemovedLine }[];
  dates: DateFound[];
}

const CR = /\r\n?/g;

export function startState(raw: RawArticle): CleanState {
  const text = raw.text.includes('\r') ? raw.text.replace(CR, '\n') : raw.text;
  const lines = text.split('\n');
  const n = lines.length;
  const gone: boolean[] = [];
  const blank: boolean[] = [];
  for (let i = 0; i < n; i++) { gone.push(false); blank.push(isBlankText(lines[i]!)); }
  return {
    raw, lines, gone, blank, ends: new Uint8Array(n), removed: [],
    title: raw.title && raw.title.trim() ? raw.title.trim() : null,
    outlet: raw.outlet, byline: raw.byline, dateline: null, credits: [],
    published: raw.published, publishedFrom: raw.publishedFrom, dates: [],
  };
}

/** True when a text holds only whitespace (as `trim()` sees it), checked without building the trimmed copy. */
export function isBlankText(t: string): boolean {
  const c = t.charCodeAt(0);
  if (t.length === 0) return true;
  if (c > 32 && c !== 0xa0 && c < 0x1680) return false;
  return t.trim().length === 0;
}

export const isBlank = (s: CleanState, i: number) => s.blank[i]!;

/** endsSentence(line i), worked out once per line. */
export function lineEndsSentence(s: CleanState, i: number): boolean {
  const k = s.ends[i]!;
  if (k !== 0) return k === 1;
  const v = endsSentence(s.lines[i]!);
  s.ends[i] = v ? 1 : 2;
  return v;
}

/** isHardWrapped(keptLines(s)), from the per-line facts (the same test, without copying the lines). */
export function keptTextIsHardWrapped(s: CleanState): boolean {
  const { lines, gone, blank } = s;
  const n = lines.length;
  let texts = 0;
  let open = 0;
  for (let i = 0; i < n; i++) {
    if (gone[i] || blank[i]) continue;
    texts++;
    if (!lineEndsSentence(s, i)) open++;
  }
  if (texts < WRAPPED_MIN_LINES) return false;
  if (open / texts > WRAPPED_OPEN_LINE_SHARE) return true;
  let pairs = 0;
  let lower = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    if (gone[i]) continue;
    if (prev >= 0 && !blank[prev] && !blank[i]) {
      pairs++;
      if (startsLower(lines[i]!)) lower++;
    }
    prev = i;
  }
  return pairs >= 2 && lower / pairs > WRAPPED_LOWER_CONTINUATION_SHARE;
}

/** Indices of the lines still in the body that hold text, in order. */
export function liveLines(s: CleanState): number[] {
  const out: number[] = [];
  const { gone, blank } = s;
  for (let i = 0; i < gone.length; i++) if (!gone[i] && !blank[i]) out.push(i);
  return out;
}

/** The first live line after line i, or -1. */
export function nextLive(s: CleanState, i: number): number {
  for (let j = i + 1; j < s.lines.length; j++) if (!s.gone[j] && !s.blank[j]) return j;
  return -1;
}

/** The lines still in the body (blank ones too), in order. */
export function keptLines(s: CleanState): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.lines.length; i++) if (!s.gone[i]) out.push(s.lines[i]!);
  return out;
}

/** Lines looked at for head metadata (byline, "Updated …"): the first few lines with text. */
export const HEAD_LINES = 6;
/** Lines looked at for tail metadata: the last few lines with text. */
export const TAIL_LINES = 4;

export function headLines(s: CleanState): number[] {
  const out: number[] = [];
  const { gone, blank } = s;
  for (let i = 0; i < gone.length && out.length < HEAD_LINES; i++) if (!gone[i] && !blank[i]) out.push(i);
  return out;
}

/** The first HEAD_LINES live lines, then the last TAIL_LINES live lines that are not among them. */
export function edgeLines(s: CleanState): number[] {
  const { gone, blank } = s;
  const n = gone.length;
  const head: number[] = [];
  let i = 0;
  for (; i < n && head.length < HEAD_LINES; i++) if (!gone[i] && !blank[i]) head.push(i);
  if (head.length < HEAD_LINES) return head;
  const tail: number[] = [];
  for (let j = n - 1; j >= i && tail.length < TAIL_LINES; j--) if (!gone[j] && !blank[j]) tail.push(j);
  for (let k = tail.length - 1; k >= 0; k--) head.push(tail[k]!);
  return head;
}

export function removeLine(s: CleanState, i: number, kind: RemovedKind): string {
  const text = s.lines[i]!.trim();
  s.gone[i] = true;
  s.removed.push({ line: i, order: s.removed.length, item: { kind, text } });
  return text;
}

/** Takes the first `length` characters off line i (a date head, a dateline); the rest of the line stays. */
export function cutPrefix(s: CleanState, i: number, length: number, kind: RemovedKind): string {
  const line = s.lines[i]!;
  const text = line.slice(0, length).trim();
  s.removed.push({ line: i, order: s.removed.length, item: { kind, text } });
  setLine(s, i, line.slice(length));
  if (s.blank[i]) s.gone[i] = true;
  return text;
}

/** Replaces the text of line i, keeping the per-line facts in step. */
export function setLine(s: CleanState, i: number, text: string): void {
  s.lines[i] = text;
  s.blank[i] = isBlankText(text);
  s.ends[i] = 0;
}

/** Rebuilds the text: removed lines go; the blank lines around a removal collapse to the widest gap beside it. */
export function rebuildText(s: CleanState): string {
  const { lines, gone, blank } = s;
  const n = lines.length;
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    if (!gone[i] && !blank[i]) { out.push(lines[i]!); i++; continue; }
    let j = i;
    let hadRemoval = false;
    // The widest run of blank lines between removals: its start and length (the first widest wins).
    let bestStart = i;
    let bestLen = 0;
    let runStart = i;
    let runLen = 0;
    for (; j < n && (gone[j] || blank[j]); j++) {
      if (gone[j]) {
        hadRemoval = true;
        if (runLen > bestLen) { bestLen = runLen; bestStart = runStart; }
        runStart = j + 1;
        runLen = 0;
      } else runLen++;
    }
    if (runLen > bestLen) { bestLen = runLen; bestStart = runStart; }
    const atEdge = out.length === 0 || j === n;
    if (!atEdge) {
      if (!hadRemoval) for (let k = i; k < j; k++) out.push(lines[k]!);
      else for (let k = bestStart; k < bestStart + bestLen; k++) out.push(lines[k]!);
    }
    i = j;
  }
  return out.join('\n').trim();
}
