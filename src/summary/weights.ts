/**
 * How much each concept matters: the number of independent sources that use it (syndicated copies count once).
 * Concepts used by fewer than `minSupport` sources weigh nothing, so what one outlet alone says only enters the
 * summary through words others repeat. With a single source, frequency within it stands in for support.
 */
import type { Unit } from './units.ts';
import { SUMMARY_PARAMS, type SummaryParams } from './params.ts';

export interface ConceptWeights {
  weight: Map<string, number>;
  /** Content words: weight of each (already scaled by params.unigramWeight). */
  wordWeight: Map<string, number>;
  sources: number;
}

export function conceptWeights(units: readonly Unit[], params: SummaryParams = SUMMARY_PARAMS): ConceptWeights {
  const bySource = new Map<string, Set<string>>();
  const wordsBySource = new Map<string, Set<string>>();
  const freq = new Map<string, number>();
  for (const u of units) {
    let set = bySource.get(u.source);
    if (!set) bySource.set(u.source, (set = new Set()));
    let ws = wordsBySource.get(u.source);
    if (!ws) wordsBySource.set(u.source, (ws = new Set()));
    for (const w of u.stems) ws.add(w);
    for (const c of u.concepts) {
      set.add(c);
      freq.set(c, (freq.get(c) ?? 0) + 1);
    }
  }
  const sources = bySource.size;
  const weight = new Map<string, number>();
  if (sources >= 2) {
    const df = new Map<string, number>();
    for (const set of bySource.values()) for (const c of set) df.set(c, (df.get(c) ?? 0) + 1);
    const min = Math.max(2, Math.ceil(params.minShare * sources));
    for (const [c, n] of df) if (n >= min) weight.set(c, Math.pow(n, params.supportExponent));
  } else {
    // One source: what it repeats counts most, but every pair counts, so its lead can still be summarised.
    for (const [c, n] of freq) weight.set(c, n);
  }
  const wordWeight = new Map<string, number>();
  if (params.unigramWeight > 0 && sources >= 2) {
    const df = new Map<string, number>();
    for (const set of wordsBySource.values()) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
    const min = Math.max(2, Math.ceil(params.minShare * sources));
    for (const [w, n] of df) if (n >= min) wordWeight.set(w, params.unigramWeight * Math.pow(n, params.supportExponent));
  }
  return { weight, wordWeight, sources };
}
