/**
 * An article's first line read as a headline: "Harbour Pilots Rip Board As A ‘Reckless Gamble’", "Roe sees
 * ‘personal insult’ in vote". A quote there that no other cue claims gives the words of the headline's subject, the
 * short phrase before its first verb. Only a line that reads as a headline counts (title case, or a present-tense
 * verb in a short line), so a lede in the past tense keeps its quotes unattributed.
 */
import type { Cue } from './cues.ts';
import { SPEECH_VERBS as SPEECH_VERBS_ } from './lexicon.ts';
import { phraseFrom as phraseFrom_ } from './np.ts';
import { isWord as isWord_, lower as lower_, type TokenView } from './view.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const SPEECH_VERBS = SPEECH_VERBS_;
const phraseFrom = phraseFrom_;
const isWord = isWord_;
const lower = lower_;

/** Verbs headlines use for what someone said that taggers often read as names in title case. */
const HEADLINE_VERBS = new Set(['rip', 'rips', 'see', 'sees', 'hit', 'hits', 'knock', 'knocks', 'bash', 'bashes',
  'fault', 'faults', 'back', 'backs', 'endorse', 'endorses', 'vow', 'vows', 'pan', 'pans', 'blast', 'blasts', 'slam',
  'slams', 'urge', 'urges', 'rebuff', 'rebuffs', 'rap', 'raps', 'hail', 'hails', 'decry', 'decries', 'question',
  'questions', 'defend', 'defends', 'mock', 'mocks', 'tout', 'touts']);
/** Most tokens of a headline line. */
const MAX_HEADLINE_TOKENS = 30;
/** Most tokens of a headline line not in title case. */
const MAX_PLAIN_HEADLINE_TOKENS = 20;
/** Most tokens of the subject before the verb. */
const MAX_SUBJECT_TOKENS = 5;
const PRESENT_S = /[^s]s$/;

/** The cue of a quote in the first paragraph when that paragraph reads as a headline (`titleCase`: the rest of the
 * line is in title case), or null. */
export function headlineCue(v: TokenView, qi: number, titleCase: boolean): Cue | null {
  const o = v.openTok[qi]!;
  if (v.paragraph[o] !== 0) return null;
  const { lo, hi } = v.paraTokens[0]!;
  if (hi - lo > MAX_HEADLINE_TOKENS) return null;
  for (let k = lo + 1; k < o && k <= lo + MAX_SUBJECT_TOKENS; k++) {
    const t = v.tokens[k]!;
    if (!isWord(t) || v.inQuote[k]! >= 0) return null;
    const w = lower(t);
    if (!(t.pos === 'VERB' || t.pos === 'AUX' || SPEECH_VERBS.has(w) || HEADLINE_VERBS.has(w))) continue;
    // a headline's verb: a title-case line, or a present tense of a speech or headline verb ("slams") in a short
    // line that other paragraphs follow
    if (!titleCase && (t.pos === 'AUX' || !PRESENT_S.test(w) || !(SPEECH_VERBS.has(w) || HEADLINE_VERBS.has(w))
      || hi - lo > MAX_PLAIN_HEADLINE_TOKENS || v.paraTokens.length < 2)) return null;
    const np = phraseFrom(v, lo, k);
    return np && np.hi === k ? { speaker: np, verb: k, via: 'before', adjacent: false } : null;
  }
  return null;
}
