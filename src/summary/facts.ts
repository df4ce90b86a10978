/**
 * When facts are known (corpus.facts, optional), a sentence that states a corroborated fact gains its support:
 * one point per outlet beyond the first, for each fact whose evidence lies inside the words the sentence keeps.
 */
import type { Corpus } from '../analyze/types.ts';
import type { Unit } from './units.ts';

export function factBonus(corpus: Corpus, units: readonly Unit[]): Map<Unit, number> {
  const bonus = new Map<Unit, number>();
  for (const [u, facts] of factsStated(corpus, units)) bonus.set(u, [...facts.values()].reduce((a, b) => a + b, 0));
  return bonus;
}

/**
 * The corroborated facts each unit states, as fact index → its extra outlets: a fact already stated by a chosen
 * sentence adds nothing to another (see select.ts).
 */
export function factsStated(corpus: Corpus, units: readonly Unit[]): Map<Unit, Map<number, number>> {
  const stated = new Map<Unit, Map<number, number>>();
  const facts = corpus.facts ?? [];
  if (facts.length === 0) return stated;
  const byArticle = new Map<string, Unit[]>();
  for (const u of units) {
    const list = byArticle.get(u.article);
    if (list) list.push(u); else byArticle.set(u.article, [u]);
  }
  facts.forEach((f, id) => {
    const extra = Math.max(0, f.outlets.length - 1);
    if (extra === 0) return;
    for (const e of f.evidence) {
      for (const u of byArticle.get(e.article) ?? []) {
        // Inside the words the unit keeps (a shortened sentence does not state what it dropped).
        if (!u.parts.some((p) => e.start >= p.start && e.end <= p.end)) continue;
        let m = stated.get(u);
        if (!m) stated.set(u, (m = new Map()));
        m.set(id, extra);
      }
    }
  });
  return stated;
}
