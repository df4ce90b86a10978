/**
 * Articles that repeat an earlier article sentence for sentence are one source, whatever the duplicates layer
 * decided: a wire story's updates and re-runs share most of their sentences word for word, and counting them as
 * independent would inflate the support of everything they say. An article joins the source of the earlier
 * article it shares the most sentences with when those make at least `share` of the shorter of the two (sentences
 * of at least `minWords` words, so datelines and one-line credits do not count).
 */
import type { Unit } from './units.ts';

export function mergeEchoSources(units: Unit[], share = 0.8, minWords = 6): void {
  const byArticle = new Map<string, Unit[]>();
  for (const u of units) {
    const list = byArticle.get(u.article);
    if (list) list.push(u); else byArticle.set(u.article, [u]);
  }
  const counted = (list: Unit[]): Set<string> => new Set(list.filter((u) => u.words >= minWords).map((u) => u.key));
  const firstHolder = new Map<string, string[]>();
  const size = new Map<string, number>();
  const root = new Map<string, string>();
  for (const [article, list] of byArticle) {
    const keys = counted(list);
    size.set(article, keys.size);
    const shared = new Map<string, number>();
    for (const k of keys) for (const other of firstHolder.get(k) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    let best: string | null = null;
    let bestN = 0;
    for (const [other, n] of shared) if (n > bestN) { best = other; bestN = n; }
    const own = list[0]!.source;
    if (best !== null && bestN >= share * Math.min(keys.size, size.get(best)!) && bestN >= 2) {
      const to = root.get(best)!;
      root.set(article, to);
      if (to !== own) for (const u of list) u.source = to;
    } else root.set(article, own);
    for (const k of keys) {
      const holders = firstHolder.get(k);
      if (holders) holders.push(article); else firstHolder.set(k, [article]);
    }
  }
}
