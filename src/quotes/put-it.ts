/**
 * "… “the operator,” as The Courier put it" / "as one aide put it, “…”": the phrase between "as" and "put it" in
 * the quote's sentence says whose words these are.
 */
import type { Cue } from './cues.ts';
import { phraseFrom as phraseFrom_ } from './np.ts';
import {
  lower as lower_, sentenceEnd as sentenceEnd_, sentenceStart as sentenceStart_, type TokenView
} from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const phraseFrom = phraseFrom_;
const lower = lower_;
const sentenceEnd = sentenceEnd_;
const sentenceStart = sentenceStart_;

const PUT = new Set(['put', 'puts']);

export function putItCue(v: TokenView, qi: number): Cue | null {
  const o = v.openTok[qi]!;
  const c = v.closeTok[qi]!;
  const s = sentenceStart(v, o);
  const e = sentenceEnd(v, c >= 0 ? c : o);
  for (let k = s; k + 3 < e; k++) {
    if (v.inQuote[k]! >= 0 || lower(v.tokens[k]) !== 'as') continue;
    const np = phraseFrom(v, k + 1, e);
    if (!np || !PUT.has(lower(v.tokens[np.hi])) || lower(v.tokens[np.hi + 1]) !== 'it') continue;
    return { speaker: np, verb: np.hi, via: np.hi < o ? 'before' : 'tail', adjacent: false };
  }
  return null;
}
