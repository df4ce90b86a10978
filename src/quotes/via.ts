/**
 * The source an outlet credits for a quote it did not hear itself: "“…,” Jane Roe said, according to the Daily
 * Ledger", "According to a transcript, Roe said “…”", "…, Roe told the council, as reported by Radio Sarn". The
 * speaker stays the one who spoke; the credited source is kept beside it.
 */
import type { Cue } from './cues.ts';
import { phraseFrom as phraseFrom_, type TokRange } from './np.ts';
import { lower as lower_, sentenceEnd as sentenceEnd_, sentenceStart as sentenceStart_, type TokenView } from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const phraseFrom = phraseFrom_;
const lower = lower_;
const sentenceEnd = sentenceEnd_;
const sentenceStart = sentenceStart_;

/** The phrase after "according to" or "(as) reported by" in the sentence of the cue's verb, outside quotes, when the
 * cue names someone else; null when there is none or the cue is that phrase itself. */
export function viaOf(v: TokenView, cue: Cue): TokRange | null {
  if (cue.via === 'according') return null;
  const s = sentenceStart(v, cue.verb);
  const e = sentenceEnd(v, cue.verb);
  for (let k = s; k + 2 < e; k++) {
    if (v.inQuote[k]! >= 0) continue;
    const w = lower(v.tokens[k]);
    const lead = (w === 'according' && lower(v.tokens[k + 1]) === 'to')
      || (w === 'reported' && lower(v.tokens[k + 1]) === 'by' && lower(v.tokens[k - 1]) === 'as');
    if (!lead) continue;
    const np = phraseFrom(v, k + 2, e);
    if (!np || (np.lo < cue.speaker.hi && cue.speaker.lo < np.hi)) continue;
    return np;
  }
  return null;
}
