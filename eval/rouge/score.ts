/**
 * ROUGE-N as ROUGE-1.5.5 computes it with `-n 4 -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0`:
 * - per summary (one evaluation unit): clipped n-gram hits against each reference, and with `-f A` the hits and the
 *   reference n-gram counts are summed over all references before dividing (recall = Σ hits / Σ reference n-grams);
 *   each unit's score is rounded to 5 decimals, as ROUGE's sprintf("%7.5f") does;
 * - over units (`-t 0`: the unit is the summary): ROUGE reports the mean of 1,000 bootstrap samples drawn with
 *   Perl's rand after srand(i), and the 2.5th/97.5th percentiles of those samples as the 95% interval.
 */
import { ngrams, readSummary, rougeTokens, type NGramCounts } from './tokens.ts';
import { PerlRand } from './perl-rand.ts';

export interface RougeOptions {
  /** Largest n (ROUGE-1 … ROUGE-n are computed). */
  maxN: number;
  /** Words kept from the start of each summary (0 = all). */
  limit: number;
  /** Porter stemming (-m). */
  stem: boolean;
  /** Weight of precision in F (-p). */
  alpha: number;
  /** Look irregular forms up in WordNet's exception lists before stemming (ROUGE's shipped database). */
  exceptions: boolean;
}

export const DUC2004_OPTIONS: RougeOptions = { maxN: 4, limit: 100, stem: true, alpha: 0.5, exceptions: true };

export interface UnitScore {
  hit: number;
  modelCount: number;
  peerCount: number;
  recall: number;
  precision: number;
  f: number;
}

const round5 = (x: number): number => Number(x.toFixed(5));

function clippedHits(model: NGramCounts, peer: NGramCounts): number {
  let hit = 0;
  for (const [g, m] of model.grams) {
    const p = peer.grams.get(g);
    if (p !== undefined) hit += Math.min(p, m);
  }
  return hit;
}

/** The tokens ROUGE counts in one summary's text. */
export function summaryTokens(text: string, options: RougeOptions): string[] {
  return rougeTokens(readSummary(text, options.limit), options.stem, options.exceptions);
}

/** ROUGE-n of one peer summary against its references, model-average formula (-f A). Index n-1 of the result. */
export function scoreUnit(peer: string, models: readonly string[], options: RougeOptions = DUC2004_OPTIONS): UnitScore[] {
  const peerTokens = summaryTokens(peer, options);
  const modelTokens = models.map((m) => summaryTokens(m, options));
  const out: UnitScore[] = [];
  for (let n = 1; n <= options.maxN; n++) {
    const p = ngrams(peerTokens, n);
    let hit = 0;
    let modelCount = 0;
    let peerCount = 0;
    for (const mt of modelTokens) {
      const m = ngrams(mt, n);
      hit += clippedHits(m, p);
      modelCount += m.total;
      peerCount += p.total;
    }
    const recall = round5(modelCount ? hit / modelCount : 0);
    const precision = round5(peerCount ? hit / peerCount : 0);
    const a = options.alpha;
    const f = (1 - a) * precision + a * recall > 0 ? round5((precision * recall) / ((1 - a) * precision + a * recall)) : 0;
    out.push({ hit, modelCount, peerCount, recall, precision, f });
  }
  return out;
}

export interface Average {
  /** What ROUGE prints as Average_R: the mean of the bootstrap sample means. */
  mean: number;
  /** The plain mean over units. */
  plainMean: number;
  ciLow: number;
  ciHigh: number;
}

/**
 * ROUGE's average of unit scores. `scores` are keyed by evaluation id; ROUGE orders the ids as strings before
 * resampling, so the same ids give the same samples.
 */
export function bootstrapAverage(scores: ReadonlyMap<string, number>, samples = 1000, confidence = 95): Average {
  const ids = [...scores.keys()].sort();
  const values = ids.map((id) => scores.get(id)!);
  const n = values.length;
  if (n === 0) return { mean: 0, plainMean: 0, ciLow: 0, ciHigh: 0 };
  const means: number[] = [];
  for (let s = 0; s < samples; s++) {
    const rand = new PerlRand(s);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[rand.index(n)];
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  const mean = round5(means.reduce((a, b) => a + b, 0) / samples);
  const delta = (samples * ((100 - confidence) / 2)) / 100;
  const upA = Math.floor(samples - delta - 1);
  const lowA = Math.floor(delta);
  const ratio = samples - delta - 1 - upA;
  const at = (i: number): number => means[Math.min(i, samples - 1)];
  return {
    mean,
    plainMean: values.reduce((a, b) => a + b, 0) / n,
    ciLow: round5(at(lowA) + (at(lowA + 1) - at(lowA)) * ratio),
    ciHigh: round5(at(upA) + (at(upA + 1) - at(upA)) * ratio),
  };
}
