/**
 * The cleaner's working state: the article's lines, which ones were taken out, and the metadata found so far.
 * Steps mark lines (or cut a line's prefix); `finish` rebuilds the text, byte-identical except for what was removed.
 */
import type { RemovedKind, RemovedLine } from '../../brief/types.ts';
import type { CleanArticle, RawArticle } from '../types.ts';

export interface DateFound {
  date: string;
  /** True for "Updated …" dates: used only when no first-published date is found. */
  updated: boolean;
}

export interface CleanState {
  raw: RawArticle;
  lines: string[];
  gone: boolean[];
  removed: { line: number; order: number; item: RemovedLine }[];
  title: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  credits: string[];
  published: string | null;
  publishedFrom: CleanArticle['publishedFrom'];
  dates: DateFound[];
}

export function startState(raw: RawArticle): CleanState {
  const lines = raw.text.replace(/\r\n?/g, '\n').split('\n');
  return {
    raw, lines, gone: lines.map(() => false), removed: [],
    title: raw.title && raw.title.trim() ? raw.title.trim() : null,
    outlet: raw.outlet, byline: raw.byline, dateline: null, credits: [],
    published: raw.published, publishedFrom: raw.publishedFrom, dates: [],
  };
}

export const isBlank = (s: CleanState, i: number) => s.lines[i]!.trim().length === 0;

/** Indices of the lines still in the body that hold text, in order. */
export function liveLines(s: CleanState): number[] {
  const out: number[] = [];
  s.lines.forEach((_, i) => { if (!s.gone[i] && !isBlank(s, i)) out.push(i); });
  return out;
}

/** The lines still in the body (blank ones too), in order. */
export function keptLines(s: CleanState): string[] {
  return s.lines.filter((_, i) => !s.gone[i]);
}

/** Lines looked at for head metadata (byline, "Updated …"): the first few lines with text. */
export const HEAD_LINES = 6;
/** Lines looked at for tail metadata: the last few lines with text. */
export const TAIL_LINES = 4;

export function headLines(s: CleanState): number[] {
  return liveLines(s).slice(0, HEAD_LINES);
}

export function edgeLines(s: CleanState): number[] {
  const live = liveLines(s);
  const head = live.slice(0, HEAD_LINES);
  return [...head, ...live.slice(Math.max(HEAD_LINES, live.length - TAIL_LINES))];
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
  s.lines[i] = line.slice(length);
  if (isBlank(s, i)) s.gone[i] = true;
  return text;
}

/** Rebuilds the text: removed lines go; the blank lines around a removal collapse to the widest gap beside it. */
export function rebuildText(s: CleanState): string {
  const out: string[] = [];
  const n = s.lines.length;
  const inGap = (j: number) => s.gone[j] || isBlank(s, j);
  let i = 0;
  while (i < n) {
    if (!inGap(i)) { out.push(s.lines[i]!); i++; continue; }
    let j = i;
    let hadRemoval = false;
    const runs: string[][] = [[]];
    for (; j < n && inGap(j); j++) {
      if (s.gone[j]) { hadRemoval = true; runs.push([]); } else runs[runs.length - 1]!.push(s.lines[j]!);
    }
    const atEdge = out.length === 0 || j === n;
    if (!atEdge) {
      if (!hadRemoval) out.push(...s.lines.slice(i, j));
      else out.push(...runs.reduce((a, b) => (b.length > a.length ? b : a)));
    }
    i = j;
  }
  return out.join('\n').trim();
}
