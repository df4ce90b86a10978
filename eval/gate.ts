/** The quality gate: every pinned minimum must be met by a score of the same name. */
import type { Score } from './suite.ts';

export interface Gate {
  /** metric → lowest acceptable value. A change that scores under it fails CI. */
  minimums: Record<string, number>;
}

/** Returns one line per failure; a pinned metric that no suite produced is a failure too (unless partial). */
export function checkGate(gate: Gate, scores: readonly Score[], opts: { partial?: boolean } = {}): string[] {
  const byName = new Map(scores.map((s) => [s.metric, s.value]));
  const failures: string[] = [];
  for (const [metric, min] of Object.entries(gate.minimums)) {
    const value = byName.get(metric);
    if (value === undefined) {
      if (!opts.partial) failures.push(`${metric}: no score was produced (minimum ${min})`);
    } else if (value + 1e-9 < min) {
      failures.push(`${metric}: ${value.toFixed(4)} is under the minimum ${min}`);
    }
  }
  return failures;
}
