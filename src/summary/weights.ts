/**
 * How much each concept matters: the number of independent sources that use it (syndicated copies count once).
 * Concepts used by fewer than `minSupport` sources weigh nothing, so what one outlet alone says only enters the
 * summary through words others repeat. With a single source, frequency within it stands in for support.
 */
import type { Unit } from './units.ts';

/** Share of the sources a concept must reach (at least 2 sources) to count. */
const MIN_SHARE = 0.1;

export interface ConceptWeights {
  weight: Map<string, number>;
  sources: number;
}

export function conceptWeights(units: readonly Unit[]): ConceptWeights {
  const bySource = new Map<string, Set<string>>();
  const freq = new Map<string, number>();
  for (const u of units) {
    let set = bySource.get(u.source);
    if (!set) bySource.set(u.source, (set = new Set()));
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
    const min = Math.max(2, Math.ceil(MIN_SHARE * sources));
    for (const [c, n] of df) if (n >= min) weight.set(c, n);
  } else {
    for (const [c, n] of freq) if (n >= 2) weight.set(c, n);
  }
  return { weight, sources };
}
