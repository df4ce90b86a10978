/**
 * "Obama’s “if you like your plan, you can keep it” promise", "his “America first” pledge": a quote standing between
 * an owner (a possessive) and a noun for something said is the owner's words.
 */
import {
  CLAIM_NOUNS as CLAIM_NOUNS_, mainSubject as mainSubject_, POSSESSIVE_PRONOUNS as POSSESSIVE_PRONOUNS_, type Cue
} from './cues.ts';
import { phraseEndingAt as phraseEndingAt_ } from './np.ts';
import { isPossessive as isPossessive_, lower as lower_, sentenceStart as sentenceStart_, type TokenView } from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const phraseEndingAt = phraseEndingAt_;
const mainSubject = mainSubject_;
const isPossessive = isPossessive_;
const lower = lower_;
const sentenceStart = sentenceStart_;

/** Nouns for something said that an owner's quote may stand before. */
const SAID_NOUNS = new Set([...CLAIM_NOUNS_, 'promises', 'pledges', 'line', 'lines', 'quip', 'slogan', 'mantra',
  'refrain', 'catchphrase', 'message', 'motto', 'boast', 'jab', 'insult', 'retort']);
const POSSESSIVE_PRONOUNS = POSSESSIVE_PRONOUNS_;

export function ownerCue(v: TokenView, qi: number): Cue | null {
  const o = v.openTok[qi]!;
  const c = v.closeTok[qi]!;
  if (c < 0 || !SAID_NOUNS.has(lower(v.tokens[c + 1])) || v.paragraph[c + 1] !== v.paragraph[o]) return null;
  const before = v.tokens[o - 1];
  if (!before || v.inQuote[o - 1]! >= 0 || v.paragraph[o - 1] !== v.paragraph[o]) return null;
  const s = sentenceStart(v, o);
  if (POSSESSIVE_PRONOUNS.has(lower(before))) {
    // "Roe asked whether she would back his “…” pledge": the pronoun stands for the named subject of the sentence
    const subject = mainSubject(v, s, o - 1);
    const named = subject !== null && v.tokens[subject.hi - 1]!.pos === 'PROPN';
    return { speaker: named ? subject : { lo: o - 1, hi: o }, verb: c + 1, via: 'before', adjacent: true };
  }
  if (!isPossessive(before) || o - 2 < 0) return null;
  const np = phraseEndingAt(v, o - 2, s);
  if (!np) return null;
  // "the pull of Obama’s “…” promise": the owner is the name after the last "of"
  let lo = np.lo;
  for (let k = np.lo; k < np.hi; k++) if (lower(v.tokens[k]) === 'of') lo = k + 1;
  return lo < np.hi ? { speaker: { lo, hi: np.hi }, verb: c + 1, via: 'before', adjacent: true } : null;
}
