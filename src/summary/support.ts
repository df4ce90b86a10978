/**
 * Every article that carries a chosen sentence: the same sentence in a syndicated copy, or a close rewrite in
 * another report. The summary sentence goes in once and cites each of them, one evidence span per article.
 */
import type { Evidence } from '../brief/types.ts';
import type { Unit } from './units.ts';

/** Share of content stems two sentences must share (Jaccard) to be one sentence told twice. */
const SAME_SENTENCE = 0.6;

/** Jaccard of two distinct-word lists, the first given as a set. */
function jaccard(a: ReadonlySet<string>, b: readonly string[]): number {
  if (a.size === 0 || b.length === 0) return 0;
  let n = 0;
  for (const x of b) if (a.has(x)) n++;
  return n / (a.size + b.length - n);
}

export interface Supported {
  unit: Unit;
  /** Units from other articles that tell the same sentence, best per article. */
  copies: Unit[];
}

export function findCopies(chosen: readonly Unit[], all: readonly Unit[]): Supported[] {
  const byText = new Map<string, Unit[]>();
  for (const u of all) {
    const k = u.key;
    const list = byText.get(k);
    if (list) list.push(u); else byText.set(k, [u]);
  }
  return chosen.map((unit) => {
    const stems = new Set(unit.stems);
    const best = new Map<string, { u: Unit; score: number }>();
    const consider = (u: Unit, score: number) => {
      if (u.article === unit.article) return;
      const prev = best.get(u.article);
      if (!prev || score > prev.score) best.set(u.article, { u, score });
    };
    for (const u of byText.get(unit.key) ?? []) consider(u, 2);
    for (const u of all) {
      if (u.article === unit.article || u.words < unit.words / 2 || u.words > unit.words * 2) continue;
      const j = jaccard(stems, u.stems);
      if (j >= SAME_SENTENCE) consider(u, j);
    }
    const copies = [...best.values()].map((b) => b.u).sort((a, b) => a.doc - b.doc);
    return { unit, copies };
  });
}

/** One span per article, in article order; the chosen unit's own article cites each of its parts (compress.ts). */
export function evidenceOf(s: Supported): Evidence[] {
  return [s.unit, ...s.copies]
    .sort((a, b) => a.doc - b.doc)
    .flatMap((u) => (u === s.unit ? u.parts : [{ start: u.start, end: u.end }]).map((p) => ({ article: u.article, start: p.start, end: p.end })));
}
