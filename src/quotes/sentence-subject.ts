/**
 * A pronoun speaker and the subject of its own sentence: in "Jane Roe said she felt …" or "The council condemned
 * what it called “…”" the words naming the speaker are the sentence's subject, not the pronoun after it. The
 * caller checks that both name the same speaker (he/she resolve to the same person); "it" and "they" count only in
 * "what it/they called", where the subject is the one calling.
 */
import { isSpeechAt as isSpeechAt_, mainSubject as mainSubject_ } from './cues.ts';
import { relativeSubject as relativeSubject_, subjectBefore as subjectBefore_ } from './np.ts';
import { firstNameGender as firstNameGender_ } from './first-names.ts';
import { phraseFrom as phraseFrom_, type TokRange } from './np.ts';
import { PERSONAL_PRONOUNS as PERSONAL_PRONOUNS_ } from './lexicon.ts';
import { lower as lower_, sentenceStart as sentenceStart_, type TokenView } from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const isSpeechAt = isSpeechAt_;
const mainSubject = mainSubject_;
const relativeSubject = relativeSubject_;
const subjectBefore = subjectBefore_;
const firstNameGender = firstNameGender_;
const phraseFrom = phraseFrom_;
const PERSONAL_PRONOUNS = PERSONAL_PRONOUNS_;
const lower = lower_;
const sentenceStart = sentenceStart_;

const GENDERED = new Set(['he', 'she']);
const NEUTRAL = new Set(['it', 'they']);

/** The subject before a pronoun speaker in the pronoun's sentence, or null. */
export function pronounSubject(v: TokenView, speaker: TokRange): TokRange | null {
  if (speaker.hi - speaker.lo !== 1) return null;
  const p = lower(v.tokens[speaker.lo]);
  if (!GENDERED.has(p) && !NEUTRAL.has(p)) return null;
  const before = lower(v.tokens[speaker.lo - 1]);
  if (NEUTRAL.has(p) && before !== 'what') return null;
  // "Jane Roe said (that) she …", "… what he called": the pronoun opens a clause said by someone; a pronoun after
  // "but", "and" or a comma ("…,” she said"; "Also, X isn't ready, he said") is the speaker itself
  if (GENDERED.has(p) && before !== 'what' && !saidBefore(v, speaker.lo)) return null;
  const s = sentenceStart(v, speaker.lo);
  if (s >= speaker.lo) return null;
  let main = mainSubject(v, s, speaker.lo);
  // "The council on Friday made …": a time phrase the verb search stumbles on; the phrase opening the sentence
  if (!main || main.lo >= speaker.lo) main = phraseFrom(v, s, speaker.lo);
  if (!main || main.hi > speaker.lo || (main.lo === speaker.lo && main.hi === speaker.hi)) return null;
  if (main.hi - main.lo === 1 && PERSONAL_PRONOUNS.has(lower(v.tokens[main.lo]))) {
    // "She said she recalls …": the same pronoun, written first
    return lower(v.tokens[main.lo]) === p ? main : null;
  }
  if (NEUTRAL.has(p)) {
    // "it" and "they" stand for a body, not for a named person
    for (let k = main.lo; k < main.hi; k++) if (firstNameGender(v.tokens[k]!.text) !== null) return null;
  }
  return main;
}

/** Most tokens between a speech verb and "that" before the pronoun ("told reporters on Friday that he"). */
const MAX_OBJECT_TOKENS = 6;

/** Does a speech verb introduce the clause the pronoun at `at` opens ("said he", "told Fox that she")? */
export function saidBefore(v: TokenView, at: number): boolean {
  if (isSpeechAt(v, at - 1)) return true;
  if (lower(v.tokens[at - 1]) !== 'that') return false;
  for (let k = at - 2; k >= 0 && k >= at - 2 - MAX_OBJECT_TOKENS; k--) {
    if (isSpeechAt(v, k)) return true;
    const t = v.tokens[k]!;
    if (v.inQuote[k]! >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || /^[,;:.!?]$/.test(t.text)) return false;
  }
  return false;
}

/** Is the pronoun one whose agreement the caller must check by resolving both (he, she)? */
export const isGenderedPronoun = (v: TokenView, r: TokRange): boolean => GENDERED.has(lower(v.tokens[r.lo]));

/**
 * "Jane Roe said that the plan gives the town “room to breathe,” she said.": a he/she speaker after the quote whose
 * sentence already has a speech verb before the quote with a name as its subject. That name is the speaker's fuller
 * mention. Only the nearest speech verb before the quote counts.
 */
export function earlierNamedSpeaker(v: TokenView, speaker: TokRange, open: number): TokRange | null {
  if (speaker.hi - speaker.lo !== 1 || !GENDERED.has(lower(v.tokens[speaker.lo])) || speaker.lo < open) return null;
  const s = sentenceStart(v, open);
  for (let k = open - 1; k >= s; k--) {
    if (v.inQuote[k]! >= 0 || !isSpeechAt(v, k) || /ing$/.test(lower(v.tokens[k]))) continue;
    if (relativeSubject(v, k, s)) return null;
    const np = subjectBefore(v, k, s);
    return np && v.tokens[np.hi - 1]!.pos === 'PROPN' ? np : null;
  }
  return null;
}
