/**
 * When facts are known (corpus.facts, optional), a sentence that states a corroborated fact gains its support:
 * one point per outlet beyond the first, for each fact whose evidence lies inside the words the sentence keeps.
 */
import type { Corpus } from '../analyze/types.ts';
import type { Unit } from './units.ts';

export function factBonus(corpus: Corpus, units: readonly Unit[]): Map<Unit, number> {
  const bonus = new Map<Unit, number>();
  const facts = corpus.facts ?? [];
  if (facts.length === 0) return bonus;
  const byArticle = new Map<string, Unit[]>();
  for (const u of units) {
    const list = byArticle.get(u.article);
    if (list) list.push(u); else byArticle.set(u.article, [u]);
  }
  for (const f of facts) {
    const extra = Math.max(0, f.outlets.length - 1);
    if (extra === 0) continue;
    for (const e of f.evidence) {
      for (const u of byArticle.get(e.article) ?? []) {
        // Inside the words the unit keeps (a shortened sentence does not state what it dropped).
        if (u.parts.some((p) => e.start >= p.start && e.end <= p.end)) bonus.set(u, (bonus.get(u) ?? 0) + extra);
      }
    }
  }
  return bonus;
}
