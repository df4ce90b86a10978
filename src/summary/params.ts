/** The summary's tuning constants in one place, each with why it has its value. */
export interface SummaryParams {
  /** Sentences read from the top of each article: news puts what matters first, and it bounds the work. */
  sentencesPerArticle: number;
  /** At most this many candidates enter the greedy search (the best by concept weight per word). */
  maxCandidates: number;
  /** Share of the sources a concept must reach (and at least 2) to count. */
  minShare: number;
  /** Exponent on a concept's source count: >1 favours what most sources say. */
  supportExponent: number;
  /** Exponent of the length penalty: 1 is gain per word; lower favours longer sentences. */
  lengthExponent: number;
  /** A lead sentence gains this share of its concept score, fading with depth over `leadDecay` sentences. */
  leadBonus: number;
  leadDecay: number;
  /** Weight of a content word's support relative to a word pair's (0 = pairs only, the ICSISumm choice). */
  unigramWeight: number;
  /** Score factor for a sentence that quotes someone: a summary reports what happened more than what was said. */
  quoteFactor: number;
  /** Score factor per other source that carries the same sentence word for word (up to 3). */
  echoBonus: number;
  /** Content-word overlap (share of the shorter) above which a sentence repeats one already chosen. */
  redundant: number;
}

export const SUMMARY_PARAMS: SummaryParams = {
  sentencesPerArticle: 40,
  maxCandidates: 3000,
  minShare: 0.1,
  supportExponent: 1,
  lengthExponent: 1,
  leadBonus: 1,
  leadDecay: 4,
  redundant: 0.5,
  unigramWeight: 0.2,
  quoteFactor: 0.6,
  echoBonus: 0.2,
};
