/**
 * "To her, “nothing matters more than the port.”", "But to Jane Roe, “…”": a sentence or clause opened by "to" and a person,
 * a comma, then the quote, gives the quote as that person's view.
 */
import type { Cue } from './cues.ts';
import { phraseEndingAt as phraseEndingAt_ } from './np.ts';
import { isCapitalised as isCapitalised_, lower as lower_, sentenceStart as sentenceStart_, type TokenView } from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const phraseEndingAt = phraseEndingAt_;
const isCapitalised = isCapitalised_;
const lower = lower_;
const sentenceStart = sentenceStart_;

/** Object pronouns that may follow "to" in such a lead. */
const OBJECT_PERSONS = new Set(['her', 'him', 'them']);
/** Words that may stand before "to" when the lead opens a clause ("But to her, …", "because to her, …"). */
const LEAD_INS = new Set(['but', 'and', 'yet', 'so', 'because', 'since', 'while', 'as', ',', ';', '—', '–']);
/** Most tokens of the person after "to". */
const MAX_PERSON_TOKENS = 5;

export function toLeadCue(v: TokenView, qi: number): Cue | null {
  const o = v.openTok[qi]!;
  if (o < 3 || v.tokens[o - 1]!.text !== ',' || v.inQuote[o - 2]! >= 0) return null;
  const s = sentenceStart(v, o);
  const hi = o - 1;
  let t = hi - 2;
  while (t >= s && t > hi - 2 - MAX_PERSON_TOKENS && lower(v.tokens[t]) !== 'to') t--;
  if (t < s || lower(v.tokens[t]) !== 'to' || v.inQuote[t]! >= 0) return null;
  // the lead opens its sentence or clause ("To her, …", "because to her, …")
  if (t > s && !LEAD_INS.has(lower(v.tokens[t - 1]))) return null;
  const lo = t + 1;
  if (hi - lo === 1 && OBJECT_PERSONS.has(lower(v.tokens[lo]))) {
    return { speaker: { lo, hi }, verb: t, via: 'before', adjacent: true };
  }
  // a full name only ("To Jane Roe, …"), never a thing ("To the surprise of many, …") nor a lone word that may
  // name a place ("To Eastport, …")
  const np = phraseEndingAt(v, hi - 1, lo);
  if (!np || np.lo !== lo || np.hi - np.lo < 2) return null;
  for (let k = lo; k < hi; k++) if (!isCapitalised(v.tokens[k]) && v.tokens[k]!.text !== '.') return null;
  return { speaker: np, verb: t, via: 'before', adjacent: true };
}
