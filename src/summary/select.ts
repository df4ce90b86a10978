/**
 * Greedy concept coverage (the ICSISumm objective, solved greedily): repeatedly take the readable sentence whose
 * not-yet-covered concept weight, per word, is highest, with a bonus for sentences near the top of their article
 * (news puts what happened first), until no sentence fits the word budget. A sentence that adds no supported
 * word pair and states no corroborated fact is no candidate, whatever single words it shares; one whose new
 * supported pairs all hold a function word ("in Rome", "a copy") comes only after every sentence that adds a pair of
 * two content words, so it may fill what room is left but never displaces a telling sentence. A sentence too close
 * in words to one already taken is skipped, so a rewrite never enters twice.
 */
import type { Unit } from './units.ts';
import { SUMMARY_PARAMS, type SummaryParams } from './params.ts';
import { namesSurname } from './surnames.ts';
import { isLight } from './words.ts';

/** A concept of two content words (no function word, no relative time). */
const isContentPair = (c: string): boolean => c.split(' ').every((w) => !isLight(w));

export interface SelectOptions {
  budget: number;
  /** Extra weight per unit, e.g. from corroborated facts (unit index → bonus). */
  bonus?: ReadonlyMap<Unit, number>;
  /** Corroborated facts each unit states (fact id → weight): each counts once, for the first sentence chosen that states it. */
  facts?: ReadonlyMap<Unit, ReadonlyMap<number, number>>;
  params?: SummaryParams;
}


export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  let n = 0;
  for (const x of a) if (sb.has(x)) n++;
  return n / Math.min(a.length, b.length);
}

export function selectUnits(
  candidates: readonly Unit[],
  weight: ReadonlyMap<string, number>,
  options: SelectOptions,
  wordWeight: ReadonlyMap<string, number> = new Map(),
): Unit[] {
  const p = options.params ?? SUMMARY_PARAMS;
  const covered = new Set<string>();
  const coveredWords = new Set<string>();
  const chosen: Unit[] = [];
  let left = options.budget;
  const alive = candidates.filter((u) => u.readable && u.words <= options.budget);
  // Sentences that add only pairs with a function word come last, when nothing more telling is left.
  let strict = true;
  const coveredFacts = new Set<number>();
  const bonusOf = (u: Unit): number => {
    let b = options.bonus?.get(u) ?? 0;
    for (const [id, w] of options.facts?.get(u) ?? []) if (!coveredFacts.has(id)) b += w;
    return b;
  };
  for (;;) {
    let best: Unit | null = null;
    let bestScore = 0;
    for (const u of alive) {
      if (u.words > left) continue;
      if (u.bareNames.some((n) => !chosen.some((c) => namesSurname(c.text, n)))) continue;
      let gain = 0;
      for (const c of u.concepts) if (!covered.has(c)) gain += weight.get(c) ?? 0;
      // A sentence must add a word pair other sources use too, or state a corroborated fact: shared single words
      // alone make a filler.
      const bonus = bonusOf(u);
      if (gain === 0 && !bonus) continue;
      // … and at least one of its new pairs is two content words ("peace talks", not "in Rome" or "a copy").
      if (strict && !bonus && !u.concepts.some((c) => !covered.has(c) && weight.has(c) && isContentPair(c))) continue;
      if (wordWeight.size) for (const w of u.stems) if (!coveredWords.has(w)) gain += wordWeight.get(w) ?? 0;
      gain += bonus;
      if (gain <= 0) continue;
      const lead = 1 + p.leadBonus * Math.exp(-u.index / p.leadDecay);
      const score = ((u.quotes ? p.quoteFactor : 1) * (1 + p.echoBonus * Math.min(3, u.echoes)) * gain * lead) / Math.pow(u.words, p.lengthExponent);
      if (score > bestScore) { bestScore = score; best = u; }
    }
    if (!best && strict) { strict = false; continue; }
    if (!best) break;
    chosen.push(best);
    left -= best.words;
    for (const c of best.concepts) covered.add(c);
    for (const w of best.stems) coveredWords.add(w);
    for (const id of options.facts?.get(best)?.keys() ?? []) coveredFacts.add(id);
    const picked = best;
    for (let i = alive.length - 1; i >= 0; i--) {
      const u = alive[i]!;
      if (u === picked || overlap(u.stems, picked.stems) > p.redundant) alive.splice(i, 1);
    }
  }
  return chosen;
}

